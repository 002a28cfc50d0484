"""The conflict queue and quarantine as a supervisor sees them, deciding a conflict,
and closing the ones a decision made elsewhere has settled."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, Uuid, select, text
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, ConflictStatus
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.store.base import utc_now
from centre_desk.store.models import Conflict, FieldStamp, QuarantinedRow
from centre_desk.store.stamping import CONTEXT_KEY, write_field_stamps
from centre_desk.store.models.sync import BASE_FIELD
from centre_desk.sync.cards import require_sync_permission
from centre_desk.sync.pg_raw import PgRaw
from centre_desk.sync.tables import by_name, effective_stamps, stamp_site

KEEP_KEPT = "kept"
"""Decide for the value the merge kept (the one in the record now)."""
KEEP_LOST = "lost"
"""Decide for the value that lost the race (put it back)."""
TYPED = "typed"
"""Decide for a value the supervisor types."""


@dataclasses.dataclass(frozen=True)
class ConflictView:
    """One same-field race: the value kept and the value that lost, side by side.

    Values are as stored (text; dates ISO, choices by code, empty as None)."""

    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    field: str
    kept_value: str | None
    kept_hlc: str
    kept_site: str
    lost_value: str | None
    lost_hlc: str
    lost_site: str
    status: ConflictStatus
    created_at: dt.datetime
    decided_at: dt.datetime | None
    record: str | None = None
    """Whose record it is, as a supervisor knows it (see record_label)."""


@dataclasses.dataclass(frozen=True)
class QuarantineView:
    """A row from a package that could not be applied yet, and why."""

    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    sender_site: uuid.UUID
    reason: str
    detail: str | None
    received_at: dt.datetime
    attempts: int
    record: str | None = None
    """Whose record it is, as a supervisor knows it (see record_label)."""


def list_conflicts(session: Session, open_only: bool = True) -> list[ConflictView]:
    """Conflicts, newest first (open ones only unless ``open_only`` is False)."""
    query = select(Conflict).order_by(Conflict.created_at.desc(), Conflict.id)
    if open_only:
        query = query.where(Conflict.status == ConflictStatus.OPEN)
    return [_view(session, c) for c in session.scalars(query)]


def list_quarantine(session: Session) -> list[QuarantineView]:
    """Rows waiting in quarantine, oldest first."""
    rows = session.scalars(select(QuarantinedRow).order_by(QuarantinedRow.received_at))
    return [QuarantineView(q.id, q.table_name, q.row_id, q.sender_site, q.reason, q.detail,
                           q.received_at, q.attempts, record_label(
                               session, q.table_name, json.loads(q.payload)["values"]))
            for q in rows]


_NAMED_BY = ("title", "name", "username")
"""Columns that name a record of a table with no person of its own."""


def record_label(session: Session, table_name: str, values: dict | None) -> str | None:
    """Whose record a row is, from its ``values`` (column: value as stored): the
    person's name for a person, for a row about a person (a case, an attendance, a
    registered child) or for a row of a case; else the row's title or name. None when
    nothing here names it (a row refers to a person this site does not have)."""
    if not values:
        return None
    if table_name == "person":
        return _name(values.get("surname"), values.get("given_name"),
                     values.get("patronymic"))
    person_id = values.get("person_id") or values.get("child_id")
    if person_id is None and values.get("case_id") is not None:
        person_id = session.execute(text("SELECT person_id FROM case_file WHERE id = :id"),
                                    {"id": values["case_id"]}).scalar()
    if person_id is not None:
        found = session.execute(text(
            "SELECT surname, given_name, patronymic FROM person WHERE id = :id"),
            {"id": person_id}).first()
        return _name(*found) if found else None
    return next((str(values[c]) for c in _NAMED_BY if values.get(c)), None)


def _name(*parts: str | None) -> str | None:
    return " ".join(p for p in parts if p) or None


def _local_values(session: Session, table_name: str, row_id: uuid.UUID) -> dict | None:
    row = session.execute(text(f'SELECT * FROM "{table_name}" WHERE id = :id'),
                          {"id": row_id.hex}).mappings().first()
    return dict(row) if row else None


def decide_conflict(session: Session, conflict_id: uuid.UUID, choice: str,
                    typed_value: str | None = None) -> None:
    """Settle a conflict: keep the kept value, restore the lost one, or set a typed
    value. The decision is a new change of the field, so it syncs onward and wins
    over both raced values everywhere. Needs REVIEW_CONFLICTS; audited."""
    require_sync_permission(session, Permission.REVIEW_CONFLICTS)
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFound("conflict", conflict_id)
    if conflict.status != ConflictStatus.OPEN:
        raise InvalidInput({"conflict": "already_decided"})
    table = by_name()[conflict.table_name]
    if choice == KEEP_KEPT:
        raw = _decode(conflict.kept_value)
    elif choice == KEEP_LOST:
        raw = _decode(conflict.lost_value)
    elif choice == TYPED:
        raw = typed_to_raw(table.table.columns[conflict.field], typed_value)
    else:
        raise InvalidInput({"choice": "invalid"})
    _write_field(session, conflict.table_name, conflict.row_id, conflict.field, raw)
    actor = audit.actor_of(session)
    conflict.status = ConflictStatus.DECIDED
    conflict.decided_at = utc_now()
    conflict.decided_by = actor.user_id if actor else None
    audit.record(session, AuditAction.UPDATED, "conflict", conflict.id,
                 username=audit.SITE_USERNAME, table=conflict.table_name,
                 row=str(conflict.row_id), field=conflict.field, choice=choice,
                 value=raw)


def close_superseded(session: Session) -> int:
    """Close every open conflict whose field now carries a stamp newer than both raced
    values: a decision made at another site (or a later edit) arrived and settled it
    everywhere alike. A race queued again (its row sent once more) closes too, the
    first entry staying open. Recorded as superseded, decided by no one here, and
    audited as settled by sync. Returns how many were closed."""
    # Import writes conflicts through the raw connection: read them afresh.
    waiting = session.scalars(select(Conflict).where(
        Conflict.status == ConflictStatus.OPEN).execution_options(populate_existing=True)).all()
    now = utc_now()
    first: dict[tuple, Conflict] = {}
    by_table: dict[str, list[Conflict]] = {}
    closed = 0
    for conflict in sorted(waiting, key=lambda c: (c.created_at, str(c.id))):
        race = (conflict.table_name, conflict.row_id, conflict.field, conflict.kept_hlc,
                conflict.lost_hlc)
        if race in first:
            # The same race read again (a row sent once more): one entry is enough.
            _close(session, conflict, now, repeats=str(first[race].id))
            closed += 1
            continue
        first[race] = conflict
        by_table.setdefault(conflict.table_name, []).append(conflict)
    tables = by_name()
    for table_name, conflicts in by_table.items():
        table = tables[table_name].table
        stamps = _field_stamps(session, table, list({c.row_id for c in conflicts}))
        for conflict in conflicts:
            if conflict.row_id not in stamps:
                continue
            row_hlc, stored = stamps[conflict.row_id]
            current = effective_stamps((conflict.field,), row_hlc, stored)[conflict.field]
            if current <= max(conflict.kept_hlc, conflict.lost_hlc):
                continue
            value = session.execute(select(table.columns[conflict.field]).where(
                table.c.id == conflict.row_id)).scalar()
            _close(session, conflict, now, value=value, stamp=current)
            closed += 1
    session.flush()
    return closed


def _close(session: Session, conflict: Conflict, now: dt.datetime, **detail: object) -> None:
    conflict.status = ConflictStatus.SUPERSEDED
    conflict.decided_at, conflict.decided_by = now, None
    audit.record(session, AuditAction.UPDATED, "conflict", conflict.id, username="sync",
                 settled_by="sync", table=conflict.table_name, row=str(conflict.row_id),
                 field=conflict.field, **detail)


def _field_stamps(session: Session, table, row_ids: list[uuid.UUID]
                  ) -> dict[uuid.UUID, tuple[str, dict[str, str]]]:
    """Per row: its ``hlc`` and its stored field stamps."""
    found: dict[uuid.UUID, tuple[str, dict[str, str]]] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start:start + 500]
        rows = session.execute(select(table.c.id, table.c.hlc).where(table.c.id.in_(chunk)))
        found.update({row_id: (hlc, {}) for row_id, hlc in rows})
        for row_id, field, hlc in session.execute(
                select(FieldStamp.row_id, FieldStamp.field, FieldStamp.hlc).where(
                    FieldStamp.table_name == table.name, FieldStamp.row_id.in_(chunk))):
            if row_id in found:
                found[row_id][1][field] = hlc
    return found


def _write_field(session: Session, table_name: str, row_id: uuid.UUID, field: str,
                 raw: object) -> None:
    context = session.info[CONTEXT_KEY]
    connection = session.connection()
    # Raw values, as SQLite holds them; a server's database reads them as such (pg_raw).
    execute = connection.exec_driver_sql
    if connection.dialect.name == "postgresql":
        execute = PgRaw(connection.connection.dbapi_connection, None).execute
    previous = execute(f'SELECT hlc FROM "{table_name}" WHERE id = ?',
                       (row_id.hex,)).fetchone()
    previous = previous[0] if previous else None
    if previous is None:
        raise NotFound(table_name, row_id)
    stamp = context.clock.tick()
    write_field_stamps(connection, [
        {"table_name": table_name, "row_id": row_id, "field": BASE_FIELD, "hlc": previous,
         "base": True},
        {"table_name": table_name, "row_id": row_id, "field": field, "hlc": stamp,
         "base": False}])
    actor = context.actor
    execute(
        f'UPDATE "{table_name}" SET "{field}" = ?, hlc = ?, updated_at = ?, updated_by = ? '
        f'WHERE id = ?',
        (raw, stamp, raw_datetime(utc_now()),
         actor.user_id.hex if actor and actor.user_id else None, row_id.hex))


def raw_datetime(value: dt.datetime) -> str:
    """A datetime as SQLite stores it."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def typed_to_raw(column, text: str | None) -> object:
    """A supervisor's typed value as the column stores it; InvalidInput if it does not fit."""
    text = (text or "").strip()
    if not text:
        if not column.nullable:
            raise InvalidInput({"value": "required"})
        return None
    kind = column.type
    try:
        if isinstance(kind, Enum):
            if text not in {m.value for m in kind.enum_class}:
                raise ValueError(text)
            return text
        if isinstance(kind, DateTime):
            return raw_datetime(dt.datetime.fromisoformat(text))
        if isinstance(kind, Date):
            return dt.date.fromisoformat(text).isoformat()
        if isinstance(kind, Boolean):
            return {"1": 1, "true": 1, "yes": 1, "0": 0, "false": 0, "no": 0}[text.lower()]
        if isinstance(kind, Integer):
            return int(text)
        if isinstance(kind, Uuid):
            return uuid.UUID(text).hex
    except (ValueError, KeyError):
        raise InvalidInput({"value": "invalid"}) from None
    length = getattr(kind, "length", None)
    if length and len(text) > length:
        raise InvalidInput({"value": "too_long"})
    return text


def _decode(stored: str | None) -> object:
    return None if stored is None else json.loads(stored)


def _display(stored: str | None) -> str | None:
    value = _decode(stored)
    return None if value is None else str(value)


def _view(session: Session, c: Conflict) -> ConflictView:
    whose = record_label(session, c.table_name, _local_values(session, c.table_name, c.row_id))
    return ConflictView(c.id, c.table_name, c.row_id, c.field, _display(c.kept_value),
                        c.kept_hlc, stamp_site(c.kept_hlc), _display(c.lost_value),
                        c.lost_hlc, stamp_site(c.lost_hlc), c.status, c.created_at,
                        c.decided_at, whose)
