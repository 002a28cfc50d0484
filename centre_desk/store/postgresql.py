"""A desk on a PostgreSQL server: its engine, one sentence for each way connecting
fails, and no second set-up of a database that already holds an installation.

Why a failure is found by asking again rather than by reading the driver's message:
psycopg 3 carries no SQLSTATE for a failure while connecting (libpq gives none before
a session exists; checked with psycopg 3.3: ``error.sqlstate`` is None for a wrong
password and a missing database alike), and the message is in the server's language
(its lc_messages) and the client's (libpq's and the C library's translations, which
a Russian desktop switches on). So ``failure`` asks the network and the server
themselves: does the host name resolve, does anything answer on the port, can the
same login reach the server's maintenance database, and is the database named in
``pg_database``. Errors after connecting do carry an SQLSTATE and are read by it.
"""

from __future__ import annotations

import dataclasses
import socket

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from centre_desk.store.errors import StoreError

CONNECT_TIMEOUT_S = 10  # an unreachable server is named after this, not waited on
TEST_TIMEOUT_S = 5  # a Test connection button waits no longer
MIN_SERVER_VERSION = 15
DEFAULT_PORT = 5432
MAINTENANCE_DATABASES = ("postgres", "template1")
DRIVER_MISSING = ('The PostgreSQL driver (psycopg) is not installed: install Centre Desk '
                  'with it, pip install -e ".[postgresql]".')
NOT_AN_ADDRESS = ("The database address is not one: write it as "
                  "postgresql+psycopg://user:password@host/database.")


class ConnectionFailed(StoreError):
    """Connecting failed; ``code`` says why (one of SENTENCES' keys)."""

    def __init__(self, code: str, url: URL | None, detail: str = "") -> None:
        super().__init__(sentence(code, url, detail))
        self.code = code
        self.detail = detail


def where(url: URL) -> str:
    """host:port/database, without the user name or password."""
    return f"{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database}"


SENTENCES = {
    "no_driver": DRIVER_MISSING,
    "not_an_address": NOT_AN_ADDRESS,
    "unknown_host": "No computer named {host} was found: check the server's name.",
    "no_server": "No PostgreSQL server answers at {host}, port {port}: check that it runs "
                 "there and accepts connections from this computer.",
    "login": "The PostgreSQL server at {host} refused the user name {user} or its "
             "password: check both in the database address.",
    "no_database": "The PostgreSQL server at {host} has no database {database}: create it "
                   "(createdb) or correct its name in the database address.",
    "not_allowed": "The PostgreSQL server at {host} does not let {user} in from this "
                   "computer: its administrator must allow it (pg_hba.conf).",
    "no_access": "The user {user} may not use the database {database} at {host}: the "
                 "server's administrator must grant it.",
    "too_old": "The PostgreSQL server at {host} is version {detail}; Centre Desk needs "
               "version 15 or newer.",
    "other": "Cannot connect to the PostgreSQL database {where}: {detail}",
}


def sentence(code: str, url: URL | None, detail: str = "") -> str:
    """The English sentence for ``code`` (the command line's; the window words its own)."""
    if url is None:
        return SENTENCES[code].format(detail=detail)
    return SENTENCES[code].format(
        host=url.host or "localhost", port=url.port or DEFAULT_PORT, user=url.username,
        database=url.database, where=where(url), detail=detail)


def make_engine(database_url: str | URL, timeout: float = CONNECT_TIMEOUT_S,
                **options) -> Engine:
    """The engine for ``database_url``; nothing is connected yet."""
    try:
        return create_engine(database_url, pool_pre_ping=True,
                             connect_args={"connect_timeout": max(1, round(timeout))},
                             **options)
    except ModuleNotFoundError as error:
        raise ConnectionFailed("no_driver", None) from error


