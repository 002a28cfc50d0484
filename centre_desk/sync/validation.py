"""What a row from a package must be before it is merged: the model's types, lengths,
dates, UUIDs, enums and required fields, well-formed clock stamps no further ahead
than the allowed skew, this site's authority over its own accounts, and stamps the
sender can vouch for.

A signed package is still untrusted input: its peer may be stolen, infected or
simply buggy. The checks are SQL expressions over the package's rows as SQLite holds
them (``typeof``, ``length``, ``GLOB``, ``date``), so the bulk import checks a million
rows inside SQLite (see checking.py, which runs them beside the merge); rows held in
Python are checked by the same expressions over a VALUES list. A row that fails is
quarantined with the reason of its first problem,
never reaches its table, and the rest of the package applies.

Who may change what:

- Every synced table but ``user_account`` holds the centres' shared records: any
  peer may send changes, merged field by field (races go to the conflict queue).
- ``user_account``: each site is the only authority over its own accounts. Accounts
  of other sites travel for display (names in histories) and never sign in here (their
  credentials never travel), but no package may create, change, rename, disable or
  delete an account whose origin is this site. An account's origin never changes.
- Everything else (credentials, sign-in throttling, the audit trail, this site, its
  peers and keys, seen vectors, conflicts, quarantine) never travels: a package's
  other tables are refused before anything is read (see package.py).

Stamps: a stamp naming this site must be one this site could have issued (not past
its clock); a stamp naming a third site is taken only from a peer this site lets relay
for others (a regional office); a peer that is no relay may send its own changes, and
rows whose stamps of other sites this site already holds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, LargeBinary, String, Uuid

from centre_desk.domain.clock import (SITE_PATTERN, STAMP_LENGTH, Stamp, is_stamp,
                                      latest_allowed, wall_now_ms)
from centre_desk.store.models.sync import BASE_FIELD
from centre_desk.sync.assessment_rules import ASSESSMENT_RULES
from centre_desk.sync.document_rules import BLOB_LIMIT, DOCUMENT_RULES
from centre_desk.sync.plan_rules import PLAN_RULES
from centre_desk.sync.tables import SyncedTable

LOCAL_AUTHORITY = frozenset({"user_account"})
"""Tables whose rows only their origin site may create or change."""
ORIGIN_AUTHORITY = frozenset({"approval_request"})
"""Tables whose rows only their origin site may create or change, at every site: every
stamp of such a row names the site it was made at. A request for an outcome is decided
by a supervisor of the site that asked (services.approvals), so no peer may approve or
return it on that site's behalf; and the site's own version may not name the asker as
the approver (``invalid_value``). A hub relays such rows unchanged."""
TEXT_LIMIT = 100_000
"""The longest unbounded text (notes) taken from a package: the forms allow 10,000."""
_INTEGER_LIMIT = 2 ** 31
_STAMP_GLOB = "[0-9]" * 15 + "." + "[0-9]" * 6 + "." + SITE_PATTERN
_DIGITS_GLOB = len("[0-9]" * 15 + "." + "[0-9]" * 6 + ".")
"""The part of _STAMP_GLOB before the site."""

ORIGIN = frozenset({"forged_stamp", "not_relayed"})
"""Reasons about who made a stamp: for a row this site already has, only the stamps
that would win count, and the merge checks those (see Merger._merge_row)."""
JUDGED_BY_MERGE = ORIGIN | {"not_authority"}
"""Reasons that refuse a new row outright but a row this site has only if the package's
version would change it (an echo of this site's own account is no change)."""
PERMANENT = frozenset({"invalid_value", "missing_value", "not_authority", "forged_stamp",
                       "not_origin"})
"""Reasons that no later package or time can mend: such rows are kept in quarantine for
review but not retried, and do not hold back the seen vector."""
SAME_AS = {"updated_at": "created_at", "updated_by": "created_by"}
"""Columns that in most rows (those never edited) equal another column: equal to it,
checked as it is, they need no check of their own."""
KEPT_CHARACTERS = 1000
"""How much of each value of a permanently refused row quarantine keeps."""
VALUE_RULES: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {
    **PLAN_RULES,
    **ASSESSMENT_RULES,
    "document": DOCUMENT_RULES,
}
"""Checks of a value against the row's other values, by table: (columns, condition,
detail); run after the type checks, so the values are of their types by then."""


@dataclasses.dataclass(frozen=True)
class Rules:
    """What rows are checked against: this site, the sender, and the clocks."""

    site: str
    """This site's id as stamps name it."""
    site_hex: str
    """This site's id as rows store it (origin_site)."""
    sender: str
    sender_hex: str
    relays: bool
    """Whether the sender may relay changes made at third sites."""
    own_last: str
    """The newest stamp this site has issued or observed."""
    latest: str
    """No acceptable stamp sorts above this (now + the allowed skew)."""

    @classmethod
    def for_import(cls, site_id: uuid.UUID, sender_id: uuid.UUID, relays: bool,
                   own_last: str, latest: str | None = None) -> Rules:
        """The rules of an import starting now; ``latest`` from the site's clock
        (HybridLogicalClock.bound), by default MAX_SKEW_MS ahead."""
        return cls(str(site_id), site_id.hex, str(sender_id), sender_id.hex, relays, own_last,
                   latest or latest_allowed(wall_now_ms()))

    def stamp_problem(self, stamp: object) -> str | None:
        """The reason a stamp from the package is refused, or None."""
        if not is_stamp(stamp):
            return "invalid_value"
        if stamp > self.latest:
            return "future_stamp"
        site = Stamp.parse(stamp).site
        if site == self.site and stamp > self.own_last:
            return "forged_stamp"
        if not self.relays and site not in (self.site, self.sender):
            return "not_relayed"
        return None

    def vouched(self, seen: object) -> dict[str, str]:
        """The entries of a sender's seen vector it can vouch for: well formed and
        bounded; its own; this site's, no later than this site's clock; third sites'
        only from a peer that relays. The rest is dropped (this site then asks for a
        little more than it needs, never less)."""
        if not isinstance(seen, dict):
            return {}
        kept = {}
        for site, stamp in seen.items():
            if not is_stamp(stamp) or stamp > self.latest or Stamp.parse(stamp).site != site:
                continue
            if site == self.site:
                kept[site] = min(stamp, self.own_last)
            elif site == self.sender or self.relays:
                kept[site] = stamp
        return kept

    def stamp_sql(self, x: str) -> list[tuple[str, str]]:
        """(condition, reason) pairs for a stamp expression ``x``: its form and bound."""
        # Most stamps name the sender or this site, whose ids are known good: then only
        # the digits need SQLite's slow GLOB, not the site's 36 characters.
        known = (f"CASE WHEN substr({x}, 24) IN ('{self.sender}', '{self.site}') "
                 f"THEN length({x}) <> {STAMP_LENGTH} OR substr({x}, 1, 23) NOT GLOB "
                 f"'{_STAMP_GLOB[:_DIGITS_GLOB]}' ELSE {x} NOT GLOB '{_STAMP_GLOB}' END")
        return [(f"typeof({x}) <> 'text' OR {known}", "invalid_value"),
                (f"{x} > '{self.latest}'", "future_stamp")]

    def origin_sql(self, x: str) -> list[tuple[str, str]]:
        """(condition, reason) pairs for who may have made the well-formed stamp ``x``."""
        site = f"substr({x}, 24)"
        checks = [(f"{site} = '{self.site}' AND {x} > '{self.own_last}'", "forged_stamp")]
        if not self.relays:
            checks.append((f"{site} NOT IN ('{self.site}', '{self.sender}')", "not_relayed"))
        return checks


def row_checks(table: SyncedTable, columns: list[str], alias: str, rules: Rules,
               stamps_checked: str | None = None, hex_digits: bool = True
               ) -> list[tuple[str, str]]:
    """(condition under which the row ``alias`` is refused, SQL giving 'reason|detail')
    for every check, in order: what the row is first, who made it last.
    ``stamps_checked`` names the table field_stamp_summary made: the row's field
    stamps must pass too, and be no newer than the row's own stamp (the newest)."""
    checks: list[tuple[str, str]] = []

    def refuse(condition: str, reason: str, detail: str) -> None:
        checks.append((condition, _literal(f"{reason}|{detail}")))

    references = {key.parent.name for key in table.table.foreign_keys}
    for name in columns:
        column = table.table.columns[name]
        x = f'{alias}."{name}"'
        where = f"{table.name}.{name}"
        if not column.nullable or column.primary_key:
            refuse(f"{x} IS NULL", "missing_value", where)
        if name == "hlc":
            for condition, reason in rules.stamp_sql(x):
                refuse(f"{x} IS NOT NULL AND ({condition})", reason, where)
            continue
        invalid = _type_sql(column.type, x, referring=name in references or not hex_digits)
        if invalid:
            twin = SAME_AS.get(name)
            same = f' AND {x} IS NOT {alias}."{twin}"' if twin in columns else ""
            refuse(f"{x} IS NOT NULL{same} AND ({invalid})", "invalid_value", where)
    for name in sorted(set(table.columns) - set(columns)):
        column = table.table.columns[name]
        if not column.nullable or column.primary_key:
            refuse("1", "missing_value", f"{table.name}.{name}")
    for needed, condition, detail in VALUE_RULES.get(table.name, ()):
        if set(needed) <= set(columns):
            refuse(condition.format(**{n: f'{alias}."{n}"' for n in needed}),
                   "invalid_value", f"{table.name}: {detail}")
    if stamps_checked:
        lookup = f"FROM {stamps_checked} c WHERE c.row_id = {alias}.id"
        checks.append((f"(SELECT problem {lookup}) IS NOT NULL", f"(SELECT problem {lookup})"))
        refuse(f'(SELECT top {lookup}) > {alias}."hlc"', "invalid_value",
               f"{table.name} field stamp")
    # Last, so that a row this site has is refused here only for what it is: whether it
    # may change it is for the merge to judge (JUDGED_BY_MERGE).
    if table.name in LOCAL_AUTHORITY and "origin_site" in columns:
        refuse(f"{alias}.origin_site = '{rules.site_hex}'", "not_authority",
               f"{table.name}: an account of this site")
    if table.name in ORIGIN_AUTHORITY:
        checks.extend(_origin_authority(table, columns, alias, stamps_checked))
    if "hlc" in columns:
        for condition, reason in rules.origin_sql(f'{alias}."hlc"'):
            refuse(condition, reason, f"{table.name}.hlc")
    if stamps_checked:
        checks.append((f"(SELECT origin {lookup}) IS NOT NULL", f"(SELECT origin {lookup})"))
    return checks


def _origin_authority(table: SyncedTable, columns: list[str], alias: str,
                      stamps_checked: str | None) -> list[tuple[str, str]]:
    """(condition, result) pairs of ORIGIN_AUTHORITY: the row's stamps all name its
    origin; the asker never approves (when the package has those columns)."""
    checks = []
    origin = f"replace(lower({alias}.origin_site), '-', '')"
    if {"hlc", "origin_site"} <= set(columns):
        checks.append((f"replace(substr({alias}.\"hlc\", 24), '-', '') <> {origin}",
                       _literal(f"not_origin|{table.name}: changed by another site")))
        if stamps_checked:
            lookup = f"FROM {stamps_checked} c WHERE c.row_id = {alias}.id"
            checks.append((f"(SELECT sites {lookup}) > 1 OR "
                           f"replace((SELECT a_site {lookup}), '-', '') <> {origin}",
                           _literal(f"not_origin|{table.name} field stamp")))
    if {"decided_by", "requested_by"} <= set(columns):
        checks.append((f'{alias}."decided_by" = {alias}."requested_by"',
                       _literal(f"invalid_value|{table.name}.decided_by")))
    return checks


def row_problem_sql(table: SyncedTable, columns: list[str], alias: str, rules: Rules,
                    stamps_checked: str | None = None) -> str:
    """An SQL expression over the row ``alias``: NULL for an acceptable row, else
    'reason|detail' for its first problem (see row_checks)."""
    whens = " ".join(f"WHEN {condition} THEN {result}" for condition, result
                     in row_checks(table, columns, alias, rules, stamps_checked))
    return f"(CASE {whens} END)"


def row_refused_sql(table: SyncedTable, columns: list[str], alias: str, rules: Rules,
                    stamps_checked: str | None = None, hex_digits: bool = True) -> str:
    """An SQL condition true for exactly the rows row_problem_sql gives a problem:
    the same checks without their words, for finding the few bad rows among many."""
    return " OR ".join(f"({condition})" for condition, _result in row_checks(
        table, columns, alias, rules, stamps_checked, hex_digits))


_DAY = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"
_TIME = "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]"


def _type_sql(kind, x: str, referring: bool = False) -> str | None:
    """The SQL condition under which a non-NULL ``x`` is not a value of ``kind`` as
    SQLAlchemy stores it in SQLite. A reference (``referring``) need not be checked
    for hex digits: it must name a row this site holds, whose id was checked."""
    if isinstance(kind, Enum) and kind.enum_class is not None:
        allowed = ", ".join(_literal(m.value) for m in kind.enum_class)
        return f"typeof({x}) <> 'text' OR {x} NOT IN ({allowed})"
    if isinstance(kind, Uuid):
        shape = f"typeof({x}) <> 'text' OR length({x}) <> 32"
        return shape if referring else f"{shape} OR {x} GLOB '*[^0-9a-f]*'"
    if isinstance(kind, Boolean):
        return f"typeof({x}) <> 'integer' OR {x} NOT IN (0, 1)"
    if isinstance(kind, Integer):
        return f"typeof({x}) <> 'integer' OR abs({x}) >= {_INTEGER_LIMIT}"
    if isinstance(kind, DateTime):
        # 'YYYY-MM-DD HH:MM:SS', optionally '.ffffff'.
        shape = (f"CASE length({x}) WHEN 26 THEN {x} GLOB '{_DAY} {_TIME}.{'[0-9]' * 6}' "
                 f"WHEN 19 THEN {x} GLOB '{_DAY} {_TIME}' ELSE 0 END")
        return (f"typeof({x}) <> 'text' OR NOT ({shape}) OR substr({x}, 12, 2) > '23' "
                + _calendar_sql(x, f"substr({x}, 1, 10)"))
    if isinstance(kind, Date):
        return f"typeof({x}) <> 'text' OR {x} NOT GLOB '{_DAY}' " + _calendar_sql(x, x)
    if isinstance(kind, String):
        return f"typeof({x}) <> 'text' OR length({x}) > {kind.length or TEXT_LIMIT}"
    if isinstance(kind, LargeBinary):
        return f"typeof({x}) <> 'blob' OR length({x}) > {BLOB_LIMIT}"
    return None


def _calendar_sql(x: str, day: str) -> str:
    """OR-conditions refusing a day that does not exist (month 13, 30 February, year 0);
    only days past the 28th need SQLite's calendar, which normalises under a modifier."""
    return (f"OR substr({x}, 6, 2) NOT BETWEEN '01' AND '12' "
            f"OR substr({x}, 9, 2) NOT BETWEEN '01' AND '31' OR {x} < '0001' "
            f"OR (substr({x}, 9, 2) > '28' AND {day} IS NOT date({day}, '+0 days'))")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def field_stamp_summary(cursor, schema: str, work: str, table: SyncedTable,
                        rules: Rules) -> str | None:
    """Check the package's field stamps (in ``schema``) of ``table`` into
    ``work.stamp_check`` (row_id, problem, origin: 'reason|detail' or NULL, top: the
    newest stamp) for row_checks; returns that table's name, or None when the package
    has no field stamps for ``table``. A stamp must be well formed and bounded, name a
    field of the table, and come from a site the sender may speak for."""
    if cursor.execute(f"SELECT 1 FROM {schema}.field_stamp WHERE table_name = ? LIMIT 1",
                      (table.name,)).fetchone() is None:
        return None
    known = ", ".join(_literal(f) for f in (*table.fields, BASE_FIELD))
    detail = f"|{table.name} field stamp"

    def case(checks: list[tuple[str, str]]) -> str:
        return "CASE " + " ".join(f"WHEN {condition} THEN {_literal(reason + detail)}"
                                  for condition, reason in checks) + " END"

    problem = case([*rules.stamp_sql("hlc"),
                    (f"typeof(field) <> 'text' OR field NOT IN ({known})", "invalid_value")])
    name = f"{work}.stamp_check"
    cursor.execute(f"DROP TABLE IF EXISTS {name}")
    cursor.execute(f"CREATE TABLE {name} (row_id PRIMARY KEY, problem, origin, top, sites, "
                   f"a_site)")
    # min() of a CASE that is NULL for good stamps: some problem of the row, if any.
    cursor.execute(
        f"INSERT INTO {name} SELECT row_id, min({problem}), min({case(rules.origin_sql('hlc'))}), "
        f"max(hlc), count(DISTINCT substr(hlc, 24)), min(substr(hlc, 24)) "
        f"FROM {schema}.field_stamp WHERE table_name = ? GROUP BY row_id",
        (table.name,))
    return name


def problems_of_rows(cursor, table: SyncedTable, columns: list[str], rows: list,
                     stamps: dict[int, dict[str, str]], rules: Rules
                     ) -> dict[int, tuple[str, str]]:
    """{index: (reason, detail)} for the rows held in Python that fail a check."""
    problems: dict[int, tuple[str, str]] = {}
    expression = row_problem_sql(table, columns, "p", rules)
    names = ", ".join(["cd_index", *(f'"{c}"' for c in columns)])
    chunk = max(1, 30_000 // (len(columns) + 1))  # SQLite's limit of bound values
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        values = ", ".join("(" + ", ".join("?" * (len(columns) + 1)) + ")" for _ in part)
        params = [value for index, row in enumerate(part, start)
                  for value in (index, *(_bindable(v) for v in row))]
        for index, problem in cursor.execute(
                f"WITH p({names}) AS (VALUES {values}) SELECT cd_index, {expression} "
                f"FROM p WHERE {expression} IS NOT NULL", params):
            reason, _, detail = problem.partition("|")
            problems[index] = (reason, detail)
    hlc_at = columns.index("hlc") if "hlc" in columns else None
    origin_at = columns.index("origin_site") if table.name in ORIGIN_AUTHORITY and \
        "origin_site" in columns else None
    for index, field_stamps in stamps.items():
        if not field_stamps or (index in problems and problems[index][0] not in ORIGIN):
            continue
        if origin_at is not None and index not in problems and any(
                is_stamp(stamp) and Stamp.parse(stamp).site.replace("-", "")
                != str(rows[index][origin_at]).replace("-", "").lower()
                for stamp in field_stamps.values()):
            problems[index] = ("not_origin", f"{table.name} field stamp")
            continue
        row_hlc = rows[index][hlc_at] if hlc_at is not None else None
        reasons = [rules.stamp_problem(stamp) or (
            "invalid_value" if field not in (*table.fields, BASE_FIELD)
            or not isinstance(row_hlc, str) or stamp > row_hlc else None)
            for field, stamp in field_stamps.items()]
        # What a stamp is comes before who made it, as in row_problem_sql.
        reasons = sorted((r for r in reasons if r), key=lambda r: r in ORIGIN)
        if reasons and (index not in problems or reasons[0] not in ORIGIN):
            problems[index] = (reasons[0], f"{table.name} field stamp")
    return problems


def _bindable(value):
    """A value as SQLite can bind it (quarantine's JSON turns nothing else out)."""
    if value is None or isinstance(value, (str, int, float, bytes)):
        return value
    return str(value)


def kept_for_review(values: dict[str, object]) -> dict[str, object]:
    """A permanently refused row's values, bounded and JSON-safe, for quarantine."""
    kept = {}
    for name, value in values.items():
        if isinstance(value, bytes):
            value = f"<{len(value)} bytes>"
        elif isinstance(value, (dt.date, uuid.UUID)):
            value = str(value)
        if isinstance(value, str) and len(value) > KEPT_CHARACTERS:
            value = value[:KEPT_CHARACTERS] + f"… ({len(value)} characters)"
        kept[name] = value
    return kept
