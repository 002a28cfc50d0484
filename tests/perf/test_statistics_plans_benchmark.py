"""Planned against held on a region's data (100,000 persons) with a year of plans (the
week view benchmark's copy: seed.plans.add_plans): how much it adds to the half-year
statistics, for the last full half-year and for the whole year of plans, all facilities,
one region and one facility; first and median of several runs, with the machine's load.
Printed, not asserted, like the other benchmarks."""

from __future__ import annotations

import datetime as dt
import os
import statistics as stats
import time

import pytest

from centre_desk.services import statistics
from centre_desk.services.statistics import ReportScope
from centre_desk.services.statistics_plans import plans_against_held
from tests.perf.test_week_view_benchmark import region_copy  # noqa: F401  (the fixture)

RUNS = 5


def _times_ms(action) -> tuple[list[float], list[float]]:
    """Wall and CPU times of the runs: on a shared machine the CPU time says more."""
    times, cpu = [], []
    for _ in range(RUNS):
        started, used = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return times, cpu


def _print(label: str, measured: tuple[list[float], list[float]]) -> float:
    times, cpu = measured
    median = stats.median(cpu[1:])
    print(f"[perf] {label}: first {times[0]:.0f} ms, then {stats.median(times[1:]):.0f} ms; "
          f"CPU {median:.0f} ms")
    return median


@pytest.mark.perf
def test_planned_against_held_adds_little_to_the_statistics(region_copy):  # noqa: F811
    workspace = region_copy
    today = dt.date.today()
    start, _end = statistics.half_year(today)
    half = ReportScope(*statistics.half_year(start - dt.timedelta(days=1)))
    year = ReportScope(today - dt.timedelta(days=365), today)
    print(f"\n[perf] machine load (1, 5, 15 min): {os.getloadavg()}")
    for name, scope in (("last full half-year", half), ("the year of plans", year)):
        plans = workspace.run(plans_against_held, scope)
        print(f"[perf] {name} {scope.start}..{scope.end}: {plans.total.planned:,} planned, "
              f"{plans.total.held:,} held, {plans.total.missed:,} missed, "
              f"{plans.total.cancelled:,} cancelled, {plans.total.unplanned:,} held without "
              f"a plan; {len(plans.by_facility)} facilities")
        report = _print(f"half-year statistics, {name}",
                        _times_ms(lambda s=scope: workspace.run(statistics.half_year_report,
                                                                s)))
        added = _print(f"planned against held, {name}",
                       _times_ms(lambda s=scope: workspace.run(plans_against_held, s)))
        print(f"[perf] planned against held adds {100 * added / report:.0f} % (CPU) to "
              f"the statistics of {name}")
    facility = workspace.run(plans_against_held, half).by_facility[0].facility
    region = "Алматы"
    for name, scope in ((f"facility {facility}", ReportScope(half.start, half.end, facility)),
                        (f"region {region}", ReportScope(half.start, half.end,
                                                         region=region))):
        _print(f"planned against held, {name}",
               _times_ms(lambda s=scope: workspace.run(plans_against_held, s)))
