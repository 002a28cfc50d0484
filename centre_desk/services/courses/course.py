"""An Arabic course itself: its details checked and stored, corrected under its students
and lessons, deleted with all it holds, read back with its places taken."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain import courses as rules
from centre_desk.domain.enums import AuditAction, CourseGroup, Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.activities import tombstone_activities
from centre_desk.services.concurrency import Seen
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import clean, live_row
from centre_desk.store.base import utc_now
from centre_desk.store.models import Activity, Course, Enrolment, Person

_TEXTS = ("title", "level", "teacher", "schedule")


@dataclasses.dataclass(frozen=True)
class CourseInput:
    """What the course form supplies. ``active`` False marks a course that no longer
    takes students (finished or cancelled)."""

    title: str
    group: CourseGroup
    starts_on: dt.date
    capacity: int
    level: str | None = None
    teacher: str | None = None
    schedule: str | None = None
    ends_on: dt.date | None = None
    active: bool = True


@dataclasses.dataclass(frozen=True)
class CourseView:
    """A stored course with its places taken (enrolled + completed) and lessons held."""

    id: uuid.UUID
    title: str
    group: CourseGroup
    starts_on: dt.date
    capacity: int
    level: str | None
    teacher: str | None
    schedule: str | None
    ends_on: dt.date | None
    active: bool
    taken: int
    places_left: int
    lessons: int


# --- helpers ----------------------------------------------------------------------------------

def live_course(session: Session, course_id: uuid.UUID) -> Course:
    """The live course with this id, or NotFound."""
    return live_row(session, Course, course_id, "course")


def places_taken(session: Session, course_id: uuid.UUID) -> int:
    """Places held: live students of live persons who are enrolled or completed."""
    return session.scalar(
        select(func.count()).select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.course_id == course_id, Enrolment.deleted_at.is_(None),
               Person.deleted_at.is_(None),
               Enrolment.status.in_(rules.TAKES_A_PLACE)))


def lessons_of(course_id: uuid.UUID):
    """A select of the course's live lessons."""
    return select(Activity).where(Activity.course_id == course_id,
                                  Activity.deleted_at.is_(None),
                                  Activity.programme == Programme.ARABIC_COURSES)


def normalise(data: CourseInput) -> CourseInput:
    """Trim the text and check the details (domain.courses.course_problems), or raise
    InvalidInput with every problem."""
    texts = {name: clean(getattr(data, name)) for name in _TEXTS}
    problems = rules.course_problems(
        texts["title"], data.group, data.starts_on, data.capacity, data.ends_on,
        {name: texts[name] for name in _TEXTS if name != "title"})
    if problems:
        raise InvalidInput(problems)
    return dataclasses.replace(data, group=CourseGroup(data.group), active=bool(data.active),
                               **texts)


_FIELDS = [f.name for f in dataclasses.fields(CourseInput)]


# --- courses ----------------------------------------------------------------------------------

def create_course(session: Session, data: CourseInput) -> uuid.UUID:
    """Create a course; returns its id."""
    audit.require(session, Permission.EDIT)
    data = normalise(data)
    course = Course(**dataclasses.asdict(data))
    session.add(course)
    session.flush()
    audit.record(session, AuditAction.CREATED, "course", course.id, title=data.title,
                 group=data.group.value)
    return course.id


def update_course(session: Session, course_id: uuid.UUID, data: CourseInput,
                  seen: Seen | None = None) -> list[str]:
    """Correct a course; returns the names of the fields that changed. Its places
    cannot drop below those taken, its group cannot change while it has students, and
    its dates must still cover its lessons. ``seen``: as audit.apply_changes takes it."""
    audit.require(session, Permission.EDIT)
    course = live_course(session, course_id)
    data = normalise(data)
    problems = {}
    if data.capacity < places_taken(session, course.id):
        problems["capacity"] = "course.below_taken"
    if data.group is not course.group and session.scalar(
            select(Enrolment.id).join(Person, Person.id == Enrolment.person_id)
            .where(Enrolment.course_id == course.id, Enrolment.deleted_at.is_(None),
                   Person.deleted_at.is_(None)).limit(1)) is not None:
        problems["group"] = "course.has_students"
    first, last = session.execute(
        lessons_of(course.id).with_only_columns(func.min(Activity.held_on),
                                                func.max(Activity.held_on))).one()
    if first is not None and data.starts_on > first:
        problems["starts_on"] = "course.after_first_lesson"
    if last is not None and data.ends_on is not None and data.ends_on < last:
        problems["ends_on"] = "course.before_last_lesson"
    if problems:
        raise InvalidInput(problems)
    return audit.apply_changes(session, course, data, _FIELDS, "course", seen)


def delete_course(session: Session, course_id: uuid.UUID, confirmed: bool = False) -> None:
    """Delete a course with its enrolments, lessons and their attendance, by tombstone.
    A course with students or lessons is refused until the user confirms."""
    audit.require(session, Permission.EDIT)
    course = live_course(session, course_id)
    enrolments = session.scalars(select(Enrolment).where(
        Enrolment.course_id == course.id, Enrolment.deleted_at.is_(None))).all()
    lessons = session.scalars(lessons_of(course.id)).all()
    if not confirmed and enrolments:
        raise InvalidInput({"course": "course.has_enrolments"})
    if not confirmed and lessons:
        raise InvalidInput({"course": "course.has_lessons"})
    now = utc_now()
    for row in (course, *enrolments):
        row.deleted_at = now
    attendances, _registrations = tombstone_activities(session, lessons, now=now)
    audit.record(session, AuditAction.DELETED, "course", course.id,
                 enrolments=len(enrolments), lessons=len(lessons), attendances=attendances)


def get_course(session: Session, course_id: uuid.UUID) -> CourseView:
    """One live course with its places taken and left and its number of lessons."""
    audit.require(session, Permission.VIEW)
    course = live_course(session, course_id)
    taken = places_taken(session, course.id)
    lessons = session.scalar(lessons_of(course.id).with_only_columns(func.count()))
    return CourseView(
        id=course.id, title=course.title, group=course.group, starts_on=course.starts_on,
        capacity=course.capacity, level=course.level, teacher=course.teacher,
        schedule=course.schedule, ends_on=course.ends_on, active=course.active,
        taken=taken, places_left=rules.places_left(course.capacity, taken), lessons=lessons)
