"""Possible duplicates of a person, and merging two records of one human into one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.iin import InvalidIin, decode_iin
from centre_desk.domain.names import given_key, name_similarity, search_key, sort_key
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput
from centre_desk.services.moving import move_everything, survivor_of
from centre_desk.services.records import full_name, live_person
from centre_desk.services.persons import PersonInput
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Person)

SIMILAR = 0.85
"""Names this alike (domain.names.name_similarity) with the same birth date are flagged."""


@dataclasses.dataclass(frozen=True)
class DuplicateCandidate:
    """A person on file who may be the same human as the one being entered."""

    person_id: uuid.UUID
    full_name: str
    birth_date: dt.date
    iin: str | None
    similarity: float


def _birth_date_of(data: PersonInput) -> dt.date | None:
    if data.birth_date is not None or not data.iin:
        return data.birth_date
    try:
        return decode_iin(data.iin).birth_date
    except InvalidIin:
        return None


def _born_on(birth_date: dt.date) -> ColumnElement[bool]:
    # person.birth_date has no index, but an IIN begins with the birth date (YYMMDD)
    # and has one: persons with an IIN are found by its prefix, persons without one
    # by the index's NULL entries, instead of reading all 100,000 rows (~25 ms).
    prefix = birth_date.strftime("%y%m%d")
    return and_(Person.birth_date == birth_date,
                or_(and_(Person.iin >= prefix, Person.iin < prefix + ":"),
                    Person.iin.is_(None)))


def _similarity(data: PersonInput, surname: str, given_name: str,
                patronymic: str | None) -> float:
    # Patronymics are often left out of one record; compare with and without them.
    whole = name_similarity(full_name(data.surname, data.given_name, data.patronymic),
                            full_name(surname, given_name, patronymic))
    if not (data.patronymic or patronymic):
        return whole
    return max(whole, name_similarity(full_name(data.surname, data.given_name, None),
                                      full_name(surname, given_name, None)))


def possible_duplicates(session: Session, data: PersonInput, exclude_id: uuid.UUID | None = None,
                        limit: int = 5) -> tuple[DuplicateCandidate, ...]:
    """Live persons born the same day whose name is alike in any alphabet, most alike first.

    The birth date comes from ``data`` or, failing that, its IIN; without one nothing is
    flagged. ``exclude_id`` is the person being edited.
    """
    audit.require(session, Permission.VIEW)
    birth_date = _birth_date_of(data)
    if birth_date is None or not (data.surname or "").strip():
        return ()
    statement = select(Person.id, Person.surname, Person.given_name, Person.patronymic,
                       Person.birth_date, Person.iin).where(_born_on(birth_date),
                                                            Person.deleted_at.is_(None))
    if exclude_id is not None:
        statement = statement.where(Person.id != exclude_id)
    found = []
    for row in session.execute(statement):
        score = _similarity(data, row.surname, row.given_name, row.patronymic)
        if score >= SIMILAR:
            found.append(DuplicateCandidate(
                row.id, full_name(row.surname, row.given_name, row.patronymic),
                row.birth_date, row.iin, score))
    found.sort(key=lambda c: (-c.similarity, c.full_name, c.person_id))
    return tuple(found[:limit])


# --- merging ---------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class MergeSummary:
    """What a merge did: rows now belonging to the survivor, per table, and rows dropped
    because the survivor already had the same (the same link, attendance, course)."""

    survivor_id: uuid.UUID
    duplicate_id: uuid.UUID
    relationships: int = 0
    cases: int = 0
    cases_joined: int = 0
    follow_ups: int = 0
    attendances: int = 0
    enrolments: int = 0
    club_memberships: int = 0
    event_registrations: int = 0
    placements: int = 0
    earlier_merges: int = 0
    relationships_dropped: int = 0
    attendances_dropped: int = 0
    enrolments_dropped: int = 0
    event_registrations_dropped: int = 0
    filled_fields: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        """Every count by name, as the audit event records them."""
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self)
                if field.type in ("int", int)}


# Filled on the survivor when blank there; the IIN and the notes have their own rules.
_FILLABLE = ("patronymic", "sex", "birth_date", "phone", "address", "region", "district",
             "language")


def _fill_person(session: Session, survivor: Person, duplicate: Person) -> list[str]:
    filled = []
    if not survivor.iin and duplicate.iin:
        try:
            info = decode_iin(duplicate.iin)
        except InvalidIin:
            info = None
        # An IIN that contradicts the survivor's own birth date or sex stays behind.
        if info and survivor.birth_date in (None, info.birth_date) and \
                survivor.sex in (None, info.sex):
            iin, duplicate.iin = duplicate.iin, None
            session.flush()  # the IIN is unique: free it before the survivor takes it
            survivor.iin = iin
            filled.append("iin")
    for name in _FILLABLE:
        if getattr(survivor, name) in (None, "") and getattr(duplicate, name) not in (None, ""):
            setattr(survivor, name, getattr(duplicate, name))
            filled.append(name)
    if duplicate.notes and duplicate.notes != survivor.notes:
        # Notes are never dropped: the duplicate's are added under the survivor's.
        survivor.notes = "\n".join(n for n in (survivor.notes, duplicate.notes) if n)
        filled.append("notes")
    if "patronymic" in filled:
        names = (survivor.surname, survivor.given_name, survivor.patronymic)
        survivor.search_key, survivor.sort_key = search_key(*names), sort_key(*names)
        survivor.given_key = given_key(*names)
    return filled


def merge_persons(session: Session, survivor_id: uuid.UUID,
                  duplicate_id: uuid.UUID) -> MergeSummary:
    """Make two records of one human into one: everything attached to the duplicate moves
    to the survivor, the survivor's blank fields are filled from the duplicate, and the
    duplicate becomes a tombstone pointing at the survivor (``merged_into_id``), so
    references to it arriving later from other sites can be redirected.
    """
    audit.require(session, Permission.MERGE_AND_CLOSE)
    if survivor_id == duplicate_id:
        raise InvalidInput({"duplicate": "same_person"})
    survivor, duplicate = live_person(session, survivor_id), live_person(session, duplicate_id)
    now = utc_now()
    counts = move_everything(session, survivor_id, duplicate_id, now)
    earlier = session.scalars(select(Person).where(Person.merged_into_id == duplicate_id)).all()
    for person in earlier:  # keep every chain one step long
        person.merged_into_id = survivor_id
    counts["earlier_merges"] = len(earlier)

    filled = _fill_person(session, survivor, duplicate)
    duplicate.deleted_at, duplicate.merged_into_id = now, survivor_id
    summary = MergeSummary(survivor_id, duplicate_id, filled_fields=tuple(filled), **counts)
    audit.record(session, AuditAction.MERGED, "person", survivor_id, duplicate=duplicate_id,
                 filled=list(filled), **summary.counts())
    return summary


def merged_into(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    """The person a merged-away record now lives on as (following earlier merges), or None
    if it was never merged: lets a window still holding the old id open the survivor."""
    audit.require(session, Permission.VIEW)
    return survivor_of(session, person_id)
