"""Family ties as a person's file shows them, and as Relationship rows store them.

A stored row reads "person is KIND of relative" (parent, spouse, guardian). A file
asks the other way round: how is this relative related to *me*? ``Relation`` answers
that ("the relative is this person's parent"), so each stored kind but spouse has two
relations, one for each end of the row.
"""

from __future__ import annotations

import enum

from centre_desk.domain.enums import RelationshipKind


class Relation(enum.StrEnum):
    """How the OTHER person relates to this one: PARENT means "the relative is my parent"."""

    PARENT = "parent"
    CHILD = "child"
    SPOUSE = "spouse"
    GUARDIAN = "guardian"
    WARD = "ward"


# relation -> (stored kind, whether this person is the row's ``person`` end)
_STORED: dict[Relation, tuple[RelationshipKind, bool]] = {
    Relation.PARENT: (RelationshipKind.PARENT, False),    # relative is parent of me
    Relation.CHILD: (RelationshipKind.PARENT, True),      # I am parent of relative
    Relation.SPOUSE: (RelationshipKind.SPOUSE, True),     # symmetric, stored once
    Relation.GUARDIAN: (RelationshipKind.GUARDIAN, False),  # relative is guardian of me
    Relation.WARD: (RelationshipKind.GUARDIAN, True),     # I am guardian of relative
}
_INVERSE = {Relation.PARENT: Relation.CHILD, Relation.CHILD: Relation.PARENT,
            Relation.SPOUSE: Relation.SPOUSE, Relation.GUARDIAN: Relation.WARD,
            Relation.WARD: Relation.GUARDIAN}


def stored_as(relation: Relation) -> tuple[RelationshipKind, bool]:
    """The stored kind for a relation, and whether this person is the row's ``person``.

    ``(PARENT, False)`` for Relation.PARENT: the row is (person=relative,
    relative=this person, kind=parent).
    """
    return _STORED[relation]


def stored_row(person: object, relative: object,
               relation: Relation) -> tuple[object, object, RelationshipKind]:
    """(person_id, relative_id, kind) of the row saying ``relative`` is ``relation`` of
    ``person``; works for any id type."""
    kind, person_first = _STORED[relation]
    return (person, relative, kind) if person_first else (relative, person, kind)


def relation_from(kind: RelationshipKind, this_person_first: bool) -> Relation:
    """How the other end of a stored row relates to this person.

    ``this_person_first`` says whether this person is the row's ``person`` end.
    """
    seen_from_relative = {RelationshipKind.PARENT: Relation.PARENT,
                          RelationshipKind.SPOUSE: Relation.SPOUSE,
                          RelationshipKind.GUARDIAN: Relation.GUARDIAN}[kind]
    return _INVERSE[seen_from_relative] if this_person_first else seen_from_relative


def inverse(relation: Relation) -> Relation:
    """The relation seen from the relative's side (PARENT <-> CHILD, GUARDIAN <-> WARD)."""
    return _INVERSE[relation]


def is_symmetric(kind: RelationshipKind) -> bool:
    """Whether a stored kind reads the same from both ends (spouses)."""
    return kind is RelationshipKind.SPOUSE
