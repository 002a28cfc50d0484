"""Local bookkeeping of sync: per-field clock stamps, what each site has seen,
quarantined rows, and this site's private keys when the database is encrypted."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.store.base import Base, utc_now

BASE_FIELD = "*"
"""The ``field`` of the stamp every field of a row carries unless it has its own."""


class FieldStamp(Base):
    """The clock stamp of one field of a synced row, when it differs from the row's.

    A row never edited since it was made has no entries: every field carries the
    row's ``hlc``. The first edit records the row's earlier stamp under ``*`` (the
    base) and the edited fields under their names; the row's ``hlc`` is then the
    newest of them. So a million seeded rows cost nothing here.
    """

    __tablename__ = "field_stamp"

    table_name: Mapped[str] = mapped_column(String(50), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    field: Mapped[str] = mapped_column(String(50), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))


class SeenStamp(Base):
    """The newest stamp from a site whose changes this site has merged: its clock
    vector, sent in every package so the receiver knows what this site knew."""

    __tablename__ = "sync_seen"

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))


class PeerSeenStamp(Base):
    """What a peer told us (in its last package) it has merged from each site:
    export sends it only what lies beyond."""

    __tablename__ = "peer_seen"

    peer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("peer.id"), primary_key=True)
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))


class QuarantinedRow(Base):
    """A row from a package that could not be applied, kept whole and retried at
    every later import until it applies."""

    __tablename__ = "quarantine"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    sender_site: Mapped[uuid.UUID] = mapped_column(Uuid)
    # JSON: {"values": {column: raw value}, "stamps": {field: hlc}, "seen": {site: hlc}}
    payload: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    attempts: Mapped[int] = mapped_column(Integer, default=1)


class SiteKey(Base):
    """This site's private keys, kept inside the database only when SQLCipher
    encrypts it with the database password (see centre_desk.services.site_keys)."""

    __tablename__ = "site_key"

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    signing_key: Mapped[str] = mapped_column(Text)
    age_identity: Mapped[str] = mapped_column(Text)
