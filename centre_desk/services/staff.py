"""Managing staff accounts: adding one, changing its role and the facilities and
programmes its holder works in, disabling and re-enabling it, resetting its password
to a one-time one, and everyone changing their own.

Only administrators manage accounts (Permission.MANAGE_USERS), and only this site's
accounts (``origin_site``): another site's account arrives by sync and stays that
site's authority (sync.validation.LOCAL_AUTHORITY). Nobody can disable or demote the
last active administrator of this site. Every change is audited; every refusal is an
InvalidInput with one namespaced code and changes nothing."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.domain.permissions import Permission
from centre_desk.domain.work_areas import WORK_PROGRAMMES
from centre_desk.services import audit, passwords, users
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.store.models import Case, Credential, User
from centre_desk.store.stamping import CONTEXT_KEY

ENTITY = "user_account"
UNKNOWN_FACILITY = "facility.unknown"
UNKNOWN_PROGRAMME = "programme.unknown"


@dataclasses.dataclass(frozen=True)
class WorkAreas:
    """The facilities (as cases name them) and programmes (WORK_PROGRAMMES keys) a
    staff member works in; the first facility named is their usual one."""

    facilities: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()


def areas_of(user: User) -> WorkAreas:
    """What an account holds. Another site's account is that site's word, so whatever
    does not read as a list of names is taken as none rather than trusted."""
    return WorkAreas(_names(user.work_facilities), _names(user.work_programmes))


def _names(stored: str | None) -> tuple[str, ...]:
    try:
        names = json.loads(stored) if stored else []
    except ValueError:
        return ()
    if not isinstance(names, list):
        return ()
    return tuple(n for n in names if isinstance(n, str) and n.strip())


def _stored(names: tuple[str, ...]) -> str | None:
    return json.dumps(list(names), ensure_ascii=False) if names else None


@dataclasses.dataclass(frozen=True)
class StaffRow:
    """One account of this site as the staff list shows it."""

    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool
    must_change: bool
    areas: WorkAreas = WorkAreas()


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
    return [StaffRow(u.id, u.username, u.full_name, u.role, u.active, bool(must),
                     areas_of(u)) for u, must in rows]


def known_facilities(session: Session) -> list[str]:
    """The facilities staff may be said to work in, alphabetically: those named on
    live cases, and those this site's accounts already name (a facility whose cases
    have all gone stays on the accounts that name it until someone takes it off)."""
    audit.require(session, Permission.MANAGE_USERS)
    named = set(session.scalars(select(Case.facility).distinct().where(
        Case.deleted_at.is_(None), Case.facility.is_not(None))))
    for stored in session.scalars(select(User.work_facilities).where(
            User.origin_site == _site_id(session), User.work_facilities.is_not(None))):
        named.update(_names(stored))
    return sorted({name.strip() for name in named if name and name.strip()},
                  key=str.casefold)


def _checked_areas(session: Session, facilities: Iterable[str],
                   programmes: Iterable[str]) -> tuple[WorkAreas, dict[str, str]]:
    """The areas asked for as stored (each facility spelt as the cases spell it, in the
    order given; the programmes in list order), and what is wrong with them."""
    problems: dict[str, str] = {}
    asked = [name.strip() for name in facilities if name and name.strip()]
    known = {name.casefold(): name for name in known_facilities(session)} if asked else {}
    chosen: list[str] = []
    for name in asked:
        spelt = known.get(name.casefold())
        if spelt is None:
            problems["facilities"] = UNKNOWN_FACILITY
        elif spelt not in chosen:
            chosen.append(spelt)
    wanted = {key.strip() for key in programmes if key and key.strip()}
    if wanted - set(WORK_PROGRAMMES):
        problems["programmes"] = UNKNOWN_PROGRAMME
    ordered = tuple(key for key in WORK_PROGRAMMES if key in wanted)
    return WorkAreas(tuple(chosen), ordered), problems


def _give_areas(user: User, areas: WorkAreas) -> None:
    user.work_facilities = _stored(areas.facilities)
    user.work_programmes = _stored(areas.programmes)


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
        password: str, facilities: Iterable[str] = (),
        programmes: Iterable[str] = ()) -> uuid.UUID:
    """A new account of this site, with the facilities and programmes its holder works
    in. The password is one-time: its holder sets their own at the first sign-in."""
    audit.require(session, Permission.MANAGE_USERS)
    problems = users.validate_account(username, full_name, password)
    problems.pop("password", None)  # this module's rule, not set-up's
    if problem := passwords.problem(password):
        problems["password"] = problem
    areas, area_problems = _checked_areas(session, facilities, programmes)
    problems.update(area_problems)
    if problems:
        raise InvalidInput(problems)
    user_id = users.create_user(session, username, full_name, role, password)
    session.get(Credential, user_id).must_change = True
    if areas != WorkAreas():
        _give_areas(session.get(User, user_id), areas)
        audit.record(session, AuditAction.UPDATED, ENTITY, user_id,
                     facilities=list(areas.facilities), programmes=list(areas.programmes))
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


def set_work_areas(session: Session, user_id: uuid.UUID, facilities: Iterable[str],
                   programmes: Iterable[str]) -> None:
    """Say which facilities and programmes an account's holder works in (replacing
    what it said); unknown facilities or programmes are refused and change nothing."""
    user = _managed(session, user_id)
    areas, problems = _checked_areas(session, facilities, programmes)
    if problems:
        raise InvalidInput(problems)
    before = areas_of(user)
    if areas == before:
        return
    _give_areas(user, areas)
    audit.record(session, AuditAction.UPDATED, ENTITY, user.id,
                 facilities=list(areas.facilities), programmes=list(areas.programmes),
                 was_facilities=list(before.facilities),
                 was_programmes=list(before.programmes))


def my_work_areas(session: Session) -> WorkAreas:
    """Where the signed-in user works (none for the site itself or a lost account)."""
    actor = audit.actor_of(session)
    user = session.get(User, actor.user_id) if actor and actor.user_id else None
    return areas_of(user) if user is not None else WorkAreas()


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
