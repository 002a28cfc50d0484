"""A full sync export of the 100,000-person region beside the raw read of the same rows
(issue 20: the export within 4 times the raw read), measured in one run on one copy,
of a plain site and of an encrypted (SQLCipher) one.

The raw read is the site's driver (sqlite3, sqlcipher3) reading every row of every
synced table of the copy (SELECT *, fetched in batches of 10,000): what any export
must at least do. The export also puts the rows in id order (the importer appends
them to the key), writes them to the package's SQLite (an encrypted site: in memory,
then through Python into a plain image, as sqlcipher3 cannot serialize), compresses,
signs and encrypts."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sqlite3
import time

import pytest

from centre_desk.config import Settings
from centre_desk.store.database import open_database
from centre_desk.sync import api
from centre_desk.sync.tables import synced_tables
from tests.perf.conftest import region_and_peer

pytestmark = pytest.mark.perf

GOAL = 4.0
"""The export's time at most this many times the raw read's."""
BUSY = 2.5
"""A load average above this: other processes share the two cores, so wall times say
little and only the CPU ratio is held against the goal."""


PASSWORD = "benchmark database password"


def _encrypt(region):
    """The region's copy made an encrypted site (sqlcipher_export under PASSWORD),
    reopened."""
    import sqlcipher3

    paths = region.paths
    region.close()
    encrypted = paths.database.with_name("encrypted.sqlite3")
    with contextlib.closing(sqlcipher3.connect(str(paths.database))) as connection:
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(encrypted), PASSWORD))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    encrypted.replace(paths.database)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    dataclasses.replace(Settings.load(paths), encrypted=True).save(paths)
    return open_database(paths, PASSWORD)


def _connect(database_file, encrypted: bool):
    if not encrypted:
        return sqlite3.connect(database_file)
    import sqlcipher3

    connection = sqlcipher3.connect(str(database_file))
    connection.execute(f"PRAGMA key = '{PASSWORD}'")
    return connection


def _raw_read(database_file, encrypted: bool) -> tuple[int, float, float, float]:
    """(rows, wall s, CPU s, CPU s of attendance alone) of reading every synced table's
    rows with the site's driver."""
    rows, attendance = 0, 0.0
    with contextlib.closing(_connect(database_file, encrypted)) as connection:
        wall, cpu = time.perf_counter(), time.process_time()
        for table in synced_tables():
            started = time.process_time()
            cursor = connection.execute(f'SELECT * FROM "{table.name}"')
            while batch := cursor.fetchmany(10_000):
                rows += len(batch)
            if table.name == "attendance":
                attendance = time.process_time() - started
        return rows, time.perf_counter() - wall, time.process_time() - cpu, attendance


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain site", "encrypted site"])
def test_full_export_beside_the_raw_read(region_data_dir, tmp_path, caplog, encrypted):
    caplog.set_level(logging.INFO, logger="centre_desk.sync")
    region, peer = region_and_peer(region_data_dir, tmp_path, "peer")
    if encrypted:
        started = time.perf_counter()
        region = _encrypt(region)
        print(f"\n[perf] the region's copy encrypted in {time.perf_counter() - started:.0f} s")
    load = os.getloadavg()[0]
    try:
        database_file = region.paths.data_dir / "centre-desk.sqlite3"
        raw_rows, raw_wall, raw_cpu, attendance = _raw_read(database_file, encrypted)
        package = tmp_path / "full.cdsync"
        wall, cpu = time.perf_counter(), time.process_time()
        summary = api.export_package(region, None, [peer.db.site_id], package, full=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        # Once more the other way round: the page cache and the load favour neither.
        again_rows, again_wall, again_cpu, again_attendance = _raw_read(database_file, encrypted)
    finally:
        region.close()
        peer.db.close()
    raw_wall, raw_cpu = min(raw_wall, again_wall), min(raw_cpu, again_cpu)
    busy = max(load, os.getloadavg()[0]) > BUSY
    print(f"\n[perf] load average: {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the "
          f"end{' (busy: the CPU ratio is the one held)' if busy else ''}")
    site = "an encrypted" if encrypted else "a plain"
    print(f"[perf] full sync export of {site} site: {wall:.2f} s (CPU {cpu:.2f} s), "
          f"{summary.total_rows:,} rows, package {summary.size_bytes / 1e6:.0f} MB | "
          f"raw read: {raw_wall:.2f} s (CPU {raw_cpu:.2f} s), {raw_rows:,} rows | "
          f"ratio {wall / raw_wall:.1f} (CPU {cpu / raw_cpu:.1f}) (goal <= {GOAL:g})")
    print(f"[perf] of the raw read, the attendance rows alone: CPU "
          f"{min(attendance, again_attendance):.2f} s (the issue's reference: about 0.8 s)")
    for record in caplog.records:
        if "phases" in record.getMessage():
            print(f"[perf] sync {record.getMessage()}")
    assert raw_rows == again_rows == summary.total_rows
    assert cpu / raw_cpu <= GOAL
