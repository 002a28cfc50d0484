"""Undo a whole import batch: tombstones for the rows it created, the fields it filled
on existing persons put back, as long as nothing newer touched those rows; what it
cannot undo it says, row by row.

"Touched" means: the row's stamp is no longer the one it had right after the import
(edited here, or a peer's edit arrived by sync), or a live row made since refers to it
(an attendance, a relationship, a placement added to an imported person). A file row
is undone whole or not at all: a person stays if their imported case was edited.
The tombstones and the restored fields are ordinary edits: they sync to every peer
that received the import.

An import undone before this site wrote any sync package since (nothing of it can be at
a peer) is taken out instead: its rows are deleted outright and the merged persons get
their fields and stamps back, so the data is as before the import (a region does not
carry thousands of tombstones of a file imported by mistake). Only the audit trail and
the batch's own record say it happened."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Language, Sex
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, persons
from centre_desk.services.audit_trail import SYNC_PACKAGE
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.spreadsheet_import.applying import STAMPS, Progress, larger_cache
from centre_desk.services.spreadsheet_import.results import BatchView, UndoResult
from centre_desk.store.base import Base, utc_now
from centre_desk.store.models import AuditEvent, FieldStamp, ImportBatch, ImportItem, Person
from centre_desk.store.models.sync import BASE_FIELD
from centre_desk.store.stamping import synced_classes, write_field_stamps

_CHUNK = 500
_AUDITED = {"person", "case_file", "club_membership", "enrolment", "placement"}
"""The records the services audit as created; the history rows under them (stage and
status changes) go with them unaudited, as their services add them."""


def list_batches(session: Session, limit: int = 100) -> list[BatchView]:
    """The imports applied at this site, newest first. Needs MERGE_AND_CLOSE."""
    audit.require(session, Permission.MERGE_AND_CLOSE)
    batches = session.scalars(select(ImportBatch).order_by(ImportBatch.imported_at.desc(),
                                                           ImportBatch.id).limit(limit))
    return [BatchView(b.id, b.imported_at, b.username, b.file_name, b.kind, b.created,
                      b.merged, b.skipped, b.refused, b.undone_at) for b in batches]


def _restored(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "birth_date":
        return dt.date.fromisoformat(value)
    if name == "sex":
        return Sex(value)
    if name == "language":
        return Language(value)
    return value


def _referrers(tables: set[str]) -> list[tuple[Any, Any, str]]:
    """(table, column, referred table) for every foreign key into ``tables``."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in ("import_item",) or "deleted_at" not in table.c:
            continue
        for key in table.foreign_keys:
            if key.column.table.name in tables:
                found.append((table, key.parent, key.column.table.name))
    return found


def _referred_since(session: Session, items: list[ImportItem]) -> set[uuid.UUID]:
    """Ids of the batch's created rows that a live row outside the batch now refers to."""
    created: dict[str, set[uuid.UUID]] = defaultdict(set)
    for item in items:
        if item.previous is None:
            created[item.table_name].add(item.row_id)
    ours = {item.row_id for item in items}
    referred: set[uuid.UUID] = set()
    for table, column, target in _referrers(set(created)):
        ids = sorted(created[target])
        for start in range(0, len(ids), _CHUNK):
            rows = session.execute(select(table.c.id, column).where(
                column.in_(ids[start:start + _CHUNK]), table.c.deleted_at.is_(None)))
            referred.update(target_id for row_id, target_id in rows if row_id not in ours)
    return referred


def undo_batch(session: Session, batch_id: uuid.UUID,
               progress: Progress | None = None) -> UndoResult:
    """Undo the batch inside the caller's transaction (supervisors and administrators).

    Every row the batch created whose stamp is still the one it had after the import
    becomes a tombstone (which syncs like any delete; a tombstoned person's IIN is
    freed, so the corrected file can be imported again); every person whose blank fields
    it filled gets them back blank. A file row something touched since is left as it is
    and named in ``cannot`` (code, one sentence). The batch is marked undone; a second
    undo is refused. ``progress(done, total)`` is called as file rows go (raising in it
    stops the undo; the caller's transaction must roll back, as Workspace.run does).
    On SQLite it runs with a page cache fit for a large batch."""
    with larger_cache(session):
        return _undo(session, batch_id, progress or (lambda _done, _total: None))


