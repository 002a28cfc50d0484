"""Measures of one seeded region, shared by the scaling benchmark and the limits table:
each is a wall and a CPU time (this process's, time.process_time: on a machine shared
with other work it says more than the wall time), as the participants and the
PostgreSQL benchmarks take them (the same searches, the same files, the same scope)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import statistics
import time
from collections.abc import Callable

from centre_desk.services import statistics as figures
from centre_desk.services.statistics import ReportScope
from centre_desk.services.workspace import Workspace

SEARCHES = (("name (Cyrillic prefix 'ерм')", "ерм"), ("Latin spelling 'yerm'", "yerm"),
            ("IIN prefix '8503'", "8503"))
"""The participants tab's three ways of searching: a name as written, a Latin spelling
of a Cyrillic name (transliterated), the first digits of an IIN."""


@dataclasses.dataclass(frozen=True)
class Timing:
    """Seconds of one measure: the first run's and the median of the runs after it."""

    wall: float
    cpu: float
    first_wall: float
    first_cpu: float
    note: str = ""
    rows: int | None = None
    """The rows a list's or a search's first page showed, when the measure shows rows."""

    def say(self) -> str:
        if self.first_wall == self.wall and self.first_cpu == self.cpu:
            return f"{_s(self.wall)} (CPU {_s(self.cpu)})"
        return (f"{_s(self.wall)} (CPU {_s(self.cpu)}; first {_s(self.first_wall)}, "
                f"CPU {_s(self.first_cpu)})")


def _s(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def timed(action: Callable[[], object]) -> tuple[float, float, object]:
    """(wall s, CPU s, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def repeated(action: Callable[[], object], runs: int, note: str = "",
             before: Callable[[], object] | None = None) -> Timing:
    """The first run and the median of the others (``before`` runs untimed each time)."""
    walls, cpus = [], []
    for _ in range(runs):
        if before is not None:
            before()
        wall, cpu, _result = timed(action)
        walls.append(wall)
        cpus.append(cpu)
    rest = slice(1, None) if runs > 1 else slice(None)
    return Timing(statistics.median(walls[rest]), statistics.median(cpus[rest]),
                  walls[0], cpus[0], note)


def load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def last_full_half_year() -> ReportScope:
    """The report benchmark's scope: the last half-year that has ended."""
    start, _end = figures.half_year(dt.date.today())
    return ReportScope(*figures.half_year(start - dt.timedelta(days=1)))


SAME_ROWS = ", as many rows as the first size"
"""The end of a search measure's name whose first page holds as many rows as the same
search showed in the smallest region (see on_screen)."""


def on_screen(qapp, workspace: Workspace, runs: int = 5,
              same_rows: dict[str, int] | None = None) -> dict[str, Timing]:
    """The participants tab opened (its model's first page read, shown), each of the
    three searches, a participant's file window opened (its data read, shown), the
    region's half-year statistics.

    Each search is timed twice: as the tab runs it (a first page of up to 100 rows),
    and in a list whose pages hold ``same_rows[label]`` rows (the rows the search found
    in the smallest region; by default as many as it shows here). A search that finds
    30 participants among 10,000 persons shows 30 rows and 100 among 100,000: the first
    measure then grows with the rows shown, up to a page, the second with the region
    alone."""
    from centre_desk.ui.participants import tab as participants
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    from centre_desk.ui.participants.opener import ParticipantFiles
    from centre_desk.ui.participants.tab import ParticipantsTab
    from centre_desk.ui.toolkit.paged_model import ID_ROLE, PagedTableModel

    files = ParticipantFiles(workspace)
    tabs: list = []

    def open_tab():
        tab = ParticipantsTab(workspace, files)
        tab.resize(1100, 700)
        tab.show()
        qapp.processEvents()
        assert tab.model().rowCount() > 0
        tabs.append(tab)

    gc.freeze()  # as the program does once its modules are loaded (ui/shell/startup.py)
    found = {"participants tab open": repeated(open_tab, runs)}
    model = tabs[-1].model()
    searches = 3 * runs  # a few milliseconds each: more runs steady the median
    for label, text in SEARCHES:
        timing = repeated(lambda text=text: model.set_search(text), searches,
                          before=lambda: model.set_search(""))
        at_least = "at least " if model.matching_at_least() else ""
        found[f"search: {label}"] = dataclasses.replace(
            timing, note=f"{at_least}{model.matching_count():,} found", rows=model.rowCount())
        rows = max(1, (same_rows or {}).get(label, model.rowCount()))
        paged = PagedTableModel(workspace, participants.SPEC, page_size=rows)
        timing = repeated(lambda text=text, paged=paged: paged.set_search(text), searches,
                          before=lambda paged=paged: paged.set_search(""))
        found[f"search: {label}{SAME_ROWS}"] = dataclasses.replace(
            timing, note=f"a page of {rows}", rows=paged.rowCount())
    model.set_search("")
    case_ids = iter([model.data(model.index(row, 0), ID_ROLE) for row in range(0, 100, 10)])
    shown: list = []

    def open_file():
        dialog = ParticipantFileDialog(workspace, case_id=next(case_ids))
        dialog.show()
        qapp.processEvents()
        shown.append(dialog)

    found["participant file open"] = repeated(open_file, runs,
                                              before=lambda: [d.close() for d in shown])
    for widget in (*tabs, *shown):
        widget.close()
    scope = last_full_half_year()
    report = workspace.run(figures.half_year_report, scope)
    found["half-year statistics"] = repeated(
        lambda: workspace.run(figures.half_year_report, scope), 3,
        note=f"{report.value(figures.FigureKey.PEOPLE_INVOLVED):,} people involved")
    return found


def region_workspace(database) -> Workspace:
    """``database`` (a copy of a seeded region) with its administrator signed in."""
    from centre_desk.services import users
    from tests.perf.conftest import ADMIN, PASSWORD

    outcome = Workspace(database, None).run(users.sign_in, ADMIN, PASSWORD)
    return Workspace(database, outcome.actor)


def export_and_import(region, empty, package) -> dict[str, Timing]:
    """A full sync export of ``region`` for the empty site ``empty`` (from
    tests/perf/conftest.py region_and_peer), and its import there; once each."""
    from centre_desk.sync import api

    wall, cpu, summary = timed(lambda: api.export_package(
        region, None, [empty.db.site_id], package, full=True))
    found = {"full sync export": Timing(wall, cpu, wall, cpu,
                                        f"{summary.total_rows:,} rows")}
    wall, cpu, report = timed(lambda: empty.import_(package))
    found["import into an empty site"] = Timing(wall, cpu, wall, cpu,
                                                f"{report.total('new'):,} new rows")
    assert report.tables["person"].new == summary.rows["person"]
    return found
