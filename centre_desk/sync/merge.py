"""Merging a package's rows into this database, field by field, by clock stamp.

For every field the newer stamp wins; a stamp names its site, so two stamps are never
equal unless they are the same change, and the text order of stamps is a total order:
every site reaches the same values whatever order packages arrive in. A tombstone
(``deleted_at``) is a field like any other.

A race: both sides changed the field and the writer of the winning value had not seen
the losing one. Seen vectors tell: if the losing value is ours, the sender's vector
(in the manifest) must not cover it; if it is the sender's, ours (before this import)
must not. The loser is then queued as a Conflict here. A value overwritten by a
writer who had seen it is an ordinary edit, not a conflict.

Works on the raw DB-API cursor (values as SQLite stores them) on rows held in Python:
rows that exist here, rows the bulk path (centre_desk.sync.bulk) set aside, and rows
from quarantine. Rows that cannot apply (a broken reference, a missing or invalid
value, a duplicate key) are set aside for quarantine: a refused batch goes again one
row at a time.
"""

from __future__ import annotations

import dataclasses
import json
import uuid

from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

from centre_desk.store.base import utc_now
from centre_desk.sync.conflicts import raw_datetime
from centre_desk.sync.pg_raw import is_integrity_error, is_postgresql
from centre_desk.sync.tables import (SyncedTable, compact_stamps, effective_stamps, package_rows,
                                     stamp_site)
from centre_desk.sync.validation import JUDGED_BY_MERGE, LOCAL_AUTHORITY, Rules, problems_of_rows

BATCH = 5000
_FULL_SCAN_FROM = 2000
_BULK_FROM = 5000
_INDEX_SORT_CACHE = -8192
"""SQLite's page cache (negative: KiB) while indexes are remade; see _remake_indexes."""


@dataclasses.dataclass
class TablePart:
    """Rows of one table held in Python; ``stamps`` maps a row's index to its stored
    field stamps (rows edited field by field only)."""

    name: str
    columns: list[str]
    rows: list[list]
    stamps: dict[int, dict[str, str]]


@dataclasses.dataclass
class TableReport:
    """What an import did to one table."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    quarantined: int = 0


@dataclasses.dataclass
class Failure:
    """A row the database refused, with everything needed to quarantine or retry it."""

    table: SyncedTable
    values: dict[str, object]
    stamps: dict[str, str]
    seen: dict[str, str]
    reason: str
    detail: str


@dataclasses.dataclass
class _Write:
    """One row's change, applied or refused as a unit."""

    row_id: str
    params: tuple
    stamps: dict[str, str] | None
    conflicts: list[tuple]
    columns: list[str]
    row: list
    remote_stamps: dict[str, str]
    is_new: bool

    @property
    def values(self) -> dict[str, object]:
        """The row as the package had it, column by column (for quarantine)."""
        return dict(zip(self.columns, self.row))


