"""A course's lessons (activities of Programme.ARABIC_COURSES) and its register: every
student by every lesson, ticked one cell at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, EnrolmentStatus, Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.activities import (
    ActivityInput, AttendanceChange, create_activity, live_activity, set_present)
from centre_desk.services.courses.course import lessons_of, live_course
from centre_desk.services.records import full_name
from centre_desk.store.models import Activity, Attendance, Enrolment, Person

@dataclasses.dataclass(frozen=True)
class GridStudent:
    """A row of the register grid (drop-outs included, so their past ticks show)."""

    enrolment_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    status: EnrolmentStatus


@dataclasses.dataclass(frozen=True)
class GridLesson:
    """A column of the register grid."""

    activity_id: uuid.UUID
    held_on: dt.date


@dataclasses.dataclass(frozen=True)
class RegisterGrid:
    """Students (alphabetically) × lessons (by date); ``present`` holds the ticked
    (person_id, activity_id) cells."""

    course_id: uuid.UUID
    students: tuple[GridStudent, ...]
    lessons: tuple[GridLesson, ...]
    present: frozenset[tuple[uuid.UUID, uuid.UUID]]

    def is_present(self, person_id: uuid.UUID, activity_id: uuid.UUID) -> bool:
        return (person_id, activity_id) in self.present


# --- lessons and the register ------------------------------------------------------------------

def add_lesson(session: Session, course_id: uuid.UUID, held_on: dt.date,
               notes: str | None = None, title: str | None = None,
               place: str | None = None) -> uuid.UUID:
    """Hold a lesson of the course on a date within its dates; the course's teacher
    is its facilitator. Returns the lesson's activity id (correct or delete it through
    ``services.activities``)."""
    audit.require(session, Permission.EDIT)
    course = live_course(session, course_id)
    return create_activity(session, ActivityInput(
        programme=Programme.ARABIC_COURSES, kind=ActivityKind.COURSE_LESSON, held_on=held_on,
        title=title, place=place, facilitators=course.teacher, notes=notes,
        course_id=course.id))


def register_grid(session: Session, course_id: uuid.UUID) -> RegisterGrid:
    """The register: every student × every lesson and the ticked cells, in three
    queries whatever the size."""
    audit.require(session, Permission.VIEW)
    course = live_course(session, course_id)
    students = tuple(GridStudent(enrolment_id, person_id, full_name(surname, given, patronymic),
                                 status)
                     for enrolment_id, person_id, surname, given, patronymic, status
                     in session.execute(
                         select(Enrolment.id, Person.id, Person.surname, Person.given_name,
                                Person.patronymic, Enrolment.status)
                         .join(Person, Person.id == Enrolment.person_id)
                         .where(Enrolment.course_id == course.id,
                                Enrolment.deleted_at.is_(None), Person.deleted_at.is_(None))
                         .order_by(Person.sort_key, Person.id)))
    lessons = tuple(GridLesson(activity_id, held_on) for activity_id, held_on in
                    session.execute(lessons_of(course.id).with_only_columns(
                        Activity.id, Activity.held_on)
                        .order_by(Activity.held_on, Activity.created_at, Activity.id)))
    people = {student.person_id for student in students}
    ticks = session.execute(
        select(Attendance.person_id, Attendance.activity_id)
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(Activity.course_id == course.id, Activity.deleted_at.is_(None),
               Activity.programme == Programme.ARABIC_COURSES,
               Attendance.deleted_at.is_(None)))
    return RegisterGrid(course.id, students, lessons,
                        frozenset((p, a) for p, a in ticks if p in people))


def set_register_cell(session: Session, activity_id: uuid.UUID, person_id: uuid.UUID,
                      present: bool, today: dt.date | None = None) -> AttendanceChange:
    """Tick or untick one cell of the register; only students who have not dropped out
    can be ticked (``{"attendance": "not_expected"}``)."""
    audit.require(session, Permission.EDIT)
    live_activity(session, activity_id, Programme.ARABIC_COURSES, "lesson")
    return set_present(session, activity_id, person_id, present, today)
