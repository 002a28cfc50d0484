"""Who an activity expects and who came: the attendance checklist and the one way
persons are marked present or not (see the package's docstring for each programme's
rules)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import Select, literal, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, EnrolmentStatus, Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, picking
from centre_desk.services.activities.core import NAME_COLUMNS, live_activity, present_people
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import full_name
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Attendance, ClubMembership, Enrolment, EventRegistration, Person)

CHECKED_LISTS = frozenset({Programme.CHILDREN_EVENTS, Programme.ARABIC_COURSES})
"""Programmes where only the expected people may be marked present."""


ADULT_PROGRAMMES = frozenset({Programme.CASE_WORK, Programme.MOTHERS_CLUB,
                              Programme.ARABIC_COURSES})
"""Programmes for adults: nobody under 18 on the activity's day is marked present."""


NO_CONSENT = "no_consent"


NOT_EXPECTED = "not_expected"


@dataclasses.dataclass(frozen=True)
class ExpectedPerson:
    """One line of the attendance checklist.

    ``can_attend`` False means ticking the person is refused; ``reason`` says why
    ("no_consent"), or, for someone ticked who is not on the list (a guest, a former
    member, a drop-out), "not_expected": they may stay ticked, but once unticked
    (children's events, courses) they cannot be ticked again."""

    person_id: uuid.UUID
    full_name: str
    present: bool
    can_attend: bool
    reason: str | None


@dataclasses.dataclass(frozen=True)
class AttendanceChange:
    """What ``set_attendance`` did: who was added, who removed, how many are present."""

    added: frozenset[uuid.UUID]
    removed: frozenset[uuid.UUID]
    present_count: int


class AttendanceRefused(InvalidInput):
    """Some persons cannot be marked present; ``person_ids`` names them so the
    checklist can point at them. ``problems`` is ``{"attendance": code}``."""

    def __init__(self, code: str, person_ids: Iterable[uuid.UUID] = ()) -> None:
        super().__init__({"attendance": code})
        self.person_ids = frozenset(person_ids)


# --- who is expected --------------------------------------------------------------------------

def _expected_statement(activity: Activity) -> Select | None:
    """Live persons the activity expects, each with whether they may be ticked."""
    if activity.programme is Programme.MOTHERS_CLUB:
        return (select(*NAME_COLUMNS, literal(True).label("allowed"))
                .join(ClubMembership, ClubMembership.person_id == Person.id)
                .where(ClubMembership.deleted_at.is_(None), Person.deleted_at.is_(None),
                       ClubMembership.joined_on <= activity.held_on,
                       (ClubMembership.left_on.is_(None)
                        | (ClubMembership.left_on >= activity.held_on))))
    if activity.programme is Programme.CHILDREN_EVENTS:
        # A consent signed after the event's day does not cover it.
        return (select(*NAME_COLUMNS, (EventRegistration.consent_on.is_not(None)
                                       & (EventRegistration.consent_on <= activity.held_on))
                       .label("allowed"))
                .join(EventRegistration, EventRegistration.child_id == Person.id)
                .where(EventRegistration.activity_id == activity.id,
                       EventRegistration.deleted_at.is_(None), Person.deleted_at.is_(None)))
    if activity.programme is Programme.ARABIC_COURSES and activity.course_id is not None:
        return (select(*NAME_COLUMNS, literal(True).label("allowed"))
                .join(Enrolment, Enrolment.person_id == Person.id)
                .where(Enrolment.course_id == activity.course_id,
                       Enrolment.deleted_at.is_(None), Person.deleted_at.is_(None),
                       Enrolment.status != EnrolmentStatus.DROPPED))
    return None


def _expected(session: Session, activity: Activity) -> dict[uuid.UUID, tuple]:
    """person id → (surname, given name, patronymic, sort key, may be ticked)."""
    statement = _expected_statement(activity)
    if statement is None:
        return {}
    found: dict[uuid.UUID, tuple] = {}
    for person_id, *rest in session.execute(statement):
        if person_id in found:  # two memberships synced in from two sites
            continue
        found[person_id] = (*rest[:-1], bool(rest[-1]))
    return found