def failure(url: URL, error: BaseException, timeout: float = CONNECT_TIMEOUT_S) -> tuple[
        str, str]:
    """Why connecting to ``url`` failed with ``error``: (code, detail)."""
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None) or ""
    if state.startswith("28"):  # invalid_authorization_specification, invalid_password
        return "login", ""
    if state == "3D000":  # invalid_catalog_name
        return "no_database", ""
    if state == "42501":  # insufficient_privilege
        return "no_access", ""
    if state:  # the server said why in a way not worded here: its own words
        return "other", _last_line(str(original))
    host, port = url.host or "localhost", url.port or DEFAULT_PORT
    if not host.startswith("/"):  # a host name, not a Unix socket's folder
        try:
            socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            return "unknown_host", ""
        try:
            socket.create_connection((host, port), timeout=timeout).close()
        except OSError:  # refused, unreachable, timed out
            return "no_server", ""
    said = str(original)
    # The server answered and refused: the database, or the login itself.
    database_exists = _database_exists(url, timeout)
    if database_exists is False:
        return "no_database", ""
    if database_exists is True:
        return "no_access", ""
    if "pg_hba.conf" in said:  # the file's name is in every language's message
        return "not_allowed", ""
    return "login", ""  # the server answered, and this login gets in nowhere


def _last_line(said: str) -> str:
    return said.strip().splitlines()[-1].strip() if said.strip() else "no reason given"


def _database_exists(url: URL, timeout: float) -> bool | None:
    """Whether the server lists ``url``'s database, asked with the same login through
    a maintenance database; None when that login gets in nowhere."""
    if url.database in MAINTENANCE_DATABASES:
        return None
    for maintenance in MAINTENANCE_DATABASES:
        engine = make_engine(url.set(database=maintenance), timeout, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                return bool(connection.execute(
                    text("SELECT count(*) FROM pg_database WHERE datname = :name"),
                    {"name": url.database}).scalar())
        except DBAPIError:
            continue
        finally:
            engine.dispose()
    return None


def server_version(connection) -> tuple[int, ...]:
    """The server's version, as (major, minor)."""
    return tuple(connection.dialect.server_version_info or ())


def check_connection(engine: Engine, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """Connect once and check the server's version; a failure becomes a
    ConnectionFailed with one sentence."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            version = server_version(connection)
    except DBAPIError as error:
        engine.dispose()
        code, detail = failure(engine.url, error, timeout)
        raise ConnectionFailed(code, engine.url, detail) from error
    if version and version[0] < MIN_SERVER_VERSION:
        engine.dispose()
        raise ConnectionFailed("too_old", engine.url, ".".join(map(str, version)))


@dataclasses.dataclass(frozen=True)
class Installation:
    """What a database another desk set up holds: its centre."""

    centre_name: str
    region: str


def installation(engine: Engine) -> Installation | None:
    """The centre a database already holds, or None when it holds no installation."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("site"):
            return None
        row = connection.execute(text(
            "SELECT centre_name, region FROM site ORDER BY created_at LIMIT 1")).first()
    return Installation(row.centre_name, row.region) if row else None


def refuse_installed(engine: Engine) -> None:
    """Refuse to set up a database another desk already set up: it has a site."""
    found = installation(engine)
    if found:
        engine.dispose()
        raise StoreError(
            f"The PostgreSQL database {where(engine.url)} already holds Centre Desk for "
            f"{found.centre_name} ({found.region}): this desk joins it with 'centre-desk "
            f"join --database-url URL', which sets nothing up again.")


def check_url(database_url: str | URL, timeout: float = CONNECT_TIMEOUT_S) -> str | None:
    """None when ``database_url`` connects, else the sentence why not."""
    try:
        engine = make_engine(database_url, timeout)
    except ArgumentError:
        return NOT_AN_ADDRESS
    except StoreError as error:
        return str(error)
    try:
        check_connection(engine, timeout)
    except StoreError as error:
        return str(error)
    engine.dispose()
    return None
