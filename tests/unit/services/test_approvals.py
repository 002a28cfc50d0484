"""Four eyes on outcomes: rehabilitated, closed and reopened are requests a second
supervisor of the same site approves or returns; the statistics count approved ones."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select, update

from centre_desk.domain.enums import (
    ApprovalStatus, AuditAction, CaseCategory, Role, Stage)
from centre_desk.services import approvals, cases, persons, statistics
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import ApprovalRequest, AuditEvent, Case, StageChange
from tests.unit.sync.sites import database_digest

TODAY = dt.date(2024, 11, 20)
HALF_YEAR = statistics.ReportScope(dt.date(2024, 7, 1), dt.date(2024, 12, 31))


@pytest.fixture
def team(db, admin, make_user):
    """Workspaces of a specialist and two supervisors; the administrator's too."""
    return {"admin": Workspace(db, admin).run,
            "specialist": Workspace(db, make_user(Role.SPECIALIST, "spec")).run,
            "first": Workspace(db, make_user(Role.SUPERVISOR, "sup1")).run,
            "second": Workspace(db, make_user(Role.SUPERVISOR, "sup2")).run}


def _renounced(run) -> uuid.UUID:
    """A case of an inmate who renounced radical views in the autumn."""
    ids = run(cases.register_participant,
              persons.PersonInput(surname="Ермуханов", given_name="Қайрат"),
              cases.CaseInput(category=CaseCategory.INMATE, facility="ИК-5"),
              dt.date(2024, 7, 10))
    run(cases.change_stage, ids.case_id, Stage.ACTIVE, dt.date(2024, 8, 1), "Работа", None,
        TODAY)
    run(cases.change_stage, ids.case_id, Stage.RENOUNCED, dt.date(2024, 10, 5),
        "Отказался публично", "Сериков А.Б.", TODAY)
    return ids.case_id


def _ask(run, case_id, to=Stage.REHABILITATED, on=dt.date(2024, 11, 1), note="Трудоустроен"):
    return run(approvals.request_outcome, case_id, to, on, note, None, TODAY)


def _rehabilitated(run) -> int:
    return run(statistics.half_year_report, HALF_YEAR).value(
        statistics.FigureKey.REHABILITATED)


def test_an_unapproved_rehabilitated_is_not_counted_until_a_second_supervisor_approves(
        db, team):
    case_id = _renounced(team["admin"])
    request_id = _ask(team["specialist"], case_id)
    pending = team["admin"](approvals.pending_for_case, case_id)
    assert (pending.to_stage, pending.status, pending.requested_by_name) == (
        Stage.REHABILITATED, ApprovalStatus.PENDING, "Test specialist")
    assert team["admin"](cases.get_case, case_id).stage is Stage.RENOUNCED
    report = team["admin"](statistics.half_year_report, HALF_YEAR)
    assert report.value(statistics.FigureKey.REHABILITATED) == 0
    assert dict(report.participants_by_stage)[Stage.REHABILITATED] == 0
    assert [v.id for v in team["first"](approvals.waiting_for_me)] == [request_id]

    team["first"](approvals.decide, request_id, True, None, TODAY)
    case = team["admin"](cases.get_case, case_id)
    assert (case.stage, case.stage_since) == (Stage.REHABILITATED, dt.date(2024, 11, 1))
    assert _rehabilitated(team["admin"]) == 1
    assert team["admin"](approvals.pending_for_case, case_id) is None
    assert team["first"](approvals.waiting_for_me) == []
    with db.session() as session:
        request = session.get(ApprovalRequest, request_id)
        change = session.get(StageChange, request.stage_change_id)
        trail = session.execute(select(AuditEvent.action, AuditEvent.entity_id).where(
            AuditEvent.entity == "approval_request").order_by(AuditEvent.seq)).all()
    assert (change.to_stage, change.changed_on, change.note) == (
        Stage.REHABILITATED, dt.date(2024, 11, 1), "Трудоустроен")
    assert request.status is ApprovalStatus.APPROVED
    assert trail == [(AuditAction.CREATED, str(request_id)),
                     (AuditAction.UPDATED, str(request_id))]


def test_an_approval_by_the_requester_is_refused_and_changes_nothing(db, team):
    case_id = _renounced(team["admin"])
    request_id = _ask(team["first"], case_id)
    assert team["first"](approvals.waiting_for_me) == []  # not listed for its asker
    before = database_digest(db)
    with pytest.raises(InvalidInput) as refused:
        team["first"](approvals.decide, request_id, True, None, TODAY)
    assert refused.value.problems == {"decision": "approval.own_request"}
    assert database_digest(db) == before
    assert _rehabilitated(team["admin"]) == 0


