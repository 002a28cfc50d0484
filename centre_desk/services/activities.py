"""One activity and attendance core for every programme: anything held on a date, who
was expected, who came, and the "activities held, unique people involved" statistics.

The mothers' club, children's events, Arabic courses and case work all store their
sessions, events, lessons and interventions here; ``club``, ``children_events`` and
``courses`` add what is particular to each (members, registrations, enrolments).

Who a checklist expects depends on the programme (``expected_people``):

- mothers' club: members whose membership covers the activity's date; anyone else
  (a guest, a former member) may still be marked present;
- children's events: the registered children; a child whose guardian's consent has
  no date yet cannot be marked present;
- Arabic courses: the course's students, dropped-out ones excepted;
- case work: nobody in advance; any live person may be marked present.

Refusals are ``InvalidInput`` (field → code) and change nothing:

- ``{"programme": "invalid" | "cannot_change"}``, ``{"kind": "invalid" |
  "not_for_programme"}`` (see KINDS), ``{"held_on": "required" | "outside_course" |
  "in_future_with_attendance"}``, ``{"title": "required" | "too_long"}`` (children's
  events need a title), ``{"course_id": "required" | "unknown" | "not_for_kind" |
  "cannot_change"}``, ``{"place" | "facility" | "facilitators" | "notes": "too_long"}``;
- ``{"activity": "has_attendance" | "has_registrations"}`` from ``delete_activity``
  without ``confirmed=True``;
- ``AttendanceRefused`` (an InvalidInput naming the persons) from ``set_attendance``:
  ``{"attendance": "unknown_person" | "not_expected" | "no_consent" | "not_held_yet"}``;
- ``{"end": "before_start"}`` for a statistics period that ends before it starts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import Select, distinct, func, literal, select
from sqlalchemy.orm import Session

from centre_desk.domain.courses import lesson_in_course
from centre_desk.domain.enums import ActivityKind, AuditAction, EnrolmentStatus, Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import clean, full_name
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Attendance, ClubMembership, Course, Enrolment, EventRegistration, Person)

_K = ActivityKind
KINDS: dict[Programme, tuple[ActivityKind, ...]] = {
    # Athletic events are held by every programme but the courses: the club's sports
    # days, children's sports days and football in the colonies (the seeded data too).
    Programme.CASE_WORK: (_K.INDIVIDUAL_CONSULTATION, _K.GROUP_TRAINING,
                          _K.THEOLOGICAL_LECTURE, _K.CONVERSATION, _K.ATHLETIC_EVENT),
    Programme.MOTHERS_CLUB: (_K.CLUB_GROUP_SESSION, _K.CLUB_ONE_ON_ONE, _K.ATHLETIC_EVENT),
    Programme.CHILDREN_EVENTS: (_K.CHILDREN_EVENT, _K.ATHLETIC_EVENT),
    Programme.ARABIC_COURSES: (_K.COURSE_LESSON,),
}
"""The kinds of activity each programme holds, in the order a picker offers them."""

TITLE_REQUIRED = frozenset({Programme.CHILDREN_EVENTS})
"""Programmes whose activities must have a title (an event is known by its name)."""

CHECKED_LISTS = frozenset({Programme.CHILDREN_EVENTS, Programme.ARABIC_COURSES})
"""Programmes where only the expected people may be marked present."""

TEXT_LIMITS = {"title": 200, "place": 200, "facility": 200, "facilitators": 2000,
               "notes": 10000}
"""The longest text each activity field stores."""

NO_CONSENT = "no_consent"
NOT_EXPECTED = "not_expected"


@dataclasses.dataclass(frozen=True)
class ActivityInput:
    """What an activity form supplies. ``facilitators`` are the organisers, teacher or
    specialists, as free text; ``course_id`` names the course of a lesson."""

    programme: Programme
    kind: ActivityKind
    held_on: dt.date
    title: str | None = None
    place: str | None = None
    facility: str | None = None
    facilitators: str | None = None
    notes: str | None = None
    course_id: uuid.UUID | None = None


@dataclasses.dataclass(frozen=True)
class ActivityView:
    """A stored activity and how many live persons are marked present."""

    id: uuid.UUID
    programme: Programme
    kind: ActivityKind
    held_on: dt.date
    title: str | None
    place: str | None
    facility: str | None
    facilitators: str | None
    notes: str | None
    course_id: uuid.UUID | None
    present_count: int


@dataclasses.dataclass(frozen=True)
class ActivitySummary:
    """One line of a programme's list of activities."""

    id: uuid.UUID
    held_on: dt.date
    kind: ActivityKind
    title: str | None
    place: str | None
    present_count: int


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


