"""Declarative base, the sync columns every synced table carries, and column helpers."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import DateTime, Enum, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints keep Alembic's batch migrations on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    """Naive UTC, the one time zone the database stores."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Root of every mapped class."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum_class: type[enum.Enum], **kwargs) -> Enum:
    """Store an enum by its value as plain text, so sync packages and SQL read alike."""
    return Enum(enum_class, native_enum=False, create_constraint=False, length=32,
                values_callable=lambda members: [m.value for m in members], **kwargs)


class SyncMixin:
    """Columns that let a row travel between sites and merge per field.

    ``hlc`` is the hybrid-logical-clock stamp of the row's last change; a delete
    only sets ``deleted_at`` so the tombstone can reach every peer.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    origin_site: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


SYNC_COLUMNS = ("id", "origin_site", "created_at", "created_by", "updated_at", "updated_by",
                "hlc", "deleted_at")
