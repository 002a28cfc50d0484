"""Two desks editing one record: what an editor saw when it opened a record, checked
at save against the per-field clock stamps, so a save never silently overwrites a
field someone else changed since, and the fields nobody else touched save as ever.

    seen = concurrency.seen(session, row, FIELDS)         # when the editor opens
    update_person(session, person_id, data, seen=seen)      # at save: EditConflict or saved

A field counts as *changed by me* when the value saved differs from the value seen; as
*changed by someone else* when its stamp (services never write a field without moving
it, store.stamping) differs from the stamp seen. Only the fields I changed are written:
a field someone else changed and I did not keeps their value. A field both changed, to
different values, refuses the whole save with EditConflict, which names each such
field with both values and who changed it when; ``seen.accepting(refusal)`` is what
the editor saw once the user has looked at them, for the save that follows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from centre_desk.domain.clock import Stamp
from centre_desk.domain.enums import AuditAction
from centre_desk.services.errors import ServiceError
from centre_desk.store.models import AuditEvent, User
from centre_desk.store.models.sync import BASE_FIELD, FieldStamp

Current = Mapping[str, tuple[Any, str]]
"""Fields kept outside the row's own columns (a case's specialists): each one's value
and a stamp that moves whenever it changes."""

_AUDIT_LOOK_BACK = 50
"""How many of a record's latest audit entries to read for who changed a field."""
_CLOCK_SLACK = dt.timedelta(seconds=1)
"""A stamp's time may run a little ahead of the database's clock (a stamp observed from
a faster PC): audit entries this much before the seen stamp still count."""


@dataclasses.dataclass(frozen=True)
class Seen:
    """What an editor showed of one record when it opened: each editable field's value
    and clock stamp. Opaque to the GUI, which only keeps it and hands it back."""

    table: str
    row_id: Any
    values: Mapping[str, Any] = dataclasses.field(repr=False)  # identity too: kept out of logs
    stamps: Mapping[str, str] = dataclasses.field(repr=False)

    def shown_as(self, shown: Mapping[str, Any]) -> Seen:
        """What the editor saw when its form was filled from values read earlier (a view
        a window held): a field whose ``shown`` value differs from the stored one was
        changed since by someone else, so it counts as theirs: left alone it keeps
        their value, changed it is asked about."""
        stale = {name for name, value in shown.items()
                 if name in self.values and value != self.values[name]}
        return dataclasses.replace(
            self, values={**self.values, **{name: shown[name] for name in stale}},
            stamps={**self.stamps, **dict.fromkeys(stale, "")})

    def accepting(self, refusal: EditConflict) -> Seen:
        """What the editor has seen once the user was shown ``refusal``: the other
        desk's values and stamps of this record's conflicting fields. Saved with it,
        a field kept as mine is written, a field taken as theirs stays theirs, and a
        change made after the refusal is refused again."""
        mine = [c for c in refusal.conflicts if (c.table, c.row_id) == (self.table, self.row_id)]
        return dataclasses.replace(
            self, values={**self.values, **{c.field: c.theirs for c in mine}},
            stamps={**self.stamps, **{c.field: c.stamp for c in mine}})


@dataclasses.dataclass(frozen=True)
class FieldConflict:
    """One field both this editor and someone else changed since it opened the record."""

    table: str
    row_id: Any
    field: str
    mine: Any
    theirs: Any
    stamp: str
    changed_by: str | None
    """The other's user name; None when the change came from another site's package."""
    changed_at: dt.datetime | None
    """When (naive UTC, as the database stores time)."""


class EditConflict(ServiceError):
    """Someone else changed fields this save changes too, since the editor opened the
    record; nothing was saved."""

    def __init__(self, conflicts: Iterable[FieldConflict]) -> None:
        self.conflicts = tuple(conflicts)
        names = ", ".join(c.field for c in self.conflicts)
        super().__init__("Someone else changed the same fields since you opened this "
                         f"record: {names}. Nothing was saved.")

    def __add__(self, other: EditConflict) -> EditConflict:
        return EditConflict(self.conflicts + other.conflicts)


