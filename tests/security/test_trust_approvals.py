"""Four eyes across sites: a request for an outcome is decided only at the site that
asked (sync.validation.ORIGIN_AUTHORITY). A hostile peer with its own real keys crafts
an approval of the victim's request, and an approval of its own request by its asker;
the victim keeps its request waiting and its case where it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import ApprovalStatus, CaseCategory, Role, Stage
from centre_desk.services import approvals, cases, persons, statistics, users
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import ApprovalRequest, Case, User
from centre_desk.store.stamping import Actor
from tests.security.test_trust import hostile, quarantined, reopens, stamp_of
from tests.unit.sync.sites import PASSWORD, introduce, make_site

ON = dt.date(2024, 11, 1)


def _asked_at(site, surname: str) -> None:
    """A renounced case at ``site`` whose specialist asks for "rehabilitated"."""
    with site.db.session(site.admin) as session, session.begin():
        specialist = users.create_user(session, f"spec-{surname}", "Специалист",
                                       Role.SPECIALIST, PASSWORD)
        users.create_user(session, f"sup-{surname}", "Руководитель", Role.SUPERVISOR,
                          PASSWORD)
    run = Workspace(site.db, site.admin).run
    ids = run(cases.register_participant, persons.PersonInput(surname, "Ерлан"),
              cases.CaseInput(CaseCategory.INMATE), dt.date(2024, 7, 1))
    run(cases.change_stage, ids.case_id, Stage.ACTIVE, dt.date(2024, 8, 1), "н", None, ON)
    run(cases.change_stage, ids.case_id, Stage.RENOUNCED, dt.date(2024, 9, 1), "н", "С.", ON)
    actor = Actor(specialist, f"spec-{surname}", Role.SPECIALIST)
    Workspace(site.db, actor).run(approvals.request_outcome, ids.case_id,
                                  Stage.REHABILITATED, ON, "Трудоустроен", None, ON)


def two_sites_with_requests(root: Path):
    """A (the hostile peer, no relay) and B (the victim), each with a request waiting,
    each holding the other's after one exchange."""
    a, b = make_site(root, "A"), make_site(root, "B")
    introduce(a, b, relays=False)
    _asked_at(a, "Ахметов")
    _asked_at(b, "Бекова")
    b.import_(a.export_to(b, folder=root, name="first-ab.cdsync"))
    a.import_(b.export_to(a, folder=root, name="first-ba.cdsync"))
    return [a, b]


@pytest.fixture
def sites(tmp_path, site_templates):
    a, b = site_templates.copy(two_sites_with_requests, tmp_path)
    yield a, b
    for site in (a, b):
        site.db.close()


def _requests(site) -> dict[str, tuple]:
    """Every request as the site holds it, by its case's person."""
    with site.db.session() as session:
        rows = session.execute(select(ApprovalRequest, Case.stage).join(
            Case, Case.id == ApprovalRequest.case_id)).all()
        return {(r.origin_site.hex): (r.status, r.decided_by, stage) for r, stage in rows}


def _approve(origin_hex: str, decided_by_hex: str, stamp: str):
    def edit(connection: sqlite3.Connection) -> None:
        connection.execute(
            "UPDATE approval_request SET status = 'approved', decided_by = ?, "
            "decided_at = '2024-11-20 10:00:00.000000', hlc = ? WHERE origin_site = ?",
            (decided_by_hex, stamp, origin_hex))
    return edit


def _user_hex(site, username: str) -> str:
    with site.db.session() as session:
        return session.scalar(select(User.id).where(User.username == username)).hex


def test_a_peer_cannot_approve_a_request_made_at_another_site(sites, tmp_path):
    a, b = sites
    before = _requests(b)
    victim = b.db.site_id.hex
    # In B's name: B's own supervisor as the approver, stamped by A.
    edit = _approve(victim, _user_hex(a, "sup-Бекова"), stamp_of(a))
    report = b.import_(hostile(a, b, tmp_path, edit))
    assert report.tables["approval_request"].quarantined == 1
    assert quarantined(b) == {"approval_request: changed by another site": "not_origin"}
    assert _requests(b) == before
    assert before[victim][0] is ApprovalStatus.PENDING
    assert before[victim][2] is Stage.RENOUNCED
    reopens(b)


def test_a_site_cannot_send_its_own_request_approved_by_its_asker(sites, tmp_path):
    a, b = sites
    before = _requests(b)
    own = a.db.site_id.hex
    edit = _approve(own, _user_hex(a, "spec-Ахметов"), stamp_of(a))
    report = b.import_(hostile(a, b, tmp_path, edit))
    assert report.tables["approval_request"].quarantined == 1
    assert quarantined(b) == {"approval_request.decided_by": "invalid_value"}
    assert _requests(b) == before


def test_an_honest_approval_reaches_the_other_site_with_its_outcome(sites, tmp_path):
    a, b = sites
    sup = Workspace(b.db, b.admin).run
    with b.db.session() as session:
        case_id = session.scalar(select(ApprovalRequest.case_id).where(
            ApprovalRequest.origin_site == b.db.site_id))
        request_id = session.scalar(select(ApprovalRequest.id).where(
            ApprovalRequest.origin_site == b.db.site_id))
    sup(approvals.decide, request_id, True, None, ON)
    a.import_(b.export_to(a, folder=tmp_path, name="approved.cdsync"))
    assert _requests(a)[b.db.site_id.hex][0] is ApprovalStatus.APPROVED
    assert Workspace(a.db, a.admin).run(cases.get_case, case_id).stage is Stage.REHABILITATED
    scope = statistics.ReportScope(dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    assert Workspace(a.db, a.admin).run(statistics.half_year_report, scope).value(
        statistics.FigureKey.REHABILITATED) == 1
