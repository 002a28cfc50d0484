"""The week's plans (synced): a recurring weekly rule per facility or programme, the
exceptions of single occurrences (cancelled, moved, held, holidays), and saved groups.

A plan is never rewritten to change its past: a rule changed from a date onward ends
the plan the day before and starts a new one (``follows_id`` names the one it replaced).
An occurrence is known by its plan and its rule date (``occurs_on``), so a move or its
conversion into a held activity never loses which occurrence it was."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.enums import ActivityKind, Programme
from centre_desk.store.base import Base, SyncMixin, enum_column


class GroupList(SyncMixin, Base):
    """A saved group list: a named roster of persons (a colony's group, a class)."""

    __tablename__ = "group_list"

    name: Mapped[str] = mapped_column(String(200))
    facility: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class GroupMember(SyncMixin, Base):
    """A person on a saved group list."""

    __tablename__ = "group_member"
    __table_args__ = (Index("ix_group_member_group_live", "group_id", "deleted_at",
                            "person_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_list.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))


class Plan(SyncMixin, Base):
    """A weekly rule: on these weekdays at this time, from a date (to a date)."""

    __tablename__ = "plan"
    # The plans live in a week, read from the index (the week view, My work).
    __table_args__ = (Index("ix_plan_live_period", "deleted_at", "start_on", "end_on"),)

    programme: Mapped[Programme] = mapped_column(enum_column(Programme))
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    title: Mapped[str | None] = mapped_column(String(200))
    facility: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    weekdays: Mapped[str] = mapped_column(String(7))
    """ISO weekdays as digits in order, "24" for Tuesday and Thursday."""
    start_minute: Mapped[int] = mapped_column(Integer)
    """Minutes after midnight the session starts."""
    duration_minutes: Mapped[int] = mapped_column(Integer)
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    leader_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"),
                                                        index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("group_list.id"))
    """The expected group; none: the facility's participants (when it has a facility)."""
    course_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("course.id"))
    follows_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """The plan this one continues from its start (a rule changed from a date onward)."""
    notes: Mapped[str | None] = mapped_column(Text)


class PlanException(SyncMixin, Base):
    """What became of one occurrence: cancelled, moved, or held as an activity.

    Without a plan it is a holiday: no plan's occurrence takes place that day."""

    __tablename__ = "plan_exception"
    __table_args__ = (Index("ix_plan_exception_plan", "plan_id", "occurs_on"),
                      Index("ix_plan_exception_moved", "moved_to"),
                      Index("ix_plan_exception_holiday", "occurs_on", "plan_id"),
                      # Whether an activity was held from a plan (the week view shows
                      # the ones held without one): one probe per activity.
                      Index("ix_plan_exception_activity", "activity_id", "deleted_at"))

    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan.id"))
    occurs_on: Mapped[dt.date] = mapped_column(Date)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    moved_to: Mapped[dt.date | None] = mapped_column(Date)
    moved_minute: Mapped[int | None] = mapped_column(Integer)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"))
    reason: Mapped[str | None] = mapped_column(String(200))