def field_stamps(session: Session, row: Any, fields: Iterable[str]) -> dict[str, str]:
    """The stamp each field of ``row`` carries now: its own, its row's base, or the
    row's (the rule sync merges by, sync.tables.effective_stamps)."""
    stored = dict(session.execute(select(FieldStamp.field, FieldStamp.hlc).where(
        FieldStamp.table_name == row.__table__.name, FieldStamp.row_id == row.id)).all())
    base = stored.get(BASE_FIELD, row.hlc)
    return {name: stored.get(name, base) for name in fields}


def lock(session: Session, row: Any) -> None:
    """Hold ``row`` until the transaction ends, then read it afresh: two desks saving it
    at once check and write one after the other, the second seeing the first's change.
    A write that changes nothing takes the lock on both engines (PostgreSQL's row
    lock, SQLite's one write lock), as store.audit_chain does; a read would not take
    SQLite's."""
    table = row.__table__
    session.execute(update(table).where(table.c.id == row.id).values(hlc=table.c.hlc))
    session.refresh(row)


def seen(session: Session, row: Any, fields: Iterable[str],
         current: Current | None = None) -> Seen:
    """What an editor showing ``fields`` of ``row`` (and the ``current`` ones kept
    elsewhere) sees now."""
    fields = list(fields)
    current = current or {}
    own = [name for name in fields if name not in current]
    stamps = field_stamps(session, row, own)
    values = {name: getattr(row, name) for name in own}
    for name, (value, stamp) in current.items():
        values[name], stamps[name] = value, stamp
    return Seen(row.__table__.name, row.id, values, stamps)


def fields_to_write(session: Session, row: Any, mine: Mapping[str, Any], seen: Seen | None,
                    entity: str, current: Current | None = None) -> list[str]:
    """Which of ``mine`` (field: value to save) to write onto ``row``: all of them when
    the caller saw nothing (an import, the command line); else those changed since
    ``seen``. Raises EditConflict for those someone else also changed, differently."""
    if seen is None:
        return list(mine)
    if (seen.table, seen.row_id) != (row.__table__.name, row.id):
        raise ValueError("what the editor saw is of another record")
    lock(session, row)
    current = current or {}
    mine_changed = [name for name, value in mine.items()
                    if name in seen.values and value != seen.values[name]]
    stamps = field_stamps(session, row, [n for n in mine_changed if n not in current])
    stamps |= {name: stamp for name, (_value, stamp) in current.items()}
    conflicts = []
    for name in mine_changed:
        theirs = current[name][0] if name in current else getattr(row, name)
        if stamps[name] != seen.stamps.get(name) and theirs != mine[name]:
            who, when = _who_changed(session, row, name, stamps[name], entity,
                                     seen.stamps.get(name))
            conflicts.append(FieldConflict(row.__table__.name, row.id, name, mine[name],
                                           theirs, stamps[name], who, when))
    if conflicts:
        raise EditConflict(conflicts)
    return mine_changed


def _time_of(stamp: str | None) -> dt.datetime | None:
    """A stamp's wall time, naive UTC; None for no stamp or a malformed one."""
    try:
        wall_ms = Stamp.parse(stamp).wall_ms
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).replace(tzinfo=None)


def _who_changed(session: Session, row: Any, field: str, stamp: str, entity: str,
                 seen_stamp: str | None) -> tuple[str | None, dt.datetime | None]:
    """Who last changed ``field`` of ``row`` and when: the audit trail's latest entry
    naming it made since the editor opened the record, else the row's last editor if
    that edit stamped it, else (a change merged from another site's package) nobody
    here, at the stamp's time."""
    statement = (select(AuditEvent.username, AuditEvent.at, AuditEvent.detail)
                 .where(AuditEvent.entity == entity, AuditEvent.entity_id == str(row.id),
                        AuditEvent.action == AuditAction.UPDATED)
                 .order_by(AuditEvent.seq.desc()).limit(_AUDIT_LOOK_BACK))
    since = _time_of(seen_stamp)
    if since is not None:
        statement = statement.where(AuditEvent.at >= since - _CLOCK_SLACK)
    entries = session.execute(statement)
    for username, at, detail in entries:
        try:
            named = json.loads(detail or "{}").get("fields") or ()
        except (ValueError, AttributeError):
            continue
        if field in named:
            return username, at
    if stamp == row.hlc and row.updated_by is not None:
        username = session.scalar(select(User.username).where(User.id == row.updated_by))
        return username, row.updated_at
    return None, _time_of(stamp)