@dataclasses.dataclass(frozen=True)
class PersonActivity:
    """An activity a person attended, for their file's history."""

    activity_id: uuid.UUID
    programme: Programme
    kind: ActivityKind
    held_on: dt.date
    title: str | None
    place: str | None
    course_id: uuid.UUID | None


@dataclasses.dataclass(frozen=True)
class ProgrammeStatistics:
    """The ministry's figures for a period: activities held and unique people involved
    (a person who came to many activities counts once)."""

    activities_held: int
    unique_people: int


class AttendanceRefused(InvalidInput):
    """Some persons cannot be marked present; ``person_ids`` names them so the
    checklist can point at them. ``problems`` is ``{"attendance": code}``."""

    def __init__(self, code: str, person_ids: Iterable[uuid.UUID] = ()) -> None:
        super().__init__({"attendance": code})
        self.person_ids = frozenset(person_ids)


# --- reading ----------------------------------------------------------------------------------

def kinds_for(programme: Programme) -> tuple[ActivityKind, ...]:
    """The kinds of activity a programme holds (see KINDS)."""
    return KINDS[programme]


def live_activity(session: Session, activity_id: uuid.UUID,
                  programme: Programme | None = None, what: str = "activity") -> Activity:
    """A live activity (of ``programme`` when given), or NotFound naming ``what``."""
    activity = session.get(Activity, activity_id)
    if (activity is None or activity.deleted_at is not None
            or (programme is not None and activity.programme is not programme)):
        raise NotFound(what, activity_id)
    return activity


def _of_live_person():
    # Deleted persons are few: ruling them out by a list read once is far cheaper than
    # looking up each attendee's person row (a half-year's 260,000 attendances on the
    # 100,000-person benchmark: 1.4 s instead of 2.4 s).
    return Attendance.person_id.not_in(select(Person.id).where(Person.deleted_at.is_not(None)))


def _present_count():
    return (select(func.count()).select_from(Attendance)
            .where(Attendance.activity_id == Activity.id, Attendance.deleted_at.is_(None),
                   _of_live_person())
            .correlate(Activity).scalar_subquery())


def get_activity(session: Session, activity_id: uuid.UUID) -> ActivityView:
    """One live activity with its count of persons present."""
    audit.require(session, Permission.VIEW)
    activity = live_activity(session, activity_id)
    present = session.scalar(select(_present_count()).select_from(Activity)
                             .where(Activity.id == activity.id))
    return ActivityView(
        id=activity.id, programme=activity.programme, kind=activity.kind,
        held_on=activity.held_on, title=activity.title, place=activity.place,
        facility=activity.facility, facilitators=activity.facilitators,
        notes=activity.notes, course_id=activity.course_id, present_count=present)


def activities_of(session: Session, programme: Programme, start: dt.date | None = None,
                  end: dt.date | None = None, course_id: uuid.UUID | None = None,
                  limit: int | None = None) -> tuple[ActivitySummary, ...]:
    """A programme's live activities held from ``start`` to ``end`` (both inclusive,
    either open), of one course when ``course_id`` is given, newest first."""
    audit.require(session, Permission.VIEW)
    statement = (select(Activity.id, Activity.held_on, Activity.kind, Activity.title,
                        Activity.place, _present_count())
                 .where(Activity.programme == programme, Activity.deleted_at.is_(None))
                 .order_by(Activity.held_on.desc(), Activity.created_at.desc(),
                           Activity.id))
    if start is not None:
        statement = statement.where(Activity.held_on >= start)
    if end is not None:
        statement = statement.where(Activity.held_on <= end)
    if course_id is not None:
        statement = statement.where(Activity.course_id == course_id)
    if limit is not None:
        statement = statement.limit(limit)
    return tuple(ActivitySummary(*row) for row in session.execute(statement))


def person_activities(session: Session, person_id: uuid.UUID,
                      programme: Programme | None = None) -> tuple[PersonActivity, ...]:
    """The live activities a person attended (of one programme when given), newest
    first: the history on a participant's, member's, child's or student's file."""
    audit.require(session, Permission.VIEW)
    statement = (select(Activity.id, Activity.programme, Activity.kind, Activity.held_on,
                        Activity.title, Activity.place, Activity.course_id)
                 .join(Attendance, Attendance.activity_id == Activity.id)
                 .where(Attendance.person_id == person_id, Attendance.deleted_at.is_(None),
                        Activity.deleted_at.is_(None))
                 .order_by(Activity.held_on.desc(), Activity.created_at.desc(),
                           Activity.id))
    if programme is not None:
        statement = statement.where(Activity.programme == programme)
    return tuple(PersonActivity(*row) for row in session.execute(statement))


