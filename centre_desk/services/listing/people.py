"""Lists of people: participants with a case file, members of the mothers' club (children at
events are in :mod:`.events`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import uuid
from collections.abc import Callable

from sqlalchemy import Select, func, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from centre_desk.domain.enums import CaseCategory, Programme, Stage
from centre_desk.domain.names import sort_key
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.assessments import reassessment_overdue
from centre_desk.services.listing.core import (
    ListDefinition, SortOrder, is_overdue, unindexed)
from centre_desk.services.persons import finds_fewer_than, in_name_order, matching
from centre_desk.services.redaction import PrivateText
from centre_desk.services.records import full_name
from centre_desk.store.models import (
    Activity, Attendance, Case, CaseSpecialist, ClubMembership, Person, User)

_NAME = Person.sort_key
"""Names sort by the folded search key: indexed, and the same order in any alphabet."""

# --- participants ----------------------------------------------------------------------

class ParticipantSort(enum.StrEnum):
    """Columns the participants list sorts by."""

    NAME = "name"
    IIN = "iin"
    CATEGORY = "category"
    FACILITY = "facility"
    STAGE = "stage"
    NEXT_FOLLOW_UP = "next_follow_up"


@dataclasses.dataclass(frozen=True)
class ParticipantRow:
    """A participant's case as the list shows it."""

    case_id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    iin: PrivateText
    """Withheld from a user who may not see it (services.redaction), as is a member's
    phone."""
    category: CaseCategory
    facility: str | None
    stage: Stage
    next_follow_up: dt.date | None
    overdue: bool
    specialists: str = ""
    """The assigned staff's full names in alphabetical order, joined by ", "."""


@dataclasses.dataclass(frozen=True)
class ParticipantFilter:
    """What the participants tab's filter bar narrows the list to; None means any."""

    category: CaseCategory | None = None
    stage: Stage | None = None
    facility: str | None = None
    specialist_id: uuid.UUID | None = None
    region: str | None = None
    overdue_only: bool = False
    """Only cases whose next follow-up is before today."""
    reassessment_overdue: bool = False
    """Only open cases whose next assessment is before today (or never assessed)."""


def _narrow_participants(statement: Select, wanted: ParticipantFilter,
                         today: dt.date) -> Select:
    if not isinstance(wanted, ParticipantFilter):
        raise ValueError(f"the participants list cannot filter by {wanted!r}")
    if wanted.category is not None:
        statement = statement.where(Case.category == wanted.category)
    if wanted.stage is not None:
        statement = statement.where(Case.stage == wanted.stage)
    if wanted.facility is not None:
        statement = statement.where(Case.facility == wanted.facility)
    if wanted.region is not None:
        statement = statement.where(Person.region == wanted.region)
    if wanted.specialist_id is not None:
        statement = statement.where(Case.id.in_(
            select(CaseSpecialist.case_id).where(CaseSpecialist.user_id == wanted.specialist_id,
                                                 CaseSpecialist.deleted_at.is_(None))))
    if wanted.overdue_only:
        statement = statement.where(Case.next_follow_up < today)
    if wanted.reassessment_overdue:
        statement = statement.where(reassessment_overdue(today))
    return statement


# Names joined with a separator no name contains; split, ordered and re-joined in Python
# because SQLite's group_concat promises no order.
_NAME_SEPARATOR = "\x1f"


def _specialist_names():
    return (select(func.aggregate_strings(User.full_name, _NAME_SEPARATOR))
            .select_from(CaseSpecialist).join(User, User.id == CaseSpecialist.user_id)
            .where(CaseSpecialist.case_id == Case.id, CaseSpecialist.deleted_at.is_(None),
                   User.deleted_at.is_(None))
            .correlate(Case).scalar_subquery())


def _joined_names(names: str | None) -> str:
    if not names or _NAME_SEPARATOR not in names:
        return names or ""  # most cases have one specialist: no sort key to compute
    return ", ".join(sorted(set(names.split(_NAME_SEPARATOR)), key=_alphabetical))


@functools.lru_cache(maxsize=4096)
def _alphabetical(text: str) -> tuple[str, str]:
    # The same few staff names on every page: folded once each (a page of 100 cases
    # spent ~0.25 ms folding them again).
    return sort_key(text), text


def _participants() -> Select:
    return (select(Case.id).join_from(Case, Person, Case.person_id == Person.id)
            .where(Case.deleted_at.is_(None), Person.deleted_at.is_(None)))


