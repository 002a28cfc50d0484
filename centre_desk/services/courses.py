"""Arabic literacy courses: the course, its students (enrolments), its lessons (activities
of Programme.ARABIC_COURSES), the register grid and the completion certificate.
The rules themselves (group and sex, places, status changes) are in domain.courses.

Refusals are ``InvalidInput`` (field → code) and change nothing:

- course details: ``{"title": "required" | "too_long"}``, ``{"group": "required" |
  "invalid" | "has_students"}`` (a group cannot change under its students),
  ``{"starts_on": "required" | "after_first_lesson"}``, ``{"ends_on": "before_start" |
  "before_last_lesson"}``, ``{"capacity": "required" | "out_of_range" | "below_taken"}``,
  ``{"level" | "teacher" | "schedule": "too_long"}``;
- ``{"course": "has_enrolments" | "has_lessons"}`` from ``delete_course`` without
  ``confirmed=True``;
- enrolling: ``{"person": "sex_unknown" | "wrong_group" | "already_enrolled"}``,
  ``{"course": "full" | "not_active"}``, ``{"enrolled_on": "required" | "in_future"}``;
- status: ``{"status": "not_allowed"}`` (domain.courses.ALLOWED), ``{"on": "required" |
  "in_future" | "before_enrolment"}``, ``{"course": "full"}`` when a drop-out comes back;
- lessons: ``{"held_on": "outside_course"}`` and the other activity codes; marking a
  student who is not enrolled (or dropped out) is ``{"attendance": "not_expected"}``;
- ``{"enrolment": "not_completed"}``: a certificate is only for a completed course.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain import courses as rules
from centre_desk.domain.enums import (
    ActivityKind, AuditAction, CourseGroup, EnrolmentStatus, Language, Programme)
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.activities import (
    ActivityInput, AttendanceChange, create_activity, live_activity, set_present)
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import clean, full_name, live_person
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Attendance, Course, Enrolment, EventRegistration, Person, Site)

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


@dataclasses.dataclass(frozen=True)
class EnrolmentView:
    """A student of a course; ``next_statuses`` are the changes the rules allow now."""

    enrolment_id: uuid.UUID
    course_id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    status: EnrolmentStatus
    enrolled_on: dt.date
    certificate_on: dt.date | None
    next_statuses: tuple[EnrolmentStatus, ...]


@dataclasses.dataclass(frozen=True)
class StudentCourse:
    """A course on a person's file, with how many of its lessons they came to."""

    enrolment_id: uuid.UUID
    course_id: uuid.UUID
    course_title: str
    level: str | None
    group: CourseGroup
    status: EnrolmentStatus
    enrolled_on: dt.date
    certificate_on: dt.date | None
    lessons_attended: int


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


@dataclasses.dataclass(frozen=True)
class CertificateData:
    """What a completion certificate prints; ``language`` is the person's own (None:
    not recorded, print in the program's language)."""

    enrolment_id: uuid.UUID
    full_name: str
    language: Language | None
    course_title: str
    level: str | None
    group: CourseGroup
    teacher: str | None
    starts_on: dt.date
    ends_on: dt.date | None
    certificate_on: dt.date
    centre_name: str


# --- helpers ----------------------------------------------------------------------------------

def _live_course(session: Session, course_id: uuid.UUID) -> Course:
    course = session.get(Course, course_id)
    if course is None or course.deleted_at is not None:
        raise NotFound("course", course_id)
    return course


def _live_enrolment(session: Session, enrolment_id: uuid.UUID) -> Enrolment:
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.deleted_at is not None:
        raise NotFound("enrolment", enrolment_id)
    _live_course(session, enrolment.course_id)
    live_person(session, enrolment.person_id)
    return enrolment


def _taken(session: Session, course_id: uuid.UUID) -> int:
    """Places held: live students of live persons who are enrolled or completed."""
    return session.scalar(
        select(func.count()).select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.course_id == course_id, Enrolment.deleted_at.is_(None),
               Person.deleted_at.is_(None),
               Enrolment.status.in_(rules.TAKES_A_PLACE)))


def _lessons(course_id: uuid.UUID):
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


def update_course(session: Session, course_id: uuid.UUID, data: CourseInput) -> list[str]:
    """Correct a course; returns the names of the fields that changed. Its places
    cannot drop below those taken, its group cannot change while it has students, and
    its dates must still cover its lessons."""
    audit.require(session, Permission.EDIT)
    course = _live_course(session, course_id)
    data = normalise(data)
    problems = {}
    if data.capacity < _taken(session, course.id):
        problems["capacity"] = "below_taken"
    if data.group is not course.group and session.scalar(
            select(Enrolment.id).join(Person, Person.id == Enrolment.person_id)
            .where(Enrolment.course_id == course.id, Enrolment.deleted_at.is_(None),
                   Person.deleted_at.is_(None)).limit(1)) is not None:
        problems["group"] = "has_students"
    first, last = session.execute(
        _lessons(course.id).with_only_columns(func.min(Activity.held_on),
                                              func.max(Activity.held_on))).one()
    if first is not None and data.starts_on > first:
        problems["starts_on"] = "after_first_lesson"
    if last is not None and data.ends_on is not None and data.ends_on < last:
        problems["ends_on"] = "before_last_lesson"
    if problems:
        raise InvalidInput(problems)
    return audit.apply_changes(session, course, data, _FIELDS, "course")


