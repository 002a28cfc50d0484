"""Apply the chosen actions in the caller's one transaction through the services the
windows use (persons, cases, club, courses, placements: audit, stamps, sync), and keep
the batch for its undo. A cancel or any failure raises, and the caller's transaction
rolls back: the database is as it was."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, EnrolmentStatus, PlacementKind, Stage
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, cases, club, persons
from centre_desk.services.courses import students
from centre_desk.services.errors import ServiceError
from centre_desk.services.placements.workflow import PlacementInput, request_placement
from centre_desk.services.records import live_person
from centre_desk.services.spreadsheet_import.checking import PERSON_NAMES, person_input
from centre_desk.services.spreadsheet_import.fields import RowKind
from centre_desk.services.spreadsheet_import.preview import case_input
from centre_desk.services.spreadsheet_import.results import (
    SKIP, Action, Choice, ImportResult, Outcome, Preview, RowOutcome, RowPreview, RowStatus)
from centre_desk.store.base import SyncMixin
from centre_desk.store.bulk import BULK_CACHE_KIB
from centre_desk.store.models import Enrolment, FieldStamp, ImportBatch, ImportItem, Person

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 50
_FLUSH_EVERY = 200
"""Rows whose inserts go to the database together: the same table's rows in one
statement (a flush per row cost half the import)."""


class ImportCancelled(ServiceError):
    """The user cancelled the import; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


_SKIP_TEXTS = {
    RowStatus.LOOK_ALIKE: ("look_alike", "A person on file has a look-alike name and the same "
                                         "birth date: a person must decide (merge or create)."),
    RowStatus.SAME_AS_EARLIER_ROW: ("same_as_earlier_row", "An earlier row of the file is the "
                                                           "same person."),
}


class _Created:
    """The synced rows the services add to the session while a file row is applied, by
    file row (the rows are flushed in batches, most of them while a later row is
    applied, so what counts is when they were added)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.current: list[SyncMixin] | None = None
        event.listen(session, "transient_to_pending", self._added)

    def _added(self, _session: Session, instance: Any) -> None:
        if self.current is not None and isinstance(instance, SyncMixin):
            self.current.append(instance)

    @contextlib.contextmanager
    def row(self):
        self.current = []
        try:
            yield self.current
        finally:
            self.current = None

    def close(self) -> None:
        event.remove(self.session, "transient_to_pending", self._added)


@contextlib.contextmanager
def larger_cache(session: Session):
    """On SQLite, the bulk connection's page cache while a whole file is applied or
    undone: with the default 2 MB, the inserts into a region's large indexes re-read
    their pages from disk (store.bulk measured ten seconds of it for the seed)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, uuid.UUID)):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value.value if hasattr(value, "value") else value


STAMPS = "~stamps"
"""Under this key of a merged person's earlier values: the row's stamps and field
stamps before the merge, so an undo before anything was sent can put them back too."""


def _stamps_of(session: Session, person: Person) -> dict[str, Any]:
    fields = session.execute(select(FieldStamp.field, FieldStamp.hlc).where(
        FieldStamp.table_name == "person", FieldStamp.row_id == person.id)).all()
    return {"hlc": person.hlc, "updated_at": _jsonable(person.updated_at),
            "updated_by": _jsonable(person.updated_by), "fields": [list(f) for f in fields]}


def _merge_person(session: Session, person_id: uuid.UUID,
                  values: dict[str, Any]) -> dict[str, Any] | None:
    """Fill the person's blank fields from the row (never overwrite one); returns the
    fields' values before, or None when nothing was blank and given."""
    person = live_person(session, person_id)
    current = persons.view_of(person)
    given = person_input(values)
    filled = {name: getattr(given, name) for name in PERSON_NAMES
              if getattr(current, name) in (None, "") and getattr(given, name) not in (None, "")}
    if not filled:
        return None
    before = {name: _jsonable(getattr(person, name)) for name in filled}
    before[STAMPS] = _stamps_of(session, person)
    data = {name: getattr(current, name) for name in PERSON_NAMES} | filled
    persons.update_person(session, person_id, persons.PersonInput(**data))
    return before


