"""Signing in: passwords, lock-out after five failures, and what the refusal says."""

import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import users
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.store.base import utc_now
from centre_desk.store.models import AuditEvent, Credential, User
from tests.conftest import ADMIN_PASSWORD


def _try(db, username, password, now=None):
    with db.session() as session, session.begin():
        return users.sign_in(session, username, password, now)


def test_right_password_signs_in_with_the_users_role(db):
    outcome = _try(db, "admin", ADMIN_PASSWORD)
    assert outcome.actor.username == "admin"
    assert outcome.actor.role is Role.ADMINISTRATOR


def test_meanwhile_runs_beside_the_check_with_the_actor_a_right_password_signs_in(db):
    seen = []
    for password in ("wrong password", ADMIN_PASSWORD):
        with db.session() as session, session.begin():
            outcome = users.sign_in(session, "admin", password, meanwhile=seen.append)
    assert seen == [outcome.actor] * 2  # the name is known: called either way
    with db.session() as session, session.begin():
        refused = users.sign_in(session, "ghost", ADMIN_PASSWORD, meanwhile=seen.append)
    assert refused.actor is None and len(seen) == 2  # an unknown name: never called


def test_password_is_stored_as_an_argon2_hash(db):
    with db.session() as session:
        stored = session.scalars(select(Credential.password_hash)).one()
    assert stored.startswith("$argon2") and ADMIN_PASSWORD not in stored


def test_five_wrong_passwords_lock_the_account_for_a_minute(db):
    start = utc_now()
    for _ in range(4):
        assert not _try(db, "admin", "wrong", start).refusal.locked
    assert _try(db, "admin", "wrong", start).refusal.locked
    refused = _try(db, "admin", ADMIN_PASSWORD, start + dt.timedelta(seconds=30))
    assert refused.actor is None and refused.refusal.locked
    later = _try(db, "admin", ADMIN_PASSWORD, start + dt.timedelta(seconds=61))
    assert later.actor is not None


def test_refusal_never_tells_whether_the_name_exists(db):
    start = utc_now()
    known = [str(_try(db, "admin", "wrong", start).refusal) for _ in range(6)]
    unknown = [str(_try(db, "nobody", "wrong", start).refusal) for _ in range(6)]
    assert known == unknown
    assert known[0] == "The user name or password is wrong."
    assert known[-1] == "Too many failed attempts: sign-in is locked for a minute."


def test_sign_ins_and_failures_are_audited(db):
    _try(db, "admin", "wrong")
    _try(db, "admin", ADMIN_PASSWORD)
    with db.session() as session:
        events = session.execute(select(AuditEvent.action, AuditEvent.username)
                                 .order_by(AuditEvent.at)).all()
    assert events[-2:] == [(AuditAction.SIGN_IN_FAILED, "admin"),
                           (AuditAction.SIGNED_IN, "admin")]


def test_only_administrators_create_users(db, make_user):
    specialist = make_user(Role.SPECIALIST)
    with pytest.raises(NotPermitted), db.session(specialist) as session, session.begin():
        users.create_user(session, "x", "X", Role.SUPERVISOR, "long password")


def test_user_with_short_password_or_taken_name_is_refused_and_nothing_saved(db, admin):
    with pytest.raises(InvalidInput) as refused, db.session(admin) as session, session.begin():
        users.create_user(session, "admin", "", Role.SPECIALIST, "short")
    assert refused.value.problems == {"username": "taken", "full_name": "required",
                                      "password": "too_short"}
    with db.session() as session:
        assert session.scalars(select(User.username)).all() == ["admin"]


def test_user_creation_is_audited_with_the_creator(db, admin):
    with db.session(admin) as session, session.begin():
        new_id = users.create_user(session, "nurlan", "Нұрлан Ә.", Role.SPECIALIST,
                                   "long password")
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity_id == str(new_id))).one()
        user = session.get(User, new_id)
    assert (event.action, event.user_id) == (AuditAction.CREATED, admin.user_id)
    assert user.created_by == admin.user_id and user.origin_site == db.site_id


def test_unknown_names_are_checked_against_a_hash_of_the_same_cost():
    """The stand-in hash for unknown names uses the hasher's parameters, so a refusal
    takes as long whether or not the name exists (here the tests' cheap hasher's)."""
    assert not users._hashing.hasher.check_needs_rehash(users._hashing.dummy_hash)


@pytest.fixture
def production_hashing():
    """The production hasher, for one test; the tests' cheap one again afterwards."""
    cheap = users._hashing.hasher
    users.use_hasher(None)
    yield
    users.use_hasher(cheap)


def test_production_hashes_with_argon2id_m65536_t3_p4_and_a_stand_in_of_the_same_cost(
        paths, production_hashing):
    """The one test that pays for the real parameters (the others use cheap ones, see
    tests/conftest.py): set-up stores the administrator's password as argon2id with
    64 MiB, three passes and four lanes, it verifies, and unknown names are checked
    against the shipped stand-in hash of those same parameters."""
    from centre_desk.services import setup
    from centre_desk.store.database import open_database

    assert users._hashing.hasher is users.PRODUCTION_HASHER
    assert users._hashing.dummy_hash == users.PRODUCTION_DUMMY_HASH
    setup.set_up(paths, setup.SetUpRequest(
        centre_name="Центр", region="Алматы", admin_username="admin",
        admin_full_name="Әлия", admin_password=ADMIN_PASSWORD))
    database = open_database(paths)
    try:
        with database.session() as session:
            stored = session.scalars(select(Credential.password_hash)).one()
        assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        assert users.PRODUCTION_HASHER.verify(stored, ADMIN_PASSWORD)
        assert _try(database, "admin", ADMIN_PASSWORD).actor.username == "admin"
        assert _try(database, "admin", "wrong password").actor is None
        assert _try(database, "nobody", ADMIN_PASSWORD).actor is None
    finally:
        database.close()
    assert users.PRODUCTION_DUMMY_HASH.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert not users.PRODUCTION_HASHER.check_needs_rehash(users.PRODUCTION_DUMMY_HASH)
    assert not users.PRODUCTION_HASHER.check_needs_rehash(stored)


def _account_without_credential(db, admin, username, origin_site):
    """An account as sync brings it: no credential on this PC."""
    with db.session(admin) as session, session.begin():
        user = User(username=username, full_name="Синхрон", role=Role.SPECIALIST,
                    active=True, origin_site=origin_site)
        session.add(user)
    return user.id


def test_another_sites_account_neither_blocks_a_new_name_nor_signs_in(db, admin):
    import uuid

    theirs = _account_without_credential(db, admin, "dana", uuid.uuid4())
    assert _try(db, "dana", "long password").actor is None
    with db.session(admin) as session, session.begin():
        mine = users.create_user(session, "dana", "Дана Ж.", Role.SPECIALIST,
                                 "long password")
    assert mine != theirs
    assert _try(db, "dana", "long password").actor.user_id == mine


def test_a_name_made_at_this_site_stays_taken_even_without_a_credential(db, admin):
    _account_without_credential(db, admin, "dana", db.site_id)
    with pytest.raises(InvalidInput) as refused, db.session(admin) as session, \
            session.begin():
        users.create_user(session, "dana", "Дана Ж.", Role.SPECIALIST, "long password")
    assert refused.value.problems == {"username": "taken"}
    with db.session() as session:
        assert sorted(session.scalars(select(User.username))) == ["admin", "dana"]
