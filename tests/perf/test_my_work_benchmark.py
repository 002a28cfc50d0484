"""My work on a region's data (100,000 persons): the busiest specialist's page (thousands
of cases of their own, a dozen plans they lead) and a supervisor's (every specialist's
caseload beside the conflicts and approvals), as the service reads them and as the page
opens and fills; budget < 150 ms. The caseloads are also read on the last day of last
month (a whole month of sessions led, the most there can be). Run on a copy of the
seeded region (the copy is migrated, the seeded original is never written)."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time

import pytest
from sqlalchemy import select, text

from centre_desk.domain.enums import ActivityKind, Programme, Role
from centre_desk.services import my_work, plans
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.store.models import CaseSpecialist, User
from centre_desk.store.stamping import Actor
from tests.perf.conftest import kept_copy

RUNS = 7
BUDGET_MS = 150


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


@pytest.fixture(scope="module")
def region_copy(region_data_dir):
    """The seeded region copied (then migrated and opened), with the busiest specialist
    and a supervisor as actors: (Database, specialist Actor, supervisor Actor). The copy
    is kept in the temp dir (``…-my-work``) for the next run; delete it to copy again."""
    target, done, fresh = kept_copy(region_data_dir, "my-work")
    started = time.perf_counter()
    database = open_database(target)
    print(f"\n[perf] copy opened (migrated) in {time.perf_counter() - started:.1f} s")
    with database.session() as session:
        busiest = session.execute(
            select(CaseSpecialist.user_id).group_by(CaseSpecialist.user_id)
            .order_by(text("count(*) DESC")).limit(1)).scalar_one()
        specialist = session.execute(select(User).where(User.id == busiest)).scalar_one()
        supervisor = session.execute(select(User).where(
            User.role == Role.SUPERVISOR).limit(1)).scalar_one()
        actors = (Actor(specialist.id, specialist.username, specialist.role),
                  Actor(supervisor.id, supervisor.username, supervisor.role))
    if fresh:
        _plans_and_analyse(database, actors)
        done.write_text("plans added, analysed\n", encoding="utf-8")
    yield database, *actors
    database.close()


def _plans_and_analyse(database, actors) -> None:
    run = Workspace(database, actors[1]).run
    for weekday in range(1, 7):  # a dozen weekly plans the specialist leads
        for start_minute in (600, 900):
            run(plans.create_plan, plans.PlanInput(
                programme=Programme.CASE_WORK, kind=ActivityKind.GROUP_TRAINING,
                weekdays=(weekday,), start_minute=start_minute, duration_minutes=90,
                start_on=dt.date.today() - dt.timedelta(days=365), facility="АП-162/4",
                leader_id=actors[0].user_id))
    with database.session() as session, session.begin():
        session.execute(text("ANALYZE"))


def _report(label: str, times: list[float]) -> float:
    median = statistics.median(times[1:])
    print(f"[perf] {label}: first {times[0]:.0f} ms, then {median:.0f} ms "
          f"(budget < {BUDGET_MS} ms)")
    return median


@pytest.mark.perf
def test_my_work_opens_within_its_budget(qapp, region_copy):
    from centre_desk.ui.my_work.page import MyWorkPage

    database, specialist, supervisor = region_copy
    probe = _ms(lambda: sum(range(5_000_000)))
    print(f"[perf] machine load (1, 5, 15 min): {os.getloadavg()}; a fixed Python loop "
          f"took {probe:.0f} ms (compare runs by it)")
    medians = {}
    for name, actor in (("specialist", specialist), ("supervisor", supervisor)):
        workspace = Workspace(database, actor)
        work = workspace.run(my_work.my_work)
        print(f"[perf] {name}: {work.participants} participants, "
              f"{work.follow_ups.total} follow-ups, {work.reassessments.total} "
              f"reassessments, {work.placement_follow_ups.total} placement follow-ups, "
              f"{work.planned_sessions.total} planned sessions due this week"
              + (f", {len(work.caseload)} caseloads" if work.caseload else ""))
        medians[f"{name} service"] = _report(
            f"My work of the {name} (service)",
            [_ms(lambda w=workspace: w.run(my_work.my_work)) for _ in range(RUNS)])

        shown = []

        def open_page(w=workspace, shown=shown):
            # Shown (painted, its sections still empty), then filled: the time to the
            # filled page is what counts against the budget.
            started = time.perf_counter()
            page = MyWorkPage(w)
            page.resize(1366, 768)
            page.show()
            qapp.processEvents()
            shown.append((time.perf_counter() - started) * 1000)
            while page.section(my_work.DueKind.FOLLOW_UP) is None:
                qapp.processEvents()
            page.close()
            page.deleteLater()

        medians[f"{name} page"] = _report(f"My work of the {name} (page opened and filled)",
                                          [_ms(open_page) for _ in range(RUNS)])
        _report(f"My work of the {name} (page shown, before it fills)", shown)
    month_end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    workspace = Workspace(database, supervisor)
    medians["caseloads, a month's end"] = _report(
        f"the caseloads on {month_end} (service)",
        [_ms(lambda: workspace.run(my_work.caseload, month_end)) for _ in range(RUNS)])
    with database.session() as session:
        plan = [row[-1] for row in session.execute(text(
            "EXPLAIN QUERY PLAN SELECT case_file.id FROM case_specialist "
            "JOIN case_file ON case_file.id = case_specialist.case_id "
            "JOIN person ON person.id = case_file.person_id "
            "WHERE case_specialist.user_id = :me AND case_specialist.deleted_at IS NULL "
            "AND case_file.deleted_at IS NULL AND person.deleted_at IS NULL "
            "AND case_file.stage != 'closed' AND case_file.next_follow_up <= :end"),
            {"me": specialist.user_id.hex, "end": dt.date.today()})]
    print("[perf] the plan of a user's cases (the join every section starts from): "
          + " | ".join(plan))
    assert any("case_specialist" in step and "user_id" in step for step in plan), plan
    assert not any(step.startswith("SCAN") and "case_file" in step for step in plan), plan
    # Printed, not asserted, like the other benchmarks: on a shared, loaded machine the
    # figures say more with the load and the loop's time beside them than a pass or fail.
    over = {name: round(ms) for name, ms in medians.items() if ms >= BUDGET_MS}
    print(f"[perf] My work over its budget: {over}" if over
          else "[perf] My work within its budget")
