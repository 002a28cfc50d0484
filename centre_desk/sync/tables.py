"""The synced tables in the order references allow, their columns, and raw row access
with a package's rows attached: a work file, or for an encrypted installation's export
an in-memory database (see rows_storage; an import's work file: sync.sealed_rows)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, Table
from sqlalchemy.orm import Session

from centre_desk.store import memory_image, work_folders
from centre_desk.store.base import SYNC_COLUMNS, Base
from centre_desk.store.bulk import bulk_connection, ram_temp_folder
from centre_desk.store.models.sync import BASE_FIELD
from centre_desk.store.stamping import synced_classes
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.package import ROWS_SCHEMA
from centre_desk.sync.pg_raw import PgRaw, is_postgresql

META_COLUMNS = frozenset(SYNC_COLUMNS) - {"deleted_at"}
"""Columns that travel with a row but are not merged field by field: ``deleted_at``
(the tombstone) is an ordinary field, so a delete wins or loses like any edit."""


@dataclasses.dataclass(frozen=True)
class SyncedTable:
    """One synced table as sync sees it."""

    table: Table
    columns: tuple[str, ...]
    fields: tuple[str, ...]

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
    return SyncedTable(table, columns, tuple(c for c in columns if c not in META_COLUMNS))


def package_columns(cursor, schema: str, table: SyncedTable) -> list[str]:
    """The columns of ``table`` the package attached as ``schema`` holds and this
    model knows (none: the package has no such table)."""
    sent = [row[1] for row in cursor.execute(f'PRAGMA {schema}.table_info("{table.name}")')]
    return [c for c in sent if c in table.columns]


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
def rows_storage(database) -> Iterator[Path | memory_image.MemoryImage | None]:
    """Where a package's plain rows live while it is built: a file (``rows.sqlite3`` in
    a work folder under the data dir's cache, removed afterwards whatever happens) for
    a plain installation; memory for an SQLCipher one: an in-memory database of
    SQLCipher's library where it exports SQLite's C API (store.memory_image: a region's
    rows serialized in a second, with no copy through Python), else None (an in-memory
    database attached, its rows copied through a stdlib connection to be serialized).
    Attach it with ``attached(database, actor, rows_location(storage), fresh=True)``.
    (An import's rows: sync.sealed_rows.import_storage.)

    Why by installation: an encrypted site's data must stay encrypted at rest, so its
    decrypted rows never touch the disk, at the price of memory (the whole package's
    SQLite held and serialized). A plain site's database file is itself plain in the
    same data dir, so a work file there hides nothing less and costs far less memory.
    The work folder is locked while the sync runs; one a killed sync left goes at the
    next open of the database or the next sync, whichever comes first (see
    store.work_folders)."""
    if encrypted_installation(database):
        if not memory_image.supported():
            yield None
            return
        with memory_image.MemoryImage(limit=_MEMORY_ROWS_LIMIT) as image:
            yield image
        return
    with work_folders.work_folder(database.paths.cache, work_folders.SYNC_PREFIX) as folder:
        yield folder / ROWS_FILE_NAME


_MEMORY_ROWS_LIMIT = 1 << 40
"""What an export's rows may grow to in memory: no bound but the memory (SQLite bounds
an in-memory database of its library at 1 GiB unless told)."""


def rows_location(storage: Path | memory_image.MemoryImage | None) -> Path | str | None:
    """What attached() takes for a rows_storage: the file, the in-memory database's
    URI, or None."""
    return storage.uri if isinstance(storage, memory_image.MemoryImage) else storage


ROWS_FILE_NAME = "rows.sqlite3"
"""A plain work file of a package's rows, in its work folder."""


def encrypted_installation(database) -> bool:
    """Whether ``database`` is an SQLCipher one, asked as a sync begins: the work
    folders a killed sync left in its cache are removed first."""
    work_folders.remove_abandoned(database.paths.cache, work_folders.SYNC_PREFIX)
    with database.engine.connect() as connection:
        return is_sqlcipher(connection.connection.dbapi_connection)


