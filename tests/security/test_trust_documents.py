"""A peer's scanned documents are untrusted input: a row whose digest is not its bytes',
whose bytes are no PDF, JPEG or PNG (or not the type it claims), whose size lies or is
over the limit is quarantined, and the rest of the package applies. An honest document
arrives whole, and its removal follows it."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from centre_desk.domain.documents import MAX_BYTES, DocumentKind
from centre_desk.domain.enums import CaseCategory
from centre_desk.services import cases, documents, persons
from centre_desk.store.models import Document, Person
from centre_desk.sync import package
from tests.security.test_trust import hostile, hostile_peer_and_victim, quarantined, reopens

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256))
EXE = b"MZ\x90\x00" + bytes(range(256))


@pytest.fixture
def sites(tmp_path, site_templates):
    """A hostile peer and its victim (test_trust.hostile_peer_and_victim), copied."""
    a, b = site_templates.copy(hostile_peer_and_victim, tmp_path)
    yield a, b
    for site in (a, b):
        site.db.close()


def _attached(site) -> tuple:
    with site.db.session(site.admin) as session, session.begin():
        file = cases.register_participant(
            session, persons.PersonInput("Серікбаев", "Дәулет"),
            cases.CaseInput(CaseCategory.INMATE), dt.date(2024, 1, 10))
        document_id = documents.attach_document(
            session, file.person_id, DocumentKind.RENUNCIATION, "отказ.png", PNG, file.case_id)
    return file, document_id


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@pytest.mark.parametrize(("edit", "detail"), [
    (("UPDATE document SET sha256 = ?", (_sha(b"another file"),)),
     "document: digest of the bytes"),
    (("UPDATE document SET sha256 = ?", ("Z" * 64,)), "document: digest"),
    (("UPDATE document SET content = ?, size_bytes = ?, sha256 = ?",
      (EXE, len(EXE), _sha(EXE))), "document: type of the bytes"),
    (("UPDATE document SET media_type = 'pdf'", ()), "document: type of the bytes"),
    (("UPDATE document SET size_bytes = size_bytes + 1", ()), "document: size of the bytes"),
    (("UPDATE document SET content = 'a text, not bytes'", ()), "document.content"),
    (("UPDATE document SET content = ?, size_bytes = ?, sha256 = ?",
      (PNG + bytes(MAX_BYTES), len(PNG) + MAX_BYTES, _sha(PNG + bytes(MAX_BYTES)))),
     "document.content"),
])
def test_a_document_whose_bytes_do_not_match_the_row_is_quarantined(sites, tmp_path, edit,
                                                                     detail):
    a, b = sites
    file, document_id = _attached(a)
    statement, values = edit
    report = b.import_(hostile(a, b, tmp_path,
                               lambda connection: connection.execute(statement, values)))
    assert report.tables["document"].quarantined == 1
    assert quarantined(b)[detail] == "invalid_value"
    with b.db.session() as session:
        assert session.get(Person, file.person_id) is not None  # the rest applies
        assert session.get(Document, document_id) is None
    reopens(b)


def test_an_honest_document_arrives_whole_and_its_removal_follows(sites, tmp_path):
    a, b = sites
    file, document_id = _attached(a)
    b.import_(a.export_to(b, folder=tmp_path, name="one.cdsync"))
    with b.db.session(b.admin) as session, session.begin():
        [view] = documents.list_documents(session, file.person_id)
        _view, content = documents.read_document(session, document_id)
    assert (view.file_name, view.kind, view.case_id, content) == (
        "отказ.png", DocumentKind.RENUNCIATION, file.case_id, PNG)
    with a.db.session(a.admin) as session, session.begin():
        documents.remove_document(session, document_id)
    b.import_(a.export_to(b, folder=tmp_path, name="two.cdsync"))
    with b.db.session(b.admin) as session:
        assert documents.list_documents(session, file.person_id) == []
        assert session.scalar(select(Document.deleted_at)) is not None


def test_the_rows_cap_makes_room_for_each_document_the_manifest_counts():
    manifest = {"tables": {"person": {"rows": 1}, "document": {"rows": 3}}}
    plain = {"tables": {"person": {"rows": 1}}}
    assert package.rows_cap(manifest) - package.rows_cap(plain) == \
        3 * (MAX_BYTES + package.ROWS_BYTES_PER_ROW)
