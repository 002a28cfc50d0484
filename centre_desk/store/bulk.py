"""A connection set up for one huge transaction (the seed, a region's first package)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

BULK_CACHE_KIB = 256 * 1024
"""SQLite's page cache (KiB) for a bulk connection."""


@contextlib.contextmanager
def bulk_connection(engine: Engine) -> Iterator[Connection]:
    """A connection of its own, on SQLite set up for one huge transaction and put back
    as it was afterwards.

    Measured on 100,000 persons (1.8 million rows, 1.1 GB): the default 2 MB page
    cache costs ten seconds of re-reading index pages; committing through the
    write-ahead log costs four to eight seconds, because the log writes every new page
    twice (log, then checkpoint) where a rollback journal writes it once and journals
    only the few pages that existed before (one to two seconds). Foreign keys are not
    checked row by row (two to three seconds): the caller makes or checks every
    reference itself. Sorting for a new index may use a second core.

    Leaving the log needs the database to itself: the pool's idle connections are
    closed first (each holds the log open); if another connection or process is
    still using the file, the log stays and only the speed differs. While the
    transaction runs under the rollback journal, other connections wait for it
    instead of reading the old data. Every setting keeps the transaction atomic - an
    error, Ctrl-C or a killed process still rolls everything back (a killed one at the
    next opening, from the journal) - and all are put back afterwards.
    """
    if engine.dialect.name != "sqlite":
        with engine.connect() as connection:
            yield connection
        return
    engine.dispose()
    with engine.connect() as connection:

        def pragma(text: str) -> object:
            result = connection.exec_driver_sql(f"PRAGMA {text}")
            return result.scalar() if result.returns_rows else None

        before = {name: pragma(name) for name in ("cache_size", "threads", "foreign_keys",
                                                  "synchronous", "journal_mode")}
        pragma(f"cache_size = -{BULK_CACHE_KIB}")
        pragma("threads = 2")  # a new index sorts on two cores
        pragma("foreign_keys = OFF")
        pragma("synchronous = FULL")
        try:
            pragma("journal_mode = DELETE")
        except OperationalError:
            connection.rollback()  # another connection holds the file: keep the log
        connection.commit()
        try:
            yield connection
        finally:
            if connection.in_transaction():
                connection.rollback()
            with contextlib.suppress(OperationalError):  # new connections set the log anyway
                pragma(f"journal_mode = {before.pop('journal_mode')}")
            for name, value in before.items():
                pragma(f"{name} = {value}")
            connection.commit()


@contextlib.contextmanager
def memory_mapped(execute: Callable[[str], object]) -> Iterator[None]:
    """The main SQLite database memory-mapped while a reader reads its pages in no
    order (no system call and copy a page), set back after; ``execute`` runs one
    statement on the reader's connection. An SQLCipher database maps nothing."""
    # All of the file: SQLite maps no more than it holds, nor more than its build allows.
    execute(f"PRAGMA main.mmap_size = {1 << 40}")
    try:
        yield
    finally:
        execute("PRAGMA main.mmap_size = 0")
