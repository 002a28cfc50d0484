"""Sync on a region's data: a full package of 100,000 persons and ~1,000,000
attendances, exported, then imported into an empty site (budgets 10 s and 20 s)."""

from __future__ import annotations

import contextlib
import logging
import threading
import time

import pytest

from centre_desk.sync import api
from tests.perf.conftest import region_and_peer

pytestmark = pytest.mark.perf


@contextlib.contextmanager
def _peak_rss(peaks: list[float]):
    """Append the process's highest memory of its own (MB, resident and anonymous)
    while the block runs: a plain site's package rows are a work file, the zip is in
    memory; the export's memory-mapped database is the file's, not counted."""
    def rss() -> float:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(text for text in status if text.startswith("RssAnon:"))
        return int(line.split()[1]) / 1024

    highest, stop = [rss()], threading.Event()

    def sample() -> None:
        while not stop.wait(0.02):
            highest[0] = max(highest[0], rss())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield
    finally:
        stop.set()
        sampler.join()
        peaks.append(max(highest[0], rss()))


@pytest.mark.parametrize("password", [None, "empty site's database password"],
                         ids=["plain site", "encrypted site"])
def test_full_export_and_import_into_an_empty_site(region_data_dir, tmp_path, caplog,
                                                   password):
    """The budgets are for SQLite, the default; an encrypted site (SQLCipher: every
    page encrypted, the package's rows copied into memory row by row, as sqlcipher3
    cannot load a database image) is printed for comparison."""
    caplog.set_level(logging.INFO, logger="centre_desk.sync")
    region, empty = region_and_peer(region_data_dir, tmp_path, "empty", password)
    try:
        package = tmp_path / "full.cdsync"

        peaks: list[float] = []
        started = time.perf_counter()
        with _peak_rss(peaks):
            summary = api.export_package(region, None, [empty.db.site_id], package,
                                         full=True)
        export_s = time.perf_counter() - started

        started = time.perf_counter()
        with _peak_rss(peaks):
            report = empty.import_(package)
        import_s = time.perf_counter() - started
    finally:
        region.close()
        empty.db.close()
    print(f"\n[perf] sync full export: {export_s:.1f} s, {summary.total_rows:,} rows, "
          f"package {summary.size_bytes / 1e6:.1f} MB, peak memory {peaks[0]:.0f} MB (budget 10 s)")
    kind, budget = ("an encrypted", "no budget") if password else ("a plain", "budget 20 s")
    print(f"[perf] sync import into {kind} empty site: {import_s:.1f} s, "
          f"{report.total('new'):,} new rows, {report.total('quarantined')} quarantined, "
          f"peak memory {peaks[1]:.0f} MB ({budget})")
    for record in caplog.records:
        if "phases" in record.getMessage():
            print(f"[perf] sync {record.getMessage()}")
    assert report.total("new") >= summary.total_rows - report.total("quarantined")
    assert report.tables["person"].new == summary.rows["person"]
    assert report.tables["attendance"].new == summary.rows["attendance"]