def _participants_by_name() -> Select:
    # The same rows, walked in the persons' name order: the first page of 100 reads
    # ~600 persons instead of sorting all ~18,000 cases (~10 ms rather than ~75 ms).
    return (select(Case.id).join_from(Case, Person, Case.person_id == unindexed(Person.id))
            .where(Case.deleted_at.is_(None), Person.deleted_at.is_(None)))


def _participant_details() -> Select:
    return select(Case.id.label("case_id"), Person.id.label("person_id"), Person.surname,
                  Person.given_name, Person.patronymic, Person.iin, Case.category,
                  Case.facility, Case.stage, Case.next_follow_up,
                  _specialist_names().label("specialists")
                  ).join_from(Case, Person, Case.person_id == Person.id)


def _participant(row: RowMapping, today: dt.date) -> ParticipantRow:
    return ParticipantRow(
        case_id=row["case_id"], person_id=row["person_id"],
        full_name=full_name(row["surname"], row["given_name"], row["patronymic"]),
        iin=row["iin"], category=row["category"], facility=row["facility"],
        stage=row["stage"], next_follow_up=row["next_follow_up"],
        overdue=is_overdue(row["next_follow_up"], today),
        specialists=_joined_names(row["specialists"]))


def _count_of_live_persons(model) -> Callable[[Session], int]:
    """Count the live rows of ``model`` (a table with ``person_id``) whose person lives.

    Checking every row's person through the UUID index costs ~190 ms at 100,000 cases.
    Live rows minus the live rows of the few deleted persons (found from the person
    side, hence the correlated count) costs ~5 ms. "After year 1" rather than "is not
    null": SQLite walks the partial index ix_person_deleted for a range, but reads every
    person for IS NOT NULL.
    """
    def count(session: Session) -> int:
        live = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        rows_of_person = (select(func.count()).select_from(model)
                          .where(model.person_id == Person.id, model.deleted_at.is_(None))
                          .correlate(Person).scalar_subquery())
        orphaned = select(func.coalesce(func.sum(rows_of_person), 0)).where(
            Person.deleted_at >= dt.datetime.min)
        return (session.scalar(live) or 0) - (session.scalar(orphaned) or 0)
    return count


PARTICIPANTS = ListDefinition(
    name="participants", base=_participants, row_id=Case.id, details=_participant_details,
    search=matching,
    sorts={
        ParticipantSort.NAME: SortOrder(_NAME, base=_participants_by_name),
        ParticipantSort.IIN: SortOrder(Person.iin, nullable=True, then=(_NAME,)),
        ParticipantSort.CATEGORY: SortOrder(Case.category, codes=tuple(CaseCategory),
                                            then=(_NAME,)),
        ParticipantSort.FACILITY: SortOrder(Case.facility, nullable=True, then=(_NAME,)),
        ParticipantSort.STAGE: SortOrder(Case.stage, codes=tuple(Stage), then=(_NAME,)),
        ParticipantSort.NEXT_FOLLOW_UP: SortOrder(Case.next_follow_up, nullable=True,
                                                  then=(_NAME,)),
    },
    make_row=_participant, count_all=_count_of_live_persons(Case), narrow=_narrow_participants,
    few_found=finds_fewer_than, in_order=in_name_order, identity=("iin",))


def participant_facilities(session: Session) -> list[str]:
    """Facilities named on the cases the list shows, for the filter bar."""
    audit.require(session, Permission.VIEW)
    named = (select(Case.facility.label("facility")).distinct()
             .where(Case.deleted_at.is_(None), Case.facility.is_not(None)).subquery("named"))
    # Each of the few facilities is checked for one case of a live person, instead of
    # checking the person of every case (~7 ms rather than ~75 ms at 100,000 persons).
    shown = _participants().where(Case.facility == named.c.facility).correlate(named)
    rows = session.scalars(select(named.c.facility).where(shown.exists()))
    return sorted({value for value in rows if value.strip()}, key=_alphabetical)


def participant_regions(session: Session) -> list[str]:
    """Regions of live participants, for the filter bar. Person.region has no index, so
    this reads every case's person (~75 ms at 100,000 persons): fill the combo lazily."""
    audit.require(session, Permission.VIEW)
    rows = session.scalars(_participants().with_only_columns(
        Person.region, maintain_column_froms=True).distinct().where(Person.region.is_not(None)))
    return sorted({value for value in rows if value and value.strip()}, key=_alphabetical)


# --- mothers' club -----------------------------------------------------------------------

