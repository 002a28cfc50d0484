"""The people directory: every live person whatever part they have at the centre
(participant, club member, child, relative, student), found by any part of the name in
any alphabet or by the start of the IIN, with the parts they have."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from centre_desk.domain.enums import RelationshipKind
from centre_desk.services.listing.core import ListDefinition, SortOrder
from centre_desk.services.persons import finds_fewer_than, in_name_order, matching
from centre_desk.services.redaction import PrivateText
from centre_desk.services.records import full_name
from centre_desk.store.models import (
    Case, ClubMembership, Enrolment, EventRegistration, Person, Relationship)


class DirectoryRole(enum.StrEnum):
    """A part a person has at the centre; one person may have several."""

    PARTICIPANT = "participant"
    """Has a live case file."""
    CLUB_MEMBER = "club_member"
    """Is or was a member of the mothers' club."""
    CHILD = "child"
    """Registered for a children's event, or someone's child in a family."""
    RELATIVE = "relative"
    """Linked to someone as parent, spouse, guardian or child."""
    STUDENT = "student"
    """Enrolled in an Arabic course (completed or dropped too)."""


class DirectorySort(enum.StrEnum):
    """Columns the directory sorts by."""

    NAME = "name"
    IIN = "iin"
    BIRTH_DATE = "birth_date"
    REGION = "region"


@dataclasses.dataclass(frozen=True)
class DirectoryRow:
    """A person as the directory lists them."""

    person_id: uuid.UUID
    full_name: str
    iin: PrivateText
    """Withheld from a user who may not see it (services.redaction)."""
    birth_date: dt.date | None
    region: str | None
    roles: tuple[DirectoryRole, ...]
    """Their parts at the centre, in DirectoryRole's order; () for none yet."""


@dataclasses.dataclass(frozen=True)
class DirectoryFilter:
    """Only persons with this part."""

    role: DirectoryRole | None = None


def _live(model, column) -> Select:
    return select(model.id).where(column == Person.id, model.deleted_at.is_(None)) \
        .correlate(Person)


def _has(role: DirectoryRole):
    """Whether the person (correlated) has the part: an EXISTS over an indexed column."""
    if role is DirectoryRole.PARTICIPANT:
        return exists(_live(Case, Case.person_id))
    if role is DirectoryRole.CLUB_MEMBER:
        return exists(_live(ClubMembership, ClubMembership.person_id))
    if role is DirectoryRole.STUDENT:
        return exists(_live(Enrolment, Enrolment.person_id))
    if role is DirectoryRole.CHILD:
        return or_(exists(_live(EventRegistration, EventRegistration.child_id)),
                   exists(_live(Relationship, Relationship.relative_id).where(
                       Relationship.kind == RelationshipKind.PARENT)))
    return or_(exists(_live(Relationship, Relationship.person_id)),
               exists(_live(Relationship, Relationship.relative_id)))


def _persons() -> Select:
    return select(Person.id).where(Person.deleted_at.is_(None))


def _count_all(session: Session) -> int:
    # Every person less the few deleted ones (their partial index): no table scan.
    everyone = session.scalar(select(func.count()).select_from(Person)) or 0
    deleted = session.scalar(select(func.count()).select_from(Person).where(
        Person.deleted_at >= dt.datetime.min)) or 0
    return everyone - deleted


def _details() -> Select:
    return select(Person.id.label("person_id"), Person.surname, Person.given_name,
                  Person.patronymic, Person.iin, Person.birth_date, Person.region,
                  *(_has(role).label(role.value) for role in DirectoryRole))


def _row(row: RowMapping, _today: dt.date) -> DirectoryRow:
    return DirectoryRow(
        person_id=row["person_id"],
        full_name=full_name(row["surname"], row["given_name"], row["patronymic"]),
        iin=row["iin"], birth_date=row["birth_date"], region=row["region"],
        roles=tuple(role for role in DirectoryRole if row[role.value]))


def _narrow(statement: Select, wanted: DirectoryFilter, _today: dt.date) -> Select:
    if not isinstance(wanted, DirectoryFilter):
        raise ValueError(f"the people directory cannot filter by {wanted!r}")
    if wanted.role is None:
        return statement
    return statement.where(and_(_has(wanted.role)))


_NAME = Person.sort_key

DIRECTORY = ListDefinition(
    name="directory", base=_persons, row_id=Person.id, details=_details, search=matching,
    sorts={
        DirectorySort.NAME: SortOrder(_NAME),
        DirectorySort.IIN: SortOrder(Person.iin, nullable=True, then=(_NAME,)),
        DirectorySort.BIRTH_DATE: SortOrder(Person.birth_date, nullable=True, then=(_NAME,)),
        DirectorySort.REGION: SortOrder(Person.region, nullable=True, then=(_NAME,)),
    },
    make_row=_row, count_all=_count_all, narrow=_narrow, few_found=finds_fewer_than,
    in_order=in_name_order, identity=("iin",))
