"""Where a package's rows wait while an import applies them: a work file on a plain
site, memory on an encrypted one, so SQLite copies them into the database inside
itself on either site (INSERT ... SELECT through ATTACH).

An encrypted site's decrypted rows never reach the disk. Where SQLCipher's library
exports SQLite's C API (store.memory_image), the rows are decompressed into a named
in-memory database of that library, attached as a plain site attaches its work file
and checked as that one is (plain tables only at the ATTACH, every page while the rows
are merged). Elsewhere they go into a work file encrypted under a random key that
exists only in this process's memory (a file a killed import left is unreadable and
goes at the next open, store.work_folders): sqlcipher3 cannot deserialize, so they pass
once through a stdlib in-memory database, are checked there (whole, plain tables only)
and copied a table at a time, through Python, into the work file (a region's package:
16 s, against 0.5 s in memory; tests/perf/test_sync_encrypted_ways_benchmark.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from centre_desk.store import memory_image, work_folders
from centre_desk.sync import package
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.tables import (ROWS_FILE_NAME, check_package_schema, copy_tables,
                                     encrypted_installation)

SEALED_NAME = "rows.sqlcipher"


@dataclasses.dataclass(frozen=True)
class RowsFile:
    """Where one import's rows wait: a work file, with its SQLCipher key when sealed (a
    raw key: ``x'`` and 64 hex digits ``'``; no key derivation to pay for), or an
    in-memory database of SQLCipher's library (``image``; then ``path`` is None)."""

    path: Path | None
    key: str | None = None
    image: memory_image.MemoryImage | None = None

    @property
    def sealed(self) -> bool:
        return self.key is not None

    @property
    def in_memory(self) -> bool:
        return self.image is not None

    @property
    def location(self) -> Path | str:
        """What an ATTACH names: the work file, or the in-memory database's URI."""
        return self.image.uri if self.image is not None else self.path


@contextlib.contextmanager
def import_storage(database) -> Iterator[RowsFile]:
    """A new work file for an import's rows, in a work folder under the data dir's
    cache, removed with its folder afterwards whatever happens (see
    store.work_folders); on an SQLCipher site in memory where its library allows,
    else encrypted with a fresh random key."""
    encrypted = encrypted_installation(database)
    if encrypted and memory_image.supported():
        with memory_image.MemoryImage() as image:
            yield RowsFile(None, image=image)
        return
    with work_folders.work_folder(database.paths.cache, work_folders.SYNC_PREFIX) as folder:
        if encrypted:
            yield RowsFile(folder / SEALED_NAME, f"x'{secrets.token_hex(32)}'")
        else:
            yield RowsFile(folder / ROWS_FILE_NAME)


def connect_sealed(rows_file: RowsFile, read_only: bool = False):
    """An sqlcipher3 connection to the encrypted work file, keyed."""
    import sqlcipher3  # only encrypted installations pay for the import

    if read_only:
        connection = sqlcipher3.connect(f"file:{rows_file.path}?mode=ro", uri=True,
                                        check_same_thread=False)
    else:
        connection = sqlcipher3.connect(str(rows_file.path), check_same_thread=False)
    # The key must be the first statement; it is our own hex digits, safe to quote.
    connection.execute(f'PRAGMA key = "{rows_file.key}"')
    return connection


def connect_in_memory(rows_file: RowsFile):
    """An sqlcipher3 connection (no key: the rows are plain) that only reads the
    in-memory rows."""
    import sqlcipher3

    return sqlcipher3.connect(f"{rows_file.location}&mode=ro", uri=True,
                              check_same_thread=False)


def fill_in_memory(opened: package.OpenedPackage, rows_file: RowsFile) -> None:
    """The package's rows decompressed straight into the in-memory database, held once
    (a region's 533 MB; they were held whole, then copied). Whether they are one whole
    SQLite database is checked as they are decompressed (package.unpack_rows), their
    tables and pages as a work file's are, when attached and as merged: SyncRefused.
    Call once the package's signature and checksum are verified."""
    with rows_file.image.filling(package.rows_cap(opened.manifest)) as write:
        package.unpack_rows(opened, write)


def seal(rows: bytearray, rows_file: RowsFile) -> dict[str, int]:
    """Fill the new, encrypted work file with the package's rows (a serialized SQLite
    database, emptied once read): SyncRefused("damaged") unless they are a whole
    database of plain synced tables (tables.check_package_schema). Returns each table's
    rows as the copy counted them (counting the work file afterwards decrypts every page
    of it again: about a second for a region's package). Call once the package's
    signature and checksum are verified (package.unpack_rows)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as plain:
        try:
            plain.deserialize(rows)
        except sqlite3.DatabaseError as error:
            raise SyncRefused("damaged", str(error)) from error
        finally:
            rows.clear()  # SQLite holds its own copy now: one copy at a time
        with contextlib.closing(connect_sealed(rows_file)) as sealed:
            # A work file: a crash leaves it to be removed, never to be recovered.
            sealed.execute("PRAGMA journal_mode = OFF")
            sealed.execute("PRAGMA synchronous = OFF")
            try:
                plain.execute("PRAGMA trusted_schema = OFF")
                check_package_schema(plain, "main")
                return copy_tables(plain, "main", sealed, "main")
            except sqlite3.DatabaseError as error:  # the package's (sqlcipher3's: the disk)
                raise SyncRefused("damaged", str(error)) from error
