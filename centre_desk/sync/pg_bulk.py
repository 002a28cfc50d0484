"""Moving a package's rows in bulk on a PostgreSQL site (see pg_raw): no ATTACH, so
rows go between the package's SQLite file (sqlite3) and the server (psycopg's COPY),
a table at a time, streamed, never a whole table in a list.

Import: the rows the row checker (checking.py, on the package's file) refuses never
reach the server. Into an empty table the others are copied straight in (the
server's foreign keys check them; a refusal undoes that and the table goes the
careful way); else they are copied into a temporary table of the model's column
types, joined there with what this site has, and the new ones inserted with one
INSERT ... SELECT. Rows that exist here, refer to a record this site lacks or are
refused are read from the package's file and go through the field-by-field merge,
as on SQLite (bulk.PackageMerger).

Export: each table's unseen rows are read with COPY, values shaped as SQLite holds
them, and written into the package's SQLite file.
"""

from __future__ import annotations

import json

from psycopg import errors as pg_errors
from psycopg import sql
from sqlalchemy import Boolean, Date, DateTime, Uuid
from sqlalchemy.dialects import postgresql

from centre_desk.sync.merge import TablePart, TableReport
from centre_desk.sync.pg_raw import PgRaw, is_integrity_error
from centre_desk.sync.tables import SyncedTable, package_columns

_STAGE = "cd_stage"
_STAGE_STAMPS = "cd_stage_stamp"
_ASIDE = "cd_aside"
_BATCH = 10_000
_COPY_ERRORS = (pg_errors.DataError,)
"""A value the server cannot hold though the checks passed it (a NUL in a text)."""


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def apply_package_table(merger, table: SyncedTable, sender_seen: dict[str, str],
                        report: TableReport) -> None:
    """bulk.PackageMerger.apply_attached on a PostgreSQL site."""
    raw: PgRaw = merger.cursor
    columns = package_columns(raw.package, "main", table)
    if not columns:
        return
    refused = merger.checker.refused(table)
    _pick(raw.package, "cd_refused", refused)
    aside = None
    if merger._is_empty(table):
        aside = _copy_into_empty(raw, table, columns, report)
    if aside is None:
        aside = _stage_and_insert(merger, table, columns, sender_seen, report)
    aside.update(dict.fromkeys(refused, 1))
    report.unchanged += sum(1 for merge in aside.values() if not merge)
    picked = [rowid for rowid, merge in aside.items() if merge]
    if picked:
        _pick(raw.package, "cd_picked", picked)
        _merge_rows(merger, table, columns, "p.rowid IN (SELECT rid FROM temp.cd_picked)",
                    sender_seen, report)


def _pick(package, name: str, rowids) -> None:
    """A temporary table ``name`` of the package's connection holding ``rowids``."""
    package.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (rid INTEGER PRIMARY KEY)")
    package.execute(f"DELETE FROM temp.{name}")
    package.executemany(f"INSERT INTO temp.{name} VALUES (?)", ((r,) for r in rowids))


_TAKEN = "p.rowid NOT IN (SELECT rid FROM temp.cd_refused)"
"""The package's rows the checker passed."""


def _package_rows(package, table: SyncedTable, columns: list[str], where: str,
                  rowid: bool = False):
    chosen = ", ".join(f'p."{c}"' for c in columns)
    first = "p.rowid, p.id, " if rowid else ""
    return package.execute(f'SELECT {first}{chosen} FROM "{table.name}" p WHERE {where} '
                           "ORDER BY p.rowid")


def _package_stamps(package, table: SyncedTable):
    """The package's field stamps of ``table``'s rows the checker passed."""
    return package.execute(
        "SELECT s.row_id, s.field, s.hlc FROM field_stamp s WHERE s.table_name = ? AND "
        f's.row_id IN (SELECT p.id FROM "{table.name}" p WHERE {_TAKEN})', (table.name,))


