"""First-run set-up: a new database, this site's identity and the first administrator."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy.orm import Session

from centre_desk.config import Paths, Settings
from centre_desk.domain.clock import HybridLogicalClock
from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import audit, users
from centre_desk.services.errors import InvalidInput
from centre_desk.store import stamping
from centre_desk.store.database import create_database
from centre_desk.store.models import Site


@dataclasses.dataclass(frozen=True)
class SetUpRequest:
    """What the first-run dialog or ``centre-desk init`` asks for."""

    centre_name: str
    region: str
    admin_username: str
    admin_full_name: str
    admin_password: str
    database_password: str | None = None
    language: str = "ru"
    database_url: str | None = None


def validate(request: SetUpRequest) -> dict[str, str]:
    """Field name -> problem code, for everything wrong with the request."""
    account = users.validate_account(request.admin_username, request.admin_full_name,
                                     request.admin_password)
    problems = {f"admin_{field}": code for field, code in account.items()}
    if not request.centre_name.strip():
        problems["centre_name"] = "required"
    if not request.region.strip():
        problems["region"] = "required"
    if request.database_password is not None and \
            len(request.database_password) < users.MIN_PASSWORD_LENGTH:
        problems["database_password"] = "too_short"
    return problems


def set_up(paths: Paths, request: SetUpRequest) -> uuid.UUID:
    """Create the installation; returns the new site's id. Leaves nothing behind on error."""
    problems = validate(request)
    if problems:
        raise InvalidInput(problems)
    settings = Settings(language=request.language,
                        encrypted=bool(request.database_password),
                        database_url=request.database_url)
    engine = create_database(paths, settings, request.database_password)
    site_id = uuid.uuid4()
    try:
        with Session(engine) as session, session.begin():
            session.info[stamping.CONTEXT_KEY] = stamping.Context(
                None, site_id, HybridLogicalClock(str(site_id)))
            session.add(Site(id=site_id, centre_name=request.centre_name.strip(),
                             region=request.region.strip()))
            users.create_user(session, request.admin_username, request.admin_full_name,
                              Role.ADMINISTRATOR, request.admin_password,
                              first_administrator=True)
            audit.record(session, AuditAction.CREATED, "site", site_id,
                         username=request.admin_username.strip(),
                         centre=request.centre_name.strip())
            _make_sync_keys(paths, session, site_id)
    except BaseException:
        engine.dispose()
        _remove_new_database(paths, settings)
        raise
    engine.dispose()
    return site_id


def _make_sync_keys(paths: Paths, session: Session, site_id: uuid.UUID) -> None:
    """This site's signing key and age identity (see centre_desk.services.site_keys)."""
    from centre_desk.services import site_keys  # the crypto libraries load only here

    site_keys.load_or_create(paths, session, site_id)


def _remove_new_database(paths: Paths, settings: Settings) -> None:
    if settings.database_url:
        return
    for suffix in ("", "-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    paths.settings.unlink(missing_ok=True)
