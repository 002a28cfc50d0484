"""Plans travel between sites like every other record: a plan, its held occurrence
and a holiday made at one site show the same week at the other; a peer's plan with
impossible weekdays, times or dates is quarantined, and the rest of the package applies."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import ActivityKind, CaseCategory, Programme
from centre_desk.domain.plans import OccurrenceStatus
from centre_desk.services import activities, cases, persons, plans
from centre_desk.store.models import Plan, PlanException
from tests.security.test_trust import hostile, hostile_peer_and_victim, quarantined, reopens

MONDAY, SUNDAY = dt.date(2024, 11, 18), dt.date(2024, 11, 24)
TODAY = dt.date(2024, 11, 20)


@pytest.fixture
def sites(tmp_path, site_templates):
    """A hostile peer and its victim (test_trust.hostile_peer_and_victim), copied."""
    a, b = site_templates.copy(hostile_peer_and_victim, tmp_path)
    yield a, b
    for site in (a, b):
        site.db.close()


def _planned(site) -> tuple:
    """At ``site``: an inmate of АП-162/4, a Tuesday and Thursday training there, the
    Tuesday held, the Thursday a holiday."""
    with site.db.session(site.admin) as session, session.begin():
        person_id = cases.register_participant(
            session, persons.PersonInput("Серікбаев", "Дәулет", birth_date=dt.date(1990, 1, 1)),
            cases.CaseInput(CaseCategory.INMATE, facility="АП-162/4"),
            dt.date(2024, 1, 10)).person_id
        plan_id = plans.create_plan(session, plans.PlanInput(
            Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, (2, 4), 600, 90,
            dt.date(2024, 9, 1), facility="АП-162/4", title="Тренинг"))
        activity_id = plans.hold_occurrence(session, plan_id, dt.date(2024, 11, 19), TODAY)
        plans.add_holiday(session, dt.date(2024, 11, 21), "Праздник")
    return person_id, plan_id, activity_id


def _week(site) -> list[tuple]:
    with site.db.session(site.admin) as session:
        return [(o.day, o.title, o.status, o.activity_id)
                for o in plans.occurrences(session, MONDAY, SUNDAY, today=TODAY)]


def test_a_plan_its_held_occurrence_and_a_holiday_reach_the_other_site(sites, tmp_path):
    a, b = sites
    person_id, _plan_id, activity_id = _planned(a)
    b.import_(a.export_to(b, folder=tmp_path))
    assert _week(b) == _week(a) == [
        (dt.date(2024, 11, 19), "Тренинг", OccurrenceStatus.HELD, activity_id),
        (dt.date(2024, 11, 21), "Тренинг", OccurrenceStatus.CANCELLED, None)]
    with b.db.session(b.admin) as session:
        register = activities.expected_people(session, activity_id)
    assert [(line.person_id, line.present) for line in register] == [(person_id, True)]


@pytest.mark.parametrize(("edit", "detail"), [
    ("UPDATE plan SET weekdays = '8'", "plan: weekdays"),
    ("UPDATE plan SET weekdays = ''", "plan: weekdays"),
    ("UPDATE plan SET start_minute = 1440", "plan: start time"),
    ("UPDATE plan SET duration_minutes = 0", "plan: duration"),
    ("UPDATE plan SET end_on = '2024-01-01'", "plan: ends before it starts"),
])
def test_an_impossible_plan_is_quarantined(sites, tmp_path, edit, detail):
    a, b = sites
    _planned(a)
    report = b.import_(hostile(a, b, tmp_path, lambda connection: connection.execute(edit)))
    assert report.tables["plan"].quarantined == 1
    assert quarantined(b)[detail] == "invalid_value"
    with b.db.session() as session:
        assert session.scalars(select(Plan)).all() == []
        # The holiday (no plan) applies; the held occurrence waits for its plan.
        assert [row.plan_id for row in session.scalars(select(PlanException))] == [None]
    reopens(b)
