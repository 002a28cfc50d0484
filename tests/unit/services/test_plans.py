"""The week's plans: weekly rules with end dates, a cancelled and a moved occurrence,
holidays, a rule changed from a date onward without rewriting the past, and a planned
occurrence turned into a held activity with its expected group ticked."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import ActivityKind, CaseCategory, Programme, Role
from centre_desk.domain.plans import OccurrenceStatus as S
from centre_desk.services import activities, cases, persons, plans
from centre_desk.services.errors import InvalidInput
from centre_desk.store.models import Attendance
from tests.unit.sync.sites import database_digest

MONDAY = dt.date(2024, 11, 18)
SUNDAY = dt.date(2024, 11, 24)
TODAY = dt.date(2024, 11, 20)  # a Wednesday
TUESDAY, THURSDAY = MONDAY + dt.timedelta(1), MONDAY + dt.timedelta(3)


def _plan(run, **changes) -> plans.PlanInput:
    data = dict(programme=Programme.CASE_WORK, kind=ActivityKind.GROUP_TRAINING,
                weekdays=(2,), start_minute=10 * 60, duration_minutes=90,
                start_on=dt.date(2024, 9, 1), facility="АП-162/4", title="Тренинг")
    data.update(changes)
    return plans.PlanInput(**data)


def _week(run, start=MONDAY, end=SUNDAY, **filters):
    return [(o.day, o.start_minute, o.title, o.status)
            for o in run(plans.occurrences, start, end, today=TODAY, **filters)]


def _inmate(run, surname, facility="АП-162/4"):
    return run(cases.register_participant,
               persons.PersonInput(surname=surname, given_name="Ерлан",
                                   birth_date=dt.date(1990, 1, 1)),
               cases.CaseInput(category=CaseCategory.INMATE, facility=facility),
               dt.date(2024, 6, 1)).person_id


def test_a_weekly_rule_falls_on_its_weekdays_within_its_dates(run):
    run(plans.create_plan, _plan(run))
    run(plans.create_plan, _plan(run, weekdays=(2, 4), start_minute=15 * 60,
                                 title="Арабский", start_on=dt.date(2024, 11, 21),
                                 end_on=dt.date(2024, 12, 31)))
    run(plans.create_plan, _plan(run, title="Окончен", end_on=dt.date(2024, 11, 1)))
    assert _week(run) == [(TUESDAY, 600, "Тренинг", S.MISSED),
                          (THURSDAY, 900, "Арабский", S.PLANNED)]
    # The next week: both Tuesday's and Thursday's lessons, the ended plan nowhere.
    next_week = _week(run, MONDAY + dt.timedelta(7), SUNDAY + dt.timedelta(7))
    assert [(d.isoweekday(), title) for d, _m, title, _s in next_week] == [
        (2, "Тренинг"), (2, "Арабский"), (4, "Арабский")]
    # After the course's end date only the open-ended plan goes on.
    january = _week(run, dt.date(2025, 1, 6), dt.date(2025, 1, 12))
    assert [title for _d, _m, title, _s in january] == ["Тренинг"]


def test_a_cancelled_and_a_moved_occurrence_change_only_themselves(run):
    plan_id = run(plans.create_plan, _plan(run, weekdays=(2, 4)))
    run(plans.cancel_occurrence, plan_id, TUESDAY, "Карантин")
    run(plans.move_occurrence, plan_id, THURSDAY, THURSDAY + dt.timedelta(1), 14 * 60)
    week = run(plans.occurrences, MONDAY, SUNDAY, today=TODAY)
    assert [(o.day, o.start_minute, o.status, o.moved, o.reason) for o in week] == [
        (TUESDAY, 600, S.CANCELLED, False, "Карантин"),
        (THURSDAY + dt.timedelta(1), 840, S.PLANNED, True, None)]
    # The week after is as the rule says.
    assert [s for *_rest, s in _week(run, MONDAY + dt.timedelta(7),
                                     SUNDAY + dt.timedelta(7))] == [S.PLANNED, S.PLANNED]


def test_an_occurrence_moved_into_another_week_shows_there_only(run):
    plan_id = run(plans.create_plan, _plan(run))
    run(plans.move_occurrence, plan_id, TUESDAY, TUESDAY + dt.timedelta(7))
    assert _week(run) == []
    assert [d for d, *_ in _week(run, MONDAY + dt.timedelta(7), SUNDAY + dt.timedelta(7))] == [
        TUESDAY + dt.timedelta(7), TUESDAY + dt.timedelta(7)]


def test_a_holiday_cancels_every_plan_that_day(run):
    run(plans.create_plan, _plan(run))
    run(plans.create_plan, _plan(run, facility="ИК-5", title="Лекция",
                                 kind=ActivityKind.THEOLOGICAL_LECTURE))
    run(plans.add_holiday, TUESDAY, "Праздник")
    week = run(plans.occurrences, MONDAY, SUNDAY, today=TODAY)
    assert {(o.status, o.reason) for o in week} == {(S.CANCELLED, "Праздник")}
    assert [o.facility for o in run(plans.occurrences, MONDAY, SUNDAY, facility="ИК-5",
                                    today=TODAY)] == ["ИК-5"]


def test_a_rule_changed_from_a_date_onward_keeps_the_past_as_planned(run):
    plan_id = run(plans.create_plan, _plan(run))
    run(plans.cancel_occurrence, plan_id, TUESDAY + dt.timedelta(14), "Отпуск")
    before = _week(run, dt.date(2024, 9, 1), SUNDAY)
    new_id = run(plans.change_plan_from, plan_id, MONDAY + dt.timedelta(7),
                 _plan(run, weekdays=(4,), start_minute=11 * 60, title="Тренинг (чт)"))
    assert new_id != plan_id
    assert _week(run, dt.date(2024, 9, 1), SUNDAY) == before  # the past, as it was planned
    old, new = run(plans.get_plan, plan_id), run(plans.get_plan, new_id)
    assert (old.end_on, new.start_on, new.follows_id) == (
        MONDAY + dt.timedelta(6), MONDAY + dt.timedelta(7), plan_id)
    assert _week(run, MONDAY + dt.timedelta(7), SUNDAY + dt.timedelta(7)) == [
        (THURSDAY + dt.timedelta(7), 660, "Тренинг (чт)", S.PLANNED)]


def test_a_wrong_plan_is_refused_and_changes_nothing(db, run):
    before = database_digest(db)
    for changes, problem in (({"weekdays": ()}, {"weekdays": "required"}),
                             ({"start_minute": 24 * 60}, {"start_minute": "invalid"}),
                             ({"duration_minutes": 0}, {"duration_minutes": "invalid"}),
                             ({"end_on": dt.date(2024, 8, 1)}, {"end_on": "before_start"}),
                             ({"kind": ActivityKind.COURSE_LESSON},
                              {"kind": "not_for_programme"}),
                             ({"programme": Programme.CHILDREN_EVENTS,
                               "kind": ActivityKind.CHILDREN_EVENT, "title": "  "},
                              {"title": "required"})):
        with pytest.raises(InvalidInput) as refused:
            run(plans.create_plan, _plan(run, **changes))
        assert refused.value.problems == problem
    assert database_digest(db) == before


def test_holding_an_occurrence_makes_an_activity_with_its_expected_group_ticked(db, run):
    ids = [_inmate(run, name) for name in ("Абенов", "Бекову", "Жаксылыков")]
    _inmate(run, "Другой", facility="ИК-5")
    plan_id = run(plans.create_plan, _plan(run))
    assert [m.full_name for m in run(plans.expected_group, plan_id)] == [
        "Абенов Ерлан", "Бекову Ерлан", "Жаксылыков Ерлан"]
    activity_id = run(plans.hold_occurrence, plan_id, TUESDAY, TODAY)
    view = run(activities.get_activity, activity_id)
    assert (view.held_on, view.kind, view.facility, view.title, view.present_count) == (
        TUESDAY, ActivityKind.GROUP_TRAINING, "АП-162/4", "Тренинг", 3)
    register = run(activities.expected_people, activity_id)
    assert {line.person_id for line in register if line.present} == set(ids)
    [occurrence] = run(plans.occurrences, MONDAY, SUNDAY, today=TODAY)
    assert (occurrence.status, occurrence.activity_id) == (S.HELD, activity_id)
    # Opening it again opens the same activity.
    assert run(plans.hold_occurrence, plan_id, TUESDAY, TODAY) == activity_id
    with db.session() as session:
        assert len(session.scalars(select(Attendance)).all()) == 3


def test_a_saved_group_list_is_the_expected_group(run):
    ids = [_inmate(run, name) for name in ("Абенов", "Бекову")]
    group_id = run(plans.create_group, "Группа 1", [ids[1]], "АП-162/4")
    plan_id = run(plans.create_plan, _plan(run, group_id=group_id))
    activity_id = run(plans.hold_occurrence, plan_id, TUESDAY, TODAY)
    assert [(p.full_name, p.present) for p in run(activities.expected_people, activity_id)] == [
        ("Бекову Ерлан", True)]
    assert [(g.name, g.member_count) for g in run(plans.groups)] == [("Группа 1", 1)]


def test_a_future_or_cancelled_occurrence_cannot_be_held(db, run):
    plan_id = run(plans.create_plan, _plan(run, weekdays=(2, 4)))
    run(plans.cancel_occurrence, plan_id, TUESDAY)
    before = database_digest(db)
    for day, code in ((TUESDAY, "cancelled"), (THURSDAY, "in_future"),
                      (MONDAY, "not_planned")):
        with pytest.raises(InvalidInput) as refused:
            run(plans.hold_occurrence, plan_id, day, TODAY)
        assert refused.value.problems == {"occurs_on": code}
    assert database_digest(db) == before


def test_a_deleted_activity_leaves_the_occurrence_missed(run):
    plan_id = run(plans.create_plan, _plan(run))
    activity_id = run(plans.hold_occurrence, plan_id, TUESDAY, TODAY)
    run(activities.delete_activity, activity_id, True)
    assert [s for *_rest, s in _week(run)] == [S.MISSED]


def test_the_week_of_one_leader(run, make_user):
    theologian = make_user(Role.SPECIALIST, "theologian")
    run(plans.create_plan, _plan(run, leader_id=theologian.user_id))
    run(plans.create_plan, _plan(run, title="Без ведущего"))
    week = run(plans.occurrences, MONDAY, SUNDAY, leader=theologian.user_id, today=TODAY)
    assert [(o.title, o.leader_name) for o in week] == [("Тренинг", "Test specialist")]
    with_plans = run(plans.plans, "АП-162/4")
    assert sorted(p.title for p in with_plans) == ["Без ведущего", "Тренинг"]
