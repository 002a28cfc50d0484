"""Moving a package's rows in bulk: rows new here go from the attached package into
the database with one INSERT ... SELECT, so a million rows never become Python
objects; only rows that exist here, carry an invalid value or refer to a record this
site lacks are read into Python and go through the field-by-field merge.

The import's connection leaves references unchecked by SQLite (its check of each row
costs more than the rest of an import into an empty site): they are checked here, in
bulk. When the bulk insert is refused (a duplicate key, a missing value), its rows go
again through the merge, in batches and, in a refused batch, one by one.
"""

from __future__ import annotations

from centre_desk.sync import pg_bulk
from centre_desk.sync.checking import RowChecker
from centre_desk.sync.merge import Merger, TablePart, TableReport
from centre_desk.sync.package import ROWS_SCHEMA
from centre_desk.sync.pg_raw import is_integrity_error, is_postgresql
from centre_desk.sync.tables import SyncedTable, package_columns
from centre_desk.sync.validation import Rules

_ASIDE = "temp.aside"
"""Package rows the bulk insert leaves (the package's own file is only read: the
checker may be reading it on another connection)."""


class PackageMerger(Merger):
    """A Merger that also applies the attached package's tables; ``checker`` finds the
    rows that fail validation."""

    def __init__(self, cursor, our_seen: dict[str, str], rules: Rules,
                 checker: RowChecker) -> None:
        super().__init__(cursor, our_seen, rules)
        self.checker = checker

    def apply_attached(self, table: SyncedTable, sender_seen: dict[str, str],
                       report: TableReport) -> None:
        """Merge the attached package's rows of ``table``; refused rows go to
        ``self.failures``."""
        if is_postgresql(self.cursor):  # no ATTACH there: see pg_bulk
            pg_bulk.apply_package_table(self, table, sender_seen, report)
            return
        source = f'{ROWS_SCHEMA}."{table.name}"'
        columns = package_columns(self.cursor, ROWS_SCHEMA, table)
        quoted = ", ".join(f'"{c}"' for c in columns)
        # Into an empty table (a new site's first full package) the rows go first and
        # their references are checked after, value by value through the new indexes;
        # a broken one undoes that and every row is checked before it goes in.
        check_first = not self._is_empty(table)
        while True:
            aside = self._set_aside(table, source, columns, report, check_first)
            if self._insert_new(table, source, columns, aside, sender_seen, report,
                                empty=not check_first):
                break
            check_first = True
        if any(aside.values()):
            # After the new rows: a row set aside may refer to one of them.
            picked = f"p.rowid IN (SELECT rid FROM {_ASIDE} WHERE merge = 1)"
            rows = [list(row) for row in self.cursor.execute(
                f"SELECT {', '.join(f'p.{q}' for q in quoted.split(', '))} "
                f"FROM {source} p WHERE {picked} ORDER BY p.rowid")]
            self.apply(table, TablePart(table.name, columns, rows,
                                        self._sent_stamps(table, source, columns, rows)),
                       sender_seen, report)

    def _insert_new(self, table: SyncedTable, source: str, columns: list[str],
                    aside: dict[int, int], sender_seen, report: TableReport,
                    empty: bool) -> bool:
        """Insert the rows not set aside, all at once; False (nothing changed) when
        filling an ``empty`` table left a broken reference or a row that fails a check
        (the insert runs while the checker checks, and waits for it at the end)."""
        quoted = ", ".join(f'"{c}"' for c in columns)
        new = f"p.rowid NOT IN (SELECT rid FROM {_ASIDE})" if aside else "1"
        self.cursor.execute("SAVEPOINT sync_bulk")
        # An empty table's plain indexes are built once at the end, sorted, instead of
        # taking a million random inserts each.
        rebuilt = self._drop_plain_indexes(table) if empty else []
        try:
            # The exporter wrote rows in id order, so rowid order appends to the key.
            self.cursor.execute(f'INSERT INTO main."{table.name}" ({quoted}) '
                                f"SELECT {quoted} FROM {source} p WHERE {new} ORDER BY rowid")
            inserted = self.cursor.execute("SELECT changes()").fetchone()[0]
            # Field stamps travel only with their rows: those of the rows just inserted.
            if self.cursor.execute(f"SELECT 1 FROM {ROWS_SCHEMA}.field_stamp "
                                   "WHERE table_name = ? LIMIT 1", (table.name,)).fetchone():
                self.cursor.execute(
                    "INSERT INTO main.field_stamp (table_name, row_id, field, hlc) "
                    "SELECT s.table_name, s.row_id, s.field, s.hlc "
                    f"FROM {ROWS_SCHEMA}.field_stamp s "
                    f"WHERE s.table_name = :name AND s.row_id IN (SELECT p.id FROM {source} p "
                    f"WHERE {new} AND p.id IN (SELECT row_id FROM {ROWS_SCHEMA}.field_stamp "
                    "WHERE table_name = :name))", {"name": table.name})
            self._remake_indexes(rebuilt)
        except Exception as error:  # the driver's IntegrityError
            if not is_integrity_error(error):
                raise
            self.cursor.execute("ROLLBACK TO sync_bulk")
            self.cursor.execute("RELEASE sync_bulk")
            # Some row is refused: the new rows go again in batches, refused ones aside.
            rows = [list(row) for row in self.cursor.execute(
                f"SELECT {quoted} FROM {source} p WHERE {new} ORDER BY p.rowid")]
            self.apply(table, TablePart(table.name, columns, rows,
                                        self._sent_stamps(table, source, columns, rows)),
                       sender_seen, report)
            return True
        if empty and (self._has_broken_reference(table, columns)
                      or self.checker.refused(table)):
            self.cursor.execute("ROLLBACK TO sync_bulk")
            self.cursor.execute("RELEASE sync_bulk")
            return False
        self.cursor.execute("RELEASE sync_bulk")
        report.new += inserted
        return True

    def _has_broken_reference(self, table: SyncedTable, columns: list[str]) -> bool:
        """Whether a row of ``table`` refers to a record that is not here: each distinct
        value looked up once (the table was empty before this package)."""
        for column, parent, key in self._references(table):
            if column in columns and self.cursor.execute(
                    f'SELECT 1 FROM (SELECT DISTINCT "{column}" AS v FROM main."{table.name}" '
                    f'WHERE "{column}" IS NOT NULL) WHERE NOT EXISTS (SELECT 1 FROM '
                    f'main."{parent}" x WHERE x."{key}" = v) LIMIT 1').fetchone():
                return True
        return False

    def _set_aside(self, table: SyncedTable, source: str, columns: list[str],
                   report: TableReport, check_references: bool) -> dict[int, int]:
        """Fill the aside table with the rows the bulk insert must leave: those that exist
        here (``merge`` 1 unless plainly unchanged) and, with ``check_references``, those
        that fail a check or refer to a record this site lacks (both ``merge`` 1, to be
        refused in apply). Counts plainly unchanged rows; returns
        {rowid: merge}."""
        aside_table = _ASIDE
        self.cursor.execute(f"CREATE TABLE IF NOT EXISTS {aside_table} "
                            "(rid INTEGER PRIMARY KEY, merge)")
        self.cursor.execute(f"DELETE FROM {aside_table}")
        if not self._is_empty(table):
            # Same row stamp and no field stamps on either side: nothing to merge.
            self.cursor.execute(
                f"INSERT INTO {aside_table} SELECT p.rowid, "
                f"p.hlc <> m.hlc OR EXISTS (SELECT 1 FROM {ROWS_SCHEMA}.field_stamp s "
                "WHERE s.table_name = :name AND s.row_id = p.id) OR EXISTS (SELECT 1 FROM "
                "main.field_stamp s WHERE s.table_name = :name AND s.row_id = p.id) "
                f'FROM {source} p JOIN main."{table.name}" m ON m.id = p.id',
                {"name": table.name})
        if check_references:
            # Every row that fails a check of validation.py goes through apply, which
            # refuses it (or, for a row this site has, judges the stamps that would win);
            # a plainly unchanged one stays unchanged: nothing of it would be applied.
            self.cursor.executemany(f"INSERT OR IGNORE INTO {aside_table} VALUES (?, 1)",
                                    ((rowid,) for rowid in self.checker.refused(table)))
        # With foreign keys off for the import, references are checked here (or after
        # the insert, and in apply for rows held in Python).
        broken = check_references and " OR ".join(
            f'(p."{column}" IS NOT NULL AND NOT EXISTS '
            f'(SELECT 1 FROM main."{parent}" x WHERE x."{key}" = p."{column}"))'
            for column, parent, key in self._references(table) if column in columns)
        if broken:  # one pass over the rows for all of the table's references
            self.cursor.execute(f"INSERT OR REPLACE INTO {aside_table} SELECT p.rowid, 1 "
                                f"FROM {source} p WHERE {broken}")
        aside = dict(self.cursor.execute(f"SELECT rid, merge FROM {aside_table}"))
        report.unchanged += sum(1 for merge in aside.values() if not merge)
        return aside

    def _sent_stamps(self, table: SyncedTable, source: str, columns: list[str],
                     rows: list[list]) -> dict[int, dict[str, str]]:
        """The package's field stamps of ``rows``, by row index."""
        at = {row[columns.index("id")]: index for index, row in enumerate(rows)}
        stamps: dict[int, dict[str, str]] = {}
        for row_id, field, hlc in self.cursor.execute(
                f"SELECT row_id, field, hlc FROM {ROWS_SCHEMA}.field_stamp "
                "WHERE table_name = ?", (table.name,)):
            if row_id in at:
                stamps.setdefault(at[row_id], {})[field] = hlc
        return stamps

