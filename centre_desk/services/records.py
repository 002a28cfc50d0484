"""What every service does the same way with a record: find a live one (a person, a
course ...), tell a live person in a query, tidy typed text, name a person as lists and
forms show them, find the children a person cares for."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import RelationshipKind
from centre_desk.services.errors import NotFound
from centre_desk.store.models import Person, Relationship

CARERS = (RelationshipKind.PARENT, RelationshipKind.GUARDIAN)
"""The relationships through which a person cares for a child ("X is PARENT/GUARDIAN of
child"): who may register a child for an event, ask a nursery place, bring them to
the club."""

Row = TypeVar("Row")


def live_row(session: Session, model: type[Row], row_id: Any, what: str) -> Row:
    """The row of ``model`` with this id, or NotFound naming ``what`` when there is none
    or it was deleted (has a tombstone)."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(what, row_id)
    return row


def live_person(session: Session, person_id: uuid.UUID) -> Person:
    """The person with this id, or NotFound when there is none or they were deleted."""
    return live_row(session, Person, person_id, "person")


def is_live_person(person_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """In a query: ``person_id`` names a person who was not deleted. Deleted persons are
    few: ruling them out by their list, read once, is far cheaper than looking up each
    row's person (a half-year's 260,000 attendances on the 100,000-person benchmark:
    1.4 s instead of 2.4 s)."""
    return person_id.not_in(select(Person.id).where(Person.deleted_at.is_not(None)))


def clean(text: str | None) -> str | None:
    """Typed text without its outer blanks; None when nothing is left."""
    return (text or "").strip() or None


def full_name(surname: str, given_name: str, patronymic: str | None) -> str:
    """"Surname Given Patronymic", as lists and forms show a person."""
    return " ".join(part for part in (surname, given_name, patronymic) if part)


def name_of(person: Person | None) -> str | None:
    """A person's full name; None for no person."""
    return None if person is None else full_name(person.surname, person.given_name,
                                                 person.patronymic)


def cared_for(session: Session,
              person_id: uuid.UUID) -> list[tuple[Person, RelationshipKind]]:
    """Live persons this person is the parent or guardian of, each once with how, youngest
    first (unknown birth dates last)."""
    rows = session.execute(
        select(Person, Relationship.kind)
        .join(Relationship, Relationship.relative_id == Person.id)
        .where(Relationship.person_id == person_id, Relationship.kind.in_(CARERS),
               Relationship.deleted_at.is_(None), Person.deleted_at.is_(None))
        .order_by(Person.birth_date.desc().nulls_last(), Person.sort_key, Person.id))
    children: dict[uuid.UUID, tuple[Person, RelationshipKind]] = {}
    for child, kind in rows:
        children.setdefault(child.id, (child, kind))
    return list(children.values())
