"""Children's events: an event (an activity of Programme.CHILDREN_EVENTS), the children
registered for it by a parent or guardian with a dated consent, their age groups, and
a child's own record of events and family. Attendance is marked through
``services.activities`` (``expected_people``, ``set_attendance``), which refuses a
child without a consent date. The tab's lists of events and of children are in
``listing.events``.

Refusals are ``InvalidInput`` (field → code) and change nothing:

- ``{"title": "required"}`` and the other activity codes for the event itself;
- ``{"guardian": "required" | "event.not_related"}``: the guardian must be the child's
  parent or guardian by a live relationship ("guardian is PARENT/GUARDIAN of child");
- ``{"child": "event.already_registered" | "event.not_a_child"}`` (18 or older on the
  event's day);
- ``{"consent_on": "required" | "in_future" | "event.consent_after_event"}``: a
  consent signed after the event's day does not cover it;
- ``{"registration": "event.attended"}``: untick the child before removing the
  registration.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from centre_desk.domain.ages import AgeGroup, age_group, age_on, is_child_on
from centre_desk.domain.enums import ActivityKind, AuditAction, Programme, RelationshipKind
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.activities import ActivityInput, create_activity, live_activity
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import CARERS, live_person, live_row, name_of
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Attendance, Case, EventRegistration, Person, Relationship)


_EVENT = "children's event"


@dataclasses.dataclass(frozen=True)
class RegistrationView:
    """A child registered for an event; ``age`` and ``age_group`` on the event's day."""

    registration_id: uuid.UUID
    child_id: uuid.UUID
    child_name: str
    birth_date: dt.date | None
    age: int | None
    age_group: AgeGroup | None
    guardian_id: uuid.UUID | None
    guardian_name: str | None
    consent_on: dt.date | None
    present: bool

    @property
    def can_attend(self) -> bool:
        return self.consent_on is not None


@dataclasses.dataclass(frozen=True)
class GuardianOption:
    """Someone who may register a child: a live parent or guardian of theirs."""

    person_id: uuid.UUID
    full_name: str
    relationship: RelationshipKind


@dataclasses.dataclass(frozen=True)
class ChildEventView:
    """An event on a child's record: registered for, and whether the child came."""

    activity_id: uuid.UUID
    kind: ActivityKind
    title: str | None
    held_on: dt.date
    place: str | None
    registration_id: uuid.UUID | None
    guardian_name: str | None
    consent_on: dt.date | None
    present: bool


@dataclasses.dataclass(frozen=True)
class FamilyLink:
    """A relative on a child's record.

    ``relation`` says what the relative is to the child: "parent", "guardian",
    "spouse", "child" or "ward" (the values of domain.family.Relation).
    ``in_rehabilitation`` is True when the relative has a live case file (a
    participant)."""

    person_id: uuid.UUID
    full_name: str
    relation: str
    in_rehabilitation: bool


@dataclasses.dataclass(frozen=True)
class ChildEvents:
    """A child's events (newest first) and family links, for the child's file."""

    child_id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    age: int | None
    events: tuple[ChildEventView, ...]
    family: tuple[FamilyLink, ...]

    @property
    def attended(self) -> tuple[ChildEventView, ...]:
        return tuple(event for event in self.events if event.present)


# --- helpers ----------------------------------------------------------------------------------

def _live_registration(session: Session, registration_id: uuid.UUID) -> EventRegistration:
    registration = live_row(session, EventRegistration, registration_id, "event registration")
    live_activity(session, registration.activity_id, Programme.CHILDREN_EVENTS, _EVENT)
    return registration


def _carer_link(session: Session, guardian_id: uuid.UUID, child_id: uuid.UUID) -> bool:
    return session.scalar(select(Relationship.id).where(
        Relationship.person_id == guardian_id, Relationship.relative_id == child_id,
        Relationship.kind.in_(CARERS), Relationship.deleted_at.is_(None)).limit(1)) is not None


def _check_consent_date(consent_on: dt.date | None, today: dt.date | None,
                        held_on: dt.date, problems: dict[str, str]) -> None:
    if consent_on is not None and consent_on > (today or dt.date.today()):
        problems["consent_on"] = "in_future"
    elif consent_on is not None and consent_on > held_on:
        problems["consent_on"] = "event.consent_after_event"


# --- changing ---------------------------------------------------------------------------------

def create_event(session: Session, title: str, held_on: dt.date, place: str | None = None,
                 organisers: str | None = None, notes: str | None = None,
                 kind: ActivityKind = ActivityKind.CHILDREN_EVENT) -> uuid.UUID:
    """Create a children's event (or a children's athletic event); returns its id.
    Correct or delete it with ``activities.update_activity`` / ``delete_activity``:
    the organisers are the activity's ``facilitators``."""
    return create_activity(session, ActivityInput(
        programme=Programme.CHILDREN_EVENTS, kind=kind, held_on=held_on, title=title,
        place=place, facilitators=organisers, notes=notes))


