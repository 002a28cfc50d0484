"""The synced tables in the order references allow, their columns, and raw row access
with a package's rows attached."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Enum, Table
from sqlalchemy.orm import Session

from centre_desk.store.base import SYNC_COLUMNS, Base
from centre_desk.store.models.sync import BASE_FIELD
from centre_desk.store.stamping import synced_classes
from centre_desk.sync.package import ROWS_SCHEMA

_STALE_AFTER_S = 6 * 3600

META_COLUMNS = frozenset(SYNC_COLUMNS) - {"deleted_at"}
"""Columns that travel with a row but are not merged field by field: ``deleted_at``
(the tombstone) is an ordinary field, so a delete wins or loses like any edit."""


@dataclasses.dataclass(frozen=True)
class SyncedTable:
    """One synced table as sync sees it."""

    table: Table
    columns: tuple[str, ...]
    fields: tuple[str, ...]
    enum_values: dict[str, frozenset[str]]

    @property
    def name(self) -> str:
        return self.table.name


@functools.cache
def synced_tables() -> tuple[SyncedTable, ...]:
    """Every synced table, parents before the tables that refer to them."""
    synced = {cls.__table__ for cls in synced_classes()}
    ordered = [t for t in Base.metadata.sorted_tables if t in synced]
    return tuple(_describe(t) for t in ordered)


def by_name() -> dict[str, SyncedTable]:
    """Synced tables by table name."""
    return {t.name: t for t in synced_tables()}


def _describe(table: Table) -> SyncedTable:
    columns = tuple(c.name for c in table.columns)
    enums = {}
    for column in table.columns:
        if isinstance(column.type, Enum) and column.type.enum_class is not None:
            members: type[enum.Enum] = column.type.enum_class
            enums[column.name] = frozenset(m.value for m in members)
    return SyncedTable(table, columns, tuple(c for c in columns if c not in META_COLUMNS),
                       enums)


def stamp_site(stamp: str) -> str:
    """The site id part of a clock stamp."""
    return stamp.split(".", 2)[2]


def effective_stamps(fields: tuple[str, ...], row_hlc: str,
                     stamps: dict[str, str] | None) -> dict[str, str]:
    """The stamp of every field of a row, from its own, its base or the row's."""
    if not stamps:
        return dict.fromkeys(fields, row_hlc)
    base = stamps.get(BASE_FIELD, row_hlc)
    return {f: stamps.get(f, base) for f in fields}


def compact_stamps(stamps: dict[str, str]) -> tuple[str, dict[str, str]]:
    """(row hlc, stored field stamps) for a row whose fields carry ``stamps``: no
    entries when all agree, else the commonest as the base and the others by name."""
    distinct = set(stamps.values())
    row_hlc = max(distinct)
    if len(distinct) == 1:
        return row_hlc, {}
    counts: dict[str, int] = {}
    for stamp in stamps.values():
        counts[stamp] = counts.get(stamp, 0) + 1
    base = max(counts, key=lambda s: (counts[s], s))
    stored = {BASE_FIELD: base}
    stored.update({f: s for f, s in stamps.items() if s != base})
    return row_hlc, stored


@contextlib.contextmanager
def work_folder(database) -> Iterator[Path]:
    """A temporary folder for a package's plain rows, inside the data dir (as private
    as the database itself); removed afterwards whatever happens."""
    database.paths.cache.mkdir(parents=True, exist_ok=True)
    # Plain rows left by a process that was killed go at the next sync.
    for stale in database.paths.cache.glob("sync-*"):
        if time.time() - stale.stat().st_mtime > _STALE_AFTER_S:
            shutil.rmtree(stale, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="sync-", dir=database.paths.cache) as folder:
        yield Path(folder)


@contextlib.contextmanager
def attached(database, actor, rows_file: Path,
             foreign_keys: bool = True) -> Iterator[tuple[Session, object]]:
    """A session on a connection of its own, with ``rows_file`` (an SQLite file)
    attached as ``pkg``; yields (session, DB-API connection). The caller commits.
    Without ``foreign_keys`` SQLite does not check references: the caller does.

    A connection of its own because ATTACH must come before its transaction begins
    and the attachment must be gone before the connection serves anyone else."""
    with database.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        # SQLCipher would take the package file for one encrypted with the database key.
        key = " KEY ''" if type(raw).__module__.startswith("sqlcipher3") else ""
        raw.execute(f"ATTACH DATABASE ? AS {ROWS_SCHEMA}{key}", (str(rows_file),))
        if not foreign_keys:
            raw.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
        try:
            raw.execute(f"PRAGMA {ROWS_SCHEMA}.journal_mode = OFF")
            raw.execute(f"PRAGMA {ROWS_SCHEMA}.synchronous = OFF")
            template = database.session(actor)
            info = dict(template.info)
            template.close()
            with Session(bind=connection, expire_on_commit=False, info=info) as session:
                yield session, raw
        finally:
            if raw.in_transaction:
                raw.rollback()
            raw.execute(f"DETACH DATABASE {ROWS_SCHEMA}")
            raw.execute("PRAGMA foreign_keys = ON")
