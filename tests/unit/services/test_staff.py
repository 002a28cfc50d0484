"""Managing staff accounts: adding, roles, disabling, one-time passwords, one's own
password; each refusal is one code and changes nothing."""

import uuid

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import staff, users
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.store.models import AuditEvent, Credential, User
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.unit.sync.sites import database_digest

NEW = "Жаңа құпиясөз 2026"


def _do(db, actor, use_case, *args):
    with db.session(actor) as session, session.begin():
        return use_case(session, *args)


def _sign_in(db, username, password):
    with db.session() as session, session.begin():
        return users.sign_in(session, username, password)


def _refused(db, actor, code, use_case, *args):
    before = database_digest(db)
    with pytest.raises(InvalidInput) as refusal:
        _do(db, actor, use_case, *args)
    assert code in refusal.value.problems.values()
    assert database_digest(db) == before
    return refusal.value


def _id(db, username):
    with db.session() as session:
        return session.scalar(select(User.id).where(User.username == username))


def test_added_account_signs_in_once_with_a_one_time_password(db, admin):
    user_id = _do(db, admin, staff.add, "aigerim", "Айгерим Нұрланқызы",
                  Role.SPECIALIST, "Бастапқы пароль 1")
    outcome = _sign_in(db, "aigerim", "Бастапқы пароль 1")
    assert outcome.actor.user_id == user_id and outcome.must_change_password
    _do(db, outcome.actor, staff.change_own_password, "Бастапқы пароль 1", NEW)
    again = _sign_in(db, "aigerim", NEW)
    assert again.actor is not None and not again.must_change_password
    assert _sign_in(db, "aigerim", "Бастапқы пароль 1").actor is None
    with db.session() as session:
        stored = session.get(Credential, user_id).password_hash
    assert stored.startswith("$argon2") and NEW not in stored


def test_role_change_and_disable_are_audited_and_disabled_cannot_sign_in(db, admin,
                                                                        make_user):
    make_user(Role.SPECIALIST, "timur")
    user_id = _id(db, "timur")
    _do(db, admin, staff.set_role, user_id, Role.SUPERVISOR)
    _do(db, admin, staff.set_active, user_id, False)
    assert _sign_in(db, "timur", USER_PASSWORD).actor is None
    with db.session() as session:
        user = session.get(User, user_id)
        assert (user.role, user.active, user.deleted_at) == (Role.SUPERVISOR, False, None)
        details = session.scalars(select(AuditEvent.detail).where(
            AuditEvent.entity_id == str(user_id),
            AuditEvent.action == AuditAction.UPDATED)).all()
    assert len(details) == 2
    _do(db, admin, staff.set_active, user_id, True)
    assert _sign_in(db, "timur", USER_PASSWORD).actor.role is Role.SUPERVISOR


def test_reset_password_is_one_time_and_old_one_stops_working(db, admin, make_user):
    make_user(Role.SPECIALIST, "dana")
    _do(db, admin, staff.reset_password, _id(db, "dana"), "Временный пароль")
    assert _sign_in(db, "dana", USER_PASSWORD).actor is None
    assert _sign_in(db, "dana", "Временный пароль").must_change_password


def test_last_active_administrator_cannot_be_demoted_or_disabled(db, admin):
    admin_id = _id(db, "admin")
    _refused(db, admin, "account.last_administrator", staff.set_role, admin_id,
             Role.SUPERVISOR)
    _refused(db, admin, "account.last_administrator", staff.set_active, admin_id, False)


def test_a_second_administrator_lets_the_first_step_down(db, admin, make_user):
    make_user(Role.ADMINISTRATOR, "second")
    _do(db, admin, staff.set_role, _id(db, "admin"), Role.SUPERVISOR)
    _refused(db, admin, "account.last_administrator", staff.set_active,
             _id(db, "second"), False)


