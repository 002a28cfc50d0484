"""A region's worth of data (100,000 persons), seeded once and reused by the benchmarks."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from centre_desk.config import Paths
from centre_desk.services import users
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database

PERSONS = int(os.environ.get("CENTRE_DESK_PERF_PERSONS", "100000"))
ADMIN, PASSWORD = "admin", "benchmark password"


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "scaling: the scaling benchmark (10,000 to 300,000 "
                            "persons; minutes); run with -m scaling")


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "centre_desk", *args], check=True)


def seeded_region(persons: int = PERSONS) -> Path:
    """A data dir holding ``persons`` seeded persons (``centre-desk seed --persons``: ten
    attendances a person), seeded the first time and kept between runs (delete it to
    re-seed) under CENTRE_DESK_PERF_DIR or the temp dir. A dir once seeded (its
    seeded.txt written) is never re-seeded; a schema newer than its own is brought in once
    (the migrations run and their pages checkpointed into the file), so each copy the
    benchmarks take is a site at rest, not one whose new indexes still sit in its WAL
    (110 MB at 300,000 persons, which slowed every read of the copy)."""
    root = Path(os.environ.get("CENTRE_DESK_PERF_DIR", tempfile.gettempdir()))
    data_dir = root / f"centre-desk-perf-{persons}"
    done = data_dir / "seeded.txt"
    if not done.exists():
        if data_dir.exists():
            import shutil
            shutil.rmtree(data_dir)
        password_file = root / f"centre-desk-perf-{persons}.pw"
        password_file.write_text(PASSWORD + "\n", encoding="utf-8")
        _cli("init", "--data-dir", str(data_dir), "--centre", "Perf centre",
             "--region", "Алматы", "--admin", ADMIN, "--password-file", str(password_file))
        started = time.perf_counter()
        _cli("seed", "--data-dir", str(data_dir), "--persons", str(persons))
        done.write_text(f"{time.perf_counter() - started:.1f} s\n", encoding="utf-8")
    open_database(Paths(data_dir)).close()  # migrates it if behind, then checkpoints
    print(f"\n[perf] data: {data_dir} ({persons} persons, seeded in "
          f"{done.read_text().strip()})")
    return data_dir


@pytest.fixture(scope="session")
def region_data_dir() -> Path:
    """A data dir holding PERSONS seeded persons (see seeded_region)."""
    return seeded_region(PERSONS)


@pytest.fixture
def workspace(region_data_dir):
    """The region's database, its administrator signed in; closed afterwards."""
    database = open_database(Paths(region_data_dir))
    outcome = Workspace(database, None).run(users.sign_in, ADMIN, PASSWORD)
    yield Workspace(database, outcome.actor)
    database.close()


def region_and_peer(region_data_dir: Path, tmp_path: Path, name: str,
                    database_password: str | None = None):
    """A copy of the region's database, open, and a new empty site ``name`` (from
    tests.unit.sync.sites), each the other's peer: (region Database, site)."""
    from centre_desk.sync import api
    from tests.unit.sync.sites import make_site

    region = open_database(copy_region(region_data_dir, tmp_path / "region"))
    site = make_site(tmp_path, name, database_password=database_password)
    with region.session() as session, session.begin():
        api.add_peer(session, api.site_card(site.db))
    with site.db.session(site.admin) as session, session.begin():
        api.add_peer(session, api.site_card(region))
    return region, site


def copy_region(region_data_dir: Path, target: Path) -> Paths:
    """The region's database and settings copied to the data dir ``target`` (the
    seeded dir itself is never written to); the copy's Paths."""
    import shutil

    paths = Paths(target)
    paths.make_dirs()
    for file in ("centre-desk.sqlite3", "centre-desk.sqlite3-wal", "settings.json"):
        if (region_data_dir / file).exists():
            shutil.copy(region_data_dir / file, paths.data_dir / file)
    return paths


def kept_copy(region_data_dir: Path, name: str) -> tuple[Paths, Path, bool]:
    """The region copied whole to the temp dir (``…-name``) and kept for the next run
    (delete it to copy again): (its Paths, its ready marker, whether it was made now:
    the marker missing, the caller prepares the copy and writes the marker)."""
    import shutil

    target = Paths(Path(tempfile.gettempdir()) / f"{region_data_dir.name}-{name}")
    done = target.data_dir / f"{name}-ready.txt"
    fresh = not done.exists()
    if fresh:
        shutil.rmtree(target.data_dir, ignore_errors=True)
        shutil.copytree(region_data_dir, target.data_dir)
    return target, done, fresh
