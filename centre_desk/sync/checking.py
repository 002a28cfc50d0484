"""Finding the rows of a package that fail validation, table by table, while the merge
goes on: on a second connection to the package's work file or in-memory database, in
a thread of its own (a region's million rows cost seconds to check, the same order as
inserting them, so the two overlap on two cores); an encrypted site's work file is
opened with its key (see sync.sealed_rows); rows attached without a file of their own
are checked in line on the import's connection. The second connection also runs
SQLite's check of every page (a region's package: about half a second), which the
merge would otherwise wait for; a sealed work file was checked whole as it was sealed.

Cheap first: every check of validation.py runs row by row in SQL except the hex digits
of ids, which SQLite's GLOB tests slowly; those are joined for a whole chunk of rows
and tested at once in Python. Only a chunk whose digits fail is checked row by row.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterator

from sqlalchemy import Uuid

from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.sealed_rows import RowsFile, connect_in_memory, connect_sealed
from centre_desk.sync.tables import (SyncedTable, check_whole, database_errors,
                                     package_columns, sql_functions)
from centre_desk.sync.validation import SAME_AS, Rules, field_stamp_summary, row_refused_sql

CHUNK = 100_000
"""Rows checked per query: the joined digits of a chunk are a few megabytes."""
_HEX = re.compile(b"[0-9a-f]*")


class RowChecker:
    """The refused rows (package rowids) of each table, found ahead of the merge.

    ``refused(table)`` waits until that table is checked; ``require_whole()`` until the
    file's pages are (SyncRefused "damaged" if they are not whole). Use as a context
    manager: leaving it stops the work and waits for the thread, so the file can go."""

    def __init__(self, rules: Rules, tables: list[SyncedTable], rows_file: RowsFile | None,
                 cursor, schema: str) -> None:
        self._rules = rules
        self._futures = {table.name: concurrent.futures.Future() for table in tables}
        self._whole = concurrent.futures.Future()
        self._tables = tables
        self._stop = threading.Event()
        self._thread = None
        self._connection = None
        if rows_file is None:
            self._cursor, self._schema = cursor, schema
            self._whole.set_result(None)  # checked as the rows were loaded
        else:
            if rows_file.sealed:
                self._whole.set_result(None)  # checked whole as it was sealed
            self._thread = threading.Thread(target=self._run_on_file, args=(rows_file,),
                                            name="sync-row-check", daemon=True)
            self._thread.start()

    def __enter__(self) -> RowChecker:
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        if self._connection is not None:
            # The driver's own ProgrammingError: the connection is closed, it is done.
            with contextlib.suppress(self._connection.ProgrammingError):
                self._connection.interrupt()
        if self._thread is not None:
            self._thread.join()

    def refused(self, table: SyncedTable) -> set[int]:
        """The package's rowids of ``table`` that fail a check."""
        future = self._futures[table.name]
        if self._thread is None and not future.done():
            self._check(self._cursor, self._schema, "temp", table, future)
        return future.result()

    def require_whole(self) -> None:
        """Wait for the check of the file's pages; SyncRefused when they are damaged."""
        self._whole.result()

    def _run_on_file(self, rows_file: RowsFile) -> None:
        errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
        try:
            if rows_file.sealed:
                self._connection = connect_sealed(rows_file, read_only=True)
            elif rows_file.in_memory:
                self._connection = connect_in_memory(rows_file)
            else:
                self._connection = sqlite3.connect(f"file:{rows_file.path}?mode=ro",
                                                   uri=True, check_same_thread=False)
            errors = database_errors(self._connection)
            with contextlib.closing(self._connection) as connection:
                connection.execute("PRAGMA trusted_schema = OFF")
                sql_functions(connection)
                for table in self._tables:
                    if self._stop.is_set():
                        break
                    self._check(connection, "main", "temp", table, self._futures[table.name])
                if not self._stop.is_set() and not self._whole.done():
                    check_whole(connection, "main")
                    self._whole.set_result(None)
        except errors as error:
            if not self._whole.done():
                self._whole.set_exception(SyncRefused("damaged", str(error)))
        except SyncRefused as error:
            if not self._whole.done():
                self._whole.set_exception(error)
        finally:
            for future in [*self._futures.values(), self._whole]:
                if not future.done():
                    future.set_exception(SyncRefused("cancelled"))

    def _check(self, cursor, schema: str, work: str, table: SyncedTable, future) -> None:
        try:
            future.set_result(set(_refused_rows(cursor, schema, work, table, self._rules)))
        except database_errors(cursor) as error:  # the package's pages, not the check
            future.set_exception(SyncRefused("damaged", str(error)))
        except Exception as error:  # noqa: BLE001  (handed to the merge, which raises it)
            future.set_exception(error)


def _id_digits(column: str, rules: Rules) -> str:
    """An id's text for the chunk's digits, or nothing where its value is known good:
    the sender's or this site's own id as a row's origin, an updater who is also the
    row's creator (checked as such)."""
    x = f'p."{column}"'
    if column == "origin_site":
        return (f"CASE WHEN {x} IN ('{rules.sender_hex}', '{rules.site_hex}') THEN '' "
                f"ELSE coalesce({x}, '') END")
    twin = SAME_AS.get(column)
    if twin:
        return f'CASE WHEN {x} IS p."{twin}" THEN \'\' ELSE coalesce({x}, \'\') END'
    return f"coalesce({x}, '')"


def _refused_rows(cursor, schema: str, work: str, table: SyncedTable,
                  rules: Rules) -> Iterator[int]:
    columns = package_columns(cursor, schema, table)
    if not columns:
        return
    stamps = field_stamp_summary(cursor, schema, work, table, rules)
    cheap = row_refused_sql(table, columns, "p", rules, stamps, hex_digits=False)
    ids = [c for c in columns if isinstance(table.table.columns[c].type, Uuid)
           and not table.table.columns[c].foreign_keys]
    digits = " || ".join(_id_digits(c, rules) for c in ids) or "''"
    source = f'{schema}."{table.name}"'
    last = None
    while True:
        after = "" if last is None else f"WHERE p.rowid > {int(last)}"
        top, count, cheap_refused, joined = cursor.execute(
            f"SELECT max(r), count(*), group_concat(bad), CAST(group_concat(digits, '') AS BLOB) "
            f"FROM "
            f"(SELECT p.rowid AS r, CASE WHEN {cheap} THEN p.rowid END AS bad, "
            f"{digits} AS digits FROM {source} p {after} ORDER BY p.rowid LIMIT {CHUNK})"
        ).fetchone()
        if not count:
            return
        if joined is None or _HEX.fullmatch(joined):
            if cheap_refused:
                yield from (int(r) for r in cheap_refused.split(","))
        else:  # some id is not hex: this chunk row by row, with every check
            low = "" if last is None else f"AND p.rowid > {int(last)}"
            exact = row_refused_sql(table, columns, "p", rules, stamps)
            yield from (r for (r,) in cursor.execute(
                f"SELECT p.rowid FROM {source} p WHERE p.rowid <= ? {low} AND ({exact})",
                (top,)))
        last = top
