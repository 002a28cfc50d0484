"""The seed's week plans: three to five weekly sessions at every facility with inmates
enough, a year of them held (with inmates of that facility present), cancelled, moved
and missed, holidays, and the coming weeks planned; the ten attendances per person kept.
``add_plans`` writes the same into a region seeded without them, once."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select, text

from centre_desk.config import Paths
from centre_desk.domain.enums import Role
from centre_desk.domain.plans import OccurrenceStatus as S
from centre_desk.services import plans
from centre_desk.services.seed.plans import MIN_INMATES, add_plans
from centre_desk.store.models import Attendance, Person, Plan, PlanException, User
from tests.conftest import copy_installation, seed_template
from tests.unit.sync.sites import database_digest

PERSONS = 1200


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory, installation_template) -> Paths:
    return seed_template(tmp_path_factory.mktemp("seeded"), installation_template, PERSONS)


@pytest.fixture
def installed(paths, seeded_template) -> Paths:
    """This module's installations are seeded: each test gets its own copy."""
    return copy_installation(seeded_template, paths)


def _scalar(db, sql: str):
    with db.engine.connect() as connection:
        return connection.execute(text(sql)).scalar()


def test_facilities_with_inmates_enough_get_three_to_five_weekly_plans(db):
    today = dt.date.today()
    with db.session() as session:
        seeded = session.scalars(select(Plan)).all()
        staff = dict(session.execute(select(User.id, User.role)).all())
        per_facility = Counter(plan.facility for plan in seeded)
        assert len(per_facility) >= 2
        assert set(per_facility.values()) <= {3, 4, 5}
        assert all(staff[plan.leader_id] in (Role.SPECIALIST, Role.SUPERVISOR)
                   and plan.start_on == today - dt.timedelta(days=364) and plan.end_on is None
                   for plan in seeded)
        inmates = Counter(session.execute(text(
            "SELECT facility FROM case_file WHERE category = 'inmate'")).scalars())
    assert {f for f, n in inmates.items() if n >= MIN_INMATES} == set(per_facility)


def test_a_year_of_sessions_held_cancelled_moved_and_missed_and_the_weeks_ahead_planned(
        db, run):
    today = dt.date.today()
    year = run(plans.occurrences, today - dt.timedelta(days=364), today - dt.timedelta(1),
               unplanned=False)
    statuses = Counter(o.status for o in year)
    assert statuses[S.HELD] > 0.8 * len(year)
    assert statuses[S.CANCELLED] > 0 and statuses[S.MISSED] > 0
    assert any(o.moved and o.status is S.HELD for o in year)
    with db.engine.connect() as connection:
        holidays = dict(connection.execute(text(
            "SELECT occurs_on, reason FROM plan_exception WHERE plan_id IS NULL")).all())
    assert any(reason == "Наурыз мейрамы" for reason in holidays.values())
    assert all(o.status is S.CANCELLED for o in year
               if o.day.isoformat() in holidays and not o.moved)
    ahead = run(plans.occurrences, today + dt.timedelta(days=1), today + dt.timedelta(days=7),
                unplanned=False)
    assert ahead and {o.status for o in ahead} <= {S.PLANNED, S.CANCELLED}


def test_held_sessions_have_inmates_of_their_facility_present_and_ten_attendances_each(db):
    wrong = _scalar(db, """
        SELECT count(*) FROM plan_exception e
        JOIN activity a ON a.id = e.activity_id
        JOIN attendance t ON t.activity_id = a.id
        WHERE NOT EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = t.person_id
                          AND c.category = 'inmate' AND c.facility = a.facility)""")
    present = _scalar(db, """
        SELECT count(*) FROM plan_exception e JOIN attendance t
        ON t.activity_id = e.activity_id""")
    assert (wrong, present > 0) == (0, True)
    with db.session() as session:
        attendances = session.scalar(select(func.count()).select_from(Attendance))
        persons = session.scalar(select(func.count()).select_from(Person))
    assert 9.5 <= attendances / persons <= 10.5


def test_plans_are_added_to_a_region_seeded_without_them_once(db):
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM plan_exception"))
        connection.execute(text("DELETE FROM plan"))
    activities = _scalar(db, "SELECT count(*) FROM activity")
    summary = add_plans(db, random_seed=3)
    assert summary.plans == _scalar(db, "SELECT count(*) FROM plan") > 0
    assert summary.plan_exceptions == _scalar(db, "SELECT count(*) FROM plan_exception")
    assert summary.activities == _scalar(db, "SELECT count(*) FROM activity") - activities
    assert summary.activities == _scalar(
        db, "SELECT count(*) FROM plan_exception WHERE activity_id IS NOT NULL")
    before = database_digest(db)
    with pytest.raises(ValueError):
        add_plans(db)
    assert database_digest(db) == before
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(PlanException).where(
            PlanException.plan_id.is_(None))) > 0
