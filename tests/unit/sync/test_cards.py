"""Site cards and peers; per-field stamps written by an edit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import Role
from centre_desk.services import persons, users
from centre_desk.services.errors import NotPermitted
from centre_desk.store.models import FieldStamp, Person
from centre_desk.sync import api
from tests.unit.sync.sites import PASSWORD, database_digest


def test_a_site_card_names_the_centre_and_its_public_keys_only(db):
    card = json.loads(api.site_card(db))
    assert card["site_id"] == str(db.site_id)
    assert card["centre_name"] == "Центр «Ақниет»"
    assert card["age_recipient"].startswith("age1")
    assert "SECRET" not in json.dumps(card)


def test_own_card_changed_keys_and_junk_are_refused_and_nothing_changes(two_sites):
    a, b = two_sites
    card = json.loads(api.site_card(b.db))
    before = database_digest(a.db)
    for data, reason in ((api.site_card(a.db), "own_card"),
                         (json.dumps({**card, "age_recipient": api.site_card(a.db) and
                                      json.loads(api.site_card(a.db))["age_recipient"]})
                          .encode(), "key_changed"),
                         (b"{}", "not_a_card")):
        with pytest.raises(api.SyncRefused) as refusal:
            with a.db.session(a.admin) as session, session.begin():
                api.add_peer(session, data)
        assert refusal.value.reason == reason
    assert database_digest(a.db) == before


def test_peers_are_listed_and_a_specialist_cannot_add_one(two_sites):
    a, b = two_sites
    with a.db.session(a.admin) as session:
        assert [p.centre_name for p in api.list_peers(session)] == ["B"]
    with a.db.session(a.admin) as session, session.begin():
        users.create_user(session, "spec", "Specialist", Role.SPECIALIST, PASSWORD)
    with a.db.session() as session, session.begin():
        specialist = users.sign_in(session, "spec", PASSWORD).actor
    with pytest.raises(NotPermitted):
        with a.db.session(specialist) as session, session.begin():
            api.add_peer(session, api.site_card(b.db))


def test_an_edit_stamps_the_edited_field_and_keeps_the_base(db, admin):
    with db.session(admin) as session, session.begin():
        person_id = persons.create_person(session, persons.PersonInput(
            surname="Ким", given_name="Ли"))
    with db.session(admin) as session:
        created = session.get(Person, person_id).hlc
        assert session.scalars(select(FieldStamp)).all() == []
    with db.session(admin) as session, session.begin():
        persons.update_person(session, person_id, persons.PersonInput(
            surname="Ким", given_name="Ли", phone="+7 700 000 00 01"))
    with db.session(admin) as session:
        edited = session.get(Person, person_id).hlc
        stamps = {s.field: s.hlc for s in session.scalars(select(FieldStamp))}
    assert stamps == {"*": created, "phone": edited}
    assert edited > created
