"""Opening an installation: plain SQLite, SQLCipher, and the sentences for failures."""

import sqlite3

import pytest
from sqlalchemy import select

from centre_desk.config import Settings
from centre_desk.services import setup
from centre_desk.services.errors import InvalidInput
from centre_desk.store.database import (
    DatabasePasswordNeeded, NotADatabase, NotInitialised, WrongDatabasePassword, open_database)
from centre_desk.store.models import Site, User


def _set_up(paths, database_password=None):
    setup.set_up(paths, setup.SetUpRequest(
        centre_name="Центр", region="Шымкент", admin_username="admin", admin_full_name="Admin",
        admin_password="long enough pw", database_password=database_password))


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_plain_database_has_wal_and_foreign_keys(installed):
    database = open_database(installed)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()


def test_everything_lives_under_the_data_dir(installed):
    assert installed.database.parent == installed.data_dir
    assert installed.settings.exists()
    assert {p.name for p in installed.data_dir.iterdir()} >= {"logs", "keys", "settings.json"}


def test_encrypted_database_is_unreadable_to_plain_sqlite(paths):
    _set_up(paths, database_password="s3cret-db-pass")
    assert Settings.load(paths).encrypted
    header = paths.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.database).execute("SELECT * FROM sqlite_master").fetchall()


def test_encrypted_database_opens_with_its_password(paths):
    _set_up(paths, database_password="s3cret-db-pass")
    database = open_database(paths, "s3cret-db-pass")
    with database.session() as session:
        assert session.scalars(select(User.username)).all() == ["admin"]
    database.close()


def test_wrong_database_password_gets_one_sentence(paths):
    _set_up(paths, database_password="s3cret-db-pass")
    with pytest.raises(WrongDatabasePassword, match="^The database password is wrong"):
        open_database(paths, "not the password")
    with pytest.raises(DatabasePasswordNeeded):
        open_database(paths, None)


def test_empty_data_dir_is_reported_not_created(paths):
    with pytest.raises(NotInitialised, match="run first-time set-up"):
        open_database(paths)
    assert not paths.database.exists()


def test_garbage_file_is_reported_as_not_a_database(paths):
    paths.make_dirs()
    paths.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(NotADatabase):
        open_database(paths)


def test_failed_set_up_leaves_no_database_behind(paths):
    with pytest.raises(InvalidInput):
        setup.set_up(paths, setup.SetUpRequest(
            centre_name="Центр", region="Шымкент", admin_username="admin",
            admin_full_name="Admin", admin_password="short"))
    assert not paths.database.exists()


def test_set_up_records_the_site(installed):
    database = open_database(installed)
    with database.session() as session:
        site = session.scalars(select(Site)).one()
    assert (site.centre_name, site.id) == ("Центр «Ақниет»", database.site_id)
    database.close()


@pytest.mark.parametrize("hours, taken", [(1, 1), (24, 24), (720, 720), (0, 24), (721, 24),
                                           ("12", 24), (1.5, 24), (True, 24), (None, 24)])
def test_a_clock_skew_setting_that_is_no_whole_number_of_hours_counts_as_the_default(
        hours, taken):
    assert Settings(clock_skew_hours=hours).clock_skew_ms == taken * 3_600_000


@pytest.mark.parametrize(("size", "opened"), [
    ([1200, 700], (1200, 700)), ((800, 600), (800, 600)), ([200, 20000], (200, 20000)),
    ([199, 700], None), ([1200, 20001], None), ([1200], None), ([1200, 700, 1], None),
    (["1200", 700], None), ([1200.5, 700], None), ("1200x700", None), (None, None),
    ({"w": 1200}, None)])
def test_a_window_size_setting_opens_only_when_it_is_two_sane_whole_numbers(size, opened):
    assert Settings(window_size=size).window_size_to_open == opened