def _check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise InvalidInput({"end": "before_start"})


def _held(start: dt.date, end: dt.date) -> list:
    return [Activity.deleted_at.is_(None), Activity.held_on >= start, Activity.held_on <= end]


def programme_statistics(session: Session, start: dt.date, end: dt.date,
                         programme: Programme | None = None) -> ProgrammeStatistics:
    """Live activities held from ``start`` to ``end`` (both inclusive) and the distinct
    live persons who attended them, for one programme or (None) for all of them."""
    audit.require(session, Permission.VIEW)
    _check_period(start, end)
    held = _held(start, end)
    if programme is not None:
        held.append(Activity.programme == programme)
    activities = session.scalar(select(func.count()).select_from(Activity).where(*held))
    people = session.scalar(
        select(func.count(distinct(Attendance.person_id)))
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(*held, Attendance.deleted_at.is_(None), _of_live_person()))
    return ProgrammeStatistics(activities_held=activities, unique_people=people)


def statistics_by_programme(session: Session, start: dt.date,
                            end: dt.date) -> dict[Programme | None, ProgrammeStatistics]:
    """``programme_statistics`` for every programme (a zero line for a quiet one) and,
    under the key None, for all together: its people are not the sum of the lines,
    since a mother in the club whose son is in a course counts once overall.

    One pass over the period's attendance instead of five."""
    audit.require(session, Permission.VIEW)
    _check_period(start, end)
    held = _held(start, end)
    activities = {programme: count for programme, count in session.execute(
        select(Activity.programme, func.count()).where(*held).group_by(Activity.programme))}
    people: dict[Programme, set[uuid.UUID]] = {programme: set() for programme in Programme}
    for programme, person_id in session.execute(
            select(Activity.programme, Attendance.person_id).distinct()
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(*held, Attendance.deleted_at.is_(None), _of_live_person())):
        people[programme].add(person_id)
    figures: dict[Programme | None, ProgrammeStatistics] = {
        programme: ProgrammeStatistics(activities.get(programme, 0), len(people[programme]))
        for programme in Programme}
    figures[None] = ProgrammeStatistics(sum(activities.values()),
                                        len(set().union(*people.values())))
    return figures


# --- who is expected --------------------------------------------------------------------------

_NAME_COLUMNS = (Person.id, Person.surname, Person.given_name, Person.patronymic,
                 Person.sort_key)


def _expected_statement(activity: Activity) -> Select | None:
    """Live persons the activity expects, each with whether they may be ticked."""
    if activity.programme is Programme.MOTHERS_CLUB:
        return (select(*_NAME_COLUMNS, literal(True).label("allowed"))
                .join(ClubMembership, ClubMembership.person_id == Person.id)
                .where(ClubMembership.deleted_at.is_(None), Person.deleted_at.is_(None),
                       ClubMembership.joined_on <= activity.held_on,
                       (ClubMembership.left_on.is_(None)
                        | (ClubMembership.left_on >= activity.held_on))))
    if activity.programme is Programme.CHILDREN_EVENTS:
        return (select(*_NAME_COLUMNS, EventRegistration.consent_on.is_not(None)
                       .label("allowed"))
                .join(EventRegistration, EventRegistration.child_id == Person.id)
                .where(EventRegistration.activity_id == activity.id,
                       EventRegistration.deleted_at.is_(None), Person.deleted_at.is_(None)))
    if activity.programme is Programme.ARABIC_COURSES and activity.course_id is not None:
        return (select(*_NAME_COLUMNS, literal(True).label("allowed"))
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


def _present(session: Session, activity: Activity) -> dict[uuid.UUID, tuple]:
    """Live persons marked present: person id → (surname, given name, patronymic,
    sort key)."""
    rows = session.execute(
        select(*_NAME_COLUMNS).join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.activity_id == activity.id, Attendance.deleted_at.is_(None),
               Person.deleted_at.is_(None)))
    return {person_id: tuple(rest) for person_id, *rest in rows}


def expected_people(session: Session, activity_id: uuid.UUID) -> tuple[ExpectedPerson, ...]:
    """The attendance checklist: everyone the activity expects (see the module's
    docstring) plus anyone already marked present, in alphabetical order."""
    audit.require(session, Permission.VIEW)
    activity = live_activity(session, activity_id)
    expected = _expected(session, activity)
    present = _present(session, activity)
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
    (and, for events, have a consent date); nobody can be ticked for an activity later
    than ``today``. Unticking is always allowed. Any refusal changes nothing."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    return _apply(session, activity, set(present), today)


