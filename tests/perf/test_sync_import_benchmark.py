"""Issue 20's sync import rows, from one run: a full package of the 100,000-person region
imported into an empty plain site and into an empty encrypted (SQLCipher) one, beside
the raw-SQLite figure they are held against, measured in the same run on the same
rows: inserting the package's attendance rows into a bare table with sqlite3's
executemany (the issue's "raw insert", about 1.7 s for 1 M rows on an idle machine).

Goals: plain <= 6x the raw insert; encrypted <= 1.5x plain with peak memory <= 600 MB.
Printed only (wall and process CPU time, the load): nothing here is a timed assertion.
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import sqlite3
import time

import pytest

from centre_desk.sync import api
from tests.perf.conftest import region_and_peer
from tests.perf.test_sync_benchmark import _peak_rss
from tests.unit.sync.sites import make_site

pytestmark = pytest.mark.perf


def _timed(action):
    """(result, wall s, CPU s) of ``action()``; CPU is the process's, all threads."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _resident() -> float:
    """The process's own memory now (MB, resident and anonymous), as _peak_rss counts it."""
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(text for text in status if text.startswith("RssAnon:"))
    return int(line.split()[1]) / 1024


def _raw_insert(region_database, folder) -> tuple[int, float, float]:
    """The reference: the region's attendance rows (read first, not timed) inserted
    with executemany into a bare table of a new SQLite file, one transaction."""
    source = sqlite3.connect(f"file:{region_database}?mode=ro", uri=True)
    with contextlib.closing(source):
        columns = [row[1] for row in source.execute("PRAGMA table_info(attendance)")]
        rows = source.execute(f"SELECT {', '.join(columns)} FROM attendance "
                              "ORDER BY id").fetchall()
    target = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    with contextlib.closing(target):
        target.execute(f"CREATE TABLE attendance ({', '.join(columns)})")
        insert = f"INSERT INTO attendance VALUES ({', '.join('?' for _ in columns)})"

        def insert_all() -> None:
            target.execute("BEGIN")
            target.executemany(insert, rows)
            target.execute("COMMIT")
        _none, wall, cpu = _timed(insert_all)
    return len(rows), wall, cpu


def test_import_into_empty_plain_and_encrypted_sites(region_data_dir, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="centre_desk.sync")
    region, plain = region_and_peer(region_data_dir, tmp_path, "plain")
    encrypted = make_site(tmp_path, "encrypted", database_password="benchmark site password")
    try:
        with region.session() as session, session.begin():
            api.add_peer(session, api.site_card(encrypted.db))
        with encrypted.db.session(encrypted.admin) as session, session.begin():
            api.add_peer(session, api.site_card(region))
        package = tmp_path / "full.cdsync"
        summary = api.export_package(region, None, [plain.db.site_id, encrypted.db.site_id],
                                     package, full=True)
        count, raw_wall, raw_cpu = _raw_insert(tmp_path / "region" / "centre-desk.sqlite3",
                                               tmp_path)
        figures = {}
        for name, site in (("plain", plain), ("encrypted", encrypted)):
            peaks: list[float] = []
            before = _resident()
            with _peak_rss(peaks):
                report, wall, cpu = _timed(lambda site=site: site.import_(package))
            figures[name] = (wall, cpu, peaks[0], before)
            assert report.tables["attendance"].new == summary.rows["attendance"]
    finally:
        region.close()
        plain.db.close()
        encrypted.db.close()
    load = os.getloadavg()[0]
    highest = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    plain_wall, plain_cpu, plain_peak, plain_before = figures["plain"]
    secret_wall, secret_cpu, secret_peak, secret_before = figures["encrypted"]
    print(f"\n[perf] load {load:.1f}; package {summary.total_rows:,} rows, "
          f"{summary.size_bytes / 1e6:.0f} MB; process's highest resident {highest:.0f} MB")
    print(f"[perf] raw insert of {count:,} attendance rows (sqlite3 executemany): "
          f"{raw_wall:.1f} s (CPU {raw_cpu:.1f} s)")
    print(f"[perf] import into an empty plain site: {plain_wall:.1f} s (CPU {plain_cpu:.1f} s)"
          f" | raw: {raw_wall:.1f} s (CPU {raw_cpu:.1f} s) | ratio {plain_wall / raw_wall:.1f}"
          f" (CPU {plain_cpu / raw_cpu:.1f}) (goal <= 6); peak memory {plain_peak:.0f} MB"
          f" ({plain_peak - plain_before:.0f} MB above the process's before it)")
    print(f"[perf] import into an empty encrypted site: {secret_wall:.1f} s "
          f"(CPU {secret_cpu:.1f} s) | plain site's import: {plain_wall:.1f} s "
          f"(CPU {plain_cpu:.1f} s) | ratio {secret_wall / plain_wall:.2f} "
          f"(CPU {secret_cpu / plain_cpu:.2f}) (goal <= 1.5); peak memory "
          f"{secret_peak:.0f} MB (goal <= 600; {secret_peak - secret_before:.0f} MB above the "
          "process's before it)")
    # Where the time went, phase by phase (the encrypted site's "verify and unpack
    # (sealed)" includes copying the rows into its encrypted work file).
    for name, record in zip(("plain", "encrypted"), [
            r for r in caplog.records if "import phases" in r.getMessage()]):
        print(f"[perf] {name} site's {record.getMessage()}")
