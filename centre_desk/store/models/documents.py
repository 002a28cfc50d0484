"""Scanned documents attached to a person or a case (synced): the file's bytes live in
the row, so an encrypted site's key encrypts them as it does every other row, and
backups and sync packages carry them."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.documents import DocumentKind, MediaType
from centre_desk.store.base import Base, SyncMixin, enum_column


class Document(SyncMixin, Base):
    """One scanned file: its kind, name, type (by its first bytes), size, SHA-256 and
    bytes. ``content`` is loaded only when asked for (lists read the rest)."""

    __tablename__ = "document"
    __table_args__ = (Index("ix_document_person", "person_id", "deleted_at"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"))
    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[MediaType] = mapped_column(enum_column(MediaType))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
