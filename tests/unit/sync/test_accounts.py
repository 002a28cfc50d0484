"""Staff accounts across sites: every site's own ``admin`` syncs without quarantine,
and an account signs in only where its credential lives."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError

from centre_desk.domain.enums import CaseCategory, Role
from centre_desk.services import cases, staff, users
from centre_desk.services.errors import InvalidInput
from centre_desk.services.persons import PersonInput
from centre_desk.store import migrate
from centre_desk.store.models import User
from centre_desk.sync import api
from tests.unit.sync.sites import PASSWORD, database_digest


def _exchange(a, b, folder, tag):
    to_b = a.export_to(b, folder=folder, name=f"{tag}-ab.cdsync")
    to_a = b.export_to(a, folder=folder, name=f"{tag}-ba.cdsync")
    return b.import_(to_b), a.import_(to_a)


def _sign_in(site, username):
    with site.db.session() as session, session.begin():
        return users.sign_in(session, username, PASSWORD).actor


def _create_user(site, username, full_name, role=Role.SPECIALIST):
    with site.db.session(site.admin) as session, session.begin():
        return users.create_user(session, username, full_name, role, PASSWORD)


def _staff(site):
    with site.db.session(site.admin) as session:
        return {(u.username, u.full_name) for u in users.list_users(session)}


def test_two_sites_admins_sync_without_quarantine_and_both_are_listed(two_sites, tmp_path):
    a, b = two_sites
    to_b, to_a = _exchange(a, b, tmp_path, "first")
    for report in (to_b, to_a):
        assert report.tables["user_account"].new == 1
        assert report.total("quarantined") == 0 and report.still_quarantined == 0
    for site in (a, b):
        with site.db.session(site.admin) as session:
            assert api.list_quarantine(session) == []
        assert _staff(site) == {("admin", "Admin A"), ("admin", "Admin B")}


def test_an_account_signs_in_only_at_its_home_site(two_sites, tmp_path):
    a, b = two_sites
    nurlan = _create_user(b, "nurlan", "Нұрлан Әбенов")
    _exchange(a, b, tmp_path, "first")
    assert _sign_in(a, "admin").user_id == a.admin.user_id
    assert _sign_in(b, "admin").user_id == b.admin.user_id
    assert _sign_in(b, "nurlan").user_id == nurlan
    assert _sign_in(a, "nurlan") is None  # known at A by name, but no credential there
    assert ("nurlan", "Нұрлан Әбенов") in _staff(a)


def test_a_name_held_here_is_refused_and_nothing_is_saved(two_sites, tmp_path):
    a, b = two_sites
    _exchange(a, b, tmp_path, "first")
    _create_user(a, "aigerim", "Айгерим Қасымова")
    before = database_digest(a.db)
    for taken in ("admin", " aigerim "):
        with pytest.raises(InvalidInput) as refused, \
                a.db.session(a.admin) as session, session.begin():
            users.create_user(session, taken, "Другой человек", Role.SPECIALIST, PASSWORD)
        assert refused.value.problems == {"username": "taken"}
    assert database_digest(a.db) == before


def test_a_name_only_another_site_uses_can_be_taken_here_and_both_sync(two_sites, tmp_path):
    a, b = two_sites
    theirs = _create_user(b, "nurlan", "Нұрлан Әбенов")
    _exchange(a, b, tmp_path, "first")
    mine = _create_user(a, "nurlan", "Нұрлан Серіков")
    to_b, to_a = _exchange(a, b, tmp_path, "second")
    assert to_b.total("quarantined") == to_a.total("quarantined") == 0
    assert _sign_in(a, "nurlan").user_id == mine
    assert _sign_in(b, "nurlan").user_id == theirs
    for site in (a, b):
        assert {("nurlan", "Нұрлан Әбенов"), ("nurlan", "Нұрлан Серіков")} <= _staff(site)


def test_an_account_that_arrived_without_credential_does_not_block_sign_in_here(
        two_sites, tmp_path):
    """A's administrator keeps signing in after B's ``admin`` (older or newer) arrives."""
    a, b = two_sites
    _exchange(a, b, tmp_path, "first")
    with a.db.session() as session:
        admins = session.scalars(select(User).where(User.username == "admin")).all()
    assert {u.origin_site for u in admins} == {a.db.site_id, b.db.site_id}
    assert _sign_in(a, "admin").user_id == a.admin.user_id


def test_migration_keeps_users_and_makes_names_unique_per_site(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0004")
    here, there = uuid.uuid4().hex, uuid.uuid4().hex
    admin = uuid.uuid4().hex
    insert = text(
        "INSERT INTO user_account (id, username, full_name, role, active, origin_site, "
        "created_at, updated_at, hlc) VALUES (:i, :u, :f, 'administrator', 1, :o, :c, :c, "
        ":h)")
    when = dt.datetime(2026, 1, 1)
    with engine.begin() as connection:
        connection.execute(insert, dict(i=admin, u="admin", f="Әлия", o=here, c=when, h="x"))
        connection.execute(text("INSERT INTO credential (user_id, password_hash) "
                                "VALUES (:i, 'hash')"), dict(i=admin))
    migrate.upgrade_to_head(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    with engine.begin() as connection:
        assert connection.execute(text(
            "SELECT u.username, u.full_name, c.password_hash FROM user_account u "
            "JOIN credential c ON c.user_id = u.id")).all() == [("admin", "Әлия", "hash")]
        connection.execute(insert, dict(i=uuid.uuid4().hex, u="admin", f="Other", o=there,
                                        c=when, h="y"))
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").first() is None
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert, dict(i=uuid.uuid4().hex, u="admin", f="Twice", o=here,
                                        c=when, h="z"))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM user_account")).scalar() == 2
    engine.dispose()


def test_where_a_person_works_reaches_a_peer_and_only_their_site_changes_it(
        two_sites, tmp_path):
    a, b = two_sites
    nurlan = _create_user(b, "nurlan", "Нұрлан Әбенов")
    with b.db.session(b.admin) as session, session.begin():
        cases.register_participant(session, PersonInput("Сәрсенов", "Қайрат"),
                                   cases.CaseInput(CaseCategory.INMATE, facility="ИК-5"),
                                   dt.date(2024, 1, 1))
        staff.set_work_areas(session, nurlan, ["ИК-5"], ["case_work", "placements"])
    to_a, _ = _exchange(b, a, tmp_path, "first")
    assert to_a.total("quarantined") == 0
    with a.db.session() as session:
        arrived = session.get(User, nurlan)
        assert (json.loads(arrived.work_facilities), json.loads(arrived.work_programmes)) \
            == (["ИК-5"], ["case_work", "placements"])
    before = database_digest(a.db)
    with pytest.raises(InvalidInput) as refused, \
            a.db.session(a.admin) as session, session.begin():
        staff.set_work_areas(session, nurlan, [], ["mothers_club"])
    assert refused.value.problems == {"username": "account.other_site"}
    assert database_digest(a.db) == before
