"""The end and the pauses of a signed-in session: signing out, and the idle lock's
locking and unlocking. Each is audited; unlocking checks the same user's password
through users.sign_in, so a wrong one counts towards the same throttle as signing in
(and is audited as a failed sign-in), while a right one is audited only as "unlocked"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction
from centre_desk.services import audit, users
from centre_desk.services.errors import NotPermitted, SignInRefused
from centre_desk.store.stamping import Actor


def _actor(session: Session) -> Actor:
    actor = audit.actor_of(session)
    if actor is None or actor.user_id is None:
        raise NotPermitted("signed_in")
    return actor


def sign_out(session: Session) -> None:
    """Record that the signed-in user signed out."""
    actor = _actor(session)
    audit.record(session, AuditAction.SIGNED_OUT, "user_account", actor.user_id)


def lock(session: Session) -> None:
    """Record that the program locked itself while the user was away."""
    actor = _actor(session)
    audit.record(session, AuditAction.LOCKED, "user_account", actor.user_id)


def unlock(session: Session, password: str,
           now: dt.datetime | None = None) -> SignInRefused | None:
    """Check the signed-in user's own password; None when it unlocks, else the
    refusal to show. A wrong password is a failed sign-in (audited and counted, five
    lock the name for a minute); the caller commits either way."""
    actor = _actor(session)
    outcome = users.sign_in(session, actor.username, password, now,
                            success=AuditAction.UNLOCKED)  # not a second sign-in
    if outcome.refusal is not None:
        return outcome.refusal
    if outcome.actor is None or outcome.actor.user_id != actor.user_id:
        return SignInRefused(locked=False)
    return None
