"""Backup and restore of a region's data (100,000 persons): the time of each, with the
verification included (budgets: backup under 10 s, restore under 20 s)."""

from __future__ import annotations

import shutil
import time

import pytest

from centre_desk.config import Paths
from centre_desk.services import audit, backup, restore
from centre_desk.store.database import open_database

pytestmark = pytest.mark.perf


def test_backup_and_restore_a_region(region_data_dir, tmp_path):
    paths = Paths(tmp_path / "region")
    paths.make_dirs()
    for file in ("centre-desk.sqlite3", "centre-desk.sqlite3-wal", "settings.json"):
        if (region_data_dir / file).exists():
            shutil.copy(region_data_dir / file, paths.data_dir / file)
    database = open_database(paths)
    site = audit.site_actor()
    steps: list[tuple[int, int]] = []
    try:
        started = time.perf_counter()
        with database.session(site) as session, session.begin():
            made = backup.make_backup(database, session,
                                      progress=lambda done, total: steps.append((done, total)))
        backed_up = time.perf_counter() - started
        started = time.perf_counter()
        result = restore.restore(database, site, made.path)
        restored = time.perf_counter() - started
    finally:
        database.close()
    print(f"\n[perf] backup of {made.people:,} people ({made.size / 1e6:.0f} MB, "
          f"{len(steps)} progress steps): {backed_up:.1f} s (budget 10 s)")
    print(f"[perf] restore (pre-restore backup included: "
          f"{result.before.path.name}): {restored:.1f} s (budget 20 s)")
    assert made.people >= 1000 and len(steps) > 10
    assert backed_up < 10 and restored < 20
