"""A placement read back: with the names it refers to, its partner, its status history
and follow-ups; a person's placements; the children a nursery place may be asked for; the
choices of the placements list's filter row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import PlacementKind, PlacementStatus, RelationshipKind
from centre_desk.domain.permissions import Permission
from centre_desk.domain.placements import FollowUpState, follow_up_state, next_statuses
from centre_desk.services import audit, listing
from centre_desk.services.organisations import OrganisationView, find_organisations, view_of
from centre_desk.services.records import cared_for, live_person, live_row, name_of
from centre_desk.store.models import (
    FollowUp, Organisation, Person, Placement, PlacementStatusChange, User)

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

def live_placement(session: Session, placement_id: uuid.UUID) -> Placement:
    """The live placement of a live person with this id, or NotFound."""
    placement = live_row(session, Placement, placement_id, "placement")
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
    placement = live_placement(session, placement_id)
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
