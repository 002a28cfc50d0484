"""Requests for an outcome that a second supervisor decides, and the children's register
of returnees' cases."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.enums import ApprovalStatus, Schooling, Stage
from centre_desk.store.base import Base, SyncMixin, enum_column


class ApprovalRequest(SyncMixin, Base):
    """A stage change that needs four eyes (rehabilitated, closed, reopened), asked for
    by one user and approved or returned by a supervisor of the site it was made at.
    The stage change itself is written only on approval (``stage_change_id``)."""

    __tablename__ = "approval_request"
    __table_args__ = (Index("ix_approval_request_status", "status", "origin_site"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    from_stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    to_stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    witness: Mapped[str | None] = mapped_column(String(200))
    requested_by: Mapped[uuid.UUID] = mapped_column(Uuid)
    status: Mapped[ApprovalStatus] = mapped_column(enum_column(ApprovalStatus))
    decided_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    stage_change_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stage_change.id"))


class ReturneeChild(SyncMixin, Base):
    """A child of a returnee in the case's children's register: where they learn, their
    last health check and the psychologist's sessions. The child is a person linked to
    the parent as family; this row is what the centre follows for them."""

    __tablename__ = "returnee_child"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    schooling: Mapped[Schooling | None] = mapped_column(enum_column(Schooling))
    school: Mapped[str | None] = mapped_column(String(200))
    health_check_on: Mapped[dt.date | None] = mapped_column(Date)
    health_result: Mapped[str | None] = mapped_column(String(500))
    psychologist_sessions: Mapped[int] = mapped_column(Integer, default=0)
    last_session_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
