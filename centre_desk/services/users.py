"""Staff accounts: creating them, signing in with lock-out, listing them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput, NotFound, SignInRefused
from centre_desk.store.base import utc_now
from centre_desk.store.models import Credential, SignInThrottle, User
from centre_desk.store.stamping import CONTEXT_KEY, Actor

MAX_FAILED_ATTEMPTS = 5
LOCK_OUT = dt.timedelta(minutes=1)
MIN_PASSWORD_LENGTH = 8

PRODUCTION_HASHER = PasswordHasher()  # argon2id, m=65536 KiB, t=3, p=4
# Checked when the name is unknown, so a refusal takes as long either way. Made once
# with the hasher's own parameters; hashing it at import would cost every start 0.1 s.
PRODUCTION_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$tP2U6v8Dj094HD0ba5TMag$"
                         "siP6+8nTGVt+MNLCC3xVMUdgKZtQUXTcaSQsjEzM2Jo")


@dataclasses.dataclass
class _Hashing:
    """The hasher passwords are hashed with, and the stand-in hash for unknown names
    made with its parameters."""

    hasher: PasswordHasher
    dummy_hash: str


_hashing = _Hashing(PRODUCTION_HASHER, PRODUCTION_DUMMY_HASH)


def use_hasher(hasher: PasswordHasher | None) -> None:
    """Hash new passwords with ``hasher`` from now on (None: PRODUCTION_HASHER again).

    For the test suite, which makes hundreds of accounts: cheap parameters there save
    minutes. Nothing in the application calls it and no setting or environment
    variable reaches it, so an installation always hashes with PRODUCTION_HASHER.
    The stand-in hash for unknown names is remade with ``hasher``'s parameters, so a
    refusal still costs the same whether or not the name exists. Hashes made before
    keep verifying: argon2 reads the parameters from the hash itself."""
    if hasher is None or hasher is PRODUCTION_HASHER:
        _hashing.hasher, _hashing.dummy_hash = PRODUCTION_HASHER, PRODUCTION_DUMMY_HASH
    else:
        _hashing.hasher, _hashing.dummy_hash = hasher, hasher.hash(secrets.token_urlsafe(16))


@dataclasses.dataclass(frozen=True)
class UserView:
    """A staff member as lists and forms show them."""

    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool


@dataclasses.dataclass(frozen=True)
class SignInOutcome:
    """Either the actor now signed in, or the refusal to show; the caller commits
    either way, so failed attempts are counted."""

    actor: Actor | None
    refusal: SignInRefused | None = None
    must_change_password: bool = False
    """The password is a one-time one (services.staff.reset_password): its holder
    sets their own before anything else."""


def validate_account(username: str, full_name: str, password: str) -> dict[str, str]:
    problems = {}
    if not username.strip():
        problems["username"] = "required"
    if not full_name.strip():
        problems["full_name"] = "required"
    if len(password) < MIN_PASSWORD_LENGTH:
        problems["password"] = "too_short"
    return problems


def create_user(session: Session, username: str, full_name: str, role: Role,
                password: str, *, first_administrator: bool = False) -> uuid.UUID:
    """Add a staff account; the first administrator is created by set-up itself."""
    if not first_administrator:
        audit.require(session, Permission.MANAGE_USERS)
    username = username.strip()
    problems = validate_account(username, full_name, password)
    if username and _taken_here(session, username):
        problems["username"] = "taken"
    if problems:
        raise InvalidInput(problems)
    user = User(username=username, full_name=full_name.strip(), role=role, active=True)
    session.add(user)
    session.flush()
    session.add(Credential(user_id=user.id, password_hash=_hashing.hasher.hash(password)))
    audit.record(session, AuditAction.CREATED, "user_account", user.id, username=username,
                 role=role.value)
    return user.id


def _taken_here(session: Session, username: str) -> bool:
    """Whether a name belongs to an account that signs in here or was made here.

    Other sites' accounts arrive by sync without credentials; one may share a name
    with a new account at this site (every site has its own ``admin``)."""
    context = session.info.get(CONTEXT_KEY)
    here = User.id.in_(select(Credential.user_id))
    if context is not None:
        here = or_(here, User.origin_site == context.site_id)
    return session.scalar(select(User.id).where(User.username == username, here)
                          .limit(1)) is not None


def get_user(session: Session, user_id: uuid.UUID) -> UserView:
    """One account, live or not (audit trails name departed staff too)."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("user", user_id)
    return UserView(user.id, user.username, user.full_name, user.role, user.active)


