"""Where a package's rows wait while an import applies them: a work file, plain on a
plain site, SQLCipher-encrypted on an encrypted one, so SQLite copies them into the
database inside itself on either site (INSERT ... SELECT through ATTACH).

An encrypted site's work file is encrypted under a random key that exists only in this
process's memory: nothing decrypted reaches the disk, and a file a killed import left
is unreadable and goes at the next open (store.work_folders). sqlcipher3 cannot
deserialize, so the decompressed rows pass once through a stdlib in-memory database,
are checked there (whole, plain tables only) and copied a table at a time into the
work file; their memory goes back before the merge begins, and the merge and the row
checks then read the work file as a plain site reads its own.
"""

from __future__ import annotations

import contextlib
import dataclasses
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from centre_desk.store import work_folders
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.tables import (ROWS_FILE_NAME, check_package_schema, copy_tables,
                                     encrypted_installation)

SEALED_NAME = "rows.sqlcipher"


@dataclasses.dataclass(frozen=True)
class RowsFile:
    """The work file of one import and, on an encrypted site, its SQLCipher key (a raw
    key: ``x'`` and 64 hex digits ``'``; no key derivation to pay for)."""

    path: Path
    key: str | None = None

    @property
    def sealed(self) -> bool:
        return self.key is not None


@contextlib.contextmanager
def import_storage(database) -> Iterator[RowsFile]:
    """A new work file for an import's rows, in a work folder under the data dir's
    cache, removed with its folder afterwards whatever happens (see
    store.work_folders); encrypted with a fresh random key on an SQLCipher site."""
    encrypted = encrypted_installation(database)
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
