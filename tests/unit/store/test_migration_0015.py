"""Migration 0015 adds the four-eyes requests and the returnees' children's register:
outcomes recorded before it (one person's "rehabilitated" of old) stay as they were and
keep counting, no row is lost, and going back removes only the two new tables."""

import datetime as dt
import uuid

from alembic import command
from sqlalchemy import create_engine, inspect, text

from centre_desk.store import migrate

C = dt.datetime(2024, 3, 1)


def _old_database(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0014")
    site, person, case = (uuid.uuid4().hex for _ in range(3))
    sync = dict(o=site, c=C, h="000000000000001.000000." + str(uuid.UUID(site)))
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO person (id, surname, given_name, search_key, given_key, sort_key, "
            "origin_site, created_at, updated_at, hlc) VALUES "
            "(:i, 'Ахметов', 'Ерлан', 'ahmetov', 'erlan', 'ахметов', :o, :c, :c, :h)"),
            dict(i=person, **sync))
        connection.execute(text(
            "INSERT INTO case_file (id, person_id, category, consent_given, stage, stage_since, "
            "origin_site, created_at, updated_at, hlc) VALUES "
            "(:i, :p, 'inmate', 0, 'rehabilitated', '2024-02-01', :o, :c, :c, :h)"),
            dict(i=case, p=person, **sync))
        for stage, day in ((None, "2024-01-10"), ("rehabilitated", "2024-02-01")):
            connection.execute(text(
                "INSERT INTO stage_change (id, case_id, from_stage, to_stage, changed_on, "
                "origin_site, created_at, updated_at, hlc) VALUES "
                "(:i, :k, :f, :t, :d, :o, :c, :c, :h)"),
                dict(i=uuid.uuid4().hex, k=case, f="intake" if stage else None,
                     t=stage or "intake", d=day, **sync))
    return engine


def _rows(engine):
    with engine.connect() as connection:
        return {table: sorted(repr(tuple(row)) for row in connection.execute(
            text(f"SELECT * FROM {table}")))
            for table in ("person", "case_file", "stage_change")}


def test_outcomes_recorded_before_stay_and_the_new_tables_come_and_go(tmp_path):
    engine = _old_database(tmp_path / "old.sqlite3")
    before = _rows(engine)
    migrate.upgrade_to_head(engine)
    assert _rows(engine) == before  # nothing moved: an old outcome stays approved
    tables = set(inspect(engine).get_table_names())
    assert {"approval_request", "returnee_child"} <= tables
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM approval_request")).scalar() == 0
        indexes = {i["name"] for i in inspect(connection).get_indexes("approval_request")}
    assert "ix_approval_request_status" in indexes
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0014")
    assert not {"approval_request", "returnee_child"} & set(inspect(engine).get_table_names())
    assert _rows(engine) == before