def _add_role(session: Session, kind: RowKind, person_id: uuid.UUID, values: dict[str, Any],
              today: dt.date, merging: bool, note: str) -> None:
    """The row's case, membership, enrolment or placement for the person; when merging
    into someone who already has it (a live case, a current membership, the enrolment),
    nothing is added."""
    if kind is RowKind.PARTICIPANTS:
        if not (merging and cases.case_for_person(session, person_id)):
            _to_stage(session, cases.open_case(session, person_id, case_input(values), today),
                      values, today, note)
    elif kind is RowKind.CLUB_MEMBERS:
        if not (merging and club.current_membership(session, person_id)):
            club.join_club(session, person_id, values["joined_on"], values.get("reason"),
                           values.get("referred_by"), today)
    elif kind is RowKind.COURSE_STUDENTS:
        enrolment = session.scalar(Enrolment.__table__.select().where(
            Enrolment.course_id == values["course_id"], Enrolment.person_id == person_id,
            Enrolment.deleted_at.is_(None), Enrolment.status == EnrolmentStatus.ENROLLED))
        if not (merging and enrolment):
            students.enrol(session, values["course_id"], person_id, values["enrolled_on"], today)
    elif kind is RowKind.PLACEMENTS:
        request_placement(session, PlacementInput(
            PlacementKind(values["placement_kind"]), person_id,
            organisation_id=values.get("organisation_id"),
            requested_on=values.get("requested_on"), notes=values.get("placement_notes")),
            today)


def _to_stage(session: Session, case_id: uuid.UUID, values: dict[str, Any],
              today: dt.date, note: str) -> None:
    """A new case the file says is active is moved there at once, with the file's name
    as the stage change's note."""
    if values.get("stage") == Stage.ACTIVE.value:
        cases.change_stage(session, case_id, Stage.ACTIVE, today, note=note, today=today)


def _apply_row(session: Session, kind: RowKind, row: RowPreview, choice: Choice,
               today: dt.date, note: str) -> tuple[Outcome, uuid.UUID, dict[str, Any] | None]:
    values = row.values
    if choice.action is Action.MERGE:
        before = _merge_person(session, choice.person_id, values)
        _add_role(session, kind, choice.person_id, values, today, True, note)
        return Outcome.MERGED, choice.person_id, before
    if kind is RowKind.PARTICIPANTS:
        ids = cases.register_participant(session, person_input(values), case_input(values), today)
        _to_stage(session, ids.case_id, values, today, note)
        return Outcome.CREATED, ids.person_id, None
    person_id = persons.create_person(session, person_input(values))
    _add_role(session, kind, person_id, values, today, False, note)
    return Outcome.CREATED, person_id, None


def _not_applied(row: RowPreview, choice: Choice) -> RowOutcome | None:
    if row.status is RowStatus.ERROR:
        problem = row.problems[0]
        return RowOutcome(row.number, Outcome.REFUSED, row.full_name, None, problem.code,
                          " ".join(p.text for p in row.problems))
    if choice.action is Action.SKIP:
        reason, text = _SKIP_TEXTS.get(row.status, ("chosen", "Skipped as chosen."))
        return RowOutcome(row.number, Outcome.SKIPPED, row.full_name, None, reason, text)
    if choice.action is Action.MERGE and choice.person_id is None:
        return RowOutcome(row.number, Outcome.REFUSED, row.full_name, None, "merge.no_person",
                          "Merge was chosen without naming the person to merge into.")
    return None


