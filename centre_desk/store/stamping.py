"""Stamps every synced row a session writes with who, when, where and a clock reading."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.orm import Session

from centre_desk.domain.clock import (MAX_SKEW_MS, HybridLogicalClock, is_stamp,
                                      latest_allowed, wall_now_ms)
from centre_desk.domain.enums import Role
from centre_desk.store.base import SYNC_COLUMNS, SyncMixin, utc_now
from centre_desk.store.models.sync import BASE_FIELD, FieldStamp

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
    field_stamps: list[dict] = []
    for obj in changed:
        new = obj in session.new
        if new:
            obj.id = obj.id or uuid.uuid4()
            obj.origin_site = obj.origin_site or context.site_id
            obj.created_at, obj.created_by = now, user_id
        previous = obj.hlc
        obj.updated_at, obj.updated_by = now, user_id
        # Above the stamp it replaces, even one observed from a faster PC's clock.
        obj.hlc = context.clock.tick_after(previous)
        if not new and previous:
            field_stamps += _edited_field_stamps(obj, previous)
    if field_stamps:
        write_field_stamps(session.connection(), field_stamps)


def _edited_field_stamps(obj: SyncMixin, previous: str) -> list[dict]:
    """Stamps for an edited row: its earlier stamp as the base (kept if it has one),
    the new stamp for each edited field, so sync merges field by field."""
    state = inspect(obj)
    table = obj.__table__.name
    stamps = [{"table_name": table, "row_id": obj.id, "field": BASE_FIELD, "hlc": previous,
               "base": True}]
    for prop in state.mapper.column_attrs:
        name = prop.columns[0].name
        if name in _META_COLUMNS:
            continue
        if state.attrs[prop.key].history.added:
            stamps.append({"table_name": table, "row_id": obj.id, "field": name,
                           "hlc": obj.hlc, "base": False})
    return stamps


_META_COLUMNS = frozenset(SYNC_COLUMNS) - {"deleted_at"}


def write_field_stamps(connection, stamps: list[dict]) -> None:
    """Record field stamps: a base (``*``) only if the row has none yet, a field's own
    stamp replacing any earlier one. Works on SQLite and PostgreSQL."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    table = FieldStamp.__table__
    keys = ("table_name", "row_id", "field", "hlc")
    bases = [{k: s[k] for k in keys} for s in stamps if s["base"]]
    fields = [{k: s[k] for k in keys} for s in stamps if not s["base"]]
    if bases:
        connection.execute(insert(table).on_conflict_do_nothing(), bases)
    if fields:
        statement = insert(table)
        connection.execute(statement.on_conflict_do_update(
            index_elements=["table_name", "row_id", "field"],
            set_={"hlc": statement.excluded.hlc}), fields)


_LOOK_PAST = 20
"""How many stamps below the bound to read for the newest well-formed one (only a
database damaged by an older version holds malformed ones)."""


def clock_for(engine: Engine, site_id: uuid.UUID,
              skew_ms: int = MAX_SKEW_MS) -> HybridLogicalClock:
    """A clock for this site that starts after every stamp already in the database.

    Only well-formed stamps at most ``skew_ms`` ahead of this PC's clock count, so
    no stored value, whatever put it there, can stop the site from opening or move
    its clock into the future."""
    bound = latest_allowed(wall_now_ms(), skew_ms)
    latest = None
    with Session(engine) as session:
        for cls in synced_classes():
            newest = session.scalars(select(cls.hlc).where(cls.hlc <= bound)
                                     .order_by(cls.hlc.desc()).limit(_LOOK_PAST))
            stamp = next((s for s in newest if is_stamp(s)), None)
            if stamp and (latest is None or stamp > latest):
                latest = stamp
    return HybridLogicalClock(str(site_id), latest, skew_ms=skew_ms)
