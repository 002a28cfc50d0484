"""A placement's workflow: the request, corrections, each step along the statuses, the
follow-ups that check on it, and its deletion."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, PlacementKind, PlacementStatus
from centre_desk.domain.permissions import Permission
from centre_desk.domain.placements import (
    AUTOMATIC_FOLLOW_UP_MONTHS, NOTE_REQUIRED, ORGANISATION_REQUIRED, can_change, months_later,
    organisation_fits)
from centre_desk.services import audit, picking
from centre_desk.services.concurrency import Seen, fields_to_write
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.organisations import live_organisation
from centre_desk.services.placements.details import children_of, live_placement
from centre_desk.services.records import clean, live_person
from centre_desk.store.base import utc_now
from centre_desk.store.models import FollowUp, Placement, PlacementStatusChange

NOTE_LIMIT = 4000


@dataclasses.dataclass(frozen=True)
class PlacementInput:
    """What the new-placement form supplies; ``requested_on`` None means today."""

    kind: PlacementKind
    person_id: uuid.UUID | None
    child_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    requested_on: dt.date | None = None
    notes: str | None = None


@dataclasses.dataclass(frozen=True)
class PlacementChanges:
    """What can be corrected on an existing placement (kind and person are fixed:
    other help, or help for someone else, is another placement)."""

    child_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    notes: str | None = None


# --- checks -----------------------------------------------------------------------------------

def _check_notes(notes: str | None, name: str, problems: dict[str, str]) -> None:
    if notes and len(notes) > NOTE_LIMIT:
        problems[name] = "too_long"


def _check_child(session: Session, kind: PlacementKind, person_id: uuid.UUID | None,
                 child_id: uuid.UUID | None, problems: dict[str, str]) -> None:
    if kind is not PlacementKind.NURSERY:
        if child_id is not None:
            problems["child"] = "invalid"
        return
    if child_id is None:
        problems["child"] = "required"
    elif person_id is not None and child_id not in {c.id for c in children_of(session,
                                                                              person_id)}:
        problems["child"] = "placement.not_their_child"


def _check_organisation(session: Session, kind: PlacementKind,
                        organisation_id: uuid.UUID | None, status: PlacementStatus,
                        problems: dict[str, str]) -> None:
    if organisation_id is None:
        if status in ORGANISATION_REQUIRED:
            problems["organisation"] = "required"
        return
    organisation = live_organisation(session, organisation_id)
    if not organisation_fits(kind, organisation.kind):
        problems["organisation"] = "placement.wrong_kind"


def _check_date(day: dt.date | None, name: str, today: dt.date,
                problems: dict[str, str]) -> None:
    if day is None:
        problems[name] = "required"
    elif day > today:
        problems[name] = "in_future"


def _refresh_next_follow_up(session: Session, placement: Placement) -> None:
    """The placement's next follow-up is its earliest open one, or none."""
    session.flush()
    placement.next_follow_up = session.scalar(
        select(func.min(FollowUp.due_on)).where(
            FollowUp.placement_id == placement.id, FollowUp.done_on.is_(None),
            FollowUp.deleted_at.is_(None)))


# --- changing ---------------------------------------------------------------------------------

def request_placement(session: Session, data: PlacementInput,
                      today: dt.date | None = None) -> uuid.UUID:
    """Record a request for help; it starts as REQUESTED with its first history step."""
    audit.require(session, Permission.EDIT)
    today = today or dt.date.today()
    requested_on = data.requested_on or today
    notes = clean(data.notes)
    problems: dict[str, str] = {}
    kind = None
    if not data.kind:
        problems["kind"] = "required"
    elif data.kind not in set(PlacementKind):
        problems["kind"] = "invalid"
    else:
        kind = PlacementKind(data.kind)
    if data.person_id is None:
        problems["person"] = "required"
    else:
        live_person(session, data.person_id)
    if kind is not None:
        _check_child(session, kind, data.person_id, data.child_id, problems)
        _check_organisation(session, kind, data.organisation_id,
                            PlacementStatus.REQUESTED, problems)
    _check_date(requested_on, "requested_on", today, problems)
    _check_notes(notes, "notes", problems)
    picking.require_adult(session, data.person_id, requested_on, "person", problems)
    if problems:
        raise InvalidInput(problems)
    placement = Placement(kind=kind, person_id=data.person_id, child_id=data.child_id,
                          organisation_id=data.organisation_id,
                          status=PlacementStatus.REQUESTED, requested_on=requested_on,
                          status_since=requested_on, notes=notes)
    session.add(placement)
    session.flush()
    session.add(PlacementStatusChange(placement_id=placement.id, from_status=None,
                                      to_status=PlacementStatus.REQUESTED,
                                      changed_on=requested_on))
    audit.record(session, AuditAction.CREATED, "placement", placement.id,
                 kind=kind, person_id=data.person_id)
    return placement.id


