"""A region's data (100,000 persons) on PostgreSQL beside SQLite, in one run (issue 16):
open the participants tab, search in three ways, open a file, the half-year statistics,
a full export and a full import into an empty site.

The PostgreSQL office is seeded as an office would be: the SQLite region's full package
(one package for both, sealed for an empty SQLite centre and the empty PostgreSQL
office) is imported into each, which is the import measured. The office is then
ANALYZEd (autovacuum does the same within a minute of a bulk load) and each engine's
figures are taken on the same data, one after the other. The SQLite figures are the
region's own database. Prints a table and the machine's load; needs
CENTRE_DESK_TEST_POSTGRESQL_URL. Budgets as DESIGN.md's (SQLite's)."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time

import pytest

from centre_desk.services import statistics as figures
from centre_desk.services.statistics import ReportScope
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from tests.perf.conftest import region_and_peer
from tests.unit.sync.test_postgresql_sync import make_postgresql_site

pytestmark = pytest.mark.perf

RUNS = 5
SEARCHES = (("Cyrillic prefix 'ерм'", "ерм"), ("Latin 'yerm'", "yerm"),
            ("IIN prefix '8503'", "8503"))
BUDGETS = {"open the participants tab": "< 150 ms", "search": "< 50 ms",
           "open a participant (data)": "< 100 ms", "file window shown": "< 100 ms",
           "half-year statistics": "< 1 s", "full export": "10 s (SQLite)",
           "full import into an empty site": "20 s (SQLite)"}


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _first_then(times: list[float]) -> str:
    return f"{times[0]:.0f} / {statistics.median(times[1:]):.0f} ms"


def _on_screen(qapp, workspace: Workspace) -> dict[str, str]:
    """The participants tab, its searches and a file, on ``workspace``'s database."""
    from centre_desk.services import cases
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    from centre_desk.ui.participants.opener import ParticipantFiles
    from centre_desk.ui.participants.tab import ParticipantsTab
    from centre_desk.ui.toolkit.paged_model import ID_ROLE

    files = ParticipantFiles(workspace)
    tabs = []

    def open_tab():
        tab = ParticipantsTab(workspace, files)
        tab.resize(1100, 700)
        tab.show()
        qapp.processEvents()
        assert tab.model().rowCount() > 0
        tabs.append(tab)

    found = {"open the participants tab": _first_then([_ms(open_tab) for _ in range(RUNS)])}
    model = tabs[-1].model()
    for label, text in SEARCHES:
        times = []
        for _ in range(RUNS):
            model.set_search("")
            times.append(_ms(lambda text=text: model.set_search(text)))
        found[f"search {label}"] = f"{_first_then(times)}, {model.matching_count():,} found"
    model.set_search("")
    case_ids = [model.data(model.index(row, 0), ID_ROLE) for row in range(0, 100, 20)]
    found["open a participant (data)"] = _first_then(
        [_ms(lambda case_id=case_id: workspace.run(cases.participant_file, case_id))
         for case_id in case_ids])
    shown = []
    for case_id in case_ids:
        def show(case_id=case_id):
            dialog = ParticipantFileDialog(workspace, case_id=case_id)
            dialog.show()
            qapp.processEvents()
            shown.append(dialog)
        shown_ms = _ms(show)
        shown[-1].close()
        found.setdefault("_window", []).append(shown_ms)
    found["file window shown"] = _first_then(found.pop("_window"))
    for tab in tabs:
        tab.close()
    start, _end = figures.half_year(dt.date.today())
    scope = ReportScope(*figures.half_year(start - dt.timedelta(days=1)))
    found["half-year statistics"] = _first_then(
        [_ms(lambda: workspace.run(figures.half_year_report, scope)) for _ in range(3)])
    return found


def test_a_region_on_postgresql_beside_sqlite(qapp, region_data_dir, tmp_path,
                                              postgresql_server):
    region, centre = region_and_peer(region_data_dir, tmp_path, "centre")
    office = make_postgresql_site(tmp_path, "office", postgresql_server)
    try:
        with region.session() as session, session.begin():
            api.add_peer(session, api.site_card(office.db))
        with office.db.session(office.admin) as session, session.begin():
            api.add_peer(session, api.site_card(region))
            api.add_peer(session, api.site_card(centre.db))
        package = tmp_path / "region.cdsync"
        sqlite_export = _ms(lambda: api.export_package(
            region, None, [centre.db.site_id, office.db.site_id], package, full=True))
        sqlite_import = _ms(lambda: centre.import_(package))
        postgresql_import = _ms(lambda: office.import_(package))
        with office.db.engine.connect() as connection:
            analyse = _ms(lambda: connection.exec_driver_sql("ANALYZE"))
            connection.commit()
        postgresql_export = _ms(lambda: office.export_to(centre, folder=tmp_path, full=True))

        sqlite = _on_screen(qapp, _region_workspace(region))
        postgresql = _on_screen(qapp, Workspace(office.db, office.admin))
    finally:
        region.close()
        centre.db.close()
        office.db.close()
    sqlite["full export"] = f"{sqlite_export / 1000:.1f} s"
    postgresql["full export"] = f"{postgresql_export / 1000:.1f} s"
    sqlite["full import into an empty site"] = f"{sqlite_import / 1000:.1f} s"
    postgresql["full import into an empty site"] = (
        f"{postgresql_import / 1000:.1f} s (+ ANALYZE {analyse / 1000:.1f} s)")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n[perf] a region on PostgreSQL beside SQLite ({os.cpu_count()} cores, load "
          f"average {load}); first / median of the rest")
    print(f"[perf] {'':<34} {'SQLite':<32} {'PostgreSQL':<36} budget")
    for name in sqlite:
        budget = next((value for key, value in BUDGETS.items() if name.startswith(key)), "")
        print(f"[perf] {name:<34} {sqlite[name]:<32} {postgresql[name]:<36} {budget}")
    assert sqlite.keys() == postgresql.keys()


def _region_workspace(region) -> Workspace:
    """The region's own administrator, signed in (tests/perf/conftest.py's)."""
    from centre_desk.services import users
    from tests.perf.conftest import ADMIN, PASSWORD

    outcome = Workspace(region, None).run(users.sign_in, ADMIN, PASSWORD)
    return Workspace(region, outcome.actor)