def test_disabled_administrator_does_not_count_as_the_remaining_one(db, admin, make_user):
    make_user(Role.ADMINISTRATOR, "second")
    _do(db, admin, staff.set_active, _id(db, "second"), False)
    _refused(db, admin, "account.last_administrator", staff.set_role, _id(db, "admin"),
             Role.READ_ONLY)


@pytest.mark.parametrize(("password", "code"), [
    ("short1", "password.too_short"), ("123456789", "password.too_short"),
    ("1234567890", "password.too_common"), ("Qwertyuiop", "password.too_common"),
    ("йцукенгшщз", "password.too_common"), ("aaaaaaaaaaaa", "password.too_common")])
def test_weak_passwords_are_refused_and_nothing_changes(db, admin, make_user, password,
                                                        code):
    make_user(Role.SPECIALIST, "erlan")
    _refused(db, admin, code, staff.add, "marat", "Марат", Role.SPECIALIST, password)
    _refused(db, admin, code, staff.reset_password, _id(db, "erlan"), password)
    _refused(db, admin, code, staff.change_own_password, ADMIN_PASSWORD, password)


def test_no_composition_rule_a_long_lowercase_phrase_is_fine(db, admin):
    _do(db, admin, staff.add, "marat", "Марат", Role.SPECIALIST, "жылы күн шықты")


def test_own_password_change_needs_the_current_one(db, admin):
    _refused(db, admin, "password.wrong", staff.change_own_password, "wrong", NEW)
    _refused(db, admin, "password.unchanged", staff.change_own_password, ADMIN_PASSWORD,
             ADMIN_PASSWORD)


def test_every_problem_of_a_new_account_is_told_at_once_by_this_rule(db, admin):
    refusal = _refused(db, admin, "required", staff.add, " ", "", Role.SPECIALIST, "")
    assert refusal.problems == {"username": "required", "full_name": "required",
                                "password": "password.too_short"}


def test_taken_name_and_unknown_account_are_refused(db, admin):
    _refused(db, admin, "taken", staff.add, "admin", "Ещё один", Role.SPECIALIST, NEW)
    _refused(db, admin, "account.unknown", staff.set_role, uuid.uuid4(), Role.READ_ONLY)
    _refused(db, admin, "account.unknown", staff.find, "nobody")


def test_another_sites_account_is_not_managed_here(db, admin, make_user):
    make_user(Role.SPECIALIST, "visitor")
    with db.session() as session, session.begin():
        session.get(User, _id(db, "visitor")).origin_site = uuid.uuid4()
    user_id = _id(db, "visitor")
    for use_case, arg in ((staff.set_role, Role.READ_ONLY), (staff.set_active, False),
                          (staff.reset_password, NEW)):
        _refused(db, admin, "account.other_site", use_case, user_id, arg)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.SPECIALIST, Role.READ_ONLY])
def test_only_administrators_manage_accounts(db, make_user, role):
    actor = make_user(role, "someone")
    before = database_digest(db)
    for use_case, args in ((staff.list_staff, ()),
                           (staff.add, ("x1", "X", Role.ADMINISTRATOR, NEW)),
                           (staff.set_role, (actor.user_id, Role.ADMINISTRATOR)),
                           (staff.reset_password, (actor.user_id, NEW))):
        with pytest.raises(NotPermitted):
            _do(db, actor, use_case, *args)
    assert database_digest(db) == before


def test_everyone_changes_their_own_password(db, make_user):
    actor = make_user(Role.READ_ONLY, "reader")
    _do(db, actor, staff.change_own_password, USER_PASSWORD, NEW)
    assert _sign_in(db, "reader", NEW).actor is not None


def test_list_shows_this_sites_accounts_with_their_state(db, admin, make_user):
    make_user(Role.SPECIALIST, "timur")
    _do(db, admin, staff.reset_password, _id(db, "timur"), NEW)
    rows = {row.username: row for row in _do(db, admin, staff.list_staff)}
    assert rows["timur"].must_change and not rows["admin"].must_change
    assert rows["admin"].role is Role.ADMINISTRATOR and rows["admin"].active
