"""Runs the Alembic migrations shipped in the package, at start-up and at init."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions; a test keeps the two in step. Knowing it
# here lets start-up skip importing Alembic when the schema is already current.
HEAD = "0025"


def alembic_config(connection=None):
    """An Alembic config pointing at the shipped migrations, optionally on a connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


# The PostgreSQL advisory lock every migrating desk takes (any fixed number; this one
# spells "centre" in ASCII), so two desks starting at once do not both migrate.
MIGRATION_LOCK = 0x63656E747265


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction.

    On PostgreSQL the transaction first takes MIGRATION_LOCK: a second desk starting
    meanwhile waits for the first to commit, then finds the schema current. (SQLite
    needs no lock: its first write takes the whole file.)"""
    if current_revision(engine) == HEAD:
        return
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite migrations rebuild tables; with foreign keys enforced, dropping a
            # referenced table would fail. They are checked again before committing.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                       {"key": MIGRATION_LOCK})
                # Alembic reads the revision again, now under the lock: what another
                # desk migrated meanwhile is not migrated twice.
                command.upgrade(alembic_config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise RuntimeError(f"migration broke a reference: {tuple(broken)}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()