def list_users(session: Session) -> list[UserView]:
    """Every live account, by name."""
    rows = session.scalars(select(User).where(User.deleted_at.is_(None))
                           .order_by(User.full_name))
    return [UserView(u.id, u.username, u.full_name, u.role, u.active) for u in rows]


def sign_in(session: Session, username: str, password: str,
            now: dt.datetime | None = None,
            success: AuditAction = AuditAction.SIGNED_IN,
            meanwhile: Callable[[Actor], None] | None = None) -> SignInOutcome:
    """Check a name and password; five failures lock that name for a minute.

    Only accounts with a credential on this PC sign in: another site's account of
    the same name (its ``admin``) has none here. A right password is audited as
    ``success`` (the idle lock's unlocking passes UNLOCKED: nobody signed in anew), a
    wrong one always as a failed sign-in.

    ``meanwhile``, if given, is called on this thread with the actor a right password
    would sign in while the password is checked on another (argon2 releases Python's
    lock): the sign-in window builds the main window then, unshown. It must read no
    data; it is not called for an unknown or locked-out name."""
    now = now or utc_now()
    key = username.strip().casefold()
    throttle = session.get(SignInThrottle, key) or SignInThrottle(
        username=key, failed_attempts=0)
    session.add(throttle)
    if throttle.locked_until and throttle.locked_until > now:
        audit.record(session, AuditAction.SIGN_IN_FAILED, username=username, locked=True)
        return SignInOutcome(None, SignInRefused(locked=True))
    row = session.execute(
        select(User, Credential.password_hash, Credential.must_change)
        .join(Credential, Credential.user_id == User.id)
        .where(User.username == username.strip(), User.active, User.deleted_at.is_(None))
    ).first()
    actor = Actor(row.User.id, row.User.username, row.User.role) if row else None
    if _checked(row.password_hash if row else _hashing.dummy_hash, password,
                (lambda: meanwhile(actor)) if meanwhile and actor else None) and row:
        throttle.failed_attempts, throttle.locked_until = 0, None
        audit.record(session, success, "user_account", actor.user_id, actor=actor)
        return SignInOutcome(actor, must_change_password=bool(row.must_change))
    throttle.failed_attempts += 1
    locked = throttle.failed_attempts >= MAX_FAILED_ATTEMPTS
    if locked:
        throttle.failed_attempts, throttle.locked_until = 0, now + LOCK_OUT
    audit.record(session, AuditAction.SIGN_IN_FAILED, username=username, locked=locked)
    return SignInOutcome(None, SignInRefused(locked=locked))


def _checked(password_hash: str, password: str, meanwhile: Callable[[], None] | None
             ) -> bool:
    """``password_matches``, with ``meanwhile`` run on this thread during the check."""
    if meanwhile is None:
        return password_matches(password_hash, password)
    with ThreadPoolExecutor(1, thread_name_prefix="password-check") as checking:
        matched = checking.submit(password_matches, password_hash, password)
        meanwhile()
        return matched.result()


def hash_password(password: str) -> str:
    """A new password's hash, with the hasher in use (see use_hasher)."""
    return _hashing.hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    """Whether ``password`` is the one ``password_hash`` was made from."""
    try:
        return _hashing.hasher.verify(password_hash, password)
    except VerificationError:
        return False