def update_placement(session: Session, placement_id: uuid.UUID,
                     changes: PlacementChanges, seen: Seen | None = None) -> list[str]:
    """Correct the child, partner or notes; returns the names of the fields changed.
    ``seen``: what the editor showed, as audit.apply_changes takes it."""
    audit.require(session, Permission.EDIT)
    placement = live_placement(session, placement_id)
    values = {"child_id": changes.child_id, "organisation_id": changes.organisation_id,
              "notes": clean(changes.notes)}
    problems: dict[str, str] = {}
    # What was accepted before stays acceptable (a partner since removed from the
    # directory, a relationship since corrected); only new choices are checked.
    if changes.child_id != placement.child_id or changes.child_id is None:
        _check_child(session, placement.kind, placement.person_id, changes.child_id, problems)
    if changes.organisation_id != placement.organisation_id or \
            changes.organisation_id is None:
        _check_organisation(session, placement.kind, changes.organisation_id,
                            placement.status, problems)
    _check_notes(values["notes"], "notes", problems)
    if problems:
        raise InvalidInput(problems)
    write = fields_to_write(session, placement, values, seen, "placement")
    changed = [name for name in write if getattr(placement, name) != values[name]]
    for name in changed:
        setattr(placement, name, values[name])
    if changed:
        audit.record(session, AuditAction.UPDATED, "placement", placement.id, fields=changed)
    return changed


def change_status(session: Session, placement_id: uuid.UUID, to: PlacementStatus,
                  on: dt.date | None, note: str | None = None,
                  today: dt.date | None = None) -> uuid.UUID:
    """Move a placement one step along the workflow; returns the history step's id.

    Placing someone in a job also schedules a follow-up three months later."""
    audit.require(session, Permission.EDIT)
    today = today or dt.date.today()
    placement = live_placement(session, placement_id)
    to = PlacementStatus(to)
    note = clean(note)
    problems: dict[str, str] = {}
    if not can_change(placement.status, to):
        problems["status"] = "placement.not_allowed"
    _check_date(on, "changed_on", today, problems)
    if on is not None and "changed_on" not in problems and on < placement.status_since:
        problems["changed_on"] = "placement.before_last_change"
    if to in NOTE_REQUIRED and not note:
        problems["note"] = "required"
    _check_notes(note, "note", problems)
    if "status" not in problems and to in ORGANISATION_REQUIRED and \
            placement.organisation_id is None:
        problems["organisation"] = "required"
    if problems:
        raise InvalidInput(problems)
    before = placement.status
    change = PlacementStatusChange(placement_id=placement.id, from_status=before, to_status=to,
                                   changed_on=on, note=note)
    session.add(change)
    placement.status, placement.status_since = to, on
    months = AUTOMATIC_FOLLOW_UP_MONTHS.get(placement.kind)
    if to is PlacementStatus.PLACED and months:
        follow_up = FollowUp(placement_id=placement.id, due_on=months_later(on, months))
        session.add(follow_up)
        session.flush()
        audit.record(session, AuditAction.CREATED, "follow_up", follow_up.id,
                     placement_id=placement.id, due_on=follow_up.due_on, automatic=True)
    _refresh_next_follow_up(session, placement)
    audit.record(session, AuditAction.UPDATED, "placement", placement.id,
                 from_status=before, to_status=to, on=on)
    return change.id


def schedule_follow_up(session: Session, placement_id: uuid.UUID, due_on: dt.date | None,
                       note: str | None = None) -> uuid.UUID:
    """Plan a check on a placement; the earliest open one shows in the list."""
    audit.require(session, Permission.EDIT)
    placement = live_placement(session, placement_id)
    note = clean(note)
    problems: dict[str, str] = {}
    if due_on is None:
        problems["due_on"] = "required"
    elif due_on < placement.requested_on:
        problems["due_on"] = "placement.before_request"
    _check_notes(note, "note", problems)
    if problems:
        raise InvalidInput(problems)
    follow_up = FollowUp(placement_id=placement.id, due_on=due_on, note=note)
    session.add(follow_up)
    _refresh_next_follow_up(session, placement)
    audit.record(session, AuditAction.CREATED, "follow_up", follow_up.id,
                 placement_id=placement.id, due_on=due_on)
    return follow_up.id


def complete_follow_up(session: Session, follow_up_id: uuid.UUID, done_on: dt.date | None,
                       note: str | None = None, today: dt.date | None = None) -> None:
    """Mark a check done; its note gains what was found, the next open one moves up."""
    audit.require(session, Permission.EDIT)
    today = today or dt.date.today()
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None or follow_up.deleted_at is not None or follow_up.placement_id is None:
        raise NotFound("follow-up", follow_up_id)
    placement = live_placement(session, follow_up.placement_id)
    note = clean(note)
    problems: dict[str, str] = {}
    if follow_up.done_on is not None:
        problems["follow_up"] = "placement.already_done"
    _check_date(done_on, "done_on", today, problems)
    _check_notes(note, "note", problems)
    if problems:
        raise InvalidInput(problems)
    follow_up.done_on = done_on
    if note:
        follow_up.note = f"{follow_up.note}\n{note}" if follow_up.note else note
    _refresh_next_follow_up(session, placement)
    audit.record(session, AuditAction.UPDATED, "follow_up", follow_up.id,
                 placement_id=placement.id, done_on=done_on)


def delete_placement(session: Session, placement_id: uuid.UUID) -> None:
    """Delete by tombstone (supervisors), with its follow-ups; the history stays."""
    audit.require(session, Permission.MERGE_AND_CLOSE)
    placement = live_placement(session, placement_id)
    now = utc_now()
    placement.deleted_at = now
    for follow_up in session.scalars(select(FollowUp).where(
            FollowUp.placement_id == placement.id, FollowUp.deleted_at.is_(None))):
        follow_up.deleted_at = now
    audit.record(session, AuditAction.DELETED, "placement", placement.id)
