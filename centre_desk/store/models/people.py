"""Persons, their families and their rehabilitation case files."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.enums import CaseCategory, Language, RelationshipKind, RiskLevel, Sex, Stage
from centre_desk.store.base import Base, SyncMixin, enum_column


def _bytewise(length: int) -> String:
    """A key compared byte by byte on both engines (SQLite's BINARY; "C" on PostgreSQL,
    migration 0016): prefix search as an index range, names in the same order."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


SEARCH_GROUP_WIDTHS = {"search_key": 3, "given_key": 3, "iin": 4}
"""The searched keys whose first characters group the persons in an index that then
follows the name order (``ix_person_<key>_group``, migration 0025)."""


class Person(SyncMixin, Base):
    """One human, whichever tabs they appear in."""

    __tablename__ = "person"
    # The few deleted persons, found without reading every person (the list counts).
    # Partial, so the planner never takes it for the live ones ("deleted_at IS NULL").
    # A region's people listed from an index alone (the statistics of one region).
    __table_args__ = (Index("ix_person_deleted", "deleted_at",
                            sqlite_where=text("deleted_at IS NOT NULL"),
                            postgresql_where=text("deleted_at IS NOT NULL")),
                      Index("ix_person_region", "region", "id"),
                      # Lists in name order walk this index alone, live persons' ids and
                      # all (the club's members: 20 ms of page reads, not 400, cold).
                      Index("ix_person_sort_key", "sort_key", "deleted_at", "id"),
                      # A search counts and sorts its matches from these alone: each
                      # match's deletion stamp, name order and id without its row.
                      Index("ix_person_search_key", "search_key", "deleted_at", "sort_key",
                            "id"),
                      Index("ix_person_given_key", "given_key", "deleted_at", "sort_key",
                            "id"),
                      Index("ix_person_iin_live", "iin", "deleted_at", "sort_key", "id"),
                      # A search walks the persons whose key starts with the same first
                      # letters (digits of an IIN) in name order, a page at a time,
                      # instead of sorting every match (services.persons.in_name_order).
                      *(Index(f"ix_person_{key}_group", text(f"substr({key}, 1, {width})"),
                              "sort_key", key, "deleted_at", "id")
                        for key, width in SEARCH_GROUP_WIDTHS.items()))

    iin: Mapped[str | None] = mapped_column(_bytewise(12), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[Language | None] = mapped_column(enum_column(Language))
    notes: Mapped[str | None] = mapped_column(Text)
    # Folded, transliterated "surname given patronymic": prefix search in any alphabet.
    search_key: Mapped[str] = mapped_column(_bytewise(320))
    # The same fold of "given patronymic surname": a given name alone finds the person.
    given_key: Mapped[str] = mapped_column(_bytewise(320), server_default="")
    # Kazakh/Russian alphabet order for lists (domain.names.sort_key).
    sort_key: Mapped[str] = mapped_column(_bytewise(320))
    # Set on the tombstone of a person merged into another, so references arriving later
    # from other sites can be redirected to the survivor.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))


class Relationship(SyncMixin, Base):
    """Reads as: ``person`` is the ``kind`` (parent, spouse, guardian) of ``relative``."""

    __tablename__ = "relationship"
    __table_args__ = (Index("ix_relationship_relative", "relative_id"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    relative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[RelationshipKind] = mapped_column(enum_column(RelationshipKind))


class Case(SyncMixin, Base):
    """A participant's rehabilitation file."""

    __tablename__ = "case_file"
    __table_args__ = (Index("ix_case_file_stage", "stage"),
                      Index("ix_case_file_next_follow_up", "next_follow_up"),
                      # What My work reads of a case, by id, from the index alone.
                      Index("ix_case_file_open", "id", "deleted_at", "stage",
                            "next_follow_up", "person_id", "created_at"))

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    category: Mapped[CaseCategory] = mapped_column(enum_column(CaseCategory))
    facility: Mapped[str | None] = mapped_column(String(200))
    offence_article: Mapped[str | None] = mapped_column(String(100))
    sentence_start: Mapped[dt.date | None] = mapped_column(Date)
    sentence_end: Mapped[dt.date | None] = mapped_column(Date)
    referral_source: Mapped[str | None] = mapped_column(String(200))
    risk_level: Mapped[RiskLevel | None] = mapped_column(enum_column(RiskLevel))
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    stage_since: Mapped[dt.date] = mapped_column(Date)
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class CaseSpecialist(SyncMixin, Base):
    """A staff member assigned to a case."""

    __tablename__ = "case_specialist"
    # Live assignments by user (My work) and by case (the caseloads), covering.
    __table_args__ = (Index("ix_case_specialist_user_live", "user_id", "deleted_at", "case_id"),
                      Index("ix_case_specialist_case_live", "case_id", "deleted_at", "user_id"))

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"), index=True)


class StageChange(SyncMixin, Base):
    """One step in a case's stage history; a renunciation names its witness."""

    __tablename__ = "stage_change"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column(enum_column(Stage))
    to_stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    changed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)
    witness: Mapped[str | None] = mapped_column(String(200))


class CategoryChange(SyncMixin, Base):
    """A case's category corrected or changed on a day (an inmate released becomes an
    ex-convict): the figures count a person by the category of the day they speak of."""

    __tablename__ = "category_change"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    from_category: Mapped[CaseCategory] = mapped_column(enum_column(CaseCategory))
    to_category: Mapped[CaseCategory] = mapped_column(enum_column(CaseCategory))
    changed_on: Mapped[dt.date] = mapped_column(Date)


class FollowUp(SyncMixin, Base):
    """A check due on a date, for a case or a placement."""

    __tablename__ = "follow_up"

    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    placement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("placement.id"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(Uuid)