def delete_course(session: Session, course_id: uuid.UUID, confirmed: bool = False) -> None:
    """Delete a course with its enrolments, lessons and their attendance, by tombstone.
    A course with students or lessons is refused until the user confirms."""
    audit.require(session, Permission.EDIT)
    course = _live_course(session, course_id)
    enrolments = session.scalars(select(Enrolment).where(
        Enrolment.course_id == course.id, Enrolment.deleted_at.is_(None))).all()
    lessons = session.scalars(_lessons(course.id)).all()
    if not confirmed and enrolments:
        raise InvalidInput({"course": "has_enrolments"})
    if not confirmed and lessons:
        raise InvalidInput({"course": "has_lessons"})
    lesson_ids = [lesson.id for lesson in lessons]
    attendances = session.scalars(select(Attendance).where(
        Attendance.activity_id.in_(lesson_ids), Attendance.deleted_at.is_(None))).all()
    registrations = session.scalars(select(EventRegistration).where(
        EventRegistration.activity_id.in_(lesson_ids),
        EventRegistration.deleted_at.is_(None))).all()
    now = utc_now()
    for row in (course, *enrolments, *lessons, *attendances, *registrations):
        row.deleted_at = now
    audit.record(session, AuditAction.DELETED, "course", course.id,
                 enrolments=len(enrolments), lessons=len(lessons),
                 attendances=len(attendances))


def get_course(session: Session, course_id: uuid.UUID) -> CourseView:
    """One live course with its places taken and left and its number of lessons."""
    audit.require(session, Permission.VIEW)
    course = _live_course(session, course_id)
    taken = _taken(session, course.id)
    lessons = session.scalar(_lessons(course.id).with_only_columns(func.count()))
    return CourseView(
        id=course.id, title=course.title, group=course.group, starts_on=course.starts_on,
        capacity=course.capacity, level=course.level, teacher=course.teacher,
        schedule=course.schedule, ends_on=course.ends_on, active=course.active,
        taken=taken, places_left=rules.places_left(course.capacity, taken), lessons=lessons)


# --- students ---------------------------------------------------------------------------------

def enrol(session: Session, course_id: uuid.UUID, person_id: uuid.UUID, enrolled_on: dt.date,
          today: dt.date | None = None) -> uuid.UUID:
    """Enrol a person in a course of their group while it has a free place; returns
    the enrolment's id."""
    audit.require(session, Permission.EDIT)
    course = _live_course(session, course_id)
    person = live_person(session, person_id)
    problems: dict[str, str] = {}
    existing = session.scalar(select(Enrolment).where(Enrolment.course_id == course.id,
                                                      Enrolment.person_id == person.id))
    if person.sex is None:
        problems["person"] = "sex_unknown"
    elif not rules.group_admits(course.group, person.sex):
        problems["person"] = "wrong_group"
    elif existing is not None and existing.deleted_at is None:
        problems["person"] = "already_enrolled"
    if not course.active:
        problems["course"] = "not_active"
    elif _taken(session, course.id) >= course.capacity:
        problems["course"] = "full"
    if enrolled_on is None:
        problems["enrolled_on"] = "required"
    elif enrolled_on > (today or dt.date.today()):
        problems["enrolled_on"] = "in_future"
    if problems:
        raise InvalidInput(problems)
    if existing is None:
        enrolment = Enrolment(course_id=course.id, person_id=person.id,
                              status=EnrolmentStatus.ENROLLED, enrolled_on=enrolled_on)
        session.add(enrolment)
        session.flush()
    else:  # (course, person) is unique: a removed enrolment starts again
        enrolment = existing
        enrolment.deleted_at = None
        enrolment.status, enrolment.enrolled_on = EnrolmentStatus.ENROLLED, enrolled_on
        enrolment.certificate_on = None
    audit.record(session, AuditAction.CREATED, "enrolment", enrolment.id,
                 course=str(course.id), person=str(person.id), enrolled_on=enrolled_on)
    return enrolment.id


def set_enrolment_status(session: Session, enrolment_id: uuid.UUID, status: EnrolmentStatus,
                         on: dt.date, today: dt.date | None = None) -> bool:
    """Move a student to another status on a date, as domain.courses.ALLOWED permits:
    completion dates the certificate, dropping out frees the place, a drop-out comes
    back only to a free place. Returns False when the status is already ``status``."""
    audit.require(session, Permission.EDIT)
    enrolment = _live_enrolment(session, enrolment_id)
    status = EnrolmentStatus(status)
    if status is enrolment.status:
        return False
    problems: dict[str, str] = {}
    if not rules.can_change(enrolment.status, status):
        problems["status"] = "not_allowed"
    if on is None:
        problems["on"] = "required"
    elif on > (today or dt.date.today()):
        problems["on"] = "in_future"
    elif on < enrolment.enrolled_on:
        problems["on"] = "before_enrolment"
    if (not problems and rules.takes_a_place(status)
            and not rules.takes_a_place(enrolment.status)):
        course = session.get(Course, enrolment.course_id)
        if _taken(session, course.id) >= course.capacity:
            problems["course"] = "full"
    if problems:
        raise InvalidInput(problems)
    previous = enrolment.status
    enrolment.status = status
    if status is EnrolmentStatus.COMPLETED:
        enrolment.certificate_on = on
    audit.record(session, AuditAction.UPDATED, "enrolment", enrolment.id,
                 fields=["status"] + (["certificate_on"] if status is
                                      EnrolmentStatus.COMPLETED else []),
                 from_status=previous.value, to_status=status.value, on=on)
    return True


