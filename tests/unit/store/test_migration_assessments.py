"""Migration 0014: each case's single risk level becomes a first assessment dated at the
case's intake, nothing lost; the same row at every site that holds the case."""

import datetime as dt
import uuid

from alembic import command
from sqlalchemy import create_engine, text

from centre_desk.store import migrate

STAMP = "000001733000000.000001." + str(uuid.UUID(int=7))


def _old_database(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0013")
    return engine


def _fill(engine, site):
    made = dt.datetime(2023, 5, 4, 10, 0)
    cases = {}
    with engine.begin() as connection:
        for n, (risk, intake, deleted) in enumerate((
                ("high", dt.date(2023, 3, 1), None),   # registered with a dated intake
                ("medium", None, None),                # no stage history: the day it was made
                (None, dt.date(2023, 3, 1), None),     # no risk level: nothing to keep
                ("low", dt.date(2022, 8, 31), made))):  # deleted: its assessment too
            person, case = uuid.uuid4(), uuid.uuid4()
            sync = dict(o=site.hex, c=made, h=STAMP)
            connection.execute(text(
                "INSERT INTO person (id, surname, given_name, search_key, sort_key, given_key,"
                " origin_site, created_at, updated_at, hlc) "
                "VALUES (:i, :n, :n, :n, :n, :n, :o, :c, :c, :h)"),
                dict(i=person.hex, n=f"Участник{n}", **sync))
            connection.execute(text(
                "INSERT INTO case_file (id, person_id, category, risk_level, consent_given, "
                "stage, stage_since, origin_site, created_at, updated_at, hlc, deleted_at) "
                "VALUES (:i, :p, 'inmate', :r, 0, 'active', '2024-01-01', :o, :c, :c, :h, :d)"),
                dict(i=case.hex, p=person.hex, r=risk, d=deleted, **sync))
            if intake:
                for day in (intake, intake + dt.timedelta(days=40)):
                    connection.execute(text(
                        "INSERT INTO stage_change (id, case_id, to_stage, changed_on, "
                        "origin_site, created_at, updated_at, hlc) "
                        "VALUES (:i, :k, 'intake', :on, :o, :c, :c, :h)"),
                        dict(i=uuid.uuid4().hex, k=case.hex, on=day, **sync))
            cases[n] = case
    return cases


def _assessments(engine):
    with engine.connect() as connection:
        return connection.execute(text(
            "SELECT id, case_id, assessed_on, risk_level, next_due_on, origin_site, hlc, "
            "deleted_at IS NOT NULL AS deleted FROM assessment ORDER BY assessed_on")).all()


def test_each_risk_level_becomes_a_first_assessment_at_the_intake(tmp_path):
    site = uuid.uuid4()
    engine = _old_database(tmp_path / "old.sqlite3")
    cases = _fill(engine, site)
    migrate.upgrade_to_head(engine)
    rows = _assessments(engine)
    assert [(uuid.UUID(r.case_id), r.assessed_on, r.risk_level, r.next_due_on, r.deleted)
            for r in rows] == [
        (cases[3], "2022-08-31", "low", "2023-02-28", 1),
        (cases[0], "2023-03-01", "high", "2023-09-01", 0),
        (cases[1], "2023-05-04", "medium", "2023-11-04", 0)]
    assert {(r.origin_site, r.hlc) for r in rows} == {(site.hex, STAMP)}
    with engine.connect() as connection:
        kept = connection.execute(text(
            "SELECT risk_level FROM case_file WHERE risk_level IS NOT NULL")).scalars().all()
        assert connection.execute(text("SELECT count(*) FROM assessment_score")).scalar() == 0
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").first() is None
    assert sorted(kept) == ["high", "low", "medium"]  # the case keeps its level too


def test_two_sites_holding_one_case_make_the_same_first_assessment(tmp_path):
    site = uuid.uuid4()
    first, second = (_old_database(tmp_path / f"{n}.sqlite3") for n in ("a", "b"))
    cases = _fill(first, site)
    with first.connect() as source, second.begin() as target:
        for table in ("person", "case_file", "stage_change"):
            rows = source.execute(text(f"SELECT * FROM {table}")).mappings().all()
            columns = ", ".join(rows[0].keys())
            values = ", ".join(f":{c}" for c in rows[0].keys())
            target.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"),
                           [dict(r) for r in rows])
    for engine in (first, second):
        migrate.upgrade_to_head(engine)
    assert _assessments(first) == _assessments(second)
    assert len({r.id for r in _assessments(first)}) == 3 and cases