class ClubMemberSort(enum.StrEnum):
    """Columns the mothers' club list sorts by."""

    NAME = "name"
    IIN = "iin"
    JOINED_ON = "joined_on"
    REGION = "region"
    PHONE = "phone"


@dataclasses.dataclass(frozen=True)
class ClubMemberRow:
    """A member of the mothers' club as the list shows her."""

    membership_id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    iin: PrivateText
    joined_on: dt.date
    left_on: dt.date | None
    region: str | None
    phone: PrivateText


@dataclasses.dataclass(frozen=True)
class ClubMemberFilter:
    """What the club tab's filter row narrows the members list to; the defaults keep all.

    ``not_attended_since``: members who came to no club activity on or after that day
    (those who never came included), e.g. today minus 90 days."""

    active_only: bool = False
    not_attended_since: dt.date | None = None
    region: str | None = None


def _club_members() -> Select:
    return (select(ClubMembership.id)
            .join_from(ClubMembership, Person, ClubMembership.person_id == Person.id)
            .where(ClubMembership.deleted_at.is_(None), Person.deleted_at.is_(None)))


def _club_members_by_name() -> Select:
    # Walked in the persons' name order, as the participants are (see there).
    return (select(ClubMembership.id)
            .join_from(ClubMembership, Person, ClubMembership.person_id == unindexed(Person.id))
            .where(ClubMembership.deleted_at.is_(None), Person.deleted_at.is_(None)))


def _club_member_details() -> Select:
    return select(ClubMembership.id.label("membership_id"), Person.id.label("person_id"),
                  Person.surname, Person.given_name, Person.patronymic, Person.iin,
                  ClubMembership.joined_on, ClubMembership.left_on, Person.region,
                  Person.phone
                  ).join_from(ClubMembership, Person, ClubMembership.person_id == Person.id)


def _club_member(row: RowMapping, _today: dt.date) -> ClubMemberRow:
    return ClubMemberRow(
        membership_id=row["membership_id"], person_id=row["person_id"],
        full_name=full_name(row["surname"], row["given_name"], row["patronymic"]),
        iin=row["iin"], joined_on=row["joined_on"], left_on=row["left_on"],
        region=row["region"], phone=row["phone"])


def _narrow_club_members(statement: Select, wanted: ClubMemberFilter,
                         _today: dt.date) -> Select:
    if not isinstance(wanted, ClubMemberFilter):
        raise ValueError(f"the club members list cannot filter by {wanted!r}")
    if wanted.active_only:
        statement = statement.where(ClubMembership.left_on.is_(None))
    if wanted.region is not None:
        statement = statement.where(Person.region == wanted.region)
    if wanted.not_attended_since is not None:
        came = (select(Attendance.person_id)
                .join(Activity, Activity.id == Attendance.activity_id)
                .where(Activity.programme == Programme.MOTHERS_CLUB,
                       Activity.deleted_at.is_(None), Attendance.deleted_at.is_(None),
                       Activity.held_on >= wanted.not_attended_since))
        statement = statement.where(ClubMembership.person_id.not_in(came))
    return statement


CLUB_MEMBERS = ListDefinition(
    name="club members", base=_club_members, row_id=ClubMembership.id,
    details=_club_member_details, search=matching,
    sorts={
        ClubMemberSort.NAME: SortOrder(_NAME, base=_club_members_by_name),
        ClubMemberSort.IIN: SortOrder(Person.iin, nullable=True, then=(_NAME,)),
        ClubMemberSort.JOINED_ON: SortOrder(ClubMembership.joined_on, then=(_NAME,)),
        ClubMemberSort.REGION: SortOrder(Person.region, nullable=True, then=(_NAME,)),
        ClubMemberSort.PHONE: SortOrder(Person.phone, nullable=True, then=(_NAME,)),
    },
    make_row=_club_member, count_all=_count_of_live_persons(ClubMembership),
    narrow=_narrow_club_members, few_found=finds_fewer_than, in_order=in_name_order,
    identity=("iin", "phone"))


def club_member_regions(session: Session) -> list[str]:
    """The regions members (former ones too) live in, for the club tab's filter row."""
    audit.require(session, Permission.VIEW)
    rows = session.scalars(
        select(Person.region).distinct()
        .join(ClubMembership, ClubMembership.person_id == Person.id)
        .where(ClubMembership.deleted_at.is_(None), Person.deleted_at.is_(None),
               Person.region.is_not(None)))
    return sorted({region for region in rows if region.strip()}, key=sort_key)
