"""Risk-and-needs assessments of a case (synced) and this site's instrument (not synced).

An assessment keeps the words and scales it was scored against (a snapshot of the
instrument's domains and items): an instrument changed later, or another site's
different one, never changes what an assessment said."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.assessments import DomainKind
from centre_desk.domain.enums import RiskLevel
from centre_desk.store.base import Base, SyncMixin, enum_column, utc_now


class Assessment(SyncMixin, Base):
    """A dated assessment of a case: an overall risk level, notes, the next date due."""

    __tablename__ = "assessment"
    # A case's latest live assessment and its next date, read from the index alone
    # (the file, and the participants list's "reassessment overdue" filter).
    __table_args__ = (Index("ix_assessment_case_live", "case_id", "deleted_at", "assessed_on",
                            "next_due_on"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    risk_level: Mapped[RiskLevel | None] = mapped_column(enum_column(RiskLevel))
    next_due_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class AssessmentScore(SyncMixin, Base):
    """One item's score in an assessment, with the domain and item as they were worded."""

    __tablename__ = "assessment_score"
    __table_args__ = (Index("ix_assessment_score_assessment", "assessment_id"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment.id"))
    domain_code: Mapped[str] = mapped_column(String(40))
    domain_kind: Mapped[DomainKind] = mapped_column(enum_column(DomainKind))
    domain_name: Mapped[str] = mapped_column(String(200))
    item_code: Mapped[str] = mapped_column(String(40))
    item_text: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)
    score: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class AssessmentInstrument(Base):
    """This site's instrument: one row, the administrator's to change, never synced.

    Like accounts and peers it is the site's own setting: each centre may word or
    weigh its items its own way, and a package never changes what this site asks."""

    __tablename__ = "assessment_instrument"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    definition: Mapped[str] = mapped_column(Text)
    """The domains and items as JSON (services.assessment_instrument)."""
    reassess_months: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
