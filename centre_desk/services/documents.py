"""Scanned documents of a person or case: attach one (checked by its first bytes, its
size and digest taken), list them, open one (recorded as viewed) and remove one.

The bytes live in the database row (store.models.documents): on an encrypted site they
are encrypted at rest with the database's key, as every other value is, and backups and
sync packages carry them like any row."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain import documents as rules
from centre_desk.domain.documents import DocumentKind, MediaType
from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import clean, live_person, live_row
from centre_desk.store import work_folders
from centre_desk.store.base import utc_now
from centre_desk.store.models import Case, Document

OPEN_PREFIX = "opened-"
"""The work folders of opened documents, in the data dir's cache."""
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
"""Characters no file name of any system may hold (the copy is named after the file)."""


@dataclasses.dataclass(frozen=True)
class DocumentView:
    """A document as the file lists it (never its bytes)."""

    id: uuid.UUID
    kind: DocumentKind
    file_name: str
    media_type: MediaType
    size_bytes: int
    attached_at: dt.datetime
    case_id: uuid.UUID | None


def attach_document(session: Session, person_id: uuid.UUID, kind: DocumentKind,
                    file_name: str, content: bytes,
                    case_id: uuid.UUID | None = None) -> uuid.UUID:
    """Attach a scanned file to a person (and one of their cases). Refused with
    InvalidInput, nothing saved: ``content`` "document.empty", "document.too_big" (over
    domain.documents.MAX_BYTES) or "document.not_a_scan" (no PDF, JPEG or PNG by its
    first bytes, whatever its name says); ``file_name`` "required" or "too_long";
    ``kind`` "invalid"; ``case_id`` "invalid" (not this person's case)."""
    audit.require(session, Permission.EDIT)
    person = live_person(session, person_id)
    problems: dict[str, str] = {}
    found = rules.problem(content) if isinstance(content, (bytes, bytearray)) \
        else rules.DocumentProblem.EMPTY
    if found is not None:
        problems["content"] = f"document.{found.value}"
    # A name the GUI or CLI passes may be a whole path, of either system.
    name = clean(PureWindowsPath(file_name or "").name)
    if name is None:
        problems["file_name"] = "required"
    elif len(name) > rules.NAME_LIMIT:
        problems["file_name"] = "too_long"
    if not isinstance(kind, DocumentKind):
        problems["kind"] = "invalid"
    if case_id is not None:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None or case.person_id != person.id:
            problems["case_id"] = "invalid"
    if problems:
        raise InvalidInput(problems)
    content = bytes(content)
    document = Document(person_id=person.id, case_id=case_id, kind=kind, file_name=name,
                        media_type=rules.media_type(content), size_bytes=len(content),
                        sha256=rules.digest(content), content=content)
    session.add(document)
    session.flush()
    audit.record(session, AuditAction.CREATED, "document", document.id,
                 person=str(person.id), case=str(case_id) if case_id else None,
                 kind=kind.value, file_name=name, size_bytes=len(content),
                 sha256=document.sha256)
    return document.id


def list_documents(session: Session, person_id: uuid.UUID) -> list[DocumentView]:
    """A person's live documents (theirs and their cases'), newest first."""
    audit.require(session, Permission.VIEW)
    rows = session.execute(
        select(Document.id, Document.kind, Document.file_name, Document.media_type,
               Document.size_bytes, Document.created_at, Document.case_id)
        .where(Document.person_id == person_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at.desc(), Document.file_name)).all()
    return [DocumentView(*row) for row in rows]


def read_document(session: Session, document_id: uuid.UUID) -> tuple[DocumentView, bytes]:
    """A document and its bytes, recorded as viewed. The bytes are checked against the
    digest taken when it was attached (a mismatch is NotFound: no wrong file shown)."""
    audit.require(session, Permission.VIEW)
    document = live_row(session, Document, document_id, "document")
    content = bytes(document.content)
    if rules.digest(content) != document.sha256:
        raise NotFound("document", document_id)
    audit.record(session, AuditAction.VIEWED, "document", document.id,
                 person=str(document.person_id), file_name=document.file_name)
    return DocumentView(document.id, document.kind, document.file_name, document.media_type,
                        document.size_bytes, document.created_at, document.case_id), content


@contextlib.contextmanager
def opened_copy(view: DocumentView, content: bytes, cache: Path) -> Iterator[Path]:
    """A document's bytes (from read_document, which records the viewing) written to a
    file in a work folder of the installation's cache (``cache``: config.Paths.cache)
    for a viewer to show; the folder is removed when the ``with`` ends, and one a
    killed process left goes at the next opening (store.work_folders).

    On an encrypted site the copy is plain while it is open: the database and its
    backups stay encrypted, but a viewer cannot read an encrypted file, so for that
    while the scan lies readable in the cache folder (private to this user, like the
    data dir). Keep the ``with`` as short as the viewing."""
    work_folders.remove_abandoned(cache, OPEN_PREFIX)
    with work_folders.work_folder(cache, OPEN_PREFIX) as folder:
        path = folder / copy_name(view)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
        yield path


def copy_name(view: DocumentView) -> str:
    """The opened copy's file name: the attached name made safe, with the extension
    of the type its bytes are (a viewer chooses by it)."""
    stem = _UNSAFE.sub("_", Path(view.file_name).stem).strip(" .") or "document"
    return f"{stem[:100]}.{'jpg' if view.media_type is MediaType.JPEG else view.media_type.value}"


def remove_document(session: Session, document_id: uuid.UUID) -> None:
    """Remove a document: a tombstone that reaches every peer, recorded in the trail."""
    audit.require(session, Permission.EDIT)
    document = live_row(session, Document, document_id, "document")
    document.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "document", document.id,
                 person=str(document.person_id), file_name=document.file_name)