def register_child(session: Session, event_id: uuid.UUID, child_id: uuid.UUID,
                   guardian_id: uuid.UUID | None, consent_on: dt.date | None = None,
                   today: dt.date | None = None) -> uuid.UUID:
    """Register a child for an event through their parent or guardian, with the
    guardian's consent date when it is already signed; returns the registration's id."""
    audit.require(session, Permission.EDIT)
    event = live_activity(session, event_id, Programme.CHILDREN_EVENTS, _EVENT)
    child = live_person(session, child_id)
    problems: dict[str, str] = {}
    if guardian_id is None:
        problems["guardian"] = "required"
    else:
        live_person(session, guardian_id)
        if not _carer_link(session, guardian_id, child.id):
            problems["guardian"] = "event.not_related"
    if is_child_on(child.birth_date, event.held_on) is False:
        problems["child"] = "event.not_a_child"
    existing = session.scalar(select(EventRegistration).where(
        EventRegistration.activity_id == event.id, EventRegistration.child_id == child.id))
    if existing is not None and existing.deleted_at is None:
        problems["child"] = "event.already_registered"
    _check_consent_date(consent_on, today, event.held_on, problems)
    if problems:
        raise InvalidInput(problems)
    if existing is None:
        registration = EventRegistration(activity_id=event.id, child_id=child.id,
                                         guardian_id=guardian_id, consent_on=consent_on)
        session.add(registration)
        session.flush()
    else:  # (event, child) is unique: a removed registration comes back
        registration = existing
        registration.deleted_at = None
        registration.guardian_id, registration.consent_on = guardian_id, consent_on
    audit.record(session, AuditAction.CREATED, "event_registration", registration.id,
                 event=str(event.id), child=str(child.id), guardian=str(guardian_id),
                 consent_on=consent_on)
    return registration.id


def record_consent(session: Session, registration_id: uuid.UUID, consent_on: dt.date,
                   today: dt.date | None = None) -> None:
    """Record (or correct) the date the guardian signed the consent; from then on the
    child can be marked present."""
    audit.require(session, Permission.EDIT)
    registration = _live_registration(session, registration_id)
    problems: dict[str, str] = {}
    if consent_on is None:
        problems["consent_on"] = "required"
    event = session.get(Activity, registration.activity_id)
    _check_consent_date(consent_on, today, event.held_on, problems)
    if problems:
        raise InvalidInput(problems)
    if registration.consent_on == consent_on:
        return
    registration.consent_on = consent_on
    audit.record(session, AuditAction.UPDATED, "event_registration", registration.id,
                 fields=["consent_on"], consent_on=consent_on)


def unregister_child(session: Session, registration_id: uuid.UUID) -> None:
    """Remove a registration made by mistake, by tombstone; a child marked present
    must be unticked first."""
    audit.require(session, Permission.EDIT)
    registration = _live_registration(session, registration_id)
    attended = session.scalar(select(Attendance.id).where(
        Attendance.activity_id == registration.activity_id,
        Attendance.person_id == registration.child_id, Attendance.deleted_at.is_(None)))
    if attended is not None:
        raise InvalidInput({"registration": "event.attended"})
    registration.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "event_registration", registration.id,
                 event=str(registration.activity_id), child=str(registration.child_id))


# --- reading ----------------------------------------------------------------------------------

def guardians_of(session: Session, child_id: uuid.UUID) -> tuple[GuardianOption, ...]:
    """The child's live parents and guardians, the people who may register them."""
    audit.require(session, Permission.VIEW)
    rows = session.execute(
        select(Person, Relationship.kind)
        .join(Relationship, Relationship.person_id == Person.id)
        .where(Relationship.relative_id == child_id, Relationship.kind.in_(CARERS),
               Relationship.deleted_at.is_(None), Person.deleted_at.is_(None))
        .order_by(Person.sort_key, Person.id))
    options: dict[uuid.UUID, GuardianOption] = {}
    for person, kind in rows:
        options.setdefault(person.id, GuardianOption(person.id, name_of(person), kind))
    return tuple(options.values())


def event_registrations(session: Session, event_id: uuid.UUID) -> tuple[RegistrationView, ...]:
    """The children registered for an event, alphabetically, with their age and age
    group on the event's day, the guardian, the consent date and whether they came."""
    audit.require(session, Permission.VIEW)
    event = live_activity(session, event_id, Programme.CHILDREN_EVENTS, _EVENT)
    child, guardian = aliased(Person, name="child"), aliased(Person, name="guardian")
    rows = session.execute(
        select(EventRegistration, child, guardian, Attendance.id)
        .join(child, child.id == EventRegistration.child_id)
        .outerjoin(guardian, and_(guardian.id == EventRegistration.guardian_id,
                                  guardian.deleted_at.is_(None)))
        .outerjoin(Attendance, and_(Attendance.activity_id == EventRegistration.activity_id,
                                    Attendance.person_id == EventRegistration.child_id,
                                    Attendance.deleted_at.is_(None)))
        .where(EventRegistration.activity_id == event.id,
               EventRegistration.deleted_at.is_(None), child.deleted_at.is_(None))
        .order_by(child.sort_key, child.id))
    return tuple(
        RegistrationView(
            registration_id=registration.id, child_id=kid.id, child_name=name_of(kid),
            birth_date=kid.birth_date, age=age_on(kid.birth_date, event.held_on),
            age_group=age_group(kid.birth_date, event.held_on),
            guardian_id=carer.id if carer else None, guardian_name=name_of(carer),
            consent_on=registration.consent_on, present=attendance_id is not None)
        for registration, kid, carer, attendance_id in rows)


