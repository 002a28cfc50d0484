"""The PostgreSQL half's own promise: each test starts from the set-up state, whatever
the test before it wrote or left open (tests/postgresql.py, Snapshot)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from centre_desk.services import persons
from centre_desk.store.database import open_database
from centre_desk.store.models import AuditEvent, Person
from tests.conftest import copy_installation


def _counts(database) -> tuple[int, int]:
    with database.session() as session:
        return (session.scalar(select(func.count()).select_from(Person)),
                session.scalar(select(func.count()).select_from(AuditEvent)))


@pytest.mark.parametrize("database_engine", ["postgresql"], indirect=True)
def test_a_restore_puts_back_the_set_up_state_and_ends_what_was_left_open(
        postgresql_installation, run, db, tmp_path):
    template, snapshot = postgresql_installation
    set_up_state = (0, snapshot.row_count("audit_event"))
    run(persons.create_person, persons.PersonInput(surname="Сейтқали", given_name="Айгүл"))
    assert _counts(db) != set_up_state
    left_open = db.engine.connect()  # a test that forgot to close: holds a transaction
    left_open.exec_driver_sql("SELECT 1 FROM person FOR UPDATE")

    snapshot.restore()
    fresh = open_database(copy_installation(template, type(template)(tmp_path / "again")))
    try:
        assert _counts(fresh) == set_up_state
    finally:
        fresh.close()
        left_open.invalidate()  # its server side was ended: nothing to roll back
        left_open.close()
