"""Staff accounts, the audit trail, and this site's identity, peers and conflicts."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer,
                        String, Text, UniqueConstraint, Uuid, false, true)
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.enums import AuditAction, ConflictStatus, Role
from centre_desk.store.base import Base, SyncMixin, enum_column, utc_now


class User(SyncMixin, Base):
    """A staff member. Synced, so names resolve at every site; secrets are not.

    A user name is unique per site: every site has its own ``admin``, and the
    accounts of other sites arrive without credentials, so they never sign in here.
    The facilities and programmes the person works in travel with the account and,
    like the rest of it, only its own site changes them.
    """

    __tablename__ = "user_account"
    __table_args__ = (UniqueConstraint("origin_site", "username",
                                       name="uq_user_account_origin_site_username"),)

    username: Mapped[str] = mapped_column(String(100))
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Where the person works: JSON lists of facility names (as cases name them) and of
    # programme keys (domain.work_areas.WORK_PROGRAMMES); None when none is named. One
    # field each, so an administrator's whole choice wins or loses a sync race as one.
    work_facilities: Mapped[str | None] = mapped_column(Text)
    work_programmes: Mapped[str | None] = mapped_column(Text)


class Credential(Base):
    """A user's password hash; never leaves this PC."""

    __tablename__ = "credential"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    # A one-time password an administrator set: its holder sets their own before
    # the main window opens.
    must_change: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SignInThrottle(Base):
    """Failed sign-ins per typed user name, known or not, so a lock-out never tells
    whether a name exists."""

    __tablename__ = "sign_in_throttle"

    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    """Who viewed, changed, printed or exported what, and when. Append-only and
    hash-chained: ``seq`` numbers the entries without gaps and ``hash`` covers the
    entry and ``prev_hash``, the hash of the entry before it (see store.audit_chain).
    On SQLite, triggers refuse any UPDATE or DELETE of an entry."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    username: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str | None] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, index=True, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The newest audit entry's number and hash: one row, moved by every new entry
    in the entry's own transaction, so a deleted last entry is noticed."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class Site(Base):
    """This installation: the centre's name and region and its clock position."""

    __tablename__ = "site"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    centre_name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class Peer(Base):
    """Another site this one exchanges sync packages with."""

    __tablename__ = "peer"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    centre_name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(100))
    signing_key: Mapped[str] = mapped_column(Text)
    age_recipient: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    added_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    acked_hlc: Mapped[str | None] = mapped_column(String(64))
    # May it pass on changes made at third sites? A regional office relays for the
    # centres; a centre speaks only for itself (see sync/validation.py).
    relays: Mapped[bool] = mapped_column(Boolean, default=False, server_default=true())


class Conflict(Base):
    """A value that lost a same-field race in a merge, kept for a supervisor to review."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_row", "table_name", "row_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(50))
    kept_value: Mapped[str | None] = mapped_column(Text)
    kept_hlc: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[str | None] = mapped_column(Text)
    lost_hlc: Mapped[str] = mapped_column(String(64))
    status: Mapped[ConflictStatus] = mapped_column(enum_column(ConflictStatus), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
