"""What every service does the same way with a record: find a live person, tidy typed
text, name a person as lists and forms show them, find the children a person cares for."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import RelationshipKind
from centre_desk.services.errors import NotFound
from centre_desk.store.models import Person, Relationship

CARERS = (RelationshipKind.PARENT, RelationshipKind.GUARDIAN)
"""The relationships through which a person cares for a child ("X is PARENT/GUARDIAN of
child"): who may register a child for an event, ask a nursery place, bring them to
the club."""


def live_person(session: Session, person_id: uuid.UUID) -> Person:
    """The person with this id, or NotFound when there is none or they were deleted."""
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("person", person_id)
    return person


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