@contextlib.contextmanager
def attached(database, actor, rows_file: Path | str | None, foreign_keys: bool = True,
             bulk: bool = False, whole_checked: bool = True, rows_key: str | None = None,
             fresh: bool = False) -> Iterator[tuple[Session, object]]:
    """A session on a connection of its own, with the package's rows attached as
    ``pkg``; yields (session, DB-API connection). The caller commits. Without
    ``foreign_keys`` SQLite does not check references: the caller does. On PostgreSQL,
    which cannot ATTACH, the package's file opens beside the connection instead and
    the connection is a pg_raw.PgRaw (see _beside; the server checks references).

    ``rows_file`` (from rows_storage or sealed_rows.import_storage) is an SQLite file,
    attached as it is (with ``rows_key``, an SQLCipher file under that key), or the URI
    of an in-memory database holding a package's rows (sealed_rows) or, ``fresh``,
    about to receive an export's; without one, an empty in-memory database is
    attached. A file that exists (unless ``fresh``) holds a package's rows: it must be
    a whole SQLite database of plain tables with the synced tables' names (see
    check_package_schema), else SyncRefused("damaged")
    before anyone reads them; without ``whole_checked`` its pages are left for the
    caller to check (checking.RowChecker does, while the rows are merged).

    A connection of its own because ATTACH must come before its transaction begins
    and the attachment must be gone before the connection serves anyone else. With
    ``bulk`` it is a store.bulk connection (big cache, rollback journal), for a package
    that writes much of a database."""
    incoming = rows_file is not None and not fresh and (
        isinstance(rows_file, str) or rows_file.exists())
    connect = bulk_connection if bulk else Engine.connect
    with connect(database.engine) as connection:
        raw = connection.connection.dbapi_connection
        if connection.dialect.name != "sqlite":
            with _beside(database, actor, connection, rows_file, incoming,
                         whole_checked) as pair:
                yield pair
            return
        # SQLCipher would encrypt the package's pages with the database key (or take
        # the package file for one so encrypted): an empty key keeps them plain, an
        # encrypted work file's own key opens it.
        where = ":memory:" if rows_file is None else str(rows_file)
        try:  # ATTACH reads the schema: a header SQLite cannot take fails here
            if is_sqlcipher(raw):
                raw.execute(f"ATTACH DATABASE ? AS {ROWS_SCHEMA} KEY ?",
                            (where, rows_key or ""))
            else:
                raw.execute(f"ATTACH DATABASE ? AS {ROWS_SCHEMA}", (where,))
        except database_errors(raw) as error:
            if not incoming:
                raise
            raise SyncRefused("damaged", str(error)) from error
        sql_functions(raw)
        if not foreign_keys:
            raw.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
        # A big package builds indexes: on SQLCipher their sort gets two threads where
        # its temporary files can be in RAM (store.bulk.ram_temp_folder).
        ram_sort = bulk and is_sqlcipher(raw) and ram_temp_folder(
            "sqlcipher3", lambda folder: raw.execute(
                "PRAGMA temp_store_directory = '" + folder.replace("'", "''") + "'"))
        if ram_sort:
            raw.execute("PRAGMA temp_store = FILE")  # only outside a transaction
        try:
            try:
                if incoming:
                    check_package_schema(raw, ROWS_SCHEMA, whole=whole_checked)
                raw.execute(f"PRAGMA {ROWS_SCHEMA}.journal_mode = OFF")
                if rows_file is not None:
                    raw.execute(f"PRAGMA {ROWS_SCHEMA}.synchronous = OFF")
            except database_errors(raw) as error:
                if not incoming:
                    raise
                raise SyncRefused("damaged", str(error)) from error
            template = database.session(actor)
            info = dict(template.info)
            template.close()
            with Session(bind=connection, expire_on_commit=False, info=info) as session:
                yield session, raw
        finally:
            if raw.in_transaction:
                raw.rollback()
            detach(raw)
            raw.execute("PRAGMA foreign_keys = ON")
            if ram_sort:
                raw.execute("PRAGMA temp_store = DEFAULT")


@contextlib.contextmanager
def _beside(database, actor, connection, rows_file: Path | None, incoming: bool,
            whole_checked: bool) -> Iterator[tuple[Session, PgRaw]]:
    """attached() on a server's database (PostgreSQL), which cannot ATTACH: the
    package's file opens on a sqlite3 connection of its own beside the site's (read
    only when it holds a package's rows), checked as attached() checks it."""
    if rows_file is None:  # rows_storage gives a server's site a file
        raise SyncRefused("damaged", "rows in memory on a server's database")
    if incoming:
        package = sqlite3.connect(f"file:{rows_file}?mode=ro", uri=True)
    else:
        package = sqlite3.connect(rows_file)
    try:
        try:
            package.execute("PRAGMA trusted_schema = OFF")
            sql_functions(package)
            if incoming:
                check_package_schema(package, "main", whole=whole_checked)
            else:
                package.execute("PRAGMA journal_mode = OFF")
                package.execute("PRAGMA synchronous = OFF")
        except sqlite3.DatabaseError as error:
            if not incoming:
                raise
            raise SyncRefused("damaged", str(error)) from error
        raw = PgRaw(connection.connection.dbapi_connection, package)
        template = database.session(actor)
        info = dict(template.info)
        template.close()
        try:
            with Session(bind=connection, expire_on_commit=False, info=info) as session:
                yield session, raw
        finally:
            if raw.in_transaction:
                raw.rollback()
    finally:
        package.close()


def sql_functions(connection) -> None:
    """Give an SQLite connection that checks a package's rows the functions the checks
    call (validation.VALUE_RULES): ``cd_sha256(blob)``, a document's digest."""
    connection.create_function("cd_sha256", 1, _sha256, deterministic=True)


