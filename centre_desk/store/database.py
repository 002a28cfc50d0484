"""The one engine and session factory: SQLite, SQLCipher when encrypted, or PostgreSQL."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from centre_desk.config import Paths, Settings
from centre_desk.domain.clock import HybridLogicalClock
from centre_desk.store import clock_floor, migrate, postgresql, stamping, work_folders
from centre_desk.store.errors import (  # re-exported for callers
    DatabasePasswordNeeded, NotADatabase, NotInitialised, StoreError, WrongDatabasePassword)
from centre_desk.store.models import Site


def _sqlcipher_creator(path: Path, password: str):
    import sqlcipher3  # only encrypted installations pay for the import

    # SQLCipher prints its own lines on stderr for a wrong password, where the user is
    # to read one sentence. Its log level is process-wide: one throwaway connection
    # sets it for all.
    quiet = sqlcipher3.connect(":memory:")
    quiet.execute("PRAGMA cipher_log_level = NONE")
    quiet.close()
    quoted = password.replace("'", "''")

    def connect():
        connection = sqlcipher3.connect(str(path), check_same_thread=False)
        # The key must be the first statement on the connection.
        connection.execute(f"PRAGMA key = '{quoted}'")
        return connection
    return connect


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # A search reads its matches' rows scattered over the persons table: with SQLite's
    # default 2 MiB cache each is read from the file again (4,269 persons for 'ерм' at
    # 300,000: 18 ms a pass, 4.8 ms with 16 MiB). Bounded; it fills only as pages are read.
    cursor.execute("PRAGMA cache_size = -32768")
    cursor.close()


def make_engine(paths: Paths, settings: Settings, password: str | None = None) -> Engine:
    """Build the engine the settings ask for; nothing is read from the database yet."""
    if settings.database_url:
        return postgresql.make_engine(settings.database_url)
    if settings.encrypted:
        if not password:
            raise DatabasePasswordNeeded("This database is encrypted: enter its password.")
        engine = create_engine("sqlite+pysqlite://",
                               creator=_sqlcipher_creator(paths.database, password))
    else:
        engine = create_engine(f"sqlite+pysqlite:///{paths.database}",
                               connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@dataclasses.dataclass
class Database:
    """An open installation: its engine, its site identity and its clock."""

    engine: Engine
    site_id: uuid.UUID
    clock: HybridLogicalClock
    paths: Paths

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self, actor: stamping.Actor | None = None) -> Session:
        """A new session; changes made in it are stamped with this actor and clock."""
        session = self._sessions()
        session.info[stamping.CONTEXT_KEY] = stamping.Context(
            actor=actor, site_id=self.site_id, clock=self.clock)
        return session

    def close(self) -> None:
        """Let SQLite refresh its planner statistics, then release every pooled
        connection (and the file, on Windows).

        The statistics are a nicety: when another process is writing (an import from
        the command line while the window closes) they are left for another time
        rather than waited for or failed on."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA busy_timeout = 0")
                connection.exec_driver_sql("PRAGMA analysis_limit = 400")
                try:
                    connection.exec_driver_sql("PRAGMA optimize")
                except OperationalError as error:
                    if "locked" not in str(error) and "busy" not in str(error):
                        raise
        self.engine.dispose()


def _check_readable(engine: Engine, settings: Settings) -> None:
    unreadable: tuple[type[Exception], ...] = (DatabaseError, OperationalError,
                                                sqlite3.DatabaseError)
    if settings.encrypted:
        import sqlcipher3

        unreadable += (sqlcipher3.dbapi2.DatabaseError,)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except unreadable as error:
        engine.dispose()
        if settings.encrypted:
            raise WrongDatabasePassword(
                "The database password is wrong: check it and try again.") from error
        raise NotADatabase(
            "The database file is damaged or is not a Centre Desk database.") from error


def open_database(paths: Paths, password: str | None = None,
                  settings: Settings | None = None) -> Database:
    """Open an initialised installation, bringing its schema up to date first.

    Every open also makes the data dir private to this user again (Paths.keep_private)
    and removes the work folders of syncs that were killed (their decrypted rows)."""
    settings = settings or Settings.load(paths)
    if not settings.database_url and not paths.database.exists():
        raise NotInitialised(
            f"No Centre Desk database in {paths.data_dir}: run first-time set-up (init) there.")
    # Only now: a folder without a database may be anyone's, and is left as it is.
    paths.keep_private()
    work_folders.remove_abandoned(paths.cache, work_folders.SYNC_PREFIX)
    engine = make_engine(paths, settings, password)
    if settings.database_url:
        postgresql.check_connection(engine)
    else:
        _check_readable(engine, settings)
    migrate.upgrade_to_head(engine)
    with Session(engine) as session:
        site = session.scalars(select(Site)).first()
    if site is None:
        engine.dispose()
        raise NotInitialised(f"The database in {paths.data_dir} was never set up: run init.")
    clock = stamping.clock_for(engine, site.id, settings.clock_skew_ms)
    clock_floor.raise_clock(paths.data_dir, clock)  # above stamps issued before a restore
    return Database(engine, site.id, clock, paths)


def create_database(paths: Paths, settings: Settings, password: str | None = None) -> Engine:
    """Make a new, empty, migrated database (a file, or in the PostgreSQL database the
    settings name, which must hold no installation yet); the caller records the site
    in it."""
    if settings.database_url:
        engine = make_engine(paths, settings, password)
        postgresql.check_connection(engine)
        postgresql.refuse_installed(engine)
        paths.make_dirs()
    else:
        paths.make_dirs()
        if paths.database.exists():
            raise StoreError(f"{paths.data_dir} already holds a Centre Desk database.")
        engine = make_engine(paths, settings, password)
    settings.save(paths)
    migrate.upgrade_to_head(engine)
    paths.keep_private()  # the database file and its -wal are new
    return engine