def enrolments(session: Session, course_id: uuid.UUID) -> tuple[EnrolmentView, ...]:
    """A course's students (drop-outs too), alphabetically."""
    audit.require(session, Permission.VIEW)
    course = _live_course(session, course_id)
    rows = session.execute(
        select(Enrolment, Person).join(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.course_id == course.id, Enrolment.deleted_at.is_(None),
               Person.deleted_at.is_(None))
        .order_by(Person.sort_key, Person.id))
    return tuple(EnrolmentView(
        enrolment.id, course.id, person.id,
        full_name(person.surname, person.given_name, person.patronymic), enrolment.status,
        enrolment.enrolled_on, enrolment.certificate_on, rules.next_statuses(enrolment.status))
        for enrolment, person in rows)


def student_courses(session: Session, person_id: uuid.UUID) -> tuple[StudentCourse, ...]:
    """A person's courses for their file, latest start first, with lessons attended."""
    audit.require(session, Permission.VIEW)
    attended = (select(func.count()).select_from(Attendance)
                .join(Activity, Activity.id == Attendance.activity_id)
                .where(Activity.course_id == Enrolment.course_id,
                       Attendance.person_id == Enrolment.person_id,
                       Attendance.deleted_at.is_(None), Activity.deleted_at.is_(None))
                .correlate(Enrolment).scalar_subquery())
    rows = session.execute(
        select(Enrolment, Course, attended).join(Course, Course.id == Enrolment.course_id)
        .where(Enrolment.person_id == person_id, Enrolment.deleted_at.is_(None),
               Course.deleted_at.is_(None))
        .order_by(Course.starts_on.desc(), Course.title, Course.id))
    return tuple(StudentCourse(
        enrolment.id, course.id, course.title, course.level, course.group, enrolment.status,
        enrolment.enrolled_on, enrolment.certificate_on, count)
        for enrolment, course, count in rows)


# --- lessons and the register ------------------------------------------------------------------

def add_lesson(session: Session, course_id: uuid.UUID, held_on: dt.date,
               notes: str | None = None, title: str | None = None,
               place: str | None = None) -> uuid.UUID:
    """Hold a lesson of the course on a date within its dates; the course's teacher
    is its facilitator. Returns the lesson's activity id (correct or delete it through
    ``services.activities``)."""
    audit.require(session, Permission.EDIT)
    course = _live_course(session, course_id)
    return create_activity(session, ActivityInput(
        programme=Programme.ARABIC_COURSES, kind=ActivityKind.COURSE_LESSON, held_on=held_on,
        title=title, place=place, facilitators=course.teacher, notes=notes,
        course_id=course.id))


def register_grid(session: Session, course_id: uuid.UUID) -> RegisterGrid:
    """The register: every student × every lesson and the ticked cells, in three
    queries whatever the size."""
    audit.require(session, Permission.VIEW)
    course = _live_course(session, course_id)
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
                    session.execute(_lessons(course.id).with_only_columns(
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


# --- certificate ------------------------------------------------------------------------------

def certificate_data(session: Session, enrolment_id: uuid.UUID) -> CertificateData:
    """What the completion certificate prints, for a completed enrolment only."""
    audit.require(session, Permission.VIEW)
    enrolment = _live_enrolment(session, enrolment_id)
    if enrolment.status is not EnrolmentStatus.COMPLETED or enrolment.certificate_on is None:
        raise InvalidInput({"enrolment": "not_completed"})
    course = session.get(Course, enrolment.course_id)
    person = session.get(Person, enrolment.person_id)
    centre_name = session.scalars(select(Site.centre_name)).one()
    return CertificateData(
        enrolment_id=enrolment.id,
        full_name=full_name(person.surname, person.given_name, person.patronymic),
        language=person.language, course_title=course.title, level=course.level,
        group=course.group, teacher=course.teacher, starts_on=course.starts_on,
        ends_on=course.ends_on, certificate_on=enrolment.certificate_on,
        centre_name=centre_name)


def certificate_printed(session: Session, enrolment_id: uuid.UUID) -> None:
    """Record in the audit trail that a certificate was printed or saved as PDF (the
    reports layer commits this before it writes the file)."""
    audit.require(session, Permission.VIEW)
    enrolment = _live_enrolment(session, enrolment_id)
    audit.record(session, AuditAction.PRINTED, "enrolment", enrolment.id,
                 document="certificate")
