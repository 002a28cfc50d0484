"""One step of a case's stage history: whether the workflow allows it, and writing it
(services.cases moves a case directly; services.approvals once a second supervisor
approved)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Stage
from centre_desk.domain.stages import can_change, needs_witness
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import clean
from centre_desk.store.models import Case, StageChange

_NOTE_LIMIT = 10000
_WITNESS_LIMIT = 200


def check(session: Session, case: Case, to: Stage, on: dt.date, note: str,
                       witness: str | None, today: dt.date) -> tuple[Stage, str, str | None]:
    """The stage, note and witness of a change of ``case`` the workflow allows, else
    InvalidInput: ``{"stage": "stage.not_allowed"}``, ``{"on": "stage.before_last_change"}``,
    a note always and a witness for a renunciation."""
    to = Stage(to) if to in set(Stage) else None
    note, witness = clean(note), clean(witness)
    problems = {}
    if to is None or not can_change(case.stage, to):
        problems["stage"] = "stage.not_allowed"
    if note is None:
        problems["note"] = "required"
    elif len(note) > _NOTE_LIMIT:
        problems["note"] = "too_long"
    if to is not None and needs_witness(to) and witness is None:
        problems["witness"] = "required"
    elif witness and len(witness) > _WITNESS_LIMIT:
        problems["witness"] = "too_long"
    last = session.scalar(select(func.max(StageChange.changed_on)).where(
        StageChange.case_id == case.id, StageChange.deleted_at.is_(None)))
    last = max(filter(None, (last, case.stage_since)))
    if on > today:
        problems["on"] = "in_future"
    elif on < last:
        problems["on"] = "stage.before_last_change"
    if problems:
        raise InvalidInput(problems)
    return to, note, witness


def record(session: Session, case: Case, to: Stage, on: dt.date, note: str,
                 witness: str | None) -> StageChange:
    """Write a checked stage change (check) and move the case."""
    change = StageChange(case_id=case.id, from_stage=case.stage, to_stage=to,
                         changed_on=on, note=note, witness=witness)
    session.add(change)
    from_stage, case.stage, case.stage_since = case.stage, to, on
    audit.record(session, AuditAction.UPDATED, "case_file", case.id, fields=["stage"],
                 from_stage=from_stage.value, to_stage=to.value, on=on)
    return change