def _undo(session: Session, batch_id: uuid.UUID, progress: Progress) -> UndoResult:
    """The undo itself (undo_batch)."""
    actor = audit.require(session, Permission.MERGE_AND_CLOSE)
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound("import batch", batch_id)
    if batch.undone_at is not None:
        raise InvalidInput({"batch": "import.already_undone"})
    models = {cls.__table__.name: cls for cls in synced_classes()}
    items = list(session.scalars(select(ImportItem).where(ImportItem.batch_id == batch_id)
                                 .order_by(ImportItem.row_number.desc())))
    referred = _referred_since(session, items)
    by_row: dict[int, list[ImportItem]] = defaultdict(list)
    for item in items:
        by_row[item.row_number].append(item)
    now = utc_now()
    erase = not _sent_since(session, batch)
    erased: dict[str, list] = defaultdict(list)
    tombstoned = restored = 0
    cannot: list[tuple[str, str]] = []
    loaded = _load(session, models, items)
    undoable = []
    for number, row_items in by_row.items():  # every check before the first change
        rows = [(item, loaded.get(item.row_id)) for item in row_items]
        reason = _why_not(number, rows, referred)
        if reason is not None:
            cannot.append(reason)
        else:
            undoable.append(rows)
    entries: list[tuple[AuditAction, str, uuid.UUID, dict[str, Any]]] = []
    for done, rows in enumerate(undoable):
        if done % _CHUNK == 0:
            progress(done, len(undoable) + 1)
        with_it: dict[str, list[str]] = defaultdict(list)
        for item, row in rows:
            if item.previous is None:
                if erase:
                    erased[item.table_name].append(row)
                else:
                    row.deleted_at = now
                    if isinstance(row, Person):
                        row.iin = None  # freed, so the corrected file can be imported again
                if item.table_name in _AUDITED and item.table_name != "person":
                    with_it[item.table_name].append(str(row.id))
                tombstoned += 1
            else:
                previous = json.loads(item.previous)
                stamps = previous.pop(STAMPS, None)
                if erase and stamps is not None:
                    _roll_back(session, row, previous, stamps)
                else:
                    _put_back(row, previous)
                entries.append((AuditAction.UPDATED, "person", row.id,
                                {"fields": sorted(previous)}))
                restored += 1
        # One entry per file row: its person (if the import made them) or its first
        # record, naming the records that went with it.
        person = next((r for i, r in rows if i.table_name == "person" and i.previous is None),
                      None)
        if person is not None:
            entries.append((AuditAction.DELETED, "person", person.id, dict(with_it)))
        elif with_it:
            entity, ids = next(iter(with_it.items()))
            entries.append((AuditAction.DELETED, entity, uuid.UUID(ids[0]), dict(with_it)))
    session.flush()  # one flush for every tombstone, before the audit entries
    _erase(session, erased)
    for action, entity, row_id, detail in entries:
        audit.record(session, action, entity, row_id, import_batch=str(batch_id),
                     undone=True, **detail)
    batch.undone_at, batch.undone_by = now, actor.user_id
    audit.record(session, AuditAction.DELETED, "import_batch", batch_id, undone=True,
                 tombstoned=tombstoned, restored=restored, cannot=len(cannot),
                 **({"erased": True} if erase else {}))
    progress(len(undoable) + 1, len(undoable) + 1)
    return UndoResult(batch_id, tombstoned, restored, tuple(cannot), erase)


def _sent_since(session: Session, batch: ImportBatch) -> bool:
    """Whether a sync package was written here since the import (from any desk of a
    shared database): what it created may be at a peer, and only tombstones reach it."""
    return session.scalar(select(AuditEvent.id).where(
        AuditEvent.action == AuditAction.EXPORTED, AuditEvent.entity == SYNC_PACKAGE,
        AuditEvent.at >= batch.imported_at).limit(1)) is not None


def _erase(session: Session, erased: dict[str, list]) -> None:
    """Delete the created rows outright, those referring to others first."""
    for table in reversed(Base.metadata.sorted_tables):
        rows = erased.get(table.name, [])
        ids = [row.id for row in rows]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            session.execute(delete(table).where(table.c.id.in_(chunk)))
            session.execute(delete(FieldStamp).where(FieldStamp.table_name == table.name,
                                                     FieldStamp.row_id.in_(chunk)))
        for row in rows:
            session.expunge(row)


def _roll_back(session: Session, person: Any, previous: dict[str, Any],
               stamps: dict[str, Any]) -> None:
    """A merged person's fields and stamps as before the import, written past the
    stamping of edits (this is no edit: the import's never left the site)."""
    values = {name: _restored(name, value) for name, value in previous.items()}
    values |= persons.name_keys(*(values.get(name, getattr(person, name))
                                  for name in ("surname", "given_name", "patronymic")))
    values |= {"hlc": stamps["hlc"],
               "updated_by": stamps["updated_by"] and uuid.UUID(stamps["updated_by"]),
               "updated_at": stamps["updated_at"] and dt.datetime.fromisoformat(
                   stamps["updated_at"])}
    table = Person.__table__
    session.execute(update(table).where(table.c.id == person.id).values(**values))
    session.execute(delete(FieldStamp).where(FieldStamp.table_name == "person",
                                             FieldStamp.row_id == person.id))
    write_field_stamps(session.connection(), [
        {"table_name": "person", "row_id": person.id, "field": field, "hlc": hlc,
         "base": field == BASE_FIELD} for field, hlc in stamps["fields"]])
    session.expire(person)


def _load(session: Session, models: dict, items: list[ImportItem]) -> dict[uuid.UUID, Any]:
    """The batch's rows, read a table at a time rather than one query per row."""
    wanted: dict[str, list[uuid.UUID]] = defaultdict(list)
    for item in items:
        wanted[item.table_name].append(item.row_id)
    loaded: dict[uuid.UUID, Any] = {}
    for table_name, ids in wanted.items():
        model = models[table_name]
        for start in range(0, len(ids), _CHUNK):
            loaded.update((row.id, row) for row in session.scalars(
                select(model).where(model.id.in_(ids[start:start + _CHUNK]))))
    return loaded


def _why_not(number: int, rows: list, referred: set[uuid.UUID]) -> tuple[str, str] | None:
    for item, row in rows:
        what = item.table_name.replace("_", " ")
        if row is None or row.hlc != item.hlc or (item.previous is None and
                                                  row.deleted_at is not None):
            return ("import.changed_since", f"Row {number}: its {what} was changed after the "
                                            f"import, so the row is left as it is.")
        if row.id in referred:
            return ("import.referred_since", f"Row {number}: records added after the import "
                                             f"refer to its {what}, so the row is left as it "
                                             f"is.")
    return None


def _put_back(person: Any, previous: dict[str, Any]) -> None:
    """The fields the import filled on an existing person, back as they were."""
    for name, value in previous.items():
        setattr(person, name, _restored(name, value))
    for name, key in persons.name_keys(person.surname, person.given_name,
                                       person.patronymic).items():
        setattr(person, name, key)