def test_a_returned_request_keeps_its_note_and_the_case_where_it_was(db, team):
    case_id = _renounced(team["admin"])
    request_id = _ask(team["specialist"], case_id)
    before = database_digest(db)
    with pytest.raises(InvalidInput) as refused:
        team["second"](approvals.decide, request_id, False, "  ", TODAY)
    assert refused.value.problems == {"note": "required"}
    assert database_digest(db) == before
    team["second"](approvals.decide, request_id, False, "Нет справки с работы", TODAY)
    assert team["admin"](cases.get_case, case_id).stage is Stage.RENOUNCED
    returned = team["admin"](approvals.last_returned, case_id)
    assert (returned.decision_note, returned.decided_by_name) == (
        "Нет справки с работы", "Test supervisor")
    assert _rehabilitated(team["admin"]) == 0
    with pytest.raises(InvalidInput) as again:
        team["first"](approvals.decide, request_id, True, None, TODAY)
    assert again.value.problems == {"decision": "approval.already_decided"}
    _ask(team["specialist"], case_id, note="Справка получена")  # asked again
    assert team["admin"](approvals.last_returned, case_id) is None


def test_closing_and_reopening_are_requests_only_supervisors_make_and_approve(db, team):
    case_id = _renounced(team["admin"])
    with pytest.raises(InvalidInput) as direct:
        team["first"](cases.change_stage, case_id, Stage.CLOSED, TODAY, "Освобождён", None,
                      TODAY)
    assert direct.value.problems == {"stage": "stage.needs_approval"}
    with pytest.raises(NotPermitted):
        _ask(team["specialist"], case_id, Stage.CLOSED)
    closing = _ask(team["first"], case_id, Stage.CLOSED, TODAY, "Освобождён")
    with pytest.raises(NotPermitted):
        team["specialist"](approvals.decide, closing, True, None, TODAY)
    with pytest.raises(InvalidInput) as twice:
        _ask(team["second"], case_id, Stage.CLOSED, TODAY, "Ещё раз")
    assert twice.value.problems == {"stage": "approval.already_pending"}
    team["second"](approvals.decide, closing, True, None, TODAY)
    reopening = _ask(team["second"], case_id, Stage.ACTIVE, TODAY, "Вернулся")
    team["first"](approvals.decide, reopening, True, "Согласен", TODAY)
    assert [h.to_stage for h in team["admin"](cases.stage_history, case_id)][:2] == [
        Stage.ACTIVE, Stage.CLOSED]


def test_a_stage_any_user_may_set_is_not_asked_for(db, team):
    case_id = _renounced(team["admin"])
    with pytest.raises(InvalidInput) as refused:
        _ask(team["specialist"], case_id, Stage.RELAPSED)
    assert refused.value.problems == {"stage": "approval.not_needed"}


def test_a_request_made_at_another_site_is_decided_there_not_here(db, team):
    case_id = _renounced(team["admin"])
    request_id = _ask(team["specialist"], case_id)
    with db.session() as session, session.begin():  # as if it came by sync
        session.execute(update(ApprovalRequest).where(ApprovalRequest.id == request_id)
                        .values(origin_site=uuid.uuid4()))
    assert team["first"](approvals.waiting_for_me) == []
    before = database_digest(db)
    with pytest.raises(InvalidInput) as refused:
        team["first"](approvals.decide, request_id, True, None, TODAY)
    assert refused.value.problems == {"decision": "approval.other_site"}
    assert database_digest(db) == before
    assert team["admin"](approvals.pending_for_case, case_id).here is False


def test_an_approval_after_the_case_moved_on_is_refused(db, team):
    case_id = _renounced(team["admin"])
    request_id = _ask(team["specialist"], case_id)
    team["specialist"](cases.change_stage, case_id, Stage.RELAPSED, TODAY, "Сорвался", None,
                       TODAY)
    with pytest.raises(InvalidInput) as refused:
        team["first"](approvals.decide, request_id, True, None, TODAY)
    assert refused.value.problems == {"decision": "approval.stage_moved"}
    with db.session() as session:
        assert session.get(Case, case_id).stage is Stage.RELAPSED
