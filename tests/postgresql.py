"""The PostgreSQL half of the suites: a server named by CENTRE_DESK_TEST_POSTGRESQL_URL,
one database per test process, set up once (first-run set-up), and put back to that
state before every test (Snapshot.restore).

Measured on the 2-core development machine, per test: a database made from a template
(``CREATE DATABASE ... TEMPLATE``) and dropped costs 0.12 s (the drop waits for a
checkpoint; FILE_COPY's create 0.23 s more), TRUNCATE of the 30 tables 0.5 s, and
DELETE of every row with the set-up's few rows put back 5 ms. So: DELETE, with
triggers off for the transaction (session_replication_role, which needs a SUPERUSER
role), after ending any connection an earlier test left open.

Without the variable the PostgreSQL half is skipped, with one reason in the summary;
on CI (CI=true) a missing variable or an unreachable server fails the run instead.
"""

from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url

URL_VARIABLE = "CENTRE_DESK_TEST_POSTGRESQL_URL"
SKIPPED = f"PostgreSQL half skipped: {URL_VARIABLE} not set"
PREFIX = "cdtest_"


def on_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def server_url() -> str | None:
    """The server's URL from the environment, or None (a machine without PostgreSQL)."""
    return os.environ.get(URL_VARIABLE) or None


class Server:
    """A PostgreSQL server the tests may create and drop databases on (the role needs
    CREATEDB). Databases are named cdtest_<this process>_<n> and dropped by the tests
    that made them; ones a killed run left behind go at the next start (drop_leftovers)."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        # Creating and dropping databases cannot run in a transaction.
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT",
                                            poolclass=_null_pool())
        self._tag = f"{PREFIX}{os.getpid()}_{uuid.uuid4().hex[:6]}_"

    def check(self) -> None:
        """Connect once, so a wrong URL or a stopped server fails with its own message."""
        with self._admin.connect() as connection:
            connection.exec_driver_sql("SELECT 1")

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    @staticmethod
    def database_of(url: str) -> str:
        return make_url(url).database

    def new_name(self, label: str) -> str:
        return f"{self._tag}{label}_{uuid.uuid4().hex[:8]}"

    def create(self, name: str, template: str | None = None) -> str:
        """Create database ``name`` (empty, or a copy of ``template``); returns its URL."""
        sql = f'CREATE DATABASE "{name}"'
        if template:
            # PostgreSQL 15's default WAL_LOG strategy: 0.06 s for the set-up template,
            # where FILE_COPY's checkpoint takes 0.23 s.
            sql += f' TEMPLATE "{template}"'
        with self._admin.connect() as connection:
            connection.exec_driver_sql(sql)
        return self.url_of(name)

    def drop(self, name: str) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def disconnect_others(self, name: str) -> None:
        """End every connection to database ``name`` (a test's leftovers)."""
        with self._admin.connect() as connection:
            connection.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %(name)s AND pid <> pg_backend_pid()", {"name": name})

    def drop_own(self) -> None:
        """Drop every database this process made (its tag)."""
        for name in self._names(self._tag):
            self.drop(name)

    def drop_leftovers(self) -> None:
        """Drop test databases of test processes no longer running on this machine
        (a run killed before its teardown). Only on a server on this machine, where
        the process ids in the names are this machine's."""
        if self.url.host not in (None, "", "localhost", "127.0.0.1", "::1"):
            return
        for name in self._names(PREFIX):
            pid = name.removeprefix(PREFIX).split("_", 1)[0]
            if pid.isdigit() and not _running(int(pid)):
                self.drop(name)

    def _names(self, prefix: str) -> list[str]:
        with self._admin.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT datname FROM pg_database WHERE datname LIKE %(p)s",
                {"p": prefix.replace("_", r"\_") + "%"}).scalars()
            return list(rows)

    def dispose(self) -> None:
        self._admin.dispose()


class Snapshot:
    """The rows of every table of one database, taken once and put back before each
    test: every table emptied and the rows put back in one transaction, with
    triggers (the audit trail's refusals, foreign keys) off for it."""

    def __init__(self, server: Server, name: str) -> None:
        self.server = server
        self.name = name
        self.url = server.url_of(name)
        self._engine = create_engine(self.url, poolclass=_null_pool())
        with self._engine.connect() as connection:
            tables = connection.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").scalars().all()
            self._rows = {}
            for table in tables:
                result = connection.exec_driver_sql(f'SELECT * FROM "{table}"')
                self._rows[table] = (list(result.keys()), [tuple(row) for row in result])

    def row_count(self, table: str) -> int:
        return len(self._rows[table][1])

    def restore(self) -> None:
        self.server.disconnect_others(self.name)
        with self._engine.begin() as connection:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            cursor = connection.connection.driver_connection.cursor()
            for table, (columns, rows) in self._rows.items():
                cursor.execute(f'DELETE FROM "{table}"')
                if rows:
                    names = ", ".join(f'"{column}"' for column in columns)
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(
                        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)

    def dispose(self) -> None:
        self._engine.dispose()


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
