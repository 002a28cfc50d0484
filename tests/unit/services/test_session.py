"""services.session: sign-out, lock and unlock are audited; unlocking takes only the
signed-in user's own password and its failures count like failed sign-ins. The idle
time's setting falls back to ten minutes when damaged."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from centre_desk.config import Settings
from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import session, users
from centre_desk.services.errors import NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent, SignInThrottle
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD


def trail(db) -> list[tuple[AuditAction, str]]:
    with db.session() as s:
        return [(e.action, e.username) for e in s.scalars(
            select(AuditEvent).order_by(AuditEvent.seq))]


def test_sign_out_lock_and_unlock_are_audited_as_the_user(db, admin):
    run = Workspace(db, admin).run
    run(session.lock)
    assert run(session.unlock, ADMIN_PASSWORD) is None
    run(session.sign_out)
    assert trail(db)[-3:] == [(AuditAction.LOCKED, "admin"), (AuditAction.UNLOCKED, "admin"),
                              (AuditAction.SIGNED_OUT, "admin")]


def test_unlocking_is_not_also_a_sign_in(db, admin):
    """The user never left: the trail holds one "unlocked", no second "signed in"."""
    run = Workspace(db, admin).run
    run(session.lock)
    before = len(trail(db))
    assert run(session.unlock, "wrong") is not None
    assert run(session.unlock, ADMIN_PASSWORD) is None
    assert trail(db)[before:] == [(AuditAction.SIGN_IN_FAILED, "admin"),
                                  (AuditAction.UNLOCKED, "admin")]
    with db.session() as s:
        assert s.get(SignInThrottle, "admin").failed_attempts == 0  # the right one clears


def test_another_users_password_does_not_unlock(db, admin, make_user):
    make_user(Role.SPECIALIST, "dana")
    refusal = Workspace(db, admin).run(session.unlock, USER_PASSWORD)
    assert refusal is not None and not refusal.locked
    assert trail(db)[-1] == (AuditAction.SIGN_IN_FAILED, "admin")


def test_wrong_passwords_at_the_lock_fill_the_sign_in_throttle(db, admin):
    run = Workspace(db, admin).run
    for _attempt in range(users.MAX_FAILED_ATTEMPTS - 1):
        assert not run(session.unlock, "wrong").locked
    assert run(session.unlock, "wrong").locked
    assert run(session.unlock, ADMIN_PASSWORD).locked  # the right one waits a minute too
    with db.session() as s:
        assert s.get(SignInThrottle, "admin").locked_until is not None
    with db.session() as s, s.begin():
        assert users.sign_in(s, "admin", ADMIN_PASSWORD).refusal.locked


def test_no_session_without_a_user(db):
    with pytest.raises(NotPermitted):
        Workspace(db, None).run(session.sign_out)


@pytest.mark.parametrize(("minutes", "ms"), [
    (10, 600_000), (1, 60_000), (480, 28_800_000), (0, 600_000), (-5, 600_000),
    (481, 600_000), ("5", 600_000), (2.5, 600_000), (True, 600_000), (None, 600_000)])
def test_a_damaged_idle_time_counts_as_ten_minutes(minutes, ms):
    assert Settings(idle_lock_minutes=minutes).idle_lock_ms == ms


def test_idle_time_is_read_from_settings_json(paths):
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.settings.write_text('{"idle_lock_minutes": 3}', encoding="utf-8")
    assert Settings.load(paths).idle_lock_ms == 180_000
    assert Settings().idle_lock_ms == 600_000

