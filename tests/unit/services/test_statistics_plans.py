"""Planned against held in the statistics: a November of three plans whose every session
the test knows (held, cancelled by hand and by a holiday, moved out of the period, missed,
still to come) and activities held without a plan, per facility and per programme,
narrowed to a facility and to a region.

``build_plans_centre`` is shared with the export and GUI tests.
"""

from __future__ import annotations

import datetime as dt
import types
import uuid

import pytest

from centre_desk.domain.enums import ActivityKind, Programme, Role
from centre_desk.services import activities, plans
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.services.statistics import ReportScope
from centre_desk.services.statistics_plans import PlanLine, plans_against_held
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Peer, Plan
from tests.unit.sync.sites import database_digest

NOVEMBER = ReportScope(dt.date(2024, 11, 1), dt.date(2024, 11, 30))
TODAY = dt.date(2024, 11, 20)  # a Wednesday
COLONY, OTHER_COLONY = "АП-162/4", "ЛА-155/4"
ASTANA = "Астана"


def day(number: int) -> dt.date:
    return dt.date(2024, 11, number)


def build_plans_centre(db, admin) -> types.SimpleNamespace:
    """Three plans and four activities in November 2024 (today: the 20th).

    - АП-162/4, case work, Tuesdays (5, 12, 19, 26): held on the 5th, cancelled on the
      12th, missed on the 19th, still to come on the 26th;
    - the mothers' club, no facility, Thursdays (7, 14, 21, 28): the 7th a holiday, held
      on the 14th, the 21st and 28th to come;
    - ЛА-155/4, case work, Mondays 11 to 18 Nov, recorded by a peer centre in Astana:
      the 11th missed, the 18th moved to 2 Dec (out of the period);
    - without a plan: a case-work conversation in АП-162/4 on the 6th and the club's extra
      meeting on the 30th; not counted: one deleted, one on 31 Oct.
    """
    run = Workspace(db, admin).run
    ids = types.SimpleNamespace()

    def plan(**fields):
        data = dict(programme=Programme.CASE_WORK, kind=ActivityKind.GROUP_TRAINING,
                    start_minute=600, duration_minutes=90, start_on=dt.date(2024, 9, 1))
        data.update(fields)
        return run(plans.create_plan, plans.PlanInput(**data))

    ids.tuesdays = plan(weekdays=(2,), facility=COLONY, title="Тренинг")
    ids.club = plan(programme=Programme.MOTHERS_CLUB, kind=ActivityKind.CLUB_GROUP_SESSION,
                    weekdays=(4,), title="Клуб матерей")
    ids.mondays = plan(weekdays=(1,), facility=OTHER_COLONY, start_on=day(10),
                       end_on=day(18), title="Беседа")
    run(plans.hold_occurrence, ids.tuesdays, day(5), today=TODAY)
    run(plans.cancel_occurrence, ids.tuesdays, day(12), "Карантин")
    run(plans.add_holiday, day(7), "Праздник")
    run(plans.hold_occurrence, ids.club, day(14), today=TODAY)
    run(plans.move_occurrence, ids.mondays, day(18), dt.date(2024, 12, 2))

    def activity(programme, kind, held_on, facility=None):
        return run(activities.create_activity, activities.ActivityInput(
            programme, kind, held_on, title="Без плана", facility=facility))

    activity(Programme.CASE_WORK, ActivityKind.CONVERSATION, day(6), COLONY)
    activity(Programme.MOTHERS_CLUB, ActivityKind.CLUB_GROUP_SESSION, day(30))
    activity(Programme.CASE_WORK, ActivityKind.CONVERSATION, dt.date(2024, 10, 31), COLONY)
    gone = activity(Programme.CASE_WORK, ActivityKind.CONVERSATION, day(8), COLONY)
    run(activities.delete_activity, gone)
    with db.session(admin) as session, session.begin():
        astana = Peer(id=uuid.uuid4(), centre_name="Центр «Астана»", region=ASTANA,
                      signing_key="-", age_recipient="-")
        session.add(astana)
        session.get(Plan, ids.mondays).origin_site = astana.id
    return ids


