"""A desk on a PostgreSQL server: its engine, one sentence for each way connecting
fails (wrong host, port, password or database, no driver), and no second set-up of a
database that already holds an installation."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError

from centre_desk.store.errors import StoreError

CONNECT_TIMEOUT_S = 10  # an unreachable server is named after this, not waited on


def make_engine(database_url: str) -> Engine:
    """The engine for ``database_url``; nothing is connected yet."""
    try:
        return create_engine(database_url, pool_pre_ping=True,
                             connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except ModuleNotFoundError as error:
        raise StoreError(
            f"The PostgreSQL driver is not installed ({error.name}): install Centre Desk "
            f'with it, pip install "centre-desk[postgresql]".') from error


def where(url: URL) -> str:
    """host:port/database, without the user name or password."""
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def problem(url: URL, error: Exception) -> str:
    """One sentence for a failed connection, from the driver's message."""
    said = str(getattr(error, "orig", error))
    host = url.host or "localhost"
    if "password authentication failed" in said or "no password supplied" in said:
        return (f"The PostgreSQL server at {host} refused the user name {url.username} or "
                f"its password: check both in the database address.")
    if f'database "{url.database}" does not exist' in said:
        return (f"The PostgreSQL server at {host} has no database {url.database}: create "
                f"it (createdb) or correct its name in the database address.")
    if "failed to resolve host" in said or "could not translate host name" in said:
        return f"No computer named {host} was found: check the server's name."
    if "Connection refused" in said or "timeout expired" in said:
        return (f"No PostgreSQL server answers at {host}, port {url.port or 5432}: check "
                f"that it runs there and accepts connections from this computer.")
    last = said.strip().splitlines()[-1].strip() if said.strip() else type(error).__name__
    return f"Cannot connect to the PostgreSQL database {where(url)}: {last}"


def check_connection(engine: Engine) -> None:
    """Connect once; a failure becomes a StoreError with one sentence (problem)."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DBAPIError as error:
        engine.dispose()
        raise StoreError(problem(engine.url, error)) from error


def refuse_installed(engine: Engine) -> None:
    """Refuse to set up a database another desk already set up: it has a site."""
    with engine.connect() as connection:
        installed = inspect(connection).has_table("site") and \
            connection.execute(text("SELECT count(*) FROM site")).scalar()
    if installed:
        engine.dispose()
        raise StoreError(
            f"The PostgreSQL database {where(engine.url)} already holds a Centre Desk "
            f"installation: give this desk its address as \"database_url\" in "
            f"settings.json instead of setting it up again.")


def check_url(database_url: str) -> str | None:
    """None when ``database_url`` connects, else the sentence why not (what a Test
    connection button shows)."""
    try:
        engine = make_engine(database_url)
    except ArgumentError:
        return ("The database address is not one: write it as "
                "postgresql+psycopg://user:password@host/database.")
    except StoreError as error:
        return str(error)
    try:
        check_connection(engine)
    except StoreError as error:
        return str(error)
    engine.dispose()
    return None
