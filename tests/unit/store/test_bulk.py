"""The bulk connection: a rollback journal when the file is free, the log otherwise,
and every setting back afterwards."""

from __future__ import annotations

import sqlite3

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