def _copy(raw: PgRaw, statement, rows) -> int:
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        count = 0
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def _copy_into_empty(raw: PgRaw, table: SyncedTable, columns: list[str],
                     report: TableReport) -> dict[int, int] | None:
    """Copy every passed row into the empty ``table`` with its field stamps: {} (no
    row aside), or None (nothing changed) when the server refused one."""
    raw.execute("SAVEPOINT sync_bulk")
    try:
        # The table's plain indexes are built once at the end, sorted, instead of
        # taking a million random inserts each (as on SQLite), and its references are
        # checked once, by one join, instead of a lookup per row: a region's
        # attendance (a million rows) went in 44 s instead of 78 s on a loaded
        # machine. (Dropping an index locks the table until the import ends, as the
        # new rows would anyway.)
        plain = raw.pg("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s "
                       "AND schemaname = current_schema() AND indexdef NOT LIKE "
                       "'CREATE UNIQUE %%'", (table.name,)).fetchall()
        references = raw.pg("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                            "WHERE conrelid = %s::regclass AND contype = 'f'",
                            (f'"{table.name}"',)).fetchall()
        alter = sql.SQL("ALTER TABLE {} ").format(sql.Identifier(table.name))
        for name, _definition in references:
            raw.pg(alter + sql.SQL("DROP CONSTRAINT {}").format(sql.Identifier(name)))
        for name, _definition in plain:
            raw.pg(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
        inserted = _copy(raw, f'COPY "{table.name}" ({_quoted(columns)}) FROM STDIN',
                         _package_rows(raw.package, table, columns, _TAKEN))
        for _name, definition in plain:
            raw.pg(definition)
        for name, definition in references:  # a broken one: IntegrityError, undone
            raw.pg(alter + sql.SQL("ADD CONSTRAINT {} ").format(sql.Identifier(name))
                   + sql.SQL(definition))
        _copy(raw, "COPY field_stamp (table_name, row_id, field, hlc) FROM STDIN",
              ((table.name, *stamp) for stamp in _package_stamps(raw.package, table)))
    except Exception as error:
        if not is_integrity_error(error) and not isinstance(error, _COPY_ERRORS):
            raise
        raw.execute("ROLLBACK TO sync_bulk")
        raw.execute("RELEASE sync_bulk")
        return None
    raw.execute("RELEASE sync_bulk")
    report.new += inserted
    return {}


def _stage_and_insert(merger, table: SyncedTable, columns: list[str],
                      sender_seen: dict[str, str], report: TableReport) -> dict[int, int]:
    """Stage the passed rows, set aside those that exist here or refer to a record
    this site lacks, insert the others at once; returns {rowid: merge} of those set
    aside (merge 0: plainly unchanged)."""
    raw: PgRaw = merger.cursor
    dialect = postgresql.dialect()
    types = ", ".join(f'"{c}" {table.table.columns[c].type.compile(dialect=dialect)}'
                      for c in columns)
    raw.execute(f"DROP TABLE IF EXISTS {_STAGE}, {_STAGE_STAMPS}, {_ASIDE}")
    raw.execute(f"CREATE TEMP TABLE {_STAGE} (rid bigint PRIMARY KEY, hex text, {types})")
    raw.execute(f"CREATE TEMP TABLE {_STAGE_STAMPS} (row_id text, field text, hlc text)")
    raw.execute(f"CREATE TEMP TABLE {_ASIDE} (rid bigint PRIMARY KEY, merge boolean)")
    try:
        _copy(raw, f"COPY {_STAGE} (rid, hex, {_quoted(columns)}) FROM STDIN",
              _package_rows(raw.package, table, columns, _TAKEN, rowid=True))
        _copy(raw, f"COPY {_STAGE_STAMPS} FROM STDIN", _package_stamps(raw.package, table))
    except _COPY_ERRORS as error:
        from centre_desk.sync.errors import SyncRefused

        raise SyncRefused("damaged", str(error)) from error
    raw.execute(f"ANALYZE {_STAGE}")
    raw.execute(f"ANALYZE {_STAGE_STAMPS}")
    name = {"name": table.name}
    # Same row stamp and no field stamps on either side: nothing to merge.
    raw.pg(f"INSERT INTO {_ASIDE} SELECT p.rid, p.hlc <> m.hlc "
           f"OR EXISTS (SELECT 1 FROM {_STAGE_STAMPS} s WHERE s.row_id = p.hex) "
           "OR EXISTS (SELECT 1 FROM field_stamp s WHERE s.table_name = %(name)s "
           f'AND s.row_id = p.id) FROM {_STAGE} p JOIN "{table.name}" m ON m.id = p.id', name)
    broken = " OR ".join(
        f'(p."{column}" IS NOT NULL AND NOT EXISTS '
        f'(SELECT 1 FROM "{parent}" x WHERE x."{key}" = p."{column}"))'
        for column, parent, key in merger._references(table) if column in columns)
    if broken:
        raw.execute(f"INSERT INTO {_ASIDE} SELECT p.rid, true FROM {_STAGE} p WHERE {broken} "
                    "ON CONFLICT (rid) DO UPDATE SET merge = true")
    new = f"NOT EXISTS (SELECT 1 FROM {_ASIDE} a WHERE a.rid = p.rid)"
    raw.execute("SAVEPOINT sync_bulk")
    try:
        inserted = raw.execute(f'INSERT INTO "{table.name}" ({_quoted(columns)}) SELECT '
                               + ", ".join(f'p."{c}"' for c in columns)
                               + f" FROM {_STAGE} p WHERE {new} ORDER BY p.rid").rowcount
        raw.pg("INSERT INTO field_stamp (table_name, row_id, field, hlc) "
               f"SELECT %(name)s, p.id, s.field, s.hlc FROM {_STAGE_STAMPS} s "
               f"JOIN {_STAGE} p ON p.hex = s.row_id WHERE {new}", name)
    except Exception as error:
        if not is_integrity_error(error):
            raise
        raw.execute("ROLLBACK TO sync_bulk")
        raw.execute("RELEASE sync_bulk")
        # Some row is refused: the new rows go again through the merge.
        aside = {rid: int(merge) for rid, merge in raw.execute(f"SELECT rid, merge FROM {_ASIDE}")}
        fresh = [rid for (rid,) in raw.execute(f"SELECT p.rid FROM {_STAGE} p WHERE {new}")]
        _pick(raw.package, "cd_picked", fresh)
        _merge_rows(merger, table, columns, "p.rowid IN (SELECT rid FROM temp.cd_picked)",
                    sender_seen, report)
        return aside
    raw.execute("RELEASE sync_bulk")
    report.new += inserted
    aside = {rid: int(merge) for rid, merge in raw.execute(f"SELECT rid, merge FROM {_ASIDE}")}
    raw.execute(f"DROP TABLE {_STAGE}, {_STAGE_STAMPS}, {_ASIDE}")
    return aside


def _merge_rows(merger, table: SyncedTable, columns: list[str], where: str,
                sender_seen: dict[str, str], report: TableReport) -> None:
    """The package's rows of ``table`` matching ``where`` through the field-by-field
    merge, a batch at a time, with their field stamps."""
    package = merger.cursor.package
    rows = _package_rows(package, table, columns, where)
    while batch := [list(row) for row in rows.fetchmany(_BATCH)]:
        at = {row[columns.index("id")]: index for index, row in enumerate(batch)}
        stamps: dict[int, dict[str, str]] = {}
        ids = [i for i in at if i is not None]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row_id, field, hlc in package.execute(
                    "SELECT row_id, field, hlc FROM field_stamp WHERE table_name = ? AND "
                    f"row_id IN ({', '.join('?' for _ in chunk)})", (table.name, *chunk)):
                if row_id in at:
                    stamps.setdefault(at[row_id], {})[field] = hlc
        merger.apply(table, TablePart(table.name, columns, batch, stamps), sender_seen, report)


# -- export -------------------------------------------------------------------------


def copy_rows_out(raw: PgRaw, tables, known: dict[str, str] | None, step, phases):
    """exporting._copy_rows on a PostgreSQL site: the rows to send into the package's
    file (raw.package), table by table in id order, with their field stamps; returns
    (rows per non-empty table, lowest stamp, highest stamp)."""
    package = raw.package
    package.execute("CREATE TABLE field_stamp (table_name, row_id, field, hlc)")
    rows, stamps = {}, []
    for table in tables:
        step()
        unseen = _unseen(known, table.name)
        package.execute(f'CREATE TABLE "{table.name}" ({_quoted(list(table.columns))})')
        count = _copy_out(raw, sql.SQL("SELECT {} FROM {} m WHERE {} ORDER BY m.id").format(
            sql.SQL(", ".join(_shaped(f'm."{c}"', table.table.columns[c].type)
                              for c in table.columns)),
            sql.Identifier(table.name), unseen), package,
            f'INSERT INTO "{table.name}" VALUES ({", ".join("?" for _ in table.columns)})')
        if not count:
            continue
        rows[table.name] = count
        low, high = package.execute(f'SELECT min(hlc), max(hlc) FROM "{table.name}"').fetchone()
        stamps += [low, high]
        _copy_out(raw, sql.SQL(
            "SELECT s.table_name, replace(s.row_id::text, '-', ''), s.field, s.hlc "
            "FROM field_stamp s "
            "WHERE s.table_name = {} AND EXISTS (SELECT 1 FROM {} m "
            "WHERE m.id = s.row_id AND {})").format(
                sql.Literal(table.name), sql.Identifier(table.name), unseen),
            package, "INSERT INTO field_stamp VALUES (?, ?, ?, ?)")
        phases.done(f"read {table.name}")
    stamps += [s for s in package.execute("SELECT min(hlc), max(hlc) FROM field_stamp")
               .fetchone() if s is not None]
    package.commit()
    return rows, min(stamps, default=None), max(stamps, default=None)


def _shaped(x: str, kind) -> str:
    """The column ``x`` of type ``kind`` as SQLite holds it, made by the server (each
    value a text or a number its C loaders read: a region's attendance is read in a
    third of the time Python loaders take)."""
    if isinstance(kind, Uuid):
        return f"replace({x}::text, '-', '')"
    if isinstance(kind, DateTime):
        return f"to_char({x}, 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Date):
        return f"to_char({x}, 'YYYY-MM-DD')"
    if isinstance(kind, Boolean):
        return f"{x}::int"
    return x


def _unseen(known: dict[str, str] | None, name: str) -> sql.Composable:
    """Rows ``m`` with a stamp (its own or a field's) beyond the vector ``known``; all
    rows without one. Stamps compare as bytes, as SQLite compares them."""
    if known is None:
        return sql.SQL("true")
    vector = sql.Literal(json.dumps(known))

    def beyond(stamp: str) -> sql.Composable:
        return sql.SQL("({0} COLLATE \"C\" > coalesce({1}::jsonb ->> split_part({0}, '.', 3), "
                       "'') COLLATE \"C\")").format(sql.SQL(stamp), vector)

    return sql.SQL("({} OR m.id IN (SELECT s.row_id FROM field_stamp s WHERE "
                   "s.table_name = {} AND {}))").format(beyond("m.hlc"), sql.Literal(name),
                                                        beyond("s.hlc"))


def _copy_out(raw: PgRaw, query: sql.Composable, package, insert: str) -> int:
    """Stream ``query``'s rows from the server into the package's file with
    ``insert``; returns how many."""
    with raw.cursor() as cursor:
        cursor.execute(sql.SQL("{} LIMIT 0").format(query))
        kinds = [column.type_code for column in cursor.description]
        with cursor.copy(sql.SQL("COPY ({}) TO STDOUT").format(query)) as copy:
            copy.set_types(kinds)
            before = package.total_changes
            package.executemany(insert, copy.rows())
            return package.total_changes - before
