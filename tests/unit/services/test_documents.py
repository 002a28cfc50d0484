"""Scanned documents of a person or case: attached (type by the first bytes, the size
limit, the digest), listed, opened (recorded as viewed, a copy in the cache removed
afterwards) and removed (a tombstone); every refusal leaves the database unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from centre_desk.domain.documents import MAX_BYTES, DocumentKind, MediaType
from centre_desk.domain.enums import AuditAction, CaseCategory, Role, Sex
from centre_desk.services import cases, documents, persons
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent, Document
from tests.unit.services.test_two_desks import digest

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + b"\x00" * 300
KAIRAT = persons.PersonInput(surname="Ермуханов", given_name="Қайрат", sex=Sex.MALE)
INMATE = cases.CaseInput(category=CaseCategory.INMATE, facility="ИК-5")


@pytest.fixture
def file(run):
    return run(cases.register_participant, KAIRAT, INMATE, dt.date(2024, 1, 10))


def test_attached_documents_keep_their_bytes_type_size_and_digest(db, run, file):
    consent = run(documents.attach_document, file.person_id, DocumentKind.CONSENT,
                  "согласие.pdf", PDF, file.case_id)
    scan = run(documents.attach_document, file.person_id, DocumentKind.COURT,
               r"C:\Сканы\приговор.jpeg", JPEG)
    listed = run(documents.list_documents, file.person_id)
    assert {(d.id, d.kind, d.file_name, d.media_type, d.size_bytes, d.case_id)
            for d in listed} == {
        (consent, DocumentKind.CONSENT, "согласие.pdf", MediaType.PDF, len(PDF), file.case_id),
        (scan, DocumentKind.COURT, "приговор.jpeg", MediaType.JPEG, len(JPEG), None)}
    with db.session() as session:
        stored = session.get(Document, consent)
        assert (bytes(stored.content), stored.sha256) == (PDF, hashlib.sha256(PDF).hexdigest())


def test_the_type_is_told_by_the_bytes_not_the_name(run, file):
    document_id = run(documents.attach_document, file.person_id, DocumentKind.OTHER,
                      "scan.pdf", PNG)
    [view] = run(documents.list_documents, file.person_id)
    assert (view.id, view.media_type) == (document_id, MediaType.PNG)


@pytest.mark.parametrize(("content", "name", "problems"), [
    (b"", "empty.pdf", {"content": "document.empty"}),
    (b"MZ\x90\x00 this is a program", "court.pdf", {"content": "document.not_a_scan"}),
    (b"GIF89a" + b"\x00" * 20, "photo.png", {"content": "document.not_a_scan"}),
    (b"%PDF-" + b"\x00" * MAX_BYTES, "huge.pdf", {"content": "document.too_big"}),
    (PDF, "   ", {"file_name": "required"}),
    (PDF, "a" * 300 + ".pdf", {"file_name": "too_long"}),
])
def test_a_refused_file_changes_nothing(db, run, file, content, name, problems):
    before = digest(db)
    with pytest.raises(InvalidInput) as refused:
        run(documents.attach_document, file.person_id, DocumentKind.CONSENT, name, content)
    assert refused.value.problems == problems
    assert digest(db) == before


def test_a_file_of_exactly_the_limit_is_taken(run, file):
    content = b"%PDF-" + b"\x00" * (MAX_BYTES - 5)
    run(documents.attach_document, file.person_id, DocumentKind.COURT, "big.pdf", content)
    [view] = run(documents.list_documents, file.person_id)
    assert view.size_bytes == MAX_BYTES


def test_another_persons_case_is_refused(db, run, file):
    other = run(cases.register_participant, persons.PersonInput(
        surname="Абдрахманова", given_name="Әлия", sex=Sex.FEMALE), INMATE, dt.date(2024, 2, 1))
    before = digest(db)
    with pytest.raises(InvalidInput) as refused:
        run(documents.attach_document, file.person_id, DocumentKind.CONSENT, "c.pdf", PDF,
            other.case_id)
    assert refused.value.problems == {"case_id": "invalid"}
    assert digest(db) == before


def test_a_read_only_user_may_list_and_open_but_not_attach_or_remove(
        db, run, file, make_user):
    document_id = run(documents.attach_document, file.person_id, DocumentKind.CONSENT,
                      "c.pdf", PDF)
    reader = Workspace(db, make_user(Role.READ_ONLY))
    before = digest(db)
    with pytest.raises(NotPermitted):
        reader.run(documents.attach_document, file.person_id, DocumentKind.CONSENT, "d.pdf", PDF)
    with pytest.raises(NotPermitted):
        reader.run(documents.remove_document, document_id)
    assert digest(db) == before
    assert [d.id for d in reader.run(documents.list_documents, file.person_id)] == [document_id]
    assert reader.run(documents.read_document, document_id)[1] == PDF


def test_opening_is_recorded_and_the_copy_goes_afterwards(db, admin, run, file, installed):
    document_id = run(documents.attach_document, file.person_id, DocumentKind.RENUNCIATION,
                      "заявление/../об отказе.png", PNG)
    view, content = run(documents.read_document, document_id)
    with documents.opened_copy(view, content, installed.cache) as path:
        assert path.read_bytes() == PNG
        assert path.name == "об отказе.png"
        assert path.parent.parent == installed.cache
        assert path.stat().st_mode & 0o077 == 0
    assert not path.exists() and not path.parent.exists()
    with db.session() as session:
        viewed = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "document", AuditEvent.action == AuditAction.VIEWED)).all()
    assert [(e.entity_id, e.user_id) for e in viewed] == [(str(document_id), admin.user_id)]


def test_a_removed_document_is_a_tombstone_no_longer_listed_or_opened(db, run, file):
    document_id = run(documents.attach_document, file.person_id, DocumentKind.CONSENT,
                      "c.pdf", PDF)
    run(documents.remove_document, document_id)
    assert run(documents.list_documents, file.person_id) == []
    with pytest.raises(NotFound):
        run(documents.read_document, document_id)
    with db.session() as session:
        assert session.get(Document, document_id).deleted_at is not None
        assert session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "document").order_by(AuditEvent.seq)).all() == [
            AuditAction.CREATED, AuditAction.DELETED]
