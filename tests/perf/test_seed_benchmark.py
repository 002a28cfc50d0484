"""Seeding a region's worth of data (100,000 persons) through the real command."""

import os
import resource
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import func, select

from centre_desk.config import Paths
from centre_desk.store.database import open_database
from centre_desk.store.stamping import synced_classes
from tests.perf.conftest import PERSONS

GOAL_S = 40.0
BUSY = 2.5
"""Above this load average the command's CPU time (seed and start-up) is what an idle
machine's wall time would be, disk waits apart."""


def _raw_insert_s(path, rows: int) -> tuple[float, float]:
    """Raw SQLite: ``rows`` attendance-like rows (random ids) inserted into a table with
    a primary key, in one transaction: (wall, CPU) seconds."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE a (id TEXT PRIMARY KEY, activity_id TEXT, "
                           "person_id TEXT, note TEXT, stamp TEXT)")
        data = [(uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex, None, str(n))
                for n in range(rows)]
        started, cpu = time.perf_counter(), time.process_time()
        with connection:
            connection.executemany("INSERT INTO a VALUES (?, ?, ?, ?, ?)", data)
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        connection.close()


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

    load = os.getloadavg()[0]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    seeded = _cli("seed", "--data-dir", str(data_dir), "--persons", str(PERSONS))
    elapsed = time.perf_counter() - started
    assert seeded.returncode == 0, seeded.stderr
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    end_load = os.getloadavg()[0]
    attendance_rows = PERSONS * 10
    raw = _raw_insert_s(tmp_path / "raw.sqlite3", attendance_rows)

    database = open_database(Paths(data_dir))
    try:
        with database.session() as session:
            counts = {model.__tablename__: session.scalar(
                select(func.count()).select_from(model)) for model in synced_classes()}
    finally:
        database.close()
    size_mb = Paths(data_dir).database.stat().st_size / 1e6
    busy = max(load, end_load) > BUSY
    shown, held = (cpu, raw[1]) if busy else (elapsed, raw[0])
    print(f"\n[perf] load average {load:.1f} at the start, {end_load:.1f} at the end, on "
          f"{os.cpu_count()} cores" + (" (busy: the ratio is of CPU time)" if busy else ""))
    print(f"[perf] seed --persons {PERSONS:,}: {elapsed:.1f} s (CPU {cpu:.1f} s) for the whole "
          f"command, start-up included | raw: insert of {attendance_rows:,} attendance-like "
          f"rows {raw[0]:.1f} s (CPU {raw[1]:.1f} s) | ratio {shown / held:.1f}; "
          f"{shown / GOAL_S:.2f} of the goal "
          f"(goal < {GOAL_S:.0f} s)")
    print("[perf] the command's own report:")
    print("\n".join(f"[perf]   {line}" for line in seeded.stdout.splitlines()))
    print(f"[perf] rows in the database: {sum(counts.values()):,}; file {size_mb:,.0f} MB")
    for table, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"[perf]   {table:<26}{count:>12,}")
    assert counts["person"] == PERSONS
