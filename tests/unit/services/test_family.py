"""Family links: stored once, read from both ends, refused when they cannot be true."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from centre_desk.domain.enums import AuditAction, CaseCategory, RelationshipKind, Role, Sex
from centre_desk.domain.family import Relation, inverse, relation_from, stored_as, stored_row
from centre_desk.services import cases, family, persons
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import AuditEvent, Person, Relationship


def _person(run, surname, given_name, birth_date=None, sex=None):
    return run(persons.create_person, persons.PersonInput(surname, given_name, sex=sex,
                                                          birth_date=birth_date))


@pytest.fixture
def household(run):
    """A mother, her son, her husband and her mother, not linked yet."""
    return {
        "aigerim": _person(run, "Ахметова", "Айгерим", dt.date(1988, 8, 8), Sex.FEMALE),
        "arman": _person(run, "Ахметов", "Арман", dt.date(2015, 6, 1), Sex.MALE),
        "erlan": _person(run, "Ахметов", "Ерлан", dt.date(1986, 1, 1), Sex.MALE),
        "grandma": _person(run, "Сарсенова", "Бибигуль", dt.date(1960, 2, 2), Sex.FEMALE),
    }


def _rows(db):
    with db.session() as session:
        return session.execute(select(Relationship.person_id, Relationship.relative_id,
                                      Relationship.kind, Relationship.deleted_at)).all()


# --- the pure mapping -------------------------------------------------------------------------

@pytest.mark.parametrize("relation", list(Relation))
def test_a_relation_stored_and_read_back_from_either_end_agrees(relation):
    me, relative = "me", "relative"
    person_id, relative_id, kind = stored_row(me, relative, relation)
    assert stored_as(relation) == (kind, person_id == me)
    # Read from my end, the row says the relative is `relation` of me ...
    assert relation_from(kind, person_id == me) is relation
    # ... and from the relative's end, I am the inverse relation of them.
    assert relation_from(kind, person_id == relative) is inverse(relation)


def test_the_stored_row_reads_person_is_kind_of_relative():
    assert stored_row("me", "mum", Relation.PARENT) == ("mum", "me", RelationshipKind.PARENT)
    assert stored_row("me", "son", Relation.CHILD) == ("me", "son", RelationshipKind.PARENT)
    assert stored_row("me", "wife", Relation.SPOUSE) == ("me", "wife", RelationshipKind.SPOUSE)
    assert stored_row("me", "gran", Relation.GUARDIAN) == (
        "gran", "me", RelationshipKind.GUARDIAN)
    assert stored_row("me", "ward", Relation.WARD) == ("me", "ward", RelationshipKind.GUARDIAN)


# --- linking ------------------------------------------------------------------------------------

def test_a_child_linked_from_the_mother_is_seen_from_both_ends(db, run, household):
    link_id = run(family.link_relative, household["aigerim"], household["arman"],
                  Relation.CHILD)
    assert _rows(db) == [(household["aigerim"], household["arman"], RelationshipKind.PARENT,
                          None)]
    [son] = run(family.family_of, household["aigerim"])
    assert (son.relationship_id, son.person_id, son.full_name, son.birth_date, son.sex,
            son.relation, son.has_case) == (
        link_id, household["arman"], "Ахметов Арман", dt.date(2015, 6, 1), Sex.MALE,
        Relation.CHILD, False)
    [mother] = run(family.family_of, household["arman"])
    assert (mother.person_id, mother.relation) == (household["aigerim"], Relation.PARENT)


def test_a_family_reads_parents_spouse_children_guardians_with_their_cases(
        db, run, household):
    h = household
    run(family.link_relative, h["aigerim"], h["grandma"], Relation.PARENT)
    run(family.link_relative, h["aigerim"], h["erlan"], Relation.SPOUSE)
    run(family.link_relative, h["aigerim"], h["arman"], Relation.CHILD)
    run(family.link_relative, h["arman"], h["grandma"], Relation.GUARDIAN)
    run(cases.open_case, h["erlan"], cases.CaseInput(CaseCategory.EX_CONVICT))
    assert [(r.full_name, r.relation, r.has_case)
            for r in run(family.family_of, h["aigerim"])] == [
        ("Сарсенова Бибигуль", Relation.PARENT, False),
        ("Ахметов Ерлан", Relation.SPOUSE, True),
        ("Ахметов Арман", Relation.CHILD, False)]
    assert [(r.full_name, r.relation) for r in run(family.family_of, h["grandma"])] == [
        ("Ахметова Айгерим", Relation.CHILD), ("Ахметов Арман", Relation.WARD)]
    assert [r.relation for r in run(family.family_of, h["erlan"])] == [Relation.SPOUSE]


def test_linking_is_audited(db, admin, run, household):
    link_id = run(family.link_relative, household["aigerim"], household["erlan"],
                  Relation.SPOUSE)
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "relationship")).one()
    assert (event.action, event.entity_id, event.user_id) == (
        AuditAction.CREATED, str(link_id), admin.user_id)


@pytest.mark.parametrize("first, second, code", [
    (("aigerim", "arman", Relation.CHILD), ("aigerim", "arman", Relation.CHILD),
     "already_linked"),
    (("aigerim", "arman", Relation.CHILD), ("arman", "aigerim", Relation.PARENT),
     "already_linked"),
    (("aigerim", "erlan", Relation.SPOUSE), ("erlan", "aigerim", Relation.SPOUSE),
     "already_linked"),
    (("aigerim", "grandma", Relation.WARD), ("grandma", "aigerim", Relation.WARD),
     "contradicts"),
    (None, ("aigerim", "grandma", Relation.CHILD), "age_order"),
    (None, ("grandma", "aigerim", Relation.PARENT), "age_order"),
    (None, ("aigerim", "aigerim", Relation.SPOUSE), "self"),
])
def test_impossible_or_repeated_links_are_refused_and_nothing_changes(
        db, run, household, first, second, code):
    if first:
        run(family.link_relative, household[first[0]], household[first[1]], first[2])
    before = _rows(db)
    with pytest.raises(InvalidInput) as refused:
        run(family.link_relative, household[second[0]], household[second[1]], second[2])
    assert refused.value.problems == {"relative": code}
    assert _rows(db) == before


def test_unknown_birth_dates_do_not_stop_a_parent_link(run, household):
    stranger = _person(run, "Неизвестный", "Отец")
    run(family.link_relative, household["arman"], stranger, Relation.PARENT)
    assert [r.relation for r in run(family.family_of, stranger)] == [Relation.CHILD]


def test_a_deleted_relative_is_not_found_and_not_listed(db, admin, run, household):
    run(family.link_relative, household["aigerim"], household["arman"], Relation.CHILD)
    with db.session(admin) as session, session.begin():
        session.get(Person, household["arman"]).deleted_at = utc_now()
    assert run(family.family_of, household["aigerim"]) == ()
    with pytest.raises(NotFound):
        run(family.link_relative, household["erlan"], household["arman"], Relation.CHILD)


def test_unlinking_leaves_a_tombstone_and_the_link_can_be_made_again(db, run, household):
    link_id = run(family.link_relative, household["aigerim"], household["arman"],
                  Relation.CHILD)
    run(family.unlink_relative, link_id)
    assert run(family.family_of, household["aigerim"]) == ()
    [(_, _, _, deleted_at)] = _rows(db)
    assert deleted_at is not None
    with pytest.raises(NotFound):
        run(family.unlink_relative, link_id)
    run(family.link_relative, household["aigerim"], household["arman"], Relation.CHILD)
    assert len(run(family.family_of, household["aigerim"])) == 1


def test_read_only_users_see_families_but_cannot_change_them(db, run, household, make_user):
    link_id = run(family.link_relative, household["aigerim"], household["arman"],
                  Relation.CHILD)
    reader = Workspace(db, make_user(Role.READ_ONLY)).run
    assert len(reader(family.family_of, household["aigerim"])) == 1
    with db.session() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(NotPermitted):
        reader(family.link_relative, household["aigerim"], household["erlan"], Relation.SPOUSE)
    with pytest.raises(NotPermitted):
        reader(family.unlink_relative, link_id)
    assert len(_rows(db)) == 1 and _rows(db)[0][3] is None
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
