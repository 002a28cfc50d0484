"""The statistics workbook with the rows behind every figure (issue 20: <= 5 s) on a copy
of the region (kept in the temp dir, ``…-statistics-workbook``): save_report's wall and
CPU time, then its two parts apart, reading the rows (statistics_all_rows) and writing
the cells (statistics_xlsx), with the file's size, its cells and the machine's load."""

from __future__ import annotations

import os
import statistics
import time
import zipfile

import pytest

from centre_desk.services import participant_report, statistics_plans, users
from centre_desk.services.statistics import half_year_report
from centre_desk.services.statistics_all_rows import workbook_rows
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from tests.perf.conftest import ADMIN, PASSWORD, kept_copy
from tests.perf.region_measures import last_full_half_year

pytestmark = pytest.mark.perf
RUNS = 3


@pytest.fixture(scope="module")
def region_copy(region_data_dir):
    """The seeded region copied (kept for the next run; saving the workbook records an
    audit event), the administrator signed in: a Workspace."""
    target, done, fresh = kept_copy(region_data_dir, "statistics-workbook")
    if fresh:
        done.write_text("copied\n", encoding="utf-8")
    database = open_database(target)
    actor = Workspace(database, None).run(users.sign_in, ADMIN, PASSWORD).actor
    yield Workspace(database, actor)
    database.close()


def _timed(action) -> tuple[float, float, object]:
    """Median (wall s, CPU s) of RUNS runs after a first one, and the last result."""
    action()
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def _cells(path) -> int:
    with zipfile.ZipFile(path) as book:
        return sum(book.read(name).count(b"<c ") for name in book.namelist()
                   if name.startswith("xl/worksheets/sheet"))


def test_the_statistics_workbook(qapp, region_copy, tmp_path):
    from centre_desk.reports.statistics_export import ReportFormat, save_report
    from centre_desk.reports.statistics_xlsx import write_xlsx
    from centre_desk.ui.toolkit import labels

    workspace = region_copy
    scope = last_full_half_year()
    print(f"\n[perf] machine load (1, 5, 15 min) before: {os.getloadavg()}")
    report = workspace.run(half_year_report, scope)
    target = tmp_path / "statistics.xlsx"
    wall, cpu, _ = _timed(lambda: save_report(workspace, scope, ReportFormat.XLSX, target,
                                              labels.label, report))
    print(f"[perf] statistics workbook {scope.start}..{scope.end} (the report already "
          f"made): {wall:.2f} s (CPU {cpu:.2f} s) | goal <= 5 s | {wall / 5:.2f} of the "
          f"goal (CPU {cpu / 5:.2f}); {target.stat().st_size / 1e6:.1f} MB, "
          f"{_cells(target):,} cells")

    plans = workspace.run(statistics_plans.plans_against_held, scope)
    context = workspace.run(participant_report.print_context)
    wall, cpu, rows = _timed(lambda: workspace.run(workbook_rows, scope, report.figures))
    print(f"[perf]   reading the rows ({rows.count():,}: {len(rows.activities):,} "
          f"activities, {len(rows.people):,} people involved, the rest of other figures): "
          f"{wall:.2f} s (CPU {cpu:.2f} s)")
    part = tmp_path / "written.xlsx"
    wall, cpu, _ = _timed(lambda: write_xlsx(part, report, rows, context, labels.label,
                                             plans=plans))
    print(f"[perf]   writing the cells: {wall:.2f} s (CPU {cpu:.2f} s)")
    print(f"[perf] machine load after: {os.getloadavg()}")
