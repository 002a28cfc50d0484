"""A course's students: enrolling, moving a student's status along the rules, the lists
of a course's students and of a person's courses, and the completion certificate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain import courses as rules
from centre_desk.domain.enums import AuditAction, CourseGroup, EnrolmentStatus, Language
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, picking
from centre_desk.services.courses.course import live_course, places_taken
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import full_name, live_person, live_row
from centre_desk.store.models import Activity, Attendance, Course, Enrolment, Person, Site

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


def _live_enrolment(session: Session, enrolment_id: uuid.UUID) -> Enrolment:
    enrolment = live_row(session, Enrolment, enrolment_id, "enrolment")
    live_course(session, enrolment.course_id)
    live_person(session, enrolment.person_id)
    return enrolment


# --- students ---------------------------------------------------------------------------------

def enrol(session: Session, course_id: uuid.UUID, person_id: uuid.UUID, enrolled_on: dt.date,
          today: dt.date | None = None) -> uuid.UUID:
    """Enrol a person in a course of their group while it has a free place; returns
    the enrolment's id."""
    audit.require(session, Permission.EDIT)
    course = live_course(session, course_id)
    person = live_person(session, person_id)
    problems: dict[str, str] = {}
    existing = session.scalar(select(Enrolment).where(Enrolment.course_id == course.id,
                                                      Enrolment.person_id == person.id))
    if person.sex is None:
        problems["person"] = "course.sex_unknown"
    elif not rules.group_admits(course.group, person.sex):
        problems["person"] = "course.wrong_group"
    elif existing is not None and existing.deleted_at is None:
        problems["person"] = "course.already_enrolled"
    picking.require_adult(session, person.id, enrolled_on, "person", problems)
    if not course.active:
        problems["course"] = "course.not_active"
    elif places_taken(session, course.id) >= course.capacity:
        problems["course"] = "course.full"
    if enrolled_on is None:
        problems["enrolled_on"] = "required"
    elif enrolled_on > (today or dt.date.today()):
        problems["enrolled_on"] = "course.enrolled_in_future"
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
        problems["status"] = "course.not_allowed"
    if on is None:
        problems["on"] = "required"
    elif on > (today or dt.date.today()):
        problems["on"] = "in_future"
    elif on < enrolment.enrolled_on:
        problems["on"] = "course.before_enrolment"
    if (not problems and rules.takes_a_place(status)
            and not rules.takes_a_place(enrolment.status)):
        course = session.get(Course, enrolment.course_id)
        if places_taken(session, course.id) >= course.capacity:
            problems["course"] = "course.full"
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
    course = live_course(session, course_id)
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


# --- certificate ------------------------------------------------------------------------------

def certificate_data(session: Session, enrolment_id: uuid.UUID) -> CertificateData:
    """What the completion certificate prints, for a completed enrolment only."""
    audit.require(session, Permission.VIEW)
    enrolment = _live_enrolment(session, enrolment_id)
    if enrolment.status is not EnrolmentStatus.COMPLETED or enrolment.certificate_on is None:
        raise InvalidInput({"enrolment": "course.not_completed"})
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
