"""The activity core every programme stores its sessions in: an activity (anything held
on a date) checked, stored, corrected and deleted, and read back with who was present."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.courses import lesson_in_course
from centre_desk.domain.enums import ActivityKind, AuditAction, Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.concurrency import Seen
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import clean, is_live_person, live_row
from centre_desk.store.base import utc_now
from centre_desk.store.models import Activity, Attendance, Course, EventRegistration, Person

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


TEXT_LIMITS = {"title": 200, "place": 200, "facility": 200, "facilitators": 2000,
               "notes": 10000}
"""The longest text each activity field stores."""


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
class PersonActivity:
    """An activity a person attended, for their file's history."""

    activity_id: uuid.UUID
    programme: Programme
    kind: ActivityKind
    held_on: dt.date
    title: str | None
    place: str | None
    course_id: uuid.UUID | None


# --- reading ----------------------------------------------------------------------------------

def kinds_for(programme: Programme) -> tuple[ActivityKind, ...]:
    """The kinds of activity a programme holds (see KINDS)."""
    return KINDS[programme]


def live_activity(session: Session, activity_id: uuid.UUID,
                  programme: Programme | None = None, what: str = "activity") -> Activity:
    """A live activity (of ``programme`` when given), or NotFound naming ``what``."""
    activity = live_row(session, Activity, activity_id, what)
    if programme is not None and activity.programme is not programme:
        raise NotFound(what, activity_id)
    return activity


def present_count():
    """In a query of activities: how many live persons are marked present."""
    return (select(func.count()).select_from(Attendance)
            .where(Attendance.activity_id == Activity.id, Attendance.deleted_at.is_(None),
                   is_live_person(Attendance.person_id))
            .correlate(Activity).scalar_subquery())


NAME_COLUMNS = (Person.id, Person.surname, Person.given_name, Person.patronymic,
                 Person.sort_key)


def present_people(session: Session, activity: Activity) -> dict[uuid.UUID, tuple]:
    """Live persons marked present: person id → (surname, given name, patronymic,
    sort key)."""
    rows = session.execute(
        select(*NAME_COLUMNS).join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.activity_id == activity.id, Attendance.deleted_at.is_(None),
               Person.deleted_at.is_(None)))
    return {person_id: tuple(rest) for person_id, *rest in rows}


def get_activity(session: Session, activity_id: uuid.UUID) -> ActivityView:
    """One live activity with its count of persons present."""
    audit.require(session, Permission.VIEW)
    activity = live_activity(session, activity_id)
    present = session.scalar(select(present_count()).select_from(Activity)
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
                        Activity.place, present_count())
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


def store_activity(session: Session, data: ActivityInput,
                   present: Iterable[uuid.UUID] = ()) -> Activity:
    """The one way an activity is written: ``data`` checked (``normalise``) and stored,
    with an attendance for each of ``present`` (persons the caller has checked). The
    caller records the audit event in its own words."""
    data = normalise(session, data)
    activity = Activity(**dataclasses.asdict(data))
    session.add(activity)
    session.flush()
    session.add_all(Attendance(activity_id=activity.id, person_id=person_id)
                    for person_id in present)
    return activity


def create_activity(session: Session, data: ActivityInput) -> uuid.UUID:
    """Record an activity of any programme; attendance is marked afterwards."""
    audit.require(session, Permission.EDIT)
    activity = store_activity(session, data)
    audit.record(session, AuditAction.CREATED, "activity", activity.id,
                 programme=activity.programme.value, kind=activity.kind.value,
                 held_on=activity.held_on)
    return activity.id


def update_activity(session: Session, activity_id: uuid.UUID, data: ActivityInput,
                    today: dt.date | None = None, seen: Seen | None = None) -> list[str]:
    """Correct an activity; returns the names of the fields that changed. Its programme
    and course stay (attendance was checked against them), and an activity with
    attendance cannot move to a day after ``today``. ``seen``: as audit.apply_changes
    takes it."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    data = normalise(session, data)
    problems = {}
    if data.programme is not activity.programme:
        problems["programme"] = "cannot_change"
    if data.course_id != activity.course_id:
        problems["course_id"] = "cannot_change"
    if (data.held_on > (today or dt.date.today()) and data.held_on != activity.held_on
            and present_people(session, activity)):
        problems["held_on"] = "in_future_with_attendance"
    if problems:
        raise InvalidInput(problems)
    return audit.apply_changes(session, activity, data, _FIELDS, "activity", seen)


def delete_activity(session: Session, activity_id: uuid.UUID, confirmed: bool = False) -> None:
    """Delete an activity with its attendance and event registrations, by tombstone.

    An activity with attendance (or, for an event, registrations) is refused with
    ``{"activity": "has_attendance" | "has_registrations"}`` until the user confirms
    (``confirmed=True``): the GUI asks first."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id)
    attendances, registrations = tombstone_activities(session, [activity], confirmed)
    audit.record(session, AuditAction.DELETED, "activity", activity.id,
                 programme=activity.programme.value, attendances=attendances,
                 registrations=registrations)


def tombstone_activities(session: Session, activities: Sequence[Activity],
                         confirmed: bool = True,
                         now: dt.datetime | None = None) -> tuple[int, int]:
    """The one way activities are deleted: they, their attendance and their event
    registrations get one tombstone time (``now``, so a caller deleting more keeps one
    time for all); returns how many attendances and registrations went with them.
    Unless ``confirmed``, any of either is refused as ``delete_activity`` says. The
    caller records the audit event."""
    ids = [activity.id for activity in activities]
    attendances = session.scalars(select(Attendance).where(
        Attendance.activity_id.in_(ids), Attendance.deleted_at.is_(None))).all()
    registrations = session.scalars(select(EventRegistration).where(
        EventRegistration.activity_id.in_(ids), EventRegistration.deleted_at.is_(None))).all()
    if not confirmed and attendances:
        raise InvalidInput({"activity": "has_attendance"})
    if not confirmed and registrations:
        raise InvalidInput({"activity": "has_registrations"})
    now = now or utc_now()
    for row in (*activities, *attendances, *registrations):
        row.deleted_at = now
    return len(attendances), len(registrations)