class Merger:
    """Applies rows on one connection inside the caller's transaction; the import's
    connection does not check references itself, so ``apply`` does."""

    def __init__(self, cursor, our_seen: dict[str, str], rules: Rules) -> None:
        self.cursor = cursor
        self.our_seen = our_seen
        self.rules = rules
        self.failures: list[Failure] = []
        self.checks = package_rows(cursor)[0]
        """Where validation.py's SQL (SQLite's) checks rows held in Python."""

    def apply(self, table: SyncedTable, part: TablePart, sender_seen: dict[str, str],
              report: TableReport) -> None:
        """Merge rows held in Python; refused rows go to ``self.failures``."""
        columns = [c for c in part.columns if c in table.columns]
        positions = [part.columns.index(c) for c in columns]
        rows = [[row[p] for p in positions] for row in part.rows] \
            if len(columns) != len(part.columns) else part.rows
        id_at, hlc_at = columns.index("id"), columns.index("hlc")
        invalid = self._broken_references(table, columns, rows)
        local = self._local_rows(table, [row[id_at] for row in rows])
        for index, problem in problems_of_rows(self.checks, table, columns, rows,
                                               part.stamps, self.rules).items():
            # Who made a row this site has is judged by the stamps that would win.
            if problem[0] not in JUDGED_BY_MERGE or rows[index][id_at] not in local:
                invalid[index] = problem
        local_stamps = self._local_stamps(table, local)
        inserts: list[_Write] = []
        updates: list[_Write] = []
        to_merge = []
        for index, row in enumerate(rows):
            remote_stamps = part.stamps.get(index) or {}
            if index in invalid:
                reason, detail = invalid[index]
                self.failures.append(Failure(table, dict(zip(columns, row)), remote_stamps,
                                             sender_seen, reason, detail))
                continue
            row_id = row[id_at]
            if row_id not in local:
                inserts.append(_Write(row_id, row, remote_stamps or None, [], columns, row,
                                      remote_stamps, True))
            elif local[row_id] == row[hlc_at] and local_stamps.get(row_id, {}) == remote_stamps:
                report.unchanged += 1
            else:
                to_merge.append((row, remote_stamps))
        for row, remote_stamps in to_merge:
            write = self._merge_row(table, columns, row, remote_stamps, sender_seen,
                                    local_stamps.get(row[id_at]))
            if isinstance(write, Failure):
                self.failures.append(write)
            elif write is None:
                report.unchanged += 1
            elif write.params is None:
                report.unchanged += 1
                self._write_conflicts(write.conflicts)
                report.conflicts += len(write.conflicts)
            else:
                updates.append(write)
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        # Filling an empty table (a new site's first full package): rows in id order
        # append to the primary key, and the plain indexes are built once at the end,
        # sorted, instead of a million random inserts each.
        bulk = not local and len(inserts) >= _BULK_FROM and self._is_empty(table)
        if bulk:
            inserts.sort(key=lambda write: write.row_id)
            rebuilt = self._drop_plain_indexes(table)
        self._run(table, f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',
                  inserts, sender_seen, report)
        if bulk:
            self._remake_indexes(rebuilt)
        if updates:
            fields = [c for c in columns if c in table.fields]
            assignments = ", ".join(f'"{c}" = ?' for c in fields + ["hlc", "updated_at",
                                                                     "updated_by"])
            self._run(table, f'UPDATE "{table.name}" SET {assignments} WHERE id = ?',
                      updates, sender_seen, report)

    def _is_empty(self, table: SyncedTable) -> bool:
        return self.cursor.execute(f'SELECT 1 FROM "{table.name}" LIMIT 1').fetchone() is None

    def _drop_plain_indexes(self, table: SyncedTable) -> list[str]:
        """Drop the table's non-unique indexes; returns the statements that remake them."""
        remake: list[str] = []
        if is_postgresql(self.cursor):
            return remake  # a server's indexes stay
        for index in table.table.indexes:
            if index.unique:
                continue
            remake.append(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
            self.cursor.execute(f'DROP INDEX "{index.name}"')
        return remake

    def _remake_indexes(self, statements: list[str]) -> None:
        """Run the statements _drop_plain_indexes returned. SQLite's page cache size
        also bounds the memory a new index sorts in: under a big cache it sorts in one
        piece on one core, under a small one in pieces on two (the bulk connection's
        ``threads``), a quarter faster for a million rows."""
        if not statements:
            return
        cache = self.cursor.execute("PRAGMA main.cache_size").fetchone()[0]
        self.cursor.execute(f"PRAGMA main.cache_size = {_INDEX_SORT_CACHE}")
        try:
            for statement in statements:
                self.cursor.execute(statement)
        finally:
            self.cursor.execute(f"PRAGMA main.cache_size = {cache}")

    # -- reading what is here ---------------------------------------------------------

    def _local_rows(self, table: SyncedTable, ids: list[str]) -> dict[str, str]:
        if len(ids) >= _FULL_SCAN_FROM:
            return dict(self.cursor.execute(f'SELECT id, hlc FROM "{table.name}"'))
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update(self.cursor.execute(
                f'SELECT id, hlc FROM "{table.name}" WHERE id IN ({marks})', chunk))
        return found

    def _local_stamps(self, table: SyncedTable, local: dict[str, str]) -> dict[str, dict]:
        stamps: dict[str, dict[str, str]] = {}
        if not local:
            return stamps
        for row_id, field, hlc in self.cursor.execute(
                "SELECT row_id, field, hlc FROM field_stamp WHERE table_name = ?",
                (table.name,)):
            if row_id in local:
                stamps.setdefault(row_id, {})[field] = hlc
        return stamps

    def _references(self, table: SyncedTable) -> list[tuple[str, str, str]]:
        """(column, parent table, parent column) of every reference ``table`` makes."""
        if is_postgresql(self.cursor):  # no PRAGMA there: the models' references
            return [(key.parent.name, key.column.table.name, key.column.name)
                    for key in table.table.foreign_keys]
        return [(row[3], row[2], row[4]) for row in self.cursor.execute(
            f'PRAGMA main.foreign_key_list("{table.name}")')]

    def _broken_references(self, table: SyncedTable, columns: list[str],
                           rows: list) -> dict[int, tuple[str, str]]:
        broken: dict[int, tuple[str, str]] = {}
        for column, parent, key in self._references(table):
            if column not in columns:
                continue
            at = columns.index(column)
            wanted = list({row[at] for row in rows if row[at] is not None})
            found = set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ", ".join("?" for _ in chunk)
                found.update(value for (value,) in self.cursor.execute(
                    f'SELECT "{key}" FROM main."{parent}" WHERE "{key}" IN ({marks})', chunk))
            for index, row in enumerate(rows):
                if row[at] is not None and row[at] not in found:
                    broken.setdefault(index, ("broken_reference",
                                              "refers to a record this site does not have"))
        return broken

    # -- merging one row --------------------------------------------------------------

    def _merge_row(self, table, columns, row, remote_stored, sender_seen, local_stored):
        quoted = ", ".join(f'"{c}"' for c in columns)
        row_id = row[columns.index("id")]
        here = self.cursor.execute(f'SELECT {quoted} FROM "{table.name}" WHERE id = ?',
                                   (row_id,)).fetchone()
        mine = dict(zip(columns, here))
        theirs = dict(zip(columns, row))
        if "origin_site" in theirs and theirs["origin_site"] != mine["origin_site"]:
            return Failure(table, theirs, remote_stored or {}, sender_seen, "invalid_value",
                           f"{table.name}.origin_site")  # a row's origin never changes
        ours_alone = table.name in LOCAL_AUTHORITY and mine["origin_site"] == self.rules.site_hex
        fields = [c for c in columns if c in table.fields]
        my_stamps = effective_stamps(table.fields, mine["hlc"], local_stored)
        their_stamps = effective_stamps(table.fields, theirs["hlc"], remote_stored)
        merged = dict(my_stamps)
        values = {f: mine[f] for f in fields}
        conflicts = []
        now = raw_datetime(utc_now())
        for field in fields:
            mine_at, theirs_at = my_stamps[field], their_stamps[field]
            if mine_at == theirs_at:
                continue
            # The value goes with the newer stamp, always (sites converge); but two
            # deletes of one record are one outcome, whatever their times: no conflict.
            differ = mine[field] != theirs[field]
            race = differ and not (
                field == "deleted_at" and mine[field] is not None and theirs[field] is not None)
            if theirs_at > mine_at:
                problem = "not_authority" if ours_alone else self.rules.stamp_problem(theirs_at)
                if problem:  # a change the sender may not make here
                    return Failure(table, theirs, remote_stored or {}, sender_seen, problem,
                                   f"{table.name}.{field}")
                merged[field] = theirs_at
                values[field] = theirs[field]
                if race and sender_seen.get(stamp_site(mine_at), "") < mine_at:
                    conflicts.append(_conflict(table, row_id, field, theirs[field],
                                               theirs_at, mine[field], mine_at, now))
            elif race and self.our_seen.get(stamp_site(theirs_at), "") < theirs_at:
                conflicts.append(_conflict(table, row_id, field, mine[field], mine_at,
                                           theirs[field], theirs_at, now))
        if merged == my_stamps and not conflicts:
            return None
        if merged == my_stamps:
            return _Write(row_id, None, None, conflicts, columns, row, remote_stored, False)
        row_hlc, stored = compact_stamps(merged)
        newer = theirs if theirs["hlc"] > mine["hlc"] else mine
        params = tuple(values[f] for f in fields) + (
            row_hlc, newer["updated_at"], newer["updated_by"], row_id)
        return _Write(row_id, params, stored, conflicts, columns, row, remote_stored or {},
                      False)

    # -- writing ----------------------------------------------------------------------

    def _run(self, table, statement, writes: list[_Write], sender_seen, report) -> None:
        for start in range(0, len(writes), BATCH):
            batch = writes[start:start + BATCH]
            self.cursor.execute("SAVEPOINT sync_batch")
            try:
                self.cursor.executemany(statement, [w.params for w in batch])
            except Exception as error:  # the driver's IntegrityError
                if not is_integrity_error(error):
                    raise
                self.cursor.execute("ROLLBACK TO sync_batch")
                self.cursor.execute("RELEASE sync_batch")
                for write in batch:
                    self._run_one(table, statement, write, sender_seen, report)
                continue
            self.cursor.execute("RELEASE sync_batch")
            for write in batch:
                self._after_write(table, write, report)

    def _run_one(self, table, statement, write: _Write, sender_seen, report) -> None:
        self.cursor.execute("SAVEPOINT sync_row")
        try:
            self.cursor.execute(statement, write.params)
        except Exception as error:
            if not is_integrity_error(error):
                raise
            self.cursor.execute("ROLLBACK TO sync_row")
            self.cursor.execute("RELEASE sync_row")
            reason, detail = _reason(str(error))
            self.failures.append(Failure(table, write.values, write.remote_stamps,
                                         sender_seen, reason, detail))
            return
        self.cursor.execute("RELEASE sync_row")
        self._after_write(table, write, report)

    def _after_write(self, table, write: _Write, report: TableReport) -> None:
        if write.is_new:
            report.new += 1
            if write.stamps:
                self._store_stamps(table, write.row_id, write.stamps)
            return
        report.updated += 1
        self.cursor.execute("DELETE FROM field_stamp WHERE table_name = ? AND row_id = ?",
                            (table.name, write.row_id))
        if write.stamps:
            self._store_stamps(table, write.row_id, write.stamps)
        self._write_conflicts(write.conflicts)
        report.conflicts += len(write.conflicts)

    def _store_stamps(self, table, row_id: str, stamps: dict[str, str]) -> None:
        self.cursor.executemany(
            "INSERT INTO field_stamp (table_name, row_id, field, hlc) VALUES (?, ?, ?, ?)",
            [(table.name, row_id, field, hlc) for field, hlc in stamps.items()])

    def _write_conflicts(self, conflicts: list[tuple]) -> None:
        if conflicts:
            self.cursor.executemany(
                "INSERT INTO conflict (id, table_name, row_id, field, kept_value, kept_hlc, "
                "lost_value, lost_hlc, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "'open', ?)", conflicts)


def _conflict(table, row_id, field, kept, kept_at, lost, lost_at, now) -> tuple:
    return (uuid.uuid4().hex, table.name, row_id, field,
            None if kept is None else json.dumps(kept, ensure_ascii=False), kept_at,
            None if lost is None else json.dumps(lost, ensure_ascii=False), lost_at, now)


def _reason(message: str) -> tuple[str, str]:
    lowered = message.lower()
    if "foreign key" in lowered:
        return "broken_reference", "refers to a record this site does not have"
    if "unique" in lowered:
        return "duplicate", message.split(":", 1)[-1].strip()
    if "not null" in lowered or "not-null" in lowered:
        return "missing_value", message.split(":", 1)[-1].strip()
    return "invalid_value", message

