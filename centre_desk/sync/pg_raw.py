"""Sync's raw row access on a PostgreSQL site: no ATTACH there, so a package's rows are
read and written with Python's sqlite3 on the package's own file, and the site's rows
through psycopg with values shaped as SQLite holds them (ids as 32 hex digits, times
as 'YYYY-MM-DD HH:MM:SS.ffffff', days as ISO text, booleans as 0 and 1): the merge,
the checks of validation.py and the package's file see one representation whatever
the site's engine.

``PgRaw`` stands where an SQLite site's DB-API connection stands: ``execute`` and
``executemany`` take the SQL the merge writes for SQLite (``?`` and ``:name``
parameters) on the site's database; ``package`` is the sqlite3 connection to the
package's file (the rows read on import, written on export).
"""

from __future__ import annotations

import re
import sqlite3

from psycopg import pq
from psycopg.adapt import Dumper, Loader

_PARAMETER = re.compile(
    r"""('(?:[^']|'')*'|"[^"]*")|(\?)|(?<![:\w]):([A-Za-z_]\w*)|(%)|(?<![\w.])(main\.)""")
"""A quoted literal or name (kept, ``%`` doubled), a ``?``, a ``:name`` (not a ``::``
cast), a ``%``, SQLite's ``main.`` schema (the site's tables are the search path's)."""


def translate(statement: str) -> str:
    """SQLite's parameter style (``?``, ``:name``) in psycopg's (``%s``, ``%(name)s``),
    without SQLite's ``main.``."""

    def one(match: re.Match) -> str:
        quoted, mark, name, percent, _main = match.groups()
        if quoted:
            return quoted.replace("%", "%%")
        if mark:
            return "%s"
        if name:
            return f"%({name})s"
        return "%%" if percent else ""

    return _PARAMETER.sub(one, statement)


class _HexLoader(Loader):
    """uuid as SQLAlchemy stores it in SQLite: 32 hex digits."""

    def load(self, data) -> str:
        return bytes(data).replace(b"-", b"").decode()


class _TimestampLoader(Loader):
    """timestamp as SQLAlchemy stores it in SQLite: microseconds always."""

    def load(self, data) -> str:
        text = bytes(data).decode()
        whole, _, fraction = text.partition(".")
        return f"{whole}.{fraction.ljust(6, '0')}"


class _TextLoader(Loader):
    """date (ISO, PostgreSQL's default style) and anything else kept as text."""

    def load(self, data) -> str:
        return bytes(data).decode()


class _BooleanLoader(Loader):
    def load(self, data) -> int:
        return 1 if bytes(data) == b"t" else 0


class _UnknownIntDumper(Dumper):
    """An int of SQLite's (also a boolean's 0 or 1) as an untyped literal: PostgreSQL
    reads it as the column's type."""

    oid = 0

    def dump(self, obj) -> bytes:
        return str(int(obj)).encode()


def sqlite_shaped(adapters) -> None:
    """Make ``adapters`` (a cursor's) read and write values as SQLite holds them."""
    adapters.register_loader("uuid", _HexLoader)
    adapters.register_loader("timestamp", _TimestampLoader)
    adapters.register_loader("date", _TextLoader)
    adapters.register_loader("bool", _BooleanLoader)
    adapters.register_dumper(int, _UnknownIntDumper)


class PgRaw:
    """The site's psycopg connection, spoken to as the merge speaks to SQLite's."""

    def __init__(self, connection, package: sqlite3.Connection) -> None:
        self.connection = connection
        self.package = package

    def cursor(self, name: str | None = None):
        """A psycopg cursor reading and writing values shaped as SQLite's."""
        cursor = self.connection.cursor(name=name) if name else self.connection.cursor()
        sqlite_shaped(cursor.adapters)
        return cursor

    def execute(self, statement: str, parameters=()):
        cursor = self.cursor()
        cursor.execute(translate(statement), parameters or None)
        return cursor

    def executemany(self, statement: str, rows) -> None:
        self.cursor().executemany(translate(statement), list(rows))

    def pg(self, statement, parameters=None):
        """Run PostgreSQL's own SQL (psycopg's parameters), values shaped as SQLite's."""
        cursor = self.cursor()
        cursor.execute(statement, parameters)
        return cursor

    @property
    def in_transaction(self) -> bool:
        return self.connection.info.transaction_status != pq.TransactionStatus.IDLE

    def rollback(self) -> None:
        self.connection.rollback()

    def commit(self) -> None:
        self.connection.commit()


def is_postgresql(raw) -> bool:
    """Whether ``raw`` (from tables.attached) is a PostgreSQL site's."""
    return isinstance(raw, PgRaw)


def is_integrity_error(error: BaseException) -> bool:
    """The driver's IntegrityError, or one of its kinds (psycopg's UniqueViolation...)."""
    return any(kind.__name__ == "IntegrityError" for kind in type(error).__mro__)
