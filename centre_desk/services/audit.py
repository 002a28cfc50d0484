"""Writes the audit trail inside the caller's transaction, naming the acting user.

Every entry goes through :func:`record`, which chains it to the one before it
(store.audit_chain); nothing else adds audit rows.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.domain.permissions import Permission, allows
from centre_desk.services import concurrency
from centre_desk.services.errors import NotPermitted
from centre_desk.store import audit_chain
from centre_desk.store.base import utc_now
from centre_desk.store.models import AuditEvent
from centre_desk.store.stamping import CONTEXT_KEY, Actor

SITE_USERNAME = "site (command line)"
"""How the trail names the site itself acting from the command line, with no account."""


def site_actor() -> Actor:
    """The site itself, as a command run without ``--as-user`` acts.

    Whoever runs the command holds the data dir and, if it is encrypted, the database
    password, so can already read and change everything: the site gets an
    administrator's rights. It is no account (no user id, so nothing it writes names a
    staff member), and the audit trail names it ``SITE_USERNAME``."""
    return Actor(None, SITE_USERNAME, Role.ADMINISTRATOR)  # type: ignore[arg-type]


def actor_of(session: Session) -> Actor | None:
    """The user a session acts for (None for the system itself, e.g. at init)."""
    context = session.info.get(CONTEXT_KEY)
    return context.actor if context else None


def require(session: Session, permission: Permission) -> Actor:
    """The session's actor, if their role allows ``permission``; else NotPermitted."""
    actor = actor_of(session)
    if actor is None or not allows(actor.role, permission):
        raise NotPermitted(permission)
    return actor


def record(session: Session, action: AuditAction, entity: str | None = None,
           entity_id: uuid.UUID | str | None = None, username: str | None = None,
           actor: Actor | None = None, **detail: object) -> None:
    """Add one audit event to the session; it commits or rolls back with the change.

    ``actor`` names the user when the session has none yet (signing in). The entry is
    numbered and hash-chained at once, which takes the database's write lock until the
    caller's transaction ends."""
    actor = actor or actor_of(session)
    audit_chain.link(session, AuditEvent(
        at=utc_now(),  # set here, not at flush: the hash covers it
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else username,
        action=action, entity=entity,
        entity_id=str(entity_id) if entity_id is not None else None,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None))


def apply_changes(session: Session, row: Any, data: Any, fields: Iterable[str],
                  entity: str, seen: concurrency.Seen | None = None) -> list[str]:
    """Copy onto ``row`` each of ``fields`` whose value in ``data`` differs, and record
    one UPDATED event naming them. Returns those names (empty: nothing changed, nothing
    recorded). With ``seen`` (what the editor showed when it opened the record), only
    the fields changed since are copied, and a field someone else changed too refuses
    the save (concurrency.EditConflict)."""
    fields = concurrency.fields_to_write(
        session, row, {name: getattr(data, name) for name in fields}, seen, entity)
    changed = [name for name in fields if getattr(row, name) != getattr(data, name)]
    for name in changed:
        setattr(row, name, getattr(data, name))
    if changed:
        record(session, AuditAction.UPDATED, entity, row.id, fields=changed)
    return changed
