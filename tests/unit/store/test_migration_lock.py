"""Two desks starting at once on one PostgreSQL database: one migrates, the other waits
for it and then finds the schema current (store.migrate.MIGRATION_LOCK)."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from centre_desk.store import migrate


@pytest.fixture
def empty_database(postgresql_server):
    """A new, empty PostgreSQL database's URL, dropped after the test."""
    name = postgresql_server.new_name("empty")
    yield postgresql_server.create(name)
    postgresql_server.drop(name)


def _upgrade_in_thread(url: str) -> tuple[threading.Thread, list]:
    outcome: list = []
    engine = create_engine(url)

    def upgrade():
        try:
            migrate.upgrade_to_head(engine)
            outcome.append("done")
        except Exception as error:  # noqa: BLE001 - the test reports whatever it was
            outcome.append(error)
        finally:
            engine.dispose()
    thread = threading.Thread(target=upgrade)
    thread.start()
    return thread, outcome


def test_a_desk_starting_while_another_migrates_waits_then_finds_the_schema_current(
        empty_database):
    first = create_engine(empty_database)
    with first.connect() as connection:
        with connection.begin():
            # The first desk, half-way through its migration: lock taken, tables made,
            # nothing committed yet.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": migrate.MIGRATION_LOCK})
            command.upgrade(migrate.alembic_config(connection), "head")
            second, outcome = _upgrade_in_thread(empty_database)
            second.join(timeout=1.0)
            assert second.is_alive() and outcome == [], "the second desk did not wait"
        second.join(timeout=30)
    first.dispose()
    assert outcome == ["done"]
    assert migrate.current_revision(create_engine(empty_database)) == migrate.HEAD


def test_two_desks_migrating_at_the_same_moment_both_start(empty_database):
    desks = [_upgrade_in_thread(empty_database) for _ in range(2)]
    for thread, _ in desks:
        thread.join(timeout=60)
    assert [outcome for _, outcome in desks] == [["done"], ["done"]]
    engine = create_engine(empty_database)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert versions == [(migrate.HEAD,)]
