"""A backup or a restore killed (SIGKILL) at a random moment: the live database still
opens, passes integrity_check and equals its state before or after, and no
half-written backup is listed. A few kills in the normal run; 60 with ``-m perf``."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import text

from centre_desk.services import backup, persons
from centre_desk.store.database import open_database
from tests.unit.sync.sites import create_person, database_digest, make_site

_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from centre_desk.config import Paths
    from centre_desk.services import audit, backup, restore
    from centre_desk.store.database import open_database
    backup._PAGES_PER_STEP = restore._PAGES_PER_STEP = 4  # many steps: kills land mid-copy
    database = open_database(Paths(Path(sys.argv[1])))
    site = audit.site_actor()
    print("ready", flush=True)
    while True:
        for source in sys.argv[2:]:
            restore.restore(database, site, Path(source))
            with database.session(site) as session, session.begin():
                backup.make_backup(database, session)
    """)


@pytest.fixture
def states(tmp_path):
    """A site and two backups of it that differ (X and Y), with the digest of each."""
    site = make_site(tmp_path, "A")
    ids = [create_person(site, "Ахметов", f"Нурлан {n}") for n in range(40)]
    x = _backup(site, tmp_path / "x.sqlite3")
    digest_x = database_digest(site.db)
    with site.db.session(site.admin) as session, session.begin():
        for person_id in ids[:20]:
            persons.delete_person(session, person_id)
    for n in range(30):
        create_person(site, "Сейтқали", f"Әлия {n}")
    y = _backup(site, tmp_path / "y.sqlite3")
    digest_y = database_digest(site.db)
    site.db.engine.dispose()  # not close(): its PRAGMA optimize would change sqlite_stat1
    return site.paths, {x: digest_x, y: digest_y}


def _backup(site, target):
    with site.db.session(site.admin) as session, session.begin():
        return backup.make_backup(site.db, session, site.paths.backups).path.rename(target)


def _kill_at_random(paths, sources, kills: int, seed: int) -> None:
    chance = random.Random(seed)
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(paths.data_dir), *map(str, sources)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout.readline() == "ready\n", child.stderr.read()
            time.sleep(chance.uniform(0.0, 0.6))
            assert child.poll() is None, child.stderr.read()
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            child.stdout.close()
            child.stderr.close()
        _check(paths, set(sources.values()))


def _check(paths, digests: set[str]) -> None:
    database = open_database(paths)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert database_digest(database) in digests
        for listed in backup.backup_files(paths.backups):  # each one whole
            backup.inspect_file(database, listed)
            listed.unlink()  # checked: the next round checks only its own
    finally:
        database.engine.dispose()  # not close(), as above


def test_a_few_kills(states):
    paths, sources = states
    _kill_at_random(paths, sources, kills=3, seed=1)


@pytest.mark.perf
def test_sixty_kills(states):
    paths, sources = states
    _kill_at_random(paths, sources, kills=60, seed=2)
