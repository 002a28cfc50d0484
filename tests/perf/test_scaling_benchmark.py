"""How the costs grow with the region (issue 20): 10,000, 100,000 and 300,000 persons
(``centre-desk seed --persons N``: about ten attendances a person), each seeded once and
kept under CENTRE_DESK_PERF_DIR (the 100,000 one is the other benchmarks' region).

For each size, on a copy of its database: the participants tab opened, a search in each
of its three ways, a participant's file opened, the half-year statistics, a full sync
export and its import into an empty site. Then one line a measure saying how it grows,
from the CPU times (the machine is shared; the wall times are printed too): the ratio of
the times from one size to the next beside the ratio of the sizes, called

- flat: the time grows less than 1.5 times;
- logarithmic: more, but at most as the square root of the sizes' ratio (exponent < 0.5);
- linear: at most 1.25 as the sizes' exponent (t ~ n^e, e <= 1.25);
- worse: more than that.

Goals: the lists and the searches flat; the statistics and sync at most linear.

A search's first page holds up to 100 rows: in the smallest region 'ерм' finds 30
participants, the IIN prefix 4, so their pages there hold fewer rows than in the
larger ones and their time grows with the rows shown until the page is full. A step
between pages of different lengths is printed but not judged; each search is also
timed with pages as long as the smallest region's (region_measures.on_screen), and
that line is judged at every step.
Printed, not asserted. CENTRE_DESK_SCALING_SIZES=10000,100000 runs fewer sizes (the
300,000 seeding takes minutes and about 3.6 GB of disk; its export and import minutes)."""

from __future__ import annotations

import math
import os
import shutil

import pytest

from tests.perf.conftest import region_and_peer, seeded_region
from tests.perf.region_measures import (
    SAME_ROWS, Timing, export_and_import, load, on_screen, region_workspace)

pytestmark = [pytest.mark.perf, pytest.mark.scaling]

SIZES = tuple(int(size) for size in os.environ.get(
    "CENTRE_DESK_SCALING_SIZES", "10000,100000,300000").split(","))
FLAT = 1.5
GOALS = {"participants tab open": "flat", "search": "flat", "participant file open": "flat",
         "half-year statistics": "linear", "full sync export": "linear",
         "import into an empty site": "linear"}
ORDER = ("flat", "logarithmic", "linear", "worse")


def growth(ratio: float, size_ratio: float) -> str:
    """The name of how a time grew ``ratio`` times when the data grew ``size_ratio``."""
    if ratio < FLAT:
        return "flat"
    exponent = math.log(ratio) / math.log(size_ratio)
    if exponent < 0.5:
        return "logarithmic"
    return "linear" if exponent <= 1.25 else "worse"


def _goal(measure: str) -> str:
    return next(goal for key, goal in GOALS.items() if measure.startswith(key))


def growth_lines(by_size: dict[int, dict[str, Timing]]) -> list[str]:
    """One line a measure: its ratio from each size to the next, what that is called,
    and whether the goal holds (the worst step counts)."""
    sizes = sorted(by_size)
    lines = []
    for measure in by_size[sizes[0]]:
        steps, worst = [], "flat"
        for small, big in zip(sizes, sizes[1:]):
            before, after = by_size[small][measure], by_size[big][measure]
            ratio = after.cpu / max(before.cpu, 1e-6)
            wall = after.wall / max(before.wall, 1e-6)
            kind = growth(ratio, big / small)
            step = (f"t({big // 1000}k)/t({small // 1000}k) = {ratio:.2f} (wall "
                    f"{wall:.2f}) vs size {big / small:g}: ")
            if before.rows != after.rows:  # a page filling up: more shown, not searched
                steps.append(step + f"{kind}, not judged ({before.rows} rows shown, then "
                             f"{after.rows})")
                continue
            worst = max(worst, kind, key=ORDER.index)
            steps.append(step + kind)
        goal = _goal(measure)
        verdict = "holds" if ORDER.index(worst) <= ORDER.index(goal) else "over"
        lines.append(f"[perf] grows {measure}: {'; '.join(steps)} | goal {goal}"
                     f"{'' if goal == 'flat' else ' at most'}: {verdict}")
    return lines


def test_growth_with_the_region(qapp, tmp_path_factory):
    by_size: dict[int, dict[str, Timing]] = {}
    same_rows: dict[str, int] | None = None  # the smallest region's, once measured
    for persons in SIZES:
        data_dir = seeded_region(persons)
        folder = tmp_path_factory.mktemp(f"scaling-{persons}")
        before = load()
        region, empty = region_and_peer(data_dir, folder, "empty")
        try:
            found = on_screen(qapp, region_workspace(region), same_rows=same_rows)
            found.update(export_and_import(region, empty, folder / "full.cdsync"))
        finally:
            region.close()
            empty.db.close()
        by_size[persons] = found
        if same_rows is None:
            same_rows = {measure.removeprefix("search: ").removesuffix(SAME_ROWS): timing.rows
                         for measure, timing in found.items() if measure.endswith(SAME_ROWS)}
        print(f"[perf] {persons:,} persons (load {before} before, {load()} after):")
        for measure, timing in found.items():
            print(f"[perf]   {measure}: {timing.say()}"
                  f"{f'; {timing.note}' if timing.note else ''}")
        shutil.rmtree(folder, ignore_errors=True)  # a 300,000 copy is gigabytes
    if len(by_size) > 1:
        print(f"[perf] growth from the CPU times (median; load now {load()}); flat < "
              f"{FLAT}x, logarithmic exponent < 0.5, linear <= 1.25:")
        print("\n".join(growth_lines(by_size)))
