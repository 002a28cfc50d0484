"""A race queued at two sites and decided at one is closed at the other by sync."""

from __future__ import annotations

import json

from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, ConflictStatus, Role
from centre_desk.services import persons, users
from centre_desk.store.models import AuditEvent, Conflict
from centre_desk.sync import api, conflicts
from tests.unit.sync.sites import PASSWORD, create_person, database_digest, edit_person

A_PHONE, B_PHONE, TYPED_PHONE = "+7 700 111 11 11", "+7 700 222 22 22", "+7 700 333 33 33"


def _person(site, person_id):
    with site.db.session(site.admin) as session:
        return persons.get_person(session, person_id)


def _supervisor(site):
    with site.db.session(site.admin) as session, session.begin():
        users.create_user(session, "supervisor", "Жанар Supervisor", Role.SUPERVISOR,
                          PASSWORD)
    with site.db.session() as session, session.begin():
        return users.sign_in(session, "supervisor", PASSWORD).actor


def _open(site):
    with site.db.session(site.admin) as session:
        return api.list_conflicts(session)


def _race_queued_at_both(a, b, folder, *others):
    """Both sites change the phone, then exchange packages made before either import
    (the ``others`` get both packages too)."""
    person_id = create_person(a)
    for site in (b, *others):
        site.import_(a.export_to(site, folder=folder, name=f"first-{site.name}.cdsync"))
    edit_person(a, person_id, phone=A_PHONE)
    edit_person(b, person_id, phone=B_PHONE)
    from_a = a.export_to(b, *others, folder=folder, name="race-a.cdsync")
    from_b = b.export_to(a, *others, folder=folder, name="race-b.cdsync")
    for site in (b, *others):
        site.import_(from_a)
    for site in (a, *others):
        site.import_(from_b)
    return person_id


def test_a_conflict_decided_at_one_site_closes_at_the_other_with_the_decided_value(
        two_sites, tmp_path):
    a, b = two_sites
    person_id = _race_queued_at_both(a, b, tmp_path)
    [at_a], [at_b] = _open(a), _open(b)
    assert (at_a.row_id, at_a.field) == (at_b.row_id, at_b.field) == (person_id, "phone")
    assert {at_b.kept_value, at_b.lost_value} == {A_PHONE, B_PHONE}
    supervisor = _supervisor(b)
    with b.db.session(supervisor) as session, session.begin():
        api.decide_conflict(session, at_b.id, api.TYPED, TYPED_PHONE)
    report = a.import_(b.export_to(a, folder=tmp_path, name="decision.cdsync"))
    assert report.total("conflicts") == 0
    assert _open(a) == []
    assert _person(a, person_id).phone == _person(b, person_id).phone == TYPED_PHONE
    with a.db.session(a.admin) as session:
        [closed] = api.list_conflicts(session, open_only=False)
        decided_by = session.get(Conflict, closed.id).decided_by
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "conflict", AuditEvent.entity_id == str(closed.id))).one()
    assert closed.id == at_a.id and closed.status is ConflictStatus.SUPERSEDED
    assert closed.decided_at is not None and decided_by is None
    detail = json.loads(event.detail)
    assert event.action is AuditAction.UPDATED
    assert (detail["settled_by"], detail["field"], detail["value"]) == (
        "sync", "phone", TYPED_PHONE)


def test_a_decision_to_keep_the_value_already_there_also_closes_it(two_sites, tmp_path):
    a, b = two_sites
    person_id = _race_queued_at_both(a, b, tmp_path)
    [at_b] = _open(b)
    kept = at_b.kept_value
    with b.db.session(_supervisor(b)) as session, session.begin():
        api.decide_conflict(session, at_b.id, api.KEEP_KEPT)
    a.import_(b.export_to(a, folder=tmp_path, name="decision.cdsync"))
    assert _open(a) == []
    assert _person(a, person_id).phone == _person(b, person_id).phone == kept


def test_an_edit_of_another_field_leaves_the_conflict_open(two_sites, tmp_path):
    a, b = two_sites
    person_id = _race_queued_at_both(a, b, tmp_path)
    [at_a] = _open(a)
    edit_person(b, person_id, notes="Пришёл с матерью")
    a.import_(b.export_to(a, folder=tmp_path, name="notes.cdsync"))
    assert _open(a) == [at_a]
    assert _person(a, person_id).notes == "Пришёл с матерью"


def test_closing_with_nothing_settled_changes_nothing(two_sites, tmp_path):
    a, b = two_sites
    _race_queued_at_both(a, b, tmp_path)
    before = database_digest(a.db)
    with a.db.session(a.admin) as session, session.begin():
        assert conflicts.close_superseded(session) == 0
    assert database_digest(a.db) == before


def test_the_decision_closes_the_race_at_a_third_site_too(three_sites, tmp_path):
    a, b, c = three_sites
    person_id = _race_queued_at_both(a, b, tmp_path, c)
    assert len(_open(c)) == 1
    [at_a] = _open(a)
    with a.db.session(_supervisor(a)) as session, session.begin():
        api.decide_conflict(session, at_a.id, api.KEEP_LOST)
    decided = _person(a, person_id).phone
    for site in (b, c):
        site.import_(a.export_to(site, folder=tmp_path, name=f"decision-{site.name}.cdsync"))
        assert _open(site) == []
        assert _person(site, person_id).phone == decided


def test_a_race_read_again_while_a_row_waits_in_quarantine_is_queued_once(two_sites,
                                                                           tmp_path):
    """While B holds one of A's rows in quarantine it tells A it has not seen A's later
    changes, so A sends the raced row again: the repeated race closes, one stays."""
    a, b = two_sites
    iin = "900101300017"
    for site, surname in ((a, "Ахметов"), (b, "Ахметова")):
        create_person(site, surname, iin=iin)
    person_id = create_person(a)
    b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    with b.db.session(b.admin) as session:
        assert [q.table_name for q in api.list_quarantine(session)] == ["person"]
    edit_person(a, person_id, phone=A_PHONE)
    edit_person(b, person_id, phone=B_PHONE)  # later: B's value wins, A's is queued at B
    b.import_(a.export_to(b, folder=tmp_path, name="race.cdsync"))
    [first] = _open(b)
    assert (first.kept_value, first.lost_value) == (B_PHONE, A_PHONE)
    again = b.import_(a.export_to(b, folder=tmp_path, name="again.cdsync"))
    assert again.total("conflicts") == 1  # queued again by the merge, closed at once
    assert _open(b) == [first]
    with b.db.session(b.admin) as session:
        statuses = sorted(c.status for c in api.list_conflicts(session, open_only=False))
    assert statuses == [ConflictStatus.OPEN, ConflictStatus.SUPERSEDED]
    assert _person(b, person_id).phone == first.kept_value
