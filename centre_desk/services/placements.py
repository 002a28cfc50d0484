"""Placements into jobs, homes and nursery places: request, move through the workflow,
follow up, and read one back with its history.

Refusals are ``InvalidInput`` with a code per field and change nothing:

- ``{"status": "not_allowed"}``: the workflow (domain.placements.ALLOWED) forbids it;
- ``{"changed_on": "in_future" | "before_last_change"}``;
- ``{"note": "required"}`` when declining or ending;
- ``{"child": "required" | "not_their_child"}`` for a nursery place; the child must be
  linked to the person by a live relationship "person is PARENT (or GUARDIAN) of
  child": many children of these families live with a guardian, who is the one who
  signs them up;
- ``{"organisation": "wrong_kind" | "required"}``: job → employer or NGO, housing →
  housing provider or NGO, nursery → nursery or NGO; a placed placement names one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, PlacementKind, PlacementStatus, RelationshipKind
from centre_desk.domain.permissions import Permission
from centre_desk.domain.placements import (
    AUTOMATIC_FOLLOW_UP_MONTHS, NOTE_REQUIRED, ORGANISATION_REQUIRED, FollowUpState,
    can_change, follow_up_state, months_later, next_statuses, organisation_fits)
from centre_desk.services import audit, listing
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import cared_for, clean, live_person, name_of
from centre_desk.services.organisations import (
    OrganisationView, find_organisations, live_organisation, view_of)
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    FollowUp, Organisation, Person, Placement, PlacementStatusChange, User)

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


@dataclasses.dataclass(frozen=True)
class PlacementView:
    """A placement with the names it refers to."""

    id: uuid.UUID
    kind: PlacementKind
    person_id: uuid.UUID
    person_name: str
    child_id: uuid.UUID | None
    child_name: str | None
    organisation_id: uuid.UUID | None
    organisation_name: str | None
    status: PlacementStatus
    requested_on: dt.date
    status_since: dt.date
    next_follow_up: dt.date | None
    notes: str | None


@dataclasses.dataclass(frozen=True)
class StatusChangeView:
    """One step of the history: when, what to, why, and which staff member."""

    id: uuid.UUID
    from_status: PlacementStatus | None
    to_status: PlacementStatus
    changed_on: dt.date
    note: str | None
    changed_by: str | None


@dataclasses.dataclass(frozen=True)
class FollowUpView:
    """A check on a placement and where it stands today."""

    id: uuid.UUID
    due_on: dt.date
    done_on: dt.date | None
    note: str | None
    state: FollowUpState

    @property
    def overdue(self) -> bool:
        return self.state is FollowUpState.OVERDUE

    @property
    def due(self) -> bool:
        return self.state is FollowUpState.DUE


@dataclasses.dataclass(frozen=True)
class PlacementDetails:
    """Everything the placement window shows: history newest first, follow-ups by date."""

    placement: PlacementView
    organisation: OrganisationView | None
    history: tuple[StatusChangeView, ...]
    follow_ups: tuple[FollowUpView, ...]
    next_statuses: tuple[PlacementStatus, ...]


@dataclasses.dataclass(frozen=True)
class ChildView:
    """A child a person may ask a nursery place for."""

    id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    relation: RelationshipKind


# --- reading ----------------------------------------------------------------------------------

def _live_placement(session: Session, placement_id: uuid.UUID) -> Placement:
    placement = session.get(Placement, placement_id)
    if placement is None or placement.deleted_at is not None:
        raise NotFound("placement", placement_id)
    live_person(session, placement.person_id)
    return placement


def _view(session: Session, placement: Placement) -> PlacementView:
    child = session.get(Person, placement.child_id) if placement.child_id else None
    organisation = (session.get(Organisation, placement.organisation_id)
                    if placement.organisation_id else None)
    return PlacementView(
        id=placement.id, kind=placement.kind, person_id=placement.person_id,
        person_name=name_of(session.get(Person, placement.person_id)),
        child_id=placement.child_id, child_name=name_of(child),
        organisation_id=placement.organisation_id,
        organisation_name=organisation.name if organisation else None,
        status=placement.status, requested_on=placement.requested_on,
        status_since=placement.status_since, next_follow_up=placement.next_follow_up,
        notes=placement.notes)


def children_of(session: Session, person_id: uuid.UUID) -> list[ChildView]:
    """Live persons this person is the parent or guardian of, youngest first."""
    audit.require(session, Permission.VIEW)
    return [ChildView(child.id, name_of(child), child.birth_date, relation)
            for child, relation in cared_for(session, person_id)]


def placement_details(session: Session, placement_id: uuid.UUID,
                      today: dt.date | None = None) -> PlacementDetails:
    """One placement with its partner, status history (newest first, with who changed
    it) and follow-ups (by due date, each marked done, overdue, due or planned)."""
    audit.require(session, Permission.VIEW)
    today = today or dt.date.today()
    placement = _live_placement(session, placement_id)
    organisation = (session.get(Organisation, placement.organisation_id)
                    if placement.organisation_id else None)
    history = session.execute(
        select(PlacementStatusChange, User.full_name)
        .outerjoin(User, User.id == PlacementStatusChange.created_by)
        .where(PlacementStatusChange.placement_id == placement.id,
               PlacementStatusChange.deleted_at.is_(None))
        .order_by(PlacementStatusChange.changed_on.desc(),
                  PlacementStatusChange.created_at.desc(), PlacementStatusChange.hlc.desc()))
    follow_ups = session.scalars(
        select(FollowUp).where(FollowUp.placement_id == placement.id,
                               FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.due_on, FollowUp.created_at, FollowUp.id))
    return PlacementDetails(
        placement=_view(session, placement),
        organisation=view_of(organisation) if organisation else None,
        history=tuple(StatusChangeView(c.id, c.from_status, c.to_status, c.changed_on,
                                       c.note, who) for c, who in history),
        follow_ups=tuple(FollowUpView(f.id, f.due_on, f.done_on, f.note,
                                      follow_up_state(f.due_on, f.done_on, today))
                         for f in follow_ups),
        next_statuses=next_statuses(placement.status))


def placements_of(session: Session, person_id: uuid.UUID) -> list[PlacementView]:
    """A person's live placements, latest request first (for the person's file)."""
    audit.require(session, Permission.VIEW)
    rows = session.scalars(select(Placement).where(
        Placement.person_id == person_id, Placement.deleted_at.is_(None))
        .order_by(Placement.requested_on.desc(), Placement.id))
    return [_view(session, p) for p in rows]


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
        problems["child"] = "not_their_child"


def _check_organisation(session: Session, kind: PlacementKind,
                        organisation_id: uuid.UUID | None, status: PlacementStatus,
                        problems: dict[str, str]) -> None:
    if organisation_id is None:
        if status in ORGANISATION_REQUIRED:
            problems["organisation"] = "required"
        return
    organisation = live_organisation(session, organisation_id)
    if not organisation_fits(kind, organisation.kind):
        problems["organisation"] = "wrong_kind"


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
                     changes: PlacementChanges) -> list[str]:
    """Correct the child, partner or notes; returns the names of the fields changed."""
    audit.require(session, Permission.EDIT)
    placement = _live_placement(session, placement_id)
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
    changed = [name for name, value in values.items() if getattr(placement, name) != value]
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
    placement = _live_placement(session, placement_id)
    to = PlacementStatus(to)
    note = clean(note)
    problems: dict[str, str] = {}
    if not can_change(placement.status, to):
        problems["status"] = "not_allowed"
    _check_date(on, "changed_on", today, problems)
    if on is not None and "changed_on" not in problems and on < placement.status_since:
        problems["changed_on"] = "before_last_change"
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
    placement = _live_placement(session, placement_id)
    note = clean(note)
    problems: dict[str, str] = {}
    if due_on is None:
        problems["due_on"] = "required"
    elif due_on < placement.requested_on:
        problems["due_on"] = "before_request"
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
    placement = _live_placement(session, follow_up.placement_id)
    note = clean(note)
    problems: dict[str, str] = {}
    if follow_up.done_on is not None:
        problems["follow_up"] = "already_done"
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
    placement = _live_placement(session, placement_id)
    now = utc_now()
    placement.deleted_at = now
    for follow_up in session.scalars(select(FollowUp).where(
            FollowUp.placement_id == placement.id, FollowUp.deleted_at.is_(None))):
        follow_up.deleted_at = now
    audit.record(session, AuditAction.DELETED, "placement", placement.id)


PARTNER_CHOICES = 2000
"""Partners the placements list's filter offers; more than a centre works with."""


@dataclasses.dataclass(frozen=True)
class PlacementFilterChoices:
    """What the placements list's filter row offers."""

    partners: tuple[OrganisationView, ...]
    regions: tuple[str, ...]


def placement_filter_choices(session: Session) -> PlacementFilterChoices:
    """Every partner by name and the regions of persons with live placements."""
    return PlacementFilterChoices(
        partners=tuple(find_organisations(session, "", None, PARTNER_CHOICES)),
        regions=tuple(listing.placement_regions(session)))
