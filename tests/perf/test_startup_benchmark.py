"""Start to a usable main window on a region's data, against a bare PySide6 window."""

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.perf.conftest import ADMIN, PASSWORD

PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 5


def _time_to_ready(*args: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(PROBE), *args], stdout=subprocess.PIPE,
                               text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait()
    assert line.strip() == "ready", f"probe failed: {line!r}"
    return elapsed


@pytest.mark.perf
def test_start_to_usable_main_window(region_data_dir):
    _time_to_ready("app", str(region_data_dir), ADMIN, PASSWORD)  # warm the file cache
    bare = [_time_to_ready("bare") for _ in range(RUNS)]
    app = [_time_to_ready("app", str(region_data_dir), ADMIN, PASSWORD) for _ in range(RUNS)]
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    print(f"\n[perf] bare PySide6 window: {bare_ms:.0f} ms (median of {RUNS})"
          f"\n[perf] Centre Desk, sign-in to main window with rows: {app_ms:.0f} ms"
          f"\n[perf] ratio: {app_ms / bare_ms:.2f} (goal <= 1.5)")
