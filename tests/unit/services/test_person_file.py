"""Opening the file of a person without a case is read at once and audited as viewed,
exactly as often as it is opened, like a case's file."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, CaseCategory, Role
from centre_desk.domain.family import Relation
from centre_desk.services import cases, family, persons
from centre_desk.services.errors import NotFound, NotPermitted
from centre_desk.services.person_file import person_file
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from centre_desk.services.participant_file import load_file


@pytest.fixture
def mother_and_child(run):
    """A mother with a case (at risk) and her son, who has none."""
    mother = run(cases.register_participant,
                 persons.PersonInput(surname="Ахметова", given_name="Гүлнар",
                                     birth_date=dt.date(1990, 7, 14)),
                 cases.CaseInput(category=CaseCategory.AT_RISK), dt.date(2024, 11, 20))
    child = run(persons.create_person,
                persons.PersonInput(surname="Ахметов", given_name="Нұрсұлтан",
                                    birth_date=dt.date(2015, 3, 1)))
    run(family.link_relative, mother.person_id, child, Relation.CHILD)
    return mother, child


def _viewed(db) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.VIEWED).order_by(AuditEvent.seq)))


def test_opening_a_caseless_persons_file_writes_one_viewed_entry_naming_them(
        run, db, admin, mother_and_child):
    mother, child = mother_and_child
    opened = run(person_file, child)

    assert opened.person.id == child and opened.person.surname == "Ахметов"
    assert [relative.person_id for relative in opened.family] == [mother.person_id]
    [event] = _viewed(db)
    assert (event.entity, event.entity_id) == ("person", str(child))
    assert (event.user_id, event.username) == (admin.user_id, "admin")


def test_every_opening_is_one_more_entry_and_a_read_only_user_is_named_too(
        run, db, make_user, mother_and_child):
    _mother, child = mother_and_child
    viewer = make_user(Role.READ_ONLY, "viewer")
    run(person_file, child)
    Workspace(db, viewer).run(person_file, child)

    assert [(e.entity_id, e.username) for e in _viewed(db)] == [
        (str(child), "admin"), (str(child), "viewer")]


def test_the_window_records_one_viewed_entry_per_opening_with_a_case_or_without(
        run, db, mother_and_child):
    mother, child = mother_and_child
    run(load_file, None, child)
    run(load_file, mother.case_id, None)
    run(load_file, None, None)  # a new participant's empty form shows nobody

    events = _viewed(db)
    assert [(e.entity, e.entity_id) for e in events] == [
        ("person", str(child)), ("case_file", str(mother.case_id))]
    assert json.loads(events[1].detail) == {"person": str(mother.person_id)}


def test_a_file_that_cannot_be_opened_records_nothing(run, db, mother_and_child):
    _mother, child = mother_and_child
    run(persons.delete_person, child)
    with pytest.raises(NotFound):
        run(person_file, child)
    with db.session() as session, pytest.raises(NotPermitted):
        person_file(session, child)  # nobody signed in
    assert _viewed(db) == []
