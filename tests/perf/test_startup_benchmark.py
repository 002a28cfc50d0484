"""Start-up on a region's data (100,000 persons), against a bare PySide6 window.

Figures printed:
- start to the first usable window (sign-in), as a ratio to a bare PySide6 window;
- from pressing Enter in the sign-in window to the main window shown (My work, its first
  page, painted) and to My work filled, with the database loaded behind the sign-in
  window while the user typed;
- the same with no typing pause (a cold path: the database layer still loading).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.perf.conftest import ADMIN, PASSWORD

PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 5


def _milestones(*args: str, typing_seconds: float = 1.0) -> dict[str, float]:
    """Seconds from launching the probe to each line it prints."""
    environment = dict(os.environ, CENTRE_DESK_TYPING_SECONDS=str(typing_seconds))
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(PROBE), *args], stdout=subprocess.PIPE,
                               text=True, env=environment)
    seen = {}
    for line in process.stdout:
        seen[line.strip()] = time.perf_counter() - started
    assert process.wait() == 0 and "ready" in seen, f"probe failed: {seen}"
    return seen


def _median_ms(values) -> float:
    return statistics.median(values) * 1000


@pytest.mark.perf
def test_start_to_usable_windows(region_data_dir):
    app = ("app", str(region_data_dir), ADMIN, PASSWORD)
    _milestones(*app)  # warm the file cache
    bare = [_milestones("bare")["ready"] for _ in range(RUNS)]
    typed = [_milestones(*app) for _ in range(RUNS)]
    cold = [_milestones(*app, typing_seconds=0) for _ in range(RUNS)]
    bare_ms = _median_ms(bare)
    login_ms = _median_ms(run["login"] for run in typed)
    shown_ms = _median_ms(run["shown"] - run["signed-in"] for run in typed)
    after_enter_ms = _median_ms(run["ready"] - run["signed-in"] for run in typed)
    cold_ms = _median_ms(run["ready"] for run in cold)
    print(f"\n[perf] bare PySide6 window: {bare_ms:.0f} ms (median of {RUNS})"
          f"\n[perf] start to the sign-in window: {login_ms:.0f} ms, "
          f"ratio {login_ms / bare_ms:.2f} (goal <= 1.5)"
          f"\n[perf] Enter in the sign-in window to the main window shown: {shown_ms:.0f} ms,"
          f" to My work filled: {after_enter_ms:.0f} ms"
          f"\n[perf] cold path, no typing pause, start to main window: {cold_ms:.0f} ms, "
          f"ratio {cold_ms / bare_ms:.2f}")