def counts(line: PlanLine) -> tuple[int, ...]:
    """(planned, held, missed, to come, cancelled, held without a plan)."""
    return (line.planned, line.held, line.missed, line.to_come, line.cancelled,
            line.unplanned)


@pytest.fixture
def centre(db, admin):
    return build_plans_centre(db, admin)


def test_every_session_of_the_period_counts_once_per_facility_and_programme(run, centre):
    report = run(plans_against_held, NOVEMBER, today=TODAY)

    assert [line.facility for line in report.by_facility] == [COLONY, OTHER_COLONY, None]
    assert counts(report.facility(COLONY)) == (3, 1, 1, 1, 1, 1)
    assert counts(report.facility(OTHER_COLONY)) == (1, 0, 1, 0, 0, 0)
    assert counts(report.facility(None)) == (3, 1, 0, 2, 1, 1)  # the club
    assert [line.programme for line in report.by_programme] == list(Programme)
    assert counts(report.programme(Programme.CASE_WORK)) == (4, 1, 2, 1, 1, 1)
    assert counts(report.programme(Programme.MOTHERS_CLUB)) == (3, 1, 0, 2, 1, 1)
    assert counts(report.programme(Programme.ARABIC_COURSES)) == (0,) * 6
    assert counts(report.total) == (7, 2, 2, 3, 2, 2)


def test_a_deleted_held_activity_makes_its_session_missed(run, centre):
    held = run(plans.hold_occurrence, centre.tuesdays, day(5), today=TODAY)  # the same one
    run(activities.delete_activity, held)
    report = run(plans_against_held, NOVEMBER, today=TODAY)
    assert counts(report.facility(COLONY)) == (3, 0, 2, 1, 1, 1)


def test_a_later_today_turns_the_sessions_to_come_into_missed(run, centre):
    report = run(plans_against_held, NOVEMBER, today=dt.date(2024, 12, 1))
    assert counts(report.total) == (7, 2, 5, 0, 2, 2)


def test_a_facility_and_a_region_narrow_the_plans_and_activities(run, centre):
    colony = run(plans_against_held, ReportScope(NOVEMBER.start, NOVEMBER.end, COLONY),
                 today=TODAY)
    assert [line.facility for line in colony.by_facility] == [COLONY]
    assert counts(colony.total) == (3, 1, 1, 1, 1, 1)
    # The Mondays' plan was recorded in Astana; the activities all here (Almaty).
    astana = run(plans_against_held, ReportScope(NOVEMBER.start, NOVEMBER.end,
                                                 region=ASTANA), today=TODAY)
    assert counts(astana.total) == (1, 0, 1, 0, 0, 0)
    almaty = run(plans_against_held, ReportScope(NOVEMBER.start, NOVEMBER.end,
                                                 region="Алматы"), today=TODAY)
    assert counts(almaty.total) == (6, 2, 1, 3, 2, 2)


def test_a_period_without_plans_counts_the_activities_held_without_one(run):
    run(activities.create_activity, activities.ActivityInput(
        Programme.CASE_WORK, ActivityKind.CONVERSATION, day(6), facility=COLONY))
    report = run(plans_against_held, NOVEMBER, today=TODAY)
    assert counts(report.total) == (0, 0, 0, 0, 0, 1)
    assert [line.facility for line in report.by_facility] == [COLONY]


def test_a_period_ending_before_it_starts_is_refused_and_changes_nothing(run, db, centre):
    before = database_digest(db)
    with pytest.raises(InvalidInput) as refused:
        run(plans_against_held, ReportScope(day(30), day(1)))
    assert refused.value.problems == {"end": "before_start"}
    assert database_digest(db) == before


def test_only_supervisors_and_administrators_see_it(db, make_user):
    with pytest.raises(NotPermitted):
        Workspace(db, make_user(Role.SPECIALIST)).run(plans_against_held, NOVEMBER)
    assert Workspace(db, make_user(Role.SUPERVISOR)).run(
        plans_against_held, NOVEMBER).total == PlanLine()
