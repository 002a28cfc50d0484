"""Scanned documents travel with their records: their bytes go through every path of
sync (a small package merged row by row, a big one in bulk, a PostgreSQL office by COPY
into an empty table and through its staging table) and arrive byte for byte; a forged
one is quarantined on PostgreSQL as on SQLite."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest
from sqlalchemy import select

from centre_desk.domain.documents import DocumentKind
from centre_desk.domain.enums import CaseCategory
from centre_desk.services import cases, documents, persons
from centre_desk.store.models import Document
from centre_desk.sync import importing
from tests.security import crafting
from tests.unit.sync.sites import introduced, make_site
from tests.unit.sync.test_postgresql_sync import make_postgresql_site, quarantine

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 300 + b"\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe1" + bytes(reversed(range(256))) * 16


def _attach(site, content: bytes, name: str, kind=DocumentKind.CONSENT):
    with site.db.session(site.admin) as session, session.begin():
        file = cases.register_participant(
            session, persons.PersonInput("Жұмабаева", "Айгүл"),
            cases.CaseInput(CaseCategory.AT_RISK), dt.date(2024, 3, 1))
        return file.person_id, documents.attach_document(session, file.person_id, kind,
                                                         name, content, file.case_id)


def held(site) -> dict:
    """Every document a site holds: its row's values and its bytes' digest."""
    with site.db.session() as session:
        return {d.id: (d.person_id, d.kind, d.file_name, d.media_type, d.size_bytes, d.sha256,
                       hashlib.sha256(bytes(d.content)).hexdigest(), d.deleted_at)
                for d in session.scalars(select(Document))}


@pytest.mark.parametrize("bulk", [False, True], ids=["row by row", "bulk"])
def test_documents_arrive_byte_for_byte_between_sqlite_sites(tmp_path, monkeypatch, bulk):
    if bulk:
        monkeypatch.setattr(importing, "BULK_ROWS", 1)
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B")
    with introduced(a, b):
        _attach(a, PNG, "согласие.png")
        _attach(a, PDF, "приговор.pdf", DocumentKind.COURT)
        report = b.import_(a.export_to(b, folder=tmp_path, name="one.cdsync"))
        assert report.tables["document"].new == 2
        _attach(b, JPEG, "заявление.jpg", DocumentKind.RENUNCIATION)
        a.import_(b.export_to(a, folder=tmp_path, name="two.cdsync"))
        assert held(a) == held(b) and len(held(a)) == 3


@pytest.fixture
def office_and_centre(tmp_path, postgresql_server):
    office = make_postgresql_site(tmp_path, "O", postgresql_server)
    a = make_site(tmp_path, "A")
    with introduced(office, a):
        yield office, a


def test_documents_go_through_a_postgresql_office_byte_for_byte(office_and_centre, tmp_path):
    office, a = office_and_centre
    _attach(a, PNG, "согласие.png")
    # Into the office's empty table (COPY), then into one holding rows (the staging).
    assert office.import_(a.export_to(office, folder=tmp_path, name="1.cdsync")
                          ).tables["document"].new == 1
    _person, pdf_id = _attach(a, PDF, "приговор.pdf", DocumentKind.COURT)
    assert office.import_(a.export_to(office, folder=tmp_path, name="2.cdsync")
                          ).tables["document"].new == 1
    assert held(office) == held(a)
    with office.db.session(office.admin) as session, session.begin():
        assert documents.read_document(session, pdf_id)[1] == PDF
        documents.remove_document(session, pdf_id)
    # Out of the office (COPY TO) back to the centre: the tombstone and the bytes.
    a.import_(office.export_to(a, folder=tmp_path, name="3.cdsync"))
    assert held(a) == held(office)
    assert held(a)[pdf_id][-1] is not None


def test_a_forged_document_is_quarantined_on_postgresql(office_and_centre, tmp_path):
    office, a = office_and_centre
    _attach(a, PNG, "согласие.png")
    honest = a.export_to(office, folder=tmp_path, full=True, name="honest.cdsync")
    parts = crafting.open_parts(honest, crafting.keys_of(office.db))

    def forge(connection: sqlite3.Connection) -> None:
        connection.execute("UPDATE document SET sha256 = ?",
                           (hashlib.sha256(b"another").hexdigest(),))

    target = tmp_path / "forged.cdsync"
    target.write_bytes(crafting.build(parts.manifest, crafting.edit_rows(parts.rows, forge),
                                      crafting.keys_of(a.db), [crafting.recipient_of(office.db)],
                                      keep_tables=parts.manifest["tables"]))
    report = office.import_(target)
    assert report.tables["document"].quarantined == 1
    assert report.tables["person"].new == 1
    assert quarantine(office)["document: digest of the bytes"] == "invalid_value"
    assert held(office) == {}
