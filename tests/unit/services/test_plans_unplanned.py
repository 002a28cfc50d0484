"""The week's activities held without a plan: shown held beside the plans' occurrences,
by the facility and specialist filters, after the day's timed sessions; a week is read in
the same few queries however many it holds, the unplanned ones by the activity's date and
the plan exception's activity indexes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from centre_desk.domain.enums import ActivityKind, Programme, Role
from centre_desk.domain.plans import OccurrenceStatus as S
from centre_desk.services import activities, plans
from centre_desk.services.workspace import Workspace

MONDAY, SUNDAY = dt.date(2024, 11, 18), dt.date(2024, 11, 24)
TODAY = dt.date(2024, 11, 20)  # a Wednesday
TUESDAY, WEDNESDAY = MONDAY + dt.timedelta(1), MONDAY + dt.timedelta(2)
FACILITY = "АП-162/4"


def _activity(run, day, title, facility=FACILITY, facilitators="Test specialist",
              kind=ActivityKind.CONVERSATION):
    return run(activities.create_activity, activities.ActivityInput(
        Programme.CASE_WORK, kind, day, title=title, facility=facility,
        facilitators=facilitators))


def _plan(run, leader_id=None, **changes):
    data = dict(programme=Programme.CASE_WORK, kind=ActivityKind.GROUP_TRAINING,
                weekdays=(2, 3), start_minute=10 * 60, duration_minutes=90,
                start_on=dt.date(2024, 9, 1), facility=FACILITY, title="Тренинг",
                leader_id=leader_id)
    data.update(changes)
    return run(plans.create_plan, plans.PlanInput(**data))


def _week(run, **filters):
    return [(o.day, o.start_minute, o.title, o.facility, o.status, o.unplanned)
            for o in run(plans.occurrences, MONDAY, SUNDAY, today=TODAY, **filters)]


def test_activities_held_without_a_plan_show_held_after_the_days_sessions(run, make_user):
    theologian = make_user(Role.SPECIALIST, "theologian")
    plan_id = _plan(run, theologian.user_id)
    from_plan = run(plans.hold_occurrence, plan_id, TUESDAY, TODAY)
    talk = _activity(run, TUESDAY, "Беседа без плана")
    _activity(run, WEDNESDAY, "Лекция в ИК-5", facility="ИК-5", facilitators="Имам Абдулла")
    gone = _activity(run, WEDNESDAY, "Удалённая")
    run(activities.delete_activity, gone, True)
    _activity(run, MONDAY + dt.timedelta(7), "На следующей неделе")
    assert _week(run) == [
        (TUESDAY, 600, "Тренинг", FACILITY, S.HELD, False),
        (TUESDAY, None, "Беседа без плана", FACILITY, S.HELD, True),
        (WEDNESDAY, 600, "Тренинг", FACILITY, S.PLANNED, False),
        (WEDNESDAY, None, "Лекция в ИК-5", "ИК-5", S.HELD, True)]
    week = run(plans.occurrences, MONDAY, SUNDAY, today=TODAY)
    # The one held from the plan is its occurrence, shown once; the other opens by its id.
    assert [(o.plan_id, o.activity_id) for o in week if o.status is S.HELD] == [
        (plan_id, from_plan), (None, talk), (None, week[3].activity_id)]
    assert (week[1].leader_id, week[1].leader_name, week[1].kind, week[1].programme) == (
        None, "Test specialist", ActivityKind.CONVERSATION, Programme.CASE_WORK)
    # One facility's week; without the unplanned ones, the plans' occurrences alone.
    assert [title for _d, _m, title, *_ in _week(run, facility="ИК-5")] == ["Лекция в ИК-5"]
    assert [u for *_, u in _week(run, unplanned=False)] == [False, False]


def test_a_specialists_week_has_the_activities_naming_them_or_recorded_by_them(db, run,
                                                                              make_user):
    theologian = make_user(Role.SPECIALIST, "theologian")  # named "Test specialist"
    other = make_user(Role.SUPERVISOR, "other")  # named "Test supervisor"
    _activity(run, TUESDAY, "Названный", facilitators="Имам Абдулла, Test specialist")
    _activity(run, TUESDAY, "Чужой", facilitators="Test supervisor")
    mine = Workspace(db, theologian).run
    _activity(mine, WEDNESDAY, "Записан им без ведущих", facilitators=None)
    _activity(Workspace(db, other).run, WEDNESDAY, "Записан другим", facilitators=None)
    assert [title for _d, _m, title, *_ in _week(run, leader=theologian.user_id)] == [
        "Названный", "Записан им без ведущих"]
    assert [title for _d, _m, title, *_ in _week(run, leader=other.user_id)] == [
        "Чужой", "Записан другим"]


def test_a_deleted_plans_held_sessions_stay_held_without_a_plan(run):
    plan_id = _plan(run)
    held = run(plans.hold_occurrence, plan_id, TUESDAY, TODAY)
    run(plans.delete_plan, plan_id)
    week = run(plans.occurrences, MONDAY, SUNDAY, today=TODAY)
    assert [(o.day, o.title, o.status, o.plan_id, o.activity_id) for o in week] == [
        (TUESDAY, "Тренинг", S.HELD, None, held)]


def _statements(db, admin, **filters) -> list[tuple[str, tuple]]:
    seen: list[tuple[str, tuple]] = []

    def keep(_connection, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))
    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        Workspace(db, admin).run(plans.occurrences, MONDAY, SUNDAY, today=TODAY, **filters)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    return seen


def test_a_week_is_read_in_the_same_queries_however_many_sessions_it_holds(db, admin, run,
                                                                           make_user):
    theologian = make_user(Role.SPECIALIST, "theologian")
    plan_id = _plan(run, theologian.user_id)
    run(plans.hold_occurrence, plan_id, TUESDAY, TODAY)
    _activity(run, TUESDAY, "Беседа 1")
    few = len(_statements(db, admin)), len(_statements(db, admin, leader=theologian.user_id))
    for number in range(20):
        _activity(run, MONDAY + dt.timedelta(number % 7), f"Беседа {number + 2}")
    for weekday in range(1, 8):
        _plan(run, theologian.user_id, weekdays=(weekday,), title=f"План {weekday}")
    assert (len(_statements(db, admin)),
            len(_statements(db, admin, leader=theologian.user_id))) == few
    assert len(run(plans.occurrences, MONDAY, SUNDAY, today=TODAY)) == 2 + 21 + 7


@pytest.mark.sqlite_only("SQLite's query plans")
def test_the_unplanned_activities_are_read_by_their_indexes(db, admin, run):
    _plan(run)
    _activity(run, TUESDAY, "Беседа")
    [(statement, parameters)] = [(s, p) for s, p in _statements(db, admin, facility=FACILITY)
                                 if "NOT (EXISTS" in s]
    with db.engine.connect() as connection:
        steps = [row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters)]
    assert any("activity USING INDEX" in step and "held_on" in step for step in steps), steps
    assert any("ix_plan_exception_activity" in step for step in steps), steps
    assert not any(step.startswith("SCAN") for step in steps), steps