def apply_import(session: Session, preview: Preview, choices: dict[int, Choice] | None = None,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 dry_run: bool = False, today: dt.date | None = None) -> ImportResult:
    """Apply ``choices`` (row number -> Choice; default: the preview's proposals) to the
    preview's rows, inside the caller's transaction, and record one batch to undo.

    A row whose service refuses it (InvalidInput, DuplicateIin...) is rolled back to its
    own savepoint and reported REFUSED with the reason; the other rows go on. Rows with
    problems are never applied, whatever the choice. ``progress(done, total)`` is called
    as rows go; ``cancelled()`` returning True (or progress raising) stops the import
    with ImportCancelled, and the caller's transaction must roll back (Workspace.run
    does). ``dry_run``: every row goes through the services and the result is reported,
    then everything is rolled back (the caller's transaction stays usable).
    Needs MERGE_AND_CLOSE."""
    actor = audit.require(session, Permission.MERGE_AND_CLOSE)
    today = today or dt.date.today()
    chosen = preview.proposed() | (choices or {})
    _begin(session)
    outer = session.begin_nested() if dry_run else None
    cache = larger_cache(session)
    cache.__enter__()
    tracker = _Created(session)
    outcomes: list[RowOutcome] = []
    items: list[tuple[int, SyncMixin, dict[str, Any] | None]] = []
    try:
        for done, row in enumerate(preview.rows, 1):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None and done % _PROGRESS_EVERY == 0:
                progress(done, len(preview.rows))
            choice = chosen.get(row.number, SKIP)
            outcome = _not_applied(row, choice)
            if outcome is None:
                outcome = _apply_checked(session, preview.kind, row, choice, today, tracker,
                                         items, Path(preview.file_name).name or preview.kind.value)
            outcomes.append(outcome)
        batch_id = None
        if outer is not None:
            outer.rollback()
        elif items:
            batch_id = _record_batch(session, actor, preview, outcomes, items)
    except BaseException:
        if outer is not None and outer.is_active:
            outer.rollback()
        raise
    finally:
        tracker.close()
        cache.__exit__(None, None, None)
    if progress is not None:
        progress(len(preview.rows), len(preview.rows))
    return ImportResult(preview.kind, preview.file_name, tuple(outcomes), batch_id, dry_run)


def _begin(session: Session) -> None:
    """Make sure the database transaction has begun before the first savepoint. The
    sqlite3 driver begins one only before a write: a SAVEPOINT issued first (a merge as
    the file's first row) would itself open the transaction, and its RELEASE would then
    commit that row for good, whatever a later cancel or failure rolls back."""
    connection = session.connection()
    if connection.dialect.name == "sqlite" and \
            not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")


def _needs_savepoint(kind: RowKind, choice: Choice) -> bool:
    """Whether a refusal could come after the row's first write. A new participant or
    person is checked whole before anything is written (register_participant,
    create_person), so needs none: a savepoint per row costs a fifth of the import."""
    return choice.action is Action.MERGE or kind not in (RowKind.PARTICIPANTS,
                                                          RowKind.PERSONS)


def _apply_checked(session: Session, kind: RowKind, row: RowPreview, choice: Choice,
                   today: dt.date, tracker: _Created, items: list, note: str) -> RowOutcome:
    savepoint = session.begin_nested() if _needs_savepoint(kind, choice) else None
    try:
        with tracker.row() as created:
            outcome, person_id, before = _apply_row(session, kind, row, choice, today, note)
        if savepoint is not None or row.number % _FLUSH_EVERY == 0:
            session.flush()
        if savepoint is not None:
            savepoint.commit()
    except ImportCancelled:
        raise
    except ServiceError as refused:
        if savepoint is not None:
            savepoint.rollback()
        code = next(iter(getattr(refused, "problems", {}).values()), type(refused).__name__)
        return RowOutcome(row.number, Outcome.REFUSED, row.full_name, None, code, str(refused))
    items.extend((row.number, obj, None) for obj in created)
    if before is not None:
        items.append((row.number, session.get(Person, person_id), before))
    return RowOutcome(row.number, outcome, row.full_name, person_id)


def _record_batch(session: Session, actor, preview: Preview, outcomes: list[RowOutcome],
                  items: list) -> uuid.UUID:
    session.flush()
    counts = {o.value: sum(1 for r in outcomes if r.outcome is o) for o in Outcome}
    batch = ImportBatch(id=uuid.uuid4(), user_id=actor.user_id, username=actor.username,
                        file_name=Path(preview.file_name).name[:300], kind=preview.kind.value,
                        **counts)
    session.add(batch)
    session.flush()
    session.execute(insert(ImportItem), [
        {"id": uuid.uuid4(), "batch_id": batch.id, "row_number": number,
         "table_name": obj.__table__.name, "row_id": obj.id, "hlc": obj.hlc,
         "previous": json.dumps(before, ensure_ascii=False) if before is not None else None}
        for number, obj, before in items])
    audit.record(session, AuditAction.IMPORTED, "import_batch", batch.id,
                 file=batch.file_name, kind=batch.kind, **counts)
    return batch.id