def age_group_counts(session: Session, event_id: uuid.UUID,
                     present_only: bool = False) -> dict[AgeGroup | None, int]:
    """How many registered (or, with ``present_only``, present) children of each age
    group an event has; None counts children whose birth date is unknown."""
    return count_by_age_group(event_registrations(session, event_id), present_only)


def count_by_age_group(registrations: Iterable[RegistrationView],
                       present_only: bool = False) -> dict[AgeGroup | None, int]:
    """``age_group_counts`` for registrations already read (an event's window shows
    both the list and the counts, from one read)."""
    counts: dict[AgeGroup | None, int] = {}
    for registration in registrations:
        if registration.present or not present_only:
            counts[registration.age_group] = counts.get(registration.age_group, 0) + 1
    return counts


_FROM_CHILD = {  # (stored kind, the child is the row's ``person`` end) -> relation
    (RelationshipKind.PARENT, False): "parent", (RelationshipKind.PARENT, True): "child",
    (RelationshipKind.GUARDIAN, False): "guardian", (RelationshipKind.GUARDIAN, True): "ward",
    (RelationshipKind.SPOUSE, False): "spouse", (RelationshipKind.SPOUSE, True): "spouse",
}


def _family(session: Session, child_id: uuid.UUID) -> tuple[FamilyLink, ...]:
    rows = session.execute(
        select(Relationship.person_id, Relationship.relative_id, Relationship.kind)
        .where((Relationship.person_id == child_id) | (Relationship.relative_id == child_id),
               Relationship.deleted_at.is_(None)))
    links = [(relative if person == child_id else person,
              _FROM_CHILD[(kind, person == child_id)]) for person, relative, kind in rows]
    ids = {relative for relative, _ in links}
    people = {p.id: p for p in session.scalars(select(Person).where(
        Person.id.in_(ids), Person.deleted_at.is_(None)))} if ids else {}
    in_case = set(session.scalars(select(Case.person_id).where(
        Case.person_id.in_(people), Case.deleted_at.is_(None)))) if people else set()
    order = ("parent", "guardian", "spouse", "child", "ward")
    found = {(relative, relation) for relative, relation in links if relative in people}
    return tuple(FamilyLink(relative, name_of(people[relative]), relation, relative in in_case)
                 for relative, relation in sorted(
                     found, key=lambda item: (order.index(item[1]),
                                              people[item[0]].sort_key, str(item[0]))))


def child_events(session: Session, child_id: uuid.UUID,
                 today: dt.date | None = None) -> ChildEvents:
    """A child's children's events, newest first: every live registration and every
    event they were marked present at, with their family links."""
    audit.require(session, Permission.VIEW)
    child = live_person(session, child_id)
    guardian = aliased(Person, name="guardian")
    registered = session.execute(
        select(Activity, EventRegistration, guardian)
        .join(EventRegistration, EventRegistration.activity_id == Activity.id)
        .outerjoin(guardian, and_(guardian.id == EventRegistration.guardian_id,
                                  guardian.deleted_at.is_(None)))
        .where(EventRegistration.child_id == child.id, EventRegistration.deleted_at.is_(None),
               Activity.deleted_at.is_(None),
               Activity.programme == Programme.CHILDREN_EVENTS)).all()
    attended = set(session.scalars(
        select(Attendance.activity_id).join(Activity, Activity.id == Attendance.activity_id)
        .where(Attendance.person_id == child.id, Attendance.deleted_at.is_(None),
               Activity.deleted_at.is_(None),
               Activity.programme == Programme.CHILDREN_EVENTS)))
    events = {activity.id: ChildEventView(
        activity.id, activity.kind, activity.title, activity.held_on, activity.place,
        registration.id, name_of(carer), registration.consent_on, activity.id in attended)
        for activity, registration, carer in registered}
    unregistered = attended - events.keys()
    if unregistered:
        for activity in session.scalars(select(Activity).where(Activity.id.in_(unregistered))):
            events[activity.id] = ChildEventView(
                activity.id, activity.kind, activity.title, activity.held_on, activity.place,
                None, None, None, True)
    ordered = sorted(events.values(), key=lambda e: (e.held_on, str(e.activity_id)),
                     reverse=True)
    return ChildEvents(
        child_id=child.id, full_name=name_of(child), birth_date=child.birth_date,
        age=age_on(child.birth_date, today or dt.date.today()), events=tuple(ordered),
        family=_family(session, child.id))
