"""The data dir is this user's alone, and a killed sync leaves no decrypted rows:
folders 0700 and files 0600 on every start, also for a data dir made looser before;
a killed import's work folder goes at the next open, a running one's stays."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from centre_desk import cli
from centre_desk.config import Paths
from centre_desk.services import site_keys
from centre_desk.store import work_folders
from centre_desk.store.database import open_database
from tests.unit.sync.conftest import two_sites as two_sites  # a fixture, used by name
from tests.unit.sync.sites import create_person, import_paused_midway

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows has ACLs")

PASSWORD = "correct horse battery"


@pytest.fixture
def loose_umask():
    """The umask most systems start with, back to what it was afterwards."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _loose_files(paths: Paths) -> dict[str, int]:
    """Every folder and file under the data dir that another user could read, with
    its mode (the translations cache of the GUI aside, which holds nothing private)."""
    loose = {}
    for path in [paths.data_dir, *paths.data_dir.rglob("*")]:
        if path.stat().st_mode & 0o077 and "translations" not in path.parts:
            loose[str(path.relative_to(paths.data_dir))] = _mode(path)
    return loose


def _init(data_dir: Path, tmp_path: Path) -> int:
    password_file = tmp_path / "admin.pw"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    return cli.main(["init", "--data-dir", str(data_dir), "--centre", "Центр", "--region",
                     "Алматы", "--admin", "admin", "--password-file", str(password_file)])


def test_init_makes_a_data_dir_that_existed_readable_by_its_user_only(tmp_path, loose_umask):
    paths = Paths(tmp_path / "data")
    paths.logs.mkdir(parents=True, mode=0o755)
    paths.data_dir.chmod(0o755)
    (paths.logs / "centre-desk.log").write_text("an older run\n", encoding="utf-8")
    (paths.logs / "centre-desk.log").chmod(0o644)
    assert _init(paths.data_dir, tmp_path) == 0
    assert paths.database.exists() and (paths.logs / "centre-desk.log").exists()
    assert _loose_files(paths) == {}
    assert _mode(paths.data_dir) == 0o700
    assert _mode(paths.database) == _mode(paths.settings) == 0o600


def test_every_open_makes_a_loosened_data_dir_private_again(tmp_path, loose_umask):
    paths = Paths(tmp_path / "data")
    assert _init(paths.data_dir, tmp_path) == 0
    # A copy, a restore or another tool left everything readable by all.
    for path in [paths.data_dir, *paths.data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    os.umask(0o022)
    database = open_database(paths)
    try:
        create_person_with(database)
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert wal.exists()  # made by SQLite after the open: the database's own mode
        assert _loose_files(paths) == {}
        for name in (site_keys.SIGNING_KEY_FILE, site_keys.AGE_IDENTITY_FILE):
            assert _mode(paths.keys / name) == 0o600
    finally:
        database.close()


def test_a_log_written_after_the_open_is_private(tmp_path, loose_umask):
    from centre_desk import diagnostics

    paths = Paths(tmp_path / "data")
    assert _init(paths.data_dir, tmp_path) == 0
    for log in paths.logs.iterdir():
        log.unlink()
    os.umask(0o022)
    open_database(paths).close()
    diagnostics.configure_logging(paths)
    try:
        diagnostics.log.warning("a line")
    finally:
        diagnostics.stop_logging()
    assert _mode(paths.logs / diagnostics.LOG_NAME) == 0o600


def create_person_with(database) -> None:
    from centre_desk.services import persons, users

    with database.session() as session, session.begin():
        actor = users.sign_in(session, "admin", PASSWORD).actor
    with database.session(actor) as session, session.begin():
        persons.create_person(session, persons.PersonInput(surname="Ким", given_name="Ли"))


# --- work folders ----------------------------------------------------------------------

def test_a_killed_import_leaves_its_rows_only_until_the_next_open(two_sites, tmp_path):
    a, b = two_sites
    for number in range(20):
        create_person(a, f"Иванов{number}")
    path = a.export_to(b, folder=tmp_path)
    b.db.close()
    b.db.engine.dispose()  # the child has the database to itself
    child = import_paused_midway(b, path)
    try:
        assert child.stdout.readline().strip() == "midway"
        [folder] = b.paths.cache.glob("sync-*")
        assert (folder / "rows.sqlite3").stat().st_size > 0  # decrypted rows, on disk
        # Another process opens the database meanwhile: the running import's folder stays.
        open_database(b.paths).close()
        assert folder.exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert folder.exists()  # nobody cleaned up after the kill...
    open_database(b.paths).close()
    assert not folder.exists()  # ...until the next open
    assert b.import_(path).tables["person"].new == 20


def test_a_work_folder_is_removed_once_its_holder_lets_go(tmp_path):
    cache = tmp_path / "cache"
    with work_folders.work_folder(cache, work_folders.SYNC_PREFIX) as folder:
        (folder / "rows.sqlite3").write_bytes(b"rows")
        assert work_folders.remove_abandoned(cache, work_folders.SYNC_PREFIX) == []
        assert _mode(folder) == 0o700
    assert not folder.exists()
    # Left by a sync killed before it took its lock: kept a while (it may be one being
    # made this moment), then removed.
    early = cache / "sync-early"
    early.mkdir()
    assert work_folders.remove_abandoned(cache, work_folders.SYNC_PREFIX) == []
    os.utime(early, (1, 1))
    assert work_folders.remove_abandoned(cache, work_folders.SYNC_PREFIX) == [early]
