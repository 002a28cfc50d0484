"""Four eyes on outcomes: marking a participant rehabilitated, closing a file or reopening
a closed one is a request that a second supervisor approves or returns with a note.

- Anyone who may change stages asks (closing and reopening: a supervisor); the case
  stays where it is and the file shows the request pending. One request per case waits
  at a time.
- A supervisor (or administrator) of the site the request was made at approves it or
  returns it; never the user who asked. Only on approval is the stage change written
  (with the request's day, note and witness), so the statistics, which count stage
  changes, count only approved outcomes.
- Why the site of the request: a request travels by sync, and two sites approving one
  request while apart would write the outcome twice. The site that asked is the only
  one that decides, as it is the only authority over its own accounts; sync refuses any
  version of a request another site stamped (sync.validation.ORIGIN_AUTHORITY).
- Both steps are audited (``approval_request`` created, then updated with the decision).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from centre_desk.domain.enums import ApprovalStatus, AuditAction, Stage
from centre_desk.domain.permissions import Permission
from centre_desk.domain.stages import needs_approval, needs_supervisor
from centre_desk.services import audit, stage_steps
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import clean, full_name
from centre_desk.store.base import utc_now
from centre_desk.store.models import ApprovalRequest, Case, Person, Site, User

_NOTE_LIMIT = 10000


@dataclasses.dataclass(frozen=True)
class ApprovalView:
    """A request as the file and the supervisors' list show it."""

    id: uuid.UUID
    case_id: uuid.UUID
    person_name: str
    from_stage: Stage
    to_stage: Stage
    changed_on: dt.date
    note: str
    witness: str | None
    requested_by_name: str | None
    requested_at: dt.datetime
    status: ApprovalStatus
    decided_by_name: str | None
    decision_note: str | None
    here: bool
    """Made at this site, so decided here (else at the site that made it)."""


def _this_site(session: Session) -> uuid.UUID:
    return session.scalars(select(Site.id)).one()


def _live_case(session: Session, case_id: uuid.UUID) -> Case:
    row = session.execute(select(Case, Person.deleted_at).join(
        Person, Person.id == Case.person_id).where(Case.id == case_id)).first()
    if row is None or row.Case.deleted_at is not None or row.deleted_at is not None:
        raise NotFound("case", case_id)
    return row.Case


def _pending_of(session: Session, case_id: uuid.UUID) -> ApprovalRequest | None:
    return session.scalars(select(ApprovalRequest).where(
        ApprovalRequest.case_id == case_id, ApprovalRequest.deleted_at.is_(None),
        ApprovalRequest.status == ApprovalStatus.PENDING)
        .order_by(ApprovalRequest.created_at.desc()).limit(1)).first()


def request_outcome(session: Session, case_id: uuid.UUID, to: Stage, on: dt.date, note: str,
                    witness: str | None = None, today: dt.date | None = None) -> uuid.UUID:
    """Ask for an outcome that needs four eyes; returns the request's id.

    Checked as a stage change is (stage_steps.check); refused with ``{"stage":
    "approval.not_needed"}`` for a stage any user moves to directly and ``{"stage":
    "approval.already_pending"}`` while another request of the case waits.
    """
    actor = audit.require(session, Permission.EDIT)
    case = _live_case(session, case_id)
    if to in set(Stage) and needs_supervisor(Stage(to), case.stage):
        audit.require(session, Permission.MERGE_AND_CLOSE)
    to, note, witness = stage_steps.check(session, case, to, on, note, witness,
                                          today or dt.date.today())
    if not needs_approval(to, case.stage):
        raise InvalidInput({"stage": "approval.not_needed"})
    if _pending_of(session, case_id) is not None:
        raise InvalidInput({"stage": "approval.already_pending"})
    if actor.user_id is None:  # the site itself (command line) is no second pair of eyes
        raise InvalidInput({"stage": "approval.no_account"})
    request = ApprovalRequest(case_id=case_id, from_stage=case.stage, to_stage=to,
                              changed_on=on, note=note, witness=witness,
                              requested_by=actor.user_id, status=ApprovalStatus.PENDING)
    session.add(request)
    session.flush()
    audit.record(session, AuditAction.CREATED, "approval_request", request.id,
                 case_id=case_id, from_stage=case.stage.value, to_stage=to.value, on=on)
    return request.id


