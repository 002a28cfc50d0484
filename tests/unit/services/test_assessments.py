"""Dated risk-and-needs assessments of a case: recorded against the site's instrument,
read back as the latest scores, a trend and the next date; the administrator's instrument."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.assessments import DEFAULT_INSTRUMENT, Domain, DomainKind, Item
from centre_desk.domain.enums import AuditAction, CaseCategory, RiskLevel, Role, Sex
from centre_desk.services import assessment_instrument, assessments, cases, persons
from centre_desk.services.assessments import AssessmentInput, ScoreInput
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Assessment, AssessmentScore, AuditEvent, Case
from tests.unit.services.test_two_desks import digest

TODAY = dt.date(2024, 11, 20)
KAIRAT = persons.PersonInput(surname="Ермуханов", given_name="Қайрат", sex=Sex.MALE)
INMATE = cases.CaseInput(category=CaseCategory.INMATE, facility="ИК-5")


@pytest.fixture
def case_id(run):
    return run(cases.register_participant, KAIRAT, INMATE, dt.date(2024, 1, 10)).case_id


def _all_items(score: int) -> tuple[ScoreInput, ...]:
    return tuple(ScoreInput(d.code, i.code, score) for d in DEFAULT_INSTRUMENT.domains
                 for i in d.items)


def test_an_assessment_keeps_its_scores_notes_and_the_next_date_six_months_on(
        db, admin, run, case_id):
    scores = (ScoreInput("views", "justifies_violence", 3, " говорит о джихаде "),
              ScoreInput("views", "rejects_others", 1),
              ScoreInput("protective", "family_support", 2))
    assessment_id = run(assessments.record_assessment, case_id, AssessmentInput(
        dt.date(2024, 8, 31), scores, RiskLevel.HIGH, " Первичная оценка "), TODAY)
    history = run(assessments.assessment_history, case_id, TODAY)
    latest = history.latest
    assert (latest.id, latest.assessed_on, latest.risk_level, latest.notes,
            latest.next_due_on) == (assessment_id, dt.date(2024, 8, 31), RiskLevel.HIGH,
                                    "Первичная оценка", dt.date(2025, 2, 28))
    assert [(d.code, d.total, d.maximum, d.percent) for d in latest.domains] == [
        ("views", 4, 6, 67), ("protective", 2, 3, 67)]
    assert latest.items[0].note == "говорит о джихаде"
    assert latest.assessed_by_name is not None
    assert (history.next_due_on, history.overdue) == (dt.date(2025, 2, 28), False)
    with db.session() as session:
        assert session.get(Case, case_id).risk_level is RiskLevel.HIGH
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "assessment")).one()
        stored = session.scalars(select(AssessmentScore)).all()
    assert (event.action, event.user_id) == (AuditAction.CREATED, admin.user_id)
    assert {(s.domain_name, s.item_text, s.scale_max) for s in stored} >= {
        ("Views and attitudes", "Justifies violence for a cause", 3)}


def test_the_trend_follows_each_domain_over_time_and_the_latest_decides_the_date(
        run, case_id):
    for day, score in ((dt.date(2024, 2, 1), 3), (dt.date(2024, 5, 1), 2),
                       (dt.date(2024, 4, 1), 1)):  # entered late: still in date order
        run(assessments.record_assessment, case_id,
            AssessmentInput(day, _all_items(score)), TODAY)
    history = run(assessments.assessment_history, case_id, TODAY)
    views = next(t for t in history.trend if t.code == "views")
    assert [(p.assessed_on, p.percent) for p in views.points] == [
        (dt.date(2024, 2, 1), 100), (dt.date(2024, 4, 1), 33), (dt.date(2024, 5, 1), 67)]
    assert [t.kind for t in history.trend].count(DomainKind.NEED) == 3
    assert (history.next_due_on, history.overdue) == (dt.date(2024, 11, 1), True)


def test_a_case_never_assessed_is_overdue_and_a_chosen_next_date_is_kept(run, case_id):
    assert run(assessments.assessment_history, case_id, TODAY).overdue is True
    run(assessments.record_assessment, case_id, AssessmentInput(
        TODAY, (), RiskLevel.LOW, next_due_on=dt.date(2025, 1, 15)), TODAY)
    history = run(assessments.assessment_history, case_id, TODAY)
    assert (history.next_due_on, history.overdue) == (dt.date(2025, 1, 15), False)


@pytest.mark.parametrize(("data", "problem"), [
    (AssessmentInput(dt.date(2024, 11, 21), _all_items(1)), {"assessed_on": "in_future"}),
    (AssessmentInput(TODAY, (ScoreInput("views", "justifies_violence", 4),)),
     {"scores.0": "out_of_range"}),
    (AssessmentInput(TODAY, (ScoreInput("views", "justifies_violence", -1),)),
     {"scores.0": "out_of_range"}),
    (AssessmentInput(TODAY, (ScoreInput("views", "no_such_item", 1),)), {"scores.0": "invalid"}),
    (AssessmentInput(TODAY, (ScoreInput("views", "rejects_others", 1),
                             ScoreInput("views", "rejects_others", 2))), {"scores.1": "invalid"}),
    (AssessmentInput(TODAY, ()), {"scores": "required"}),
    (AssessmentInput(TODAY, (), RiskLevel.LOW, next_due_on=TODAY),
     {"next_due_on": "before_start"}),
])
def test_a_wrong_assessment_is_refused_with_its_problem_and_nothing_is_written(
        db, run, case_id, data, problem):
    before = digest(db)
    with pytest.raises(InvalidInput) as refused:
        run(assessments.record_assessment, case_id, data, TODAY)
    assert refused.value.problems == problem
    assert digest(db) == before


def test_a_read_only_user_cannot_record_an_assessment(db, make_user, run, case_id):
    viewer = Workspace(db, make_user(Role.READ_ONLY))
    with pytest.raises(NotPermitted):
        viewer.run(assessments.record_assessment, case_id,
                   AssessmentInput(TODAY, (), RiskLevel.LOW), TODAY)
    assert viewer.run(assessments.assessment_history, case_id, TODAY).assessments == ()


def test_a_deleted_assessment_leaves_the_history_with_its_scores(db, make_user, run, case_id):
    first = run(assessments.record_assessment, case_id,
                AssessmentInput(dt.date(2024, 3, 1), _all_items(1)), TODAY)
    run(assessments.record_assessment, case_id,
        AssessmentInput(dt.date(2024, 6, 1), _all_items(2), RiskLevel.LOW), TODAY)
    specialist = Workspace(db, make_user(Role.SPECIALIST))
    with pytest.raises(NotPermitted):
        specialist.run(assessments.delete_assessment, first)
    run(assessments.delete_assessment, first)
    history = run(assessments.assessment_history, case_id, TODAY)
    assert [a.assessed_on for a in history.assessments] == [dt.date(2024, 6, 1)]
    third = run(assessments.record_assessment, case_id, AssessmentInput(
        dt.date(2024, 9, 1), (), RiskLevel.HIGH), TODAY)
    with db.session() as session:
        assert session.get(Case, case_id).risk_level is RiskLevel.HIGH
    run(assessments.delete_assessment, third)  # the level goes back with it
    with db.session() as session:
        assert session.get(Case, case_id).risk_level is RiskLevel.LOW
    with db.session() as session:
        assert all(s.deleted_at for s in session.scalars(select(AssessmentScore).where(
            AssessmentScore.assessment_id == first)))


def test_the_administrator_words_the_instrument_and_old_assessments_keep_their_words(
        db, make_user, run, case_id):
    run(assessments.record_assessment, case_id,
        AssessmentInput(dt.date(2024, 3, 1), (ScoreInput("views", "rejects_others", 2),)),
        TODAY)
    own = dataclasses.replace(DEFAULT_INSTRUMENT, reassess_months=3, domains=(
        Domain("views", DomainKind.RISK, "Взгляды", (Item("rejects_others", "Нетерпимость", 5),)),
        Domain("job", DomainKind.NEED, "Работа", (Item("job", "Нужна работа", 2),))))
    supervisor = Workspace(db, make_user(Role.SUPERVISOR))
    with pytest.raises(NotPermitted):
        supervisor.run(assessment_instrument.save_instrument, own)
    run(assessment_instrument.save_instrument, own)
    assert run(assessment_instrument.current_instrument) == own
    run(assessments.record_assessment, case_id, AssessmentInput(
        dt.date(2024, 9, 1), (ScoreInput("views", "rejects_others", 5),)), TODAY)
    history = run(assessments.assessment_history, case_id, TODAY)
    assert [(a.items[0].item_text, a.items[0].scale_max, a.next_due_on)
            for a in history.assessments] == [
        ("Нетерпимость", 5, dt.date(2024, 12, 1)),
        ("Rejects people who think differently", 3, dt.date(2024, 9, 1))]
    assert [p.percent for p in history.trend[0].points] == [67, 100]


@pytest.mark.parametrize(("domains", "months", "where"), [
    ((), 6, "domains"),
    ((Domain("a", DomainKind.RISK, " ", (Item("x", "X"),)),), 6, "domains.0.name"),
    ((Domain("a", DomainKind.RISK, "A", (Item("x", "X", 11),)),), 6, "domains.0.items.0.scale_max"),
    ((Domain("a", DomainKind.RISK, "A", (Item("x", "X"), Item("x", "Y"))),), 6,
     "domains.0.items.1.code"),
    ((Domain("a", DomainKind.RISK, "A", (Item("x", "X"),)),), 0, "reassess_months"),
])
def test_a_broken_instrument_is_refused_and_the_old_one_stays(db, run, domains, months, where):
    before = digest(db)
    with pytest.raises(InvalidInput) as refused:
        run(assessment_instrument.save_instrument,
            dataclasses.replace(DEFAULT_INSTRUMENT, domains=domains, reassess_months=months))
    assert where in refused.value.problems
    assert digest(db) == before
    assert run(assessment_instrument.current_instrument) == DEFAULT_INSTRUMENT


def test_the_first_assessment_of_an_inmate_at_intake_is_stored_once(db, run, case_id):
    run(assessments.record_assessment, case_id, AssessmentInput(
        dt.date(2024, 1, 10), _all_items(0), RiskLevel.MEDIUM), TODAY)
    with db.session() as session:
        assert session.scalars(select(Assessment.assessed_on)).all() == [dt.date(2024, 1, 10)]


def test_an_intervention_names_the_need_it_addresses(db, run, case_id):
    from centre_desk.domain.enums import ActivityKind
    from centre_desk.services import interventions
    from centre_desk.store.models import Activity
    with db.session() as session:
        person_id = session.get(Case, case_id).person_id
    logged = run(interventions.log_intervention, interventions.InterventionInput(
        ActivityKind.INDIVIDUAL_CONSULTATION, TODAY, (person_id,),
        need_code="education_work"), TODAY)
    before = digest(db)
    for wrong in ("views", "no_such_need"):  # a risk domain is no need
        with pytest.raises(InvalidInput) as refused:
            run(interventions.log_intervention, interventions.InterventionInput(
                ActivityKind.INDIVIDUAL_CONSULTATION, TODAY, (person_id,), need_code=wrong),
                TODAY)
        assert refused.value.problems == {"need_code": "invalid"}
    assert digest(db) == before
    with db.session() as session:
        assert session.get(Activity, logged).need_code == "education_work"
