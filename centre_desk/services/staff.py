"""Managing staff accounts: adding one, changing its role, disabling and re-enabling
it, resetting its password to a one-time one, and everyone changing their own.

Only administrators manage accounts (Permission.MANAGE_USERS), and only this site's
accounts (``origin_site``): another site's account arrives by sync and stays that
site's authority (sync.validation.LOCAL_AUTHORITY). Nobody can disable or demote the
last active administrator of this site. Every change is audited; every refusal is an
InvalidInput with one namespaced code and changes nothing."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, passwords, users
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.store.models import Credential, User
from centre_desk.store.stamping import CONTEXT_KEY

ENTITY = "user_account"


@dataclasses.dataclass(frozen=True)
class StaffRow:
    """One account of this site as the staff list shows it."""

    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool
    must_change: bool


def _site_id(session: Session) -> uuid.UUID:
    context = session.info.get(CONTEXT_KEY)
    if context is None:  # pragma: no cover - every service session has one
        raise NotPermitted(Permission.MANAGE_USERS)
    return context.site_id


def list_staff(session: Session) -> list[StaffRow]:
    """This site's live accounts, active or not, by full name."""
    audit.require(session, Permission.MANAGE_USERS)
    rows = session.execute(
        select(User, Credential.must_change)
        .outerjoin(Credential, Credential.user_id == User.id)
        .where(User.origin_site == _site_id(session), User.deleted_at.is_(None))
        .order_by(func.lower(User.full_name), User.username)).all()
    return [StaffRow(u.id, u.username, u.full_name, u.role, u.active, bool(must))
            for u, must in rows]


def find(session: Session, username: str) -> uuid.UUID:
    """The id of this site's account named ``username``; "account.unknown" if none."""
    user_id = session.scalar(select(User.id).where(
        User.username == username.strip(), User.origin_site == _site_id(session),
        User.deleted_at.is_(None)))
    if user_id is None:
        raise InvalidInput({"username": "account.unknown"})
    return user_id


def _check_password(password: str, field: str = "password") -> None:
    problem = passwords.problem(password)
    if problem:
        raise InvalidInput({field: problem})


def add(session: Session, username: str, full_name: str, role: Role,
        password: str) -> uuid.UUID:
    """A new account of this site. The password is one-time: its holder sets their
    own at the first sign-in."""
    audit.require(session, Permission.MANAGE_USERS)
    problems = users.validate_account(username, full_name, password)
    problems.pop("password", None)  # this module's rule, not set-up's
    if problem := passwords.problem(password):
        problems["password"] = problem
    if problems:
        raise InvalidInput(problems)
    user_id = users.create_user(session, username, full_name, role, password)
    session.get(Credential, user_id).must_change = True
    return user_id


def _managed(session: Session, user_id: uuid.UUID) -> User:
    audit.require(session, Permission.MANAGE_USERS)
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise InvalidInput({"username": "account.unknown"})
    if user.origin_site != _site_id(session):
        raise InvalidInput({"username": "account.other_site"})
    return user


def _other_active_administrators(session: Session, user: User) -> int:
    return session.scalar(select(func.count()).select_from(User).where(
        User.origin_site == user.origin_site, User.role == Role.ADMINISTRATOR,
        User.active, User.deleted_at.is_(None), User.id != user.id)) or 0


def _keep_an_administrator(session: Session, user: User) -> None:
    if (user.role is Role.ADMINISTRATOR and user.active
            and not _other_active_administrators(session, user)):
        raise InvalidInput({"role": "account.last_administrator"})


def set_role(session: Session, user_id: uuid.UUID, role: Role) -> None:
    """Give an account another role."""
    user = _managed(session, user_id)
    if user.role is role:
        return
    if role is not Role.ADMINISTRATOR:
        _keep_an_administrator(session, user)
    before = user.role
    user.role = role
    audit.record(session, AuditAction.UPDATED, ENTITY, user.id, role=role.value,
                 was=before.value)


def set_active(session: Session, user_id: uuid.UUID, active: bool) -> None:
    """Disable an account (it cannot sign in; its history stays) or enable it again."""
    user = _managed(session, user_id)
    if user.active == active:
        return
    if not active:
        _keep_an_administrator(session, user)
    user.active = active
    audit.record(session, AuditAction.UPDATED, ENTITY, user.id, active=active)


def reset_password(session: Session, user_id: uuid.UUID, password: str) -> None:
    """Give an account a one-time password, to be changed at its next sign-in."""
    user = _managed(session, user_id)
    _check_password(password)
    credential = session.get(Credential, user.id)
    if credential is None:
        credential = Credential(user_id=user.id)
        session.add(credential)
    credential.password_hash = users.hash_password(password)
    credential.must_change = True
    audit.record(session, AuditAction.UPDATED, ENTITY, user.id, password="reset")


def change_own_password(session: Session, current: str, new: str) -> None:
    """The signed-in user replaces their password; ``current`` must be right (a
    refusal: "password.wrong"), and the new one must differ from it."""
    actor = audit.actor_of(session)
    credential = session.get(Credential, actor.user_id) if actor and actor.user_id else None
    if credential is None:
        raise NotPermitted(Permission.VIEW)
    if not users.password_matches(credential.password_hash, current):
        raise InvalidInput({"current": "password.wrong"})
    _check_password(new, "new")
    if new == current:
        raise InvalidInput({"new": "password.unchanged"})
    credential.password_hash = users.hash_password(new)
    credential.must_change = False
    audit.record(session, AuditAction.UPDATED, ENTITY, actor.user_id, password="changed")


def must_change_password(session: Session) -> bool:
    """Whether the signed-in user holds a one-time password, to be replaced before
    anything else."""
    actor = audit.actor_of(session)
    credential = session.get(Credential, actor.user_id) if actor and actor.user_id else None
    return credential is not None and credential.must_change