def expected_people(session: Session, activity_id: uuid.UUID) -> tuple[ExpectedPerson, ...]:
    """The attendance checklist: everyone the activity expects (see the module's
    docstring) plus anyone already marked present, in alphabetical order."""
    audit.require(session, Permission.VIEW)
    activity = live_activity(session, activity_id)
    expected = _expected(session, activity)
    present = present_people(session, activity)
    has_list = _expected_statement(activity) is not None
    lines = []
    for person_id in expected.keys() | present.keys():
        if person_id in expected:
            surname, given, patronymic, key, allowed = expected[person_id]
            reason = None if allowed else NO_CONSENT
        else:
            surname, given, patronymic, key = present[person_id]
            allowed = True
            reason = NOT_EXPECTED if has_list else None
        lines.append((key, str(person_id), ExpectedPerson(
            person_id, full_name(surname, given, patronymic), person_id in present,
            allowed, reason)))
    return tuple(line for _key, _id, line in sorted(lines, key=lambda item: item[:2]))


# --- marking attendance ----------------------------------------------------------------------

def _refuse_additions(session: Session, activity: Activity, added: set[uuid.UUID],
                      today: dt.date) -> None:
    if not added:
        return
    live = set(session.scalars(select(Person.id).where(
        Person.id.in_(added), Person.deleted_at.is_(None))))
    if added - live:
        raise AttendanceRefused("unknown_person", added - live)
    if activity.held_on > today:
        raise AttendanceRefused("not_held_yet", added)
    if activity.programme in ADULT_PROGRAMMES:
        too_young = picking.refused_by_age(session, added, picking.adults(activity.held_on))
        if too_young:
            raise AttendanceRefused(picking.NOT_AN_ADULT, too_young)
    if activity.programme not in CHECKED_LISTS:
        return
    expected = _expected(session, activity)
    outside = added - expected.keys()
    if outside:
        raise AttendanceRefused(NOT_EXPECTED, outside)
    unconsented = {p for p in added if not expected[p][-1]}
    if unconsented:
        raise AttendanceRefused(NO_CONSENT, unconsented)


def _apply(session: Session, activity: Activity, wanted: set[uuid.UUID],
           today: dt.date | None) -> AttendanceChange:
    rows = session.execute(
        select(Attendance, Person.deleted_at)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.activity_id == activity.id)).all()
    by_person = {attendance.person_id: attendance for attendance, _ in rows}
    # Rows of deleted persons are left alone: no checklist shows them.
    current = {attendance.person_id for attendance, person_deleted in rows
               if attendance.deleted_at is None and person_deleted is None}
    added, removed = wanted - current, current - wanted
    _refuse_additions(session, activity, added, today or dt.date.today())
    if not added and not removed:
        return AttendanceChange(frozenset(), frozenset(), len(current))
    now = utc_now()
    for person_id in added:
        row = by_person.get(person_id)
        if row is None:
            session.add(Attendance(activity_id=activity.id, person_id=person_id))
        else:  # the (activity, person) pair is unique: bring the tombstone back
            row.deleted_at = None
    for person_id in removed:
        by_person[person_id].deleted_at = now
    audit.record(session, AuditAction.UPDATED, "activity", activity.id,
                 attendance_added=sorted(map(str, added)),
                 attendance_removed=sorted(map(str, removed)))
    return AttendanceChange(frozenset(added), frozenset(removed), len(wanted))


def set_attendance(session: Session, activity_id: uuid.UUID, present: Iterable[uuid.UUID],
                   today: dt.date | None = None) -> AttendanceChange:
    """Make exactly ``present`` the persons marked present, in one transaction.

    Persons newly ticked must be live and, for children's events and courses, expected
    (and, for events, have a consent date), and 18 or older on the activity's day for
    the ADULT_PROGRAMMES; nobody can be ticked for an activity later than ``today``.
    Unticking is always allowed. Any refusal changes nothing."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    return _apply(session, activity, set(present), today)


def set_present(session: Session, activity_id: uuid.UUID, person_id: uuid.UUID,
                present: bool, today: dt.date | None = None) -> AttendanceChange:
    """Tick or untick one person (a checklist's space key, a register cell), with the
    rules of ``set_attendance``."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    wanted = set(present_people(session, activity))
    if present:
        wanted.add(person_id)
    else:
        wanted.discard(person_id)
    return _apply(session, activity, wanted, today)
