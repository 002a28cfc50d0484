"""Stamps every synced row a session writes with who, when, where and a clock reading."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.clock import HybridLogicalClock
from centre_desk.domain.enums import Role
from centre_desk.store.base import SyncMixin, utc_now

CONTEXT_KEY = "centre_desk.context"


@dataclasses.dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a session changes data."""

    user_id: uuid.UUID
    username: str
    role: Role


@dataclasses.dataclass(frozen=True)
class Context:
    """What a session needs to stamp rows: the actor, this site and its clock."""

    actor: Actor | None
    site_id: uuid.UUID
    clock: HybridLogicalClock


class UnstampedChange(RuntimeError):
    """A synced row was written through a session that knows no site; a bug."""


def synced_classes() -> list[type[SyncMixin]]:
    """Every mapped class that carries the sync columns."""
    return [cls for cls in SyncMixin.__subclasses__() if hasattr(cls, "__table__")]


@event.listens_for(Session, "before_flush")
def _stamp_changes(session: Session, _flush_context, _instances) -> None:
    changed = [obj for obj in session.new if isinstance(obj, SyncMixin)]
    changed += [obj for obj in session.dirty
                if isinstance(obj, SyncMixin) and session.is_modified(obj)]
    if not changed:
        return
    context: Context | None = session.info.get(CONTEXT_KEY)
    if context is None:
        raise UnstampedChange("synced rows must be written through Database.session()")
    now = utc_now()
    user_id = context.actor.user_id if context.actor else None
    for obj in changed:
        if obj in session.new:
            obj.id = obj.id or uuid.uuid4()
            obj.origin_site = obj.origin_site or context.site_id
            obj.created_at, obj.created_by = now, user_id
        obj.updated_at, obj.updated_by = now, user_id
        obj.hlc = context.clock.tick()


def clock_for(engine: Engine, site_id: uuid.UUID) -> HybridLogicalClock:
    """A clock for this site that starts after every stamp already in the database."""
    with Session(engine) as session:
        stamps = [session.scalar(select(func.max(cls.hlc))) for cls in synced_classes()]
    latest = max((s for s in stamps if s), default=None)
    return HybridLogicalClock(str(site_id), latest)
