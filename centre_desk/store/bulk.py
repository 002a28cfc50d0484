"""A connection set up for one huge transaction (the seed, a region's first package)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

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


RAM_FOLDER = Path("/dev/shm")
RAM_FOLDER_FREE = 1 << 30
"""What the RAM folder must have free: a region's largest index sort writes about 150 MB
of runs (the attendance rows' three indexes, one after another)."""
_temp_folders: set[str] = set()


def ram_temp_folder(library: str, set_folder: Callable[[str], object]) -> bool:
    """Point one SQLite library's temporary files at RAM (Linux's tmpfs ``/dev/shm``,
    where it is one, writable, with RAM_FOLDER_FREE free); False, nothing changed,
    elsewhere.

    Why: an SQLCipher site must keep decrypted data off the disk, so its library keeps
    temporary files in memory, and SQLite then sorts for a new index on one thread. In
    files on tmpfs the sort is off the disk too (each file is unlinked as it is opened)
    and runs on two threads: a million rows' three indexes 5.5 -> 2.9 s. The folder is
    the ``library``'s own global (``PRAGMA temp_store_directory``, which ``set_folder``
    runs on one of its connections), set once a process while no sort runs: a
    connection uses it only with ``PRAGMA temp_store = FILE``."""
    if sys.platform != "linux" or not _is_tmpfs(RAM_FOLDER):
        return False
    try:
        stats = os.statvfs(RAM_FOLDER)
    except OSError:
        return False
    if stats.f_bavail * stats.f_frsize < RAM_FOLDER_FREE or not os.access(RAM_FOLDER,
                                                                          os.W_OK):
        return False
    if library not in _temp_folders:
        set_folder(str(RAM_FOLDER))
        _temp_folders.add(library)
    return True


def _is_tmpfs(folder: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(fields[1:3] == [str(folder), "tmpfs"]
               for fields in (line.split() for line in mounts.splitlines()))