def set_present(session: Session, activity_id: uuid.UUID, person_id: uuid.UUID,
                present: bool, today: dt.date | None = None) -> AttendanceChange:
    """Tick or untick one person (a checklist's space key, a register cell), with the
    rules of ``set_attendance``."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    wanted = set(_present(session, activity))
    if present:
        wanted.add(person_id)
    else:
        wanted.discard(person_id)
    return _apply(session, activity, wanted, today)


# --- changing activities ----------------------------------------------------------------------

def normalise(session: Session, data: ActivityInput) -> ActivityInput:
    """Trim the text and check the kind, title and course fit the programme, or raise
    InvalidInput with every problem."""
    texts = {name: clean(getattr(data, name)) for name in TEXT_LIMITS}
    problems = {name: "too_long" for name, text in texts.items()
                if text and len(text) > TEXT_LIMITS[name]}
    programme = Programme(data.programme) if data.programme in set(Programme) else None
    kind = ActivityKind(data.kind) if data.kind in set(ActivityKind) else None
    if programme is None:
        problems["programme"] = "invalid"
    if kind is None:
        problems["kind"] = "invalid"
    elif programme is not None and kind not in KINDS[programme]:
        problems["kind"] = "not_for_programme"
    if data.held_on is None:
        problems["held_on"] = "required"
    if programme in TITLE_REQUIRED and not texts["title"]:
        problems["title"] = "required"
    if kind is ActivityKind.COURSE_LESSON:
        course = session.get(Course, data.course_id) if data.course_id else None
        if data.course_id is None:
            problems["course_id"] = "required"
        elif course is None or course.deleted_at is not None:
            problems["course_id"] = "unknown"
        elif data.held_on and not lesson_in_course(data.held_on, course.starts_on,
                                                   course.ends_on):
            problems["held_on"] = "outside_course"
    elif data.course_id is not None:
        problems["course_id"] = "not_for_kind"
    if problems:
        raise InvalidInput(problems)
    return dataclasses.replace(data, programme=programme, kind=kind, **texts)


_FIELDS = [f.name for f in dataclasses.fields(ActivityInput)]


def create_activity(session: Session, data: ActivityInput) -> uuid.UUID:
    """Record an activity of any programme; attendance is marked afterwards."""
    audit.require(session, Permission.EDIT)
    data = normalise(session, data)
    activity = Activity(**dataclasses.asdict(data))
    session.add(activity)
    session.flush()
    audit.record(session, AuditAction.CREATED, "activity", activity.id,
                 programme=data.programme.value, kind=data.kind.value, held_on=data.held_on)
    return activity.id


def update_activity(session: Session, activity_id: uuid.UUID, data: ActivityInput,
                    today: dt.date | None = None) -> list[str]:
    """Correct an activity; returns the names of the fields that changed. Its programme
    and course stay (attendance was checked against them), and an activity with
    attendance cannot move to a day after ``today``."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    data = normalise(session, data)
    problems = {}
    if data.programme is not activity.programme:
        problems["programme"] = "cannot_change"
    if data.course_id != activity.course_id:
        problems["course_id"] = "cannot_change"
    if (data.held_on > (today or dt.date.today()) and data.held_on != activity.held_on
            and _present(session, activity)):
        problems["held_on"] = "in_future_with_attendance"
    if problems:
        raise InvalidInput(problems)
    return audit.apply_changes(session, activity, data, _FIELDS, "activity")


def delete_activity(session: Session, activity_id: uuid.UUID, confirmed: bool = False) -> None:
    """Delete an activity with its attendance and event registrations, by tombstone.

    An activity with attendance (or, for an event, registrations) is refused with
    ``{"activity": "has_attendance" | "has_registrations"}`` until the user confirms
    (``confirmed=True``): the GUI asks first."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    attendances = session.scalars(select(Attendance).where(
        Attendance.activity_id == activity.id, Attendance.deleted_at.is_(None))).all()
    registrations = session.scalars(select(EventRegistration).where(
        EventRegistration.activity_id == activity.id,
        EventRegistration.deleted_at.is_(None))).all()
    if not confirmed and attendances:
        raise InvalidInput({"activity": "has_attendance"})
    if not confirmed and registrations:
        raise InvalidInput({"activity": "has_registrations"})
    now = utc_now()
    for row in (activity, *attendances, *registrations):
        row.deleted_at = now
    audit.record(session, AuditAction.DELETED, "activity", activity.id,
                 programme=activity.programme.value, attendances=len(attendances),
                 registrations=len(registrations))
