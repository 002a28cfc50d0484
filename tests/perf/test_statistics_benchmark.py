"""Issue 20's statistics rows, each beside its limit as a ratio, on the week view's copy
of the 100,000-person region (a year of plans, so planned against held counts too):

- the half-year statistics as the window reads them (the figures and planned against
  held) beside the raw ``SELECT COUNT(DISTINCT person_id)`` of the half-year's
  attendance, measured with sqlite3 in the same run on the same file (goal: < 1 s and
  at most twice the raw count);
- the first page of the people behind "people involved" as the figure's window reads
  it (200 rows; goal < 100 ms), and a page of 1,000;
- the workbook with the rows behind every figure (goal <= 5 s).

Wall and CPU time of this process, and the machine's load, are printed: on a shared
machine the CPU time says more. Printed, never asserted.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics as stats
import time

import pytest

from centre_desk.services import statistics, statistics_plans
from centre_desk.services.statistics import Figure, FigureKey, ReportScope
from centre_desk.services.statistics_rows import rows_behind
from tests.perf.test_week_view_benchmark import region_copy  # noqa: F401  (the fixture)

RUNS = 5


def _measure(action, runs: int = RUNS) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` runs after a first one (warming the
    disk cache, printed apart by callers that care)."""
    action()
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return stats.median(wall), stats.median(cpu)


def _line(what: str, measured: tuple[float, float], limit: str, ratio: float,
          goal: str) -> None:
    wall, cpu = measured
    print(f"[perf] {what}: {wall:.3f} s (CPU {cpu:.3f} s) | {limit} | ratio {ratio:.2f} "
          f"(goal {goal})")


def _last_full_half_year() -> ReportScope:
    start, _end = statistics.half_year(dt.date.today())
    return ReportScope(*statistics.half_year(start - dt.timedelta(days=1)))


def _raw_distinct(path, scope: ReportScope):
    connection = sqlite3.connect(path)
    try:
        def count() -> int:
            return connection.execute(
                "SELECT COUNT(DISTINCT a.person_id) FROM attendance a JOIN activity v "
                "ON v.id = a.activity_id WHERE v.held_on BETWEEN ? AND ?",
                (scope.start.isoformat(), scope.end.isoformat())).fetchone()[0]
        return count(), _measure(count)
    finally:
        connection.close()


@pytest.mark.perf
def test_half_year_statistics_beside_the_raw_distinct_count(region_copy):  # noqa: F811
    workspace = region_copy
    scope = _last_full_half_year()
    print(f"\n[perf] machine load (1, 5, 15 min): {os.getloadavg()}")

    def window_reads():
        return (workspace.run(statistics.half_year_report, scope),
                workspace.run(statistics_plans.plans_against_held, scope))
    report, plans = window_reads()
    people, raw_measured = _raw_distinct(workspace.database.paths.database, scope)
    assert people == report.value(FigureKey.PEOPLE_INVOLVED)  # no live row was deleted
    print(f"[perf] half-year {scope.start}..{scope.end}: "
          f"{report.value(FigureKey.ACTIVITIES_HELD):,} activities, {people:,} people, "
          f"{plans.total.planned:,} sessions planned")
    measured = _measure(window_reads)
    raw_wall, raw_cpu = raw_measured
    _line("half-year statistics with planned against held", measured,
          f"raw COUNT(DISTINCT person_id): {raw_wall:.3f} s (CPU {raw_cpu:.3f} s)",
          measured[1] / raw_cpu, "<= 2 by CPU; < 1 s")
    print(f"[perf]   by wall time: ratio {measured[0] / raw_wall:.2f}; against 1 s: "
          f"{measured[0]:.2f}")
    _line("  the figures alone", _measure(lambda: workspace.run(
        statistics.half_year_report, scope)), "", 0, "-")
    _line("  planned against held alone", _measure(lambda: workspace.run(
        statistics_plans.plans_against_held, scope)), "", 0, "-")
    print(f"[perf] machine load after: {os.getloadavg()}")


@pytest.mark.perf
def test_the_first_page_of_people_involved(region_copy):  # noqa: F811
    from centre_desk.ui.statistics.rows import PAGE_SIZE

    workspace = region_copy
    scope = _last_full_half_year()
    print(f"\n[perf] machine load (1, 5, 15 min): {os.getloadavg()}")
    report = workspace.run(statistics.half_year_report, scope)
    for figure in (Figure(FigureKey.PEOPLE_INVOLVED,
                          report.value(FigureKey.PEOPLE_INVOLVED)),
                   Figure(FigureKey.INMATES_INVOLVED,
                          report.value(FigureKey.INMATES_INVOLVED))):
        for size in (PAGE_SIZE, 1000):
            started = time.perf_counter()
            workspace.run(rows_behind, scope, figure, size)
            first = time.perf_counter() - started
            measured = _measure(lambda f=figure, s=size: workspace.run(
                rows_behind, scope, f, s))
            _line(f"first page of {size:,} behind {figure.key.value} ({figure.value:,}; "
                  f"first run {first:.3f} s)", measured, "limit 0.100 s",
                  measured[0] / 0.1, "< 1")


@pytest.mark.perf
def test_the_workbook_with_the_rows_behind_every_figure(qapp, region_copy,  # noqa: F811
                                                       tmp_path):
    from centre_desk.reports.statistics_export import ReportFormat, save_report
    from centre_desk.ui.toolkit import labels

    workspace = region_copy
    scope = _last_full_half_year()
    print(f"\n[perf] machine load (1, 5, 15 min): {os.getloadavg()}")
    report = workspace.run(statistics.half_year_report, scope)
    target = tmp_path / "statistics.xlsx"
    measured = _measure(lambda: save_report(workspace, scope, ReportFormat.XLSX, target,
                                            labels.label, report), runs=2)
    _line(f"statistics workbook ({target.stat().st_size / 1e6:.1f} MB)", measured,
          "limit 5 s", measured[0] / 5, "<= 1")
    print(f"[perf] machine load after: {os.getloadavg()}")