def decide(session: Session, request_id: uuid.UUID, approve: bool, note: str | None = None,
           today: dt.date | None = None) -> None:
    """Approve a waiting request (the stage change is written then) or return it with
    a note. Refusals, nothing changed: NotPermitted for a role that may not approve;
    ``{"decision": ...}`` "approval.own_request" (the one who asked), "approval.other_site"
    (asked at another site: decided there), "approval.already_decided",
    "approval.stage_moved" (the case moved since: return it); a return needs its note."""
    actor = audit.require(session, Permission.APPROVE_OUTCOMES)
    request = session.get(ApprovalRequest, request_id)
    if request is None or request.deleted_at is not None:
        raise NotFound("approval request", request_id)
    note = clean(note)
    problems = {}
    if request.status is not ApprovalStatus.PENDING:
        problems["decision"] = "approval.already_decided"
    elif request.origin_site != _this_site(session):
        problems["decision"] = "approval.other_site"
    elif actor.user_id is None or actor.user_id == request.requested_by:
        problems["decision"] = "approval.own_request"
    if not approve and note is None:
        problems["note"] = "required"
    elif note is not None and len(note) > _NOTE_LIMIT:
        problems["note"] = "too_long"
    if problems:
        raise InvalidInput(problems)
    case = _live_case(session, request.case_id)
    if approve:
        if case.stage is not request.from_stage:
            raise InvalidInput({"decision": "approval.stage_moved"})
        to, why, witness = stage_steps.check(
            session, case, request.to_stage, request.changed_on, request.note,
            request.witness, today or dt.date.today())
        change = stage_steps.record(session, case, to, request.changed_on, why, witness)
        session.flush()
        request.stage_change_id = change.id
    request.status = ApprovalStatus.APPROVED if approve else ApprovalStatus.RETURNED
    request.decided_by, request.decided_at, request.decision_note = \
        actor.user_id, utc_now(), note
    audit.record(session, AuditAction.UPDATED, "approval_request", request.id,
                 case_id=request.case_id, status=request.status.value,
                 to_stage=request.to_stage.value)


# --- reading -----------------------------------------------------------------------------

def _views(session: Session, *where) -> list[ApprovalView]:
    asker, decider = aliased(User), aliased(User)
    here = _this_site(session)
    rows = session.execute(
        select(ApprovalRequest, Person, asker.full_name, decider.full_name)
        .join(Case, Case.id == ApprovalRequest.case_id)
        .join(Person, Person.id == Case.person_id)
        .outerjoin(asker, asker.id == ApprovalRequest.requested_by)
        .outerjoin(decider, decider.id == ApprovalRequest.decided_by)
        .where(ApprovalRequest.deleted_at.is_(None), Case.deleted_at.is_(None),
               Person.deleted_at.is_(None), *where)
        .order_by(ApprovalRequest.created_at, ApprovalRequest.id))
    return [ApprovalView(
        r.id, r.case_id, full_name(p.surname, p.given_name, p.patronymic), r.from_stage,
        r.to_stage, r.changed_on, r.note, r.witness, asked, r.created_at, r.status, decided,
        r.decision_note, r.origin_site == here) for r, p, asked, decided in rows]


def pending_for_case(session: Session, case_id: uuid.UUID) -> ApprovalView | None:
    """The case's request waiting for a second supervisor, if any."""
    audit.require(session, Permission.VIEW)
    views = _views(session, ApprovalRequest.case_id == case_id,
                   ApprovalRequest.status == ApprovalStatus.PENDING)
    return views[-1] if views else None


def last_returned(session: Session, case_id: uuid.UUID) -> ApprovalView | None:
    """The case's newest returned request (its note says why), if no other came since."""
    audit.require(session, Permission.VIEW)
    views = _views(session, ApprovalRequest.case_id == case_id)
    return views[-1] if views and views[-1].status is ApprovalStatus.RETURNED else None


def waiting_for_me(session: Session) -> list[ApprovalView]:
    """Requests made at this site that wait for the signed-in supervisor: every pending
    one but their own, oldest first."""
    actor = audit.require(session, Permission.APPROVE_OUTCOMES)
    return _views(session, ApprovalRequest.status == ApprovalStatus.PENDING,
                  ApprovalRequest.origin_site == _this_site(session),
                  ApprovalRequest.requested_by != actor.user_id
                  if actor.user_id is not None else ApprovalRequest.id.is_not(None))
