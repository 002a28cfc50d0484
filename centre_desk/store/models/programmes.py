"""Activities and attendance, shared by every programme, plus club, events and courses."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.enums import ActivityKind, CourseGroup, EnrolmentStatus, Programme
from centre_desk.store.base import Base, SyncMixin, enum_column


class Activity(SyncMixin, Base):
    """Anything held on a date: a consultation, a club meeting, an event, a lesson."""

    __tablename__ = "activity"
    # A programme's live activities by date: its list pages and counts from the index.
    __table_args__ = (Index("ix_activity_programme_live", "programme", "deleted_at", "held_on"),
                      # The statistics read a period's live activities without the table,
                      # also per facility and of a region (planned against held, the
                      # meetings in facilities): one index (0023 dropped a narrower one).
                      Index("ix_activity_held_on_facility", "held_on", "deleted_at",
                            "facility", "programme", "origin_site", "id"),
                      # A month's sessions led by each specialist (My work's caseloads);
                      # SQLite only: PostgreSQL limits an index entry below a long text.
                      Index("ix_activity_led", "held_on", "deleted_at", "created_by",
                            "facilitators", "id").ddl_if(dialect="sqlite"))

    programme: Mapped[Programme] = mapped_column(enum_column(Programme))
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    title: Mapped[str | None] = mapped_column(String(200))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    facility: Mapped[str | None] = mapped_column(String(200))
    facilitators: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    course_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("course.id"), index=True)
    # The need (an assessment instrument's need domain, by code) an intervention addresses.
    need_code: Mapped[str | None] = mapped_column(String(40))


class Attendance(SyncMixin, Base):
    """A person who came to an activity."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("activity_id", "person_id"),
                      Index("ix_attendance_person", "person_id"),
                      # Unique people of a set of activities, read from the index alone.
                      Index("ix_attendance_activity_live", "activity_id", "deleted_at",
                            "person_id"))

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    note: Mapped[str | None] = mapped_column(Text)


class ClubMembership(SyncMixin, Base):
    """A mother's membership of the mothers' club."""

    __tablename__ = "club_membership"
    # A person's live memberships from the index alone (the members list in name order).
    __table_args__ = (Index("ix_club_membership_person_live", "person_id", "deleted_at", "id"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    joined_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    referred_by: Mapped[str | None] = mapped_column(String(200))
    left_on: Mapped[dt.date | None] = mapped_column(Date)


class EventRegistration(SyncMixin, Base):
    """A child registered for a children's event, with the guardian's consent."""

    __tablename__ = "event_registration"
    # An event's live registrations counted from an index alone (the events list).
    __table_args__ = (UniqueConstraint("activity_id", "child_id"),
                      Index("ix_event_registration_activity_live", "activity_id",
                            "deleted_at", "child_id"))

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"))
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    guardian_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    consent_on: Mapped[dt.date | None] = mapped_column(Date)


class Course(SyncMixin, Base):
    """An Arabic literacy course for one group."""

    __tablename__ = "course"

    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(50))
    group: Mapped[CourseGroup] = mapped_column(enum_column(CourseGroup))
    teacher: Mapped[str | None] = mapped_column(String(200))
    schedule: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    capacity: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Enrolment(SyncMixin, Base):
    """A person's place in a course."""

    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("course_id", "person_id"),)

    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(enum_column(EnrolmentStatus))
    enrolled_on: Mapped[dt.date] = mapped_column(Date)
    certificate_on: Mapped[dt.date | None] = mapped_column(Date)
