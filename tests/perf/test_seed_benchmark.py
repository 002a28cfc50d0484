"""Seeding a region's worth of data (100,000 persons) through the real command."""

import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from centre_desk.config import Paths
from centre_desk.store.database import open_database
from centre_desk.store.stamping import synced_classes
from tests.perf.conftest import PERSONS


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "centre_desk", *args], capture_output=True,
                          text=True, timeout=1800)


@pytest.mark.perf
def test_seed_a_region_through_the_command_line(tmp_path):
    data_dir = tmp_path / "data"
    password_file = tmp_path / "admin.pw"
    password_file.write_text("benchmark password\n", encoding="utf-8")
    made = _cli("init", "--data-dir", str(data_dir), "--centre", "Perf centre",
                "--region", "Алматы", "--admin", "admin", "--password-file", str(password_file))
    assert made.returncode == 0, made.stderr

    started = time.perf_counter()
    seeded = _cli("seed", "--data-dir", str(data_dir), "--persons", str(PERSONS))
    elapsed = time.perf_counter() - started
    assert seeded.returncode == 0, seeded.stderr

    database = open_database(Paths(data_dir))
    try:
        with database.session() as session:
            counts = {model.__tablename__: session.scalar(
                select(func.count()).select_from(model)) for model in synced_classes()}
    finally:
        database.close()
    size_mb = Paths(data_dir).database.stat().st_size / 1e6
    print(f"\n[perf] seed {PERSONS:,} persons: {elapsed:.1f} s for the whole command "
          f"(start-up included); the command's own report follows")
    print("\n".join(f"[perf]   {line}" for line in seeded.stdout.splitlines()))
    print(f"[perf] rows in the database: {sum(counts.values()):,}; file {size_mb:,.0f} MB")
    for table, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"[perf]   {table:<26}{count:>12,}")
    assert counts["person"] == PERSONS
