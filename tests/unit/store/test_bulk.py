"""The bulk connection: a rollback journal when the file is free, the log otherwise,
and every setting back afterwards."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from centre_desk.store.bulk import BULK_CACHE_KIB, bulk_connection

pytestmark = pytest.mark.sqlite_only("SQLite's journal and pragmas")


def _settings(connection) -> tuple:
    return tuple(connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                 for name in ("journal_mode", "cache_size", "foreign_keys"))


def test_a_bulk_connection_writes_through_a_rollback_journal_and_puts_the_log_back(db):
    with db.engine.connect() as connection:  # the pool now keeps an idle connection
        usual = _settings(connection)
    assert usual[0] == "wal"
    with bulk_connection(db.engine) as connection:
        assert _settings(connection) == ("delete", -BULK_CACHE_KIB, 0)
        connection.execute(text("UPDATE site SET region = 'Абай'"))
        connection.commit()
    with db.engine.connect() as connection:
        assert _settings(connection) == usual
        assert connection.execute(text("SELECT region FROM site")).scalar() == "Абай"


def test_a_bulk_connection_keeps_the_log_while_another_program_has_the_file_open(db):
    other = sqlite3.connect(db.paths.database)  # another process, as far as SQLite sees
    try:
        other.execute("SELECT count(*) FROM site").fetchone()
        with bulk_connection(db.engine) as connection:
            assert _settings(connection)[0] == "wal"
            connection.execute(text("UPDATE site SET region = 'Абай'"))
            connection.commit()
        assert other.execute("SELECT region FROM site").fetchone() == ("Абай",)
    finally:
        other.close()


def ram_sorting_here() -> bool:
    """Whether this machine's /dev/shm is a tmpfs with the room store.bulk asks for."""
    from centre_desk.store import bulk

    if sys.platform != "linux" or not bulk._is_tmpfs(Path("/dev/shm")):
        return False
    stats = os.statvfs("/dev/shm")
    return stats.f_bavail * stats.f_frsize >= bulk.RAM_FOLDER_FREE


def test_sqlcipher_sorts_in_ram_only_where_a_tmpfs_has_room(tmp_path, monkeypatch):
    from centre_desk.store import bulk

    monkeypatch.setattr(bulk, "_temp_folders", set())
    calls: list[str] = []
    if ram_sorting_here():
        assert bulk.ram_temp_folder("a library", calls.append)
        assert bulk.ram_temp_folder("a library", calls.append)  # set once a process
        assert calls == ["/dev/shm"]
    else:
        assert not bulk.ram_temp_folder("a library", calls.append)
    monkeypatch.setattr(bulk, "RAM_FOLDER_FREE", 1 << 60)  # no tmpfs has that much
    assert not bulk.ram_temp_folder("another library", calls.append)
    monkeypatch.setattr(bulk, "RAM_FOLDER_FREE", 1)
    monkeypatch.setattr(bulk, "RAM_FOLDER", tmp_path)  # a folder on the disk
    assert not bulk.ram_temp_folder("a third library", calls.append)
    assert calls in ([], ["/dev/shm"])