def _sha256(value: object) -> str | None:
    return hashlib.sha256(value).hexdigest() if isinstance(value, bytes) else None


def package_rows(raw) -> tuple[object, str]:
    """(connection, schema) where the package's rows are read with SQLite's SQL: the
    site's own connection with the package attached, or the package's file beside a
    server's database."""
    if is_postgresql(raw):
        return raw.package, "main"
    return raw, ROWS_SCHEMA


def check_package_schema(connection, schema: str, whole: bool = True) -> None:
    """The package's SQLite attached as ``schema`` holds plain tables named as synced
    tables or field_stamp, each with its key columns, and nothing else: no view,
    trigger or index runs or is used while its rows are read, and no column whose name
    is not a plain one; with ``whole``, it is whole too (check_whole). Not SQLite at
    all: the driver's DatabaseError."""
    expected = {*by_name(), "field_stamp"}
    tables = connection.execute(f"SELECT type, name FROM {schema}.sqlite_master").fetchall()
    for kind, name in tables:
        if kind != "table" or name not in expected:
            raise SyncRefused("damaged", f"{kind} {str(name)[:80]!r} in the rows")
        # Column names go into SQL too (quoted, when an SQLCipher site copies them).
        columns = [column[1] for column in connection.execute(
            f'PRAGMA {schema}.table_info("{name}")')]
        for column in columns:
            if not isinstance(column, str) or not _PLAIN_NAME.fullmatch(column):
                raise SyncRefused("damaged", f"column {str(column)[:80]!r} of {name}")
        # Without its keys no row of a table can be told apart (a row missing any other
        # value is quarantined on its own).
        missing = _KEY_COLUMNS.get(name, _ROW_KEYS) - set(columns)
        if missing:
            raise SyncRefused("damaged", f"{name} without {', '.join(sorted(missing))}")
    if whole:
        check_whole(connection, schema)


def check_whole(connection, schema: str) -> None:
    """SQLite's quick check of every page of the package attached as ``schema`` (a few
    milliseconds a megabyte)."""
    [(verdict,)] = connection.execute(f"PRAGMA {schema}.quick_check(1)").fetchall()
    if verdict != "ok":
        raise SyncRefused("damaged", f"rows: {str(verdict)[:200]}")


_ROW_KEYS = frozenset({"id", "hlc"})
_KEY_COLUMNS = {"field_stamp": frozenset({"table_name", "row_id", "field", "hlc"})}
_PLAIN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
"""A column name as the models spell them."""


def database_errors(raw) -> tuple[type[Exception], ...]:
    """The DatabaseError classes of ``raw``'s driver and of the stdlib's."""
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    if not is_postgresql(raw) and is_sqlcipher(raw):
        import sqlcipher3

        errors += (sqlcipher3.dbapi2.DatabaseError,)
    return errors


def take_rows(raw, image: memory_image.MemoryImage | None = None) -> bytes:
    """The attached ``pkg`` database (``image`` when that is where it lives),
    serialized (outside a transaction)."""
    if image is not None:
        return image.serialized()
    if not is_sqlcipher(raw):
        return raw.serialize(name=ROWS_SCHEMA)
    # sqlcipher3 has no serialize: the rows go to a stdlib in-memory database first.
    with contextlib.closing(sqlite3.connect(":memory:")) as plain:
        copy_tables(raw, ROWS_SCHEMA, plain, "main")
        return plain.serialize()


def detach(raw) -> None:
    """Detach ``pkg`` if attached: its memory goes back (or its file is closed) at once."""
    if is_postgresql(raw):
        return  # nothing attached: the package's file has its own connection
    if any(row[1] == ROWS_SCHEMA for row in raw.execute("PRAGMA database_list")):
        raw.execute(f"DETACH DATABASE {ROWS_SCHEMA}")


def is_sqlcipher(raw) -> bool:
    return type(raw).__module__.startswith("sqlcipher3")


def copy_tables(source, source_schema: str, target, target_schema: str) -> dict[str, int]:
    """Copy every table of ``source_schema`` into the empty ``target_schema`` of another
    connection, untyped columns and rows in rowid order (so rowids keep their order);
    committed. Returns the rows copied, table by table."""
    names = [name for (name,) in source.execute(
        f"SELECT name FROM {source_schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
    copied = {}
    for name in names:
        columns = [row[1] for row in source.execute(
            f'PRAGMA {source_schema}.table_info("{name}")')]
        quoted = ", ".join(f'"{c}"' for c in columns)
        target.execute(f'CREATE TABLE {target_schema}."{name}" ({quoted})')
        insert = (f'INSERT INTO {target_schema}."{name}" ({quoted}) '
                  f'VALUES ({", ".join("?" for _ in columns)})')
        # The rows stream from one connection into the other, never all in a list.
        copied[name] = target.executemany(insert, source.execute(
            f'SELECT {quoted} FROM {source_schema}."{name}" ORDER BY rowid')).rowcount
    target.commit()
    return copied
