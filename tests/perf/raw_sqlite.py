"""The raw-SQLite figures issue 20's limits are held against, measured with the stdlib
sqlite3 on the same database file in the same run: what any program must at least do
with the same rows. The raw read is the sync export benchmark's (_raw_read)."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

from centre_desk.sync.tables import synced_tables
from tests.perf.test_sync_export_benchmark import _raw_read

__all__ = ["raw_count_distinct", "raw_insert", "raw_read"]


def raw_read(database_file: Path) -> tuple[int, float, float]:
    """(rows, wall s, CPU s) of reading every synced table's rows (SELECT *, fetchmany):
    the sync export benchmark's _raw_read (its further figures left out)."""
    rows, wall, cpu, *_more = _raw_read(database_file, encrypted=False)
    return rows, wall, cpu


BATCH = 10_000


def raw_insert(database_file: Path, target: Path) -> tuple[int, float, float, float]:
    """(rows, wall s, CPU s, CPU s of the attendance rows' inserts alone) of copying every
    synced table's rows of ``database_file`` into a new database ``target``, the best
    plain sqlite3 way found: the same tables (CREATE statements from sqlite_master, keys
    and unique constraints in), the rows inserted in id order (executemany, batches of
    10,000) with the app's bulk page cache (store.bulk.BULK_CACHE_KIB), the other
    indexes built after the rows, one transaction, committed. Only the inserts, the
    index building and the commit are timed, not the reading of the rows. (Inserting
    in the file's order with the indexes in place, SQLite's default cache, took about
    2.3 times the CPU on the 10,000-person region.)"""
    from centre_desk.store.bulk import BULK_CACHE_KIB

    names = [table.name for table in synced_tables()]
    rows, wall, cpu, attendance = 0, 0.0, 0.0, 0.0
    with contextlib.closing(sqlite3.connect(database_file)) as source, \
            contextlib.closing(sqlite3.connect(target, isolation_level=None)) as copy:
        copy.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        indexes = []
        for name in names:
            for kind, sql in source.execute(
                    "SELECT type, sql FROM sqlite_master WHERE tbl_name = ? "
                    "AND sql IS NOT NULL ORDER BY type = 'index'", (name,)):
                if kind == "table":
                    copy.execute(sql)
                elif kind == "index":
                    indexes.append(sql)
        copy.execute("BEGIN")
        for name in names:
            cursor = source.execute(f'SELECT * FROM "{name}" ORDER BY id')
            marks = ", ".join("?" * len(cursor.description))
            insert = f'INSERT INTO "{name}" VALUES ({marks})'
            while batch := cursor.fetchmany(BATCH):
                started, used = time.perf_counter(), time.process_time()
                copy.executemany(insert, batch)
                wall += time.perf_counter() - started
                cpu += time.process_time() - used
                if name == "attendance":
                    attendance += time.process_time() - used
                rows += len(batch)
        started, used = time.perf_counter(), time.process_time()
        for sql in indexes:
            copy.execute(sql)
        copy.execute("COMMIT")
        wall += time.perf_counter() - started
        cpu += time.process_time() - used
    return rows, wall, cpu, attendance


def raw_count_distinct(database_file: Path) -> tuple[int, float, float]:
    """(people, wall s, CPU s) of SELECT COUNT(DISTINCT person_id) FROM attendance: the
    issue's raw distinct count over every attendance row (the half-year statistics
    count the people of a half-year's attendances, and much more).

    The faster of SQLite's own plan and a walk of the person index: once ANALYZE has
    run (PRAGMA optimize, as the program does on close), SQLite chooses to read the
    table and sort (0.30 s here) over the covering index it took before (0.03 s), and a
    limit that slows down with the planner's mood would flatter what is held to it."""
    best = None
    with contextlib.closing(sqlite3.connect(database_file)) as connection:
        for hint in ("", " INDEXED BY ix_attendance_person"):
            started, used = time.perf_counter(), time.process_time()
            [(people,)] = connection.execute(
                f"SELECT COUNT(DISTINCT person_id) FROM attendance{hint}").fetchall()
            found = (people, time.perf_counter() - started, time.process_time() - used)
            best = found if best is None or found[1] < best[1] else best
    return best
