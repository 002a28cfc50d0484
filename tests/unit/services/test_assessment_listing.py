"""The participants list's "reassessment overdue" filter: paged and counted in SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from sqlalchemy import select, text

from centre_desk.domain.enums import CaseCategory, RiskLevel, Stage
from centre_desk.services import assessments, cases, listing, persons
from centre_desk.services.assessments import AssessmentInput, reassessment_overdue
from centre_desk.services.listing import ListQuery, ParticipantFilter
from centre_desk.store.models import Case

TODAY = dt.date(2024, 11, 20)


def _register(run, surname, given):
    return run(cases.register_participant, persons.PersonInput(surname, given),
               cases.CaseInput(CaseCategory.INMATE), dt.date(2024, 1, 1)).case_id


def _assess(run, case_id, day, due=None):
    run(assessments.record_assessment, case_id,
        AssessmentInput(day, (), RiskLevel.LOW, next_due_on=due), TODAY)


def test_the_filter_lists_open_cases_past_their_next_date_or_never_assessed(db, admin, run):
    never = _register(run, "Ахметов", "Ерлан")
    late = _register(run, "Бекова", "Асель")
    _assess(run, late, dt.date(2024, 1, 10))                       # due 2024-07-10
    fresh = _register(run, "Жумабаев", "Нурлан")
    _assess(run, fresh, dt.date(2024, 1, 10))
    _assess(run, fresh, dt.date(2024, 10, 1))                      # latest: due 2025-04-01
    earlier = _register(run, "Сериков", "Данияр")
    _assess(run, earlier, dt.date(2024, 10, 1), dt.date(2024, 11, 1))  # chosen date passed
    closed = _register(run, "Омаров", "Тимур")
    with db.session(admin) as session, session.begin():  # closed (approval aside)
        session.get(Case, closed).stage = Stage.CLOSED
    wanted = ParticipantFilter(reassessment_overdue=True)
    rows = run(listing.participants_page, ListQuery(filter=wanted), None, 1000, TODAY).rows
    assert [r.full_name for r in rows] == ["Ахметов Ерлан", "Бекова Асель", "Сериков Данияр"]
    assert run(listing.count_participants, "", wanted, TODAY) == 3
    assert {never, late, earlier} == {r.case_id for r in rows}


@pytest.mark.sqlite_only("reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL's plans: "
                         "tests/unit/store/test_postgresql_plans.py")
def test_the_overdue_check_reads_the_assessment_index_not_the_table(db, admin):
    statement = select(Case.id).where(reassessment_overdue(TODAY))
    with db.engine.connect() as connection:
        compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(row[-1]) for row in connection.execute(
            text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "USING COVERING INDEX ix_assessment_case_live" in plan, plan
