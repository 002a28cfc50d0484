"""Family links between persons: who a participant's parents, children and spouse are."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import Boolean, and_, exists, literal, or_, select, union_all
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, RelationshipKind, Sex
from centre_desk.domain.family import Relation, is_symmetric, relation_from, stored_row
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import full_name, live_person
from centre_desk.store.base import utc_now
from centre_desk.store.models import Case, Person, Relationship

# Parents first, then spouse, children, guardians and wards: the order a file reads in.
_RELATION_ORDER = {relation: index for index, relation in enumerate(
    (Relation.PARENT, Relation.SPOUSE, Relation.CHILD, Relation.GUARDIAN, Relation.WARD))}


@dataclasses.dataclass(frozen=True)
class RelativeView:
    """A relative as a participant's file lists them; ``relation`` is how they relate to
    the person whose file it is."""

    relationship_id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    sex: Sex | None
    relation: Relation
    has_case: bool


def _links_of(person_id: uuid.UUID):
    """(relationship id, other person id, kind, whether person_id is the row's person end)
    of every live link, read through the index on each end."""
    as_person = select(Relationship.id.label("relationship_id"),
                       Relationship.relative_id.label("other_id"), Relationship.kind,
                       literal(True, Boolean).label("person_first")).where(
        Relationship.person_id == person_id, Relationship.deleted_at.is_(None))
    as_relative = select(Relationship.id, Relationship.person_id, Relationship.kind,
                         literal(False, Boolean)).where(
        Relationship.relative_id == person_id, Relationship.deleted_at.is_(None))
    return union_all(as_person, as_relative).subquery("links")


def family_of(session: Session, person_id: uuid.UUID) -> tuple[RelativeView, ...]:
    """A person's live relatives, both ways round, parents first."""
    audit.require(session, Permission.VIEW)
    links = _links_of(person_id)
    has_case = exists().where(Case.person_id == Person.id, Case.deleted_at.is_(None))
    rows = session.execute(
        select(links.c.relationship_id, links.c.kind, links.c.person_first, Person.id,
               Person.surname, Person.given_name, Person.patronymic, Person.birth_date,
               Person.sex, has_case.label("has_case"))
        .join(Person, Person.id == links.c.other_id)
        .where(Person.deleted_at.is_(None), Person.id != person_id))
    relatives = [RelativeView(
        relationship_id=row.relationship_id, person_id=row.id,
        full_name=full_name(row.surname, row.given_name, row.patronymic),
        birth_date=row.birth_date, sex=row.sex,
        relation=relation_from(RelationshipKind(row.kind), bool(row.person_first)),
        has_case=bool(row.has_case)) for row in rows]
    relatives.sort(key=lambda r: (_RELATION_ORDER[r.relation], r.birth_date or dt.date.max,
                                  r.full_name, r.relationship_id))
    return tuple(relatives)


def _same_link(person_id: uuid.UUID, relative_id: uuid.UUID, kind: RelationshipKind):
    """Live rows that already say this, spouses matched either way round."""
    forward = and_(Relationship.person_id == person_id, Relationship.relative_id == relative_id)
    if is_symmetric(kind):
        backward = and_(Relationship.person_id == relative_id,
                        Relationship.relative_id == person_id)
        forward = or_(forward, backward)
    return select(Relationship.id).where(forward, Relationship.kind == kind,
                                        Relationship.deleted_at.is_(None))


def link_relative(session: Session, person_id: uuid.UUID, relative_id: uuid.UUID,
                  relation: Relation) -> uuid.UUID:
    """Record that ``relative_id`` is ``relation`` of ``person_id`` (e.g. her child).

    Refuses a link to oneself ("self"), a link already on file ("already_linked"), the
    same pair linked as parent and child both ways ("contradicts"), and a child born
    before its parent ("age_order").
    """
    audit.require(session, Permission.EDIT)
    relation = Relation(relation)
    if person_id == relative_id:
        raise InvalidInput({"relative": "self"})
    person = live_person(session, person_id)
    relative = live_person(session, relative_id)
    row_person, row_relative, kind = stored_row(person_id, relative_id, relation)
    if session.scalar(_same_link(row_person, row_relative, kind).limit(1)) is not None:
        raise InvalidInput({"relative": "already_linked"})
    if not is_symmetric(kind) and session.scalar(
            _same_link(row_relative, row_person, kind).limit(1)) is not None:
        raise InvalidInput({"relative": "contradicts"})
    if kind is RelationshipKind.PARENT:
        parent, child = ((person, relative) if row_person == person_id
                         else (relative, person))
        if parent.birth_date and child.birth_date and parent.birth_date >= child.birth_date:
            raise InvalidInput({"relative": "age_order"})
    link = Relationship(person_id=row_person, relative_id=row_relative, kind=kind)
    session.add(link)
    session.flush()
    audit.record(session, AuditAction.CREATED, "relationship", link.id,
                 person_id=row_person, relative_id=row_relative, kind=kind.value)
    return link.id


def unlink_relative(session: Session, relationship_id: uuid.UUID) -> None:
    """Remove a family link by tombstone; both persons stay."""
    audit.require(session, Permission.EDIT)
    link = session.get(Relationship, relationship_id)
    if link is None or link.deleted_at is not None:
        raise NotFound("relationship", relationship_id)
    link.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "relationship", link.id,
                 person_id=link.person_id, relative_id=link.relative_id, kind=link.kind.value)


__all__ = ["Relation", "RelativeView", "family_of", "link_relative", "unlink_relative"]
