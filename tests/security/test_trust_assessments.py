"""A peer's assessments are untrusted input: a score off its item's scale, a scale past
the allowed top, an assessment dated in the future or due before it was made is
quarantined, and the rest of the package applies."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import CaseCategory, RiskLevel
from centre_desk.services import assessments, cases, persons
from centre_desk.services.assessments import AssessmentInput, ScoreInput
from centre_desk.store.models import Assessment, AssessmentScore
from tests.security.test_trust import hostile, hostile_peer_and_victim, quarantined, reopens


@pytest.fixture
def sites(tmp_path, site_templates):
    """A hostile peer and its victim (test_trust.hostile_peer_and_victim), copied."""
    a, b = site_templates.copy(hostile_peer_and_victim, tmp_path)
    yield a, b
    for site in (a, b):
        site.db.close()


def _assessed(site) -> tuple:
    with site.db.session(site.admin) as session, session.begin():
        case_id = cases.register_participant(
            session, persons.PersonInput("Серікбаев", "Дәулет"),
            cases.CaseInput(CaseCategory.INMATE), dt.date(2024, 1, 10)).case_id
        assessment_id = assessments.record_assessment(session, case_id, AssessmentInput(
            dt.date(2024, 2, 1), (ScoreInput("views", "justifies_violence", 2),
                                  ScoreInput("views", "rejects_others", 1)),
            RiskLevel.MEDIUM), dt.date(2024, 2, 1))
    return case_id, assessment_id


@pytest.mark.parametrize(("edit", "table", "detail"), [
    ("UPDATE assessment_score SET score = 3 + 1 WHERE item_code = 'rejects_others'",
     "assessment_score", "assessment_score: score outside its scale"),
    ("UPDATE assessment_score SET score = -1 WHERE item_code = 'rejects_others'",
     "assessment_score", "assessment_score: score outside its scale"),
    ("UPDATE assessment_score SET scale_max = 1000, score = 999 "
     "WHERE item_code = 'rejects_others'", "assessment_score",
     "assessment_score: scale outside 1..10"),
    ("UPDATE assessment_score SET domain_code = 'views; drop' "
     "WHERE item_code = 'rejects_others'", "assessment_score", "assessment_score: domain code"),
    ("UPDATE assessment SET assessed_on = '2999-01-01', next_due_on = '2999-07-01'",
     "assessment", "assessment: assessed on a day out of range"),
    ("UPDATE assessment SET next_due_on = '2023-01-01'", "assessment",
     "assessment: next assessment not after the assessment"),
])
def test_an_assessment_off_its_scale_or_dates_is_quarantined(sites, tmp_path, edit, table,
                                                             detail):
    a, b = sites
    _case_id, assessment_id = _assessed(a)
    report = b.import_(hostile(a, b, tmp_path, lambda connection: connection.execute(edit)))
    assert report.tables[table].quarantined == 1
    assert quarantined(b)[detail] == "invalid_value"
    with b.db.session() as session:
        scores = session.scalars(select(AssessmentScore.item_code)).all()
        kept = session.get(Assessment, assessment_id)
    if table == "assessment_score":
        assert scores == ["justifies_violence"] and kept is not None
    else:
        assert kept is None
    reopens(b)


def test_an_honest_assessment_arrives_whole(sites, tmp_path):
    a, b = sites
    case_id, _ = _assessed(a)
    b.import_(a.export_to(b, folder=tmp_path))
    with b.db.session(b.admin) as session:
        history = assessments.assessment_history(session, case_id, dt.date(2024, 3, 1))
    assert [(d.code, d.total, d.maximum) for d in history.latest.domains] == [("views", 3, 6)]
    assert history.latest.risk_level is RiskLevel.MEDIUM


def test_an_intervention_naming_a_need_in_other_words_is_quarantined(sites, tmp_path):
    from centre_desk.domain.enums import ActivityKind
    from centre_desk.services import interventions
    a, b = sites
    with a.db.session(a.admin) as session, session.begin():
        person = persons.create_person(session, persons.PersonInput("Серікбаев", "Дәулет"))
        good = interventions.log_intervention(session, interventions.InterventionInput(
            ActivityKind.CONVERSATION, dt.date(2024, 2, 1), (person,),
            need_code="wellbeing"), dt.date(2024, 2, 1))
        bad = interventions.log_intervention(session, interventions.InterventionInput(
            ActivityKind.CONVERSATION, dt.date(2024, 2, 2), (person,),
            need_code="education_work"), dt.date(2024, 2, 2))
    report = b.import_(hostile(a, b, tmp_path, lambda connection: connection.execute(
        "UPDATE activity SET need_code = 'x''; DROP' WHERE id = ?", (bad.hex,))))
    assert report.tables["activity"].quarantined == 1
    assert quarantined(b)["activity: need code"] == "invalid_value"
    with b.db.session() as session:
        from centre_desk.store.models import Activity
        assert session.get(Activity, good).need_code == "wellbeing"
        assert session.get(Activity, bad) is None
