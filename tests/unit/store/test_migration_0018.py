"""Migration 0018 adds the plans (plan, plan_exception, group_list, group_member), all
empty, with the indexes the week view reads by; activities held before it stay as they
were, and going back removes only the four new tables."""

import datetime as dt
import uuid

from alembic import command
from sqlalchemy import create_engine, inspect, text

from centre_desk.store import migrate

NEW = {"plan", "plan_exception", "group_list", "group_member"}


def _old_database(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0017")
    site = uuid.uuid4().hex
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO activity (id, programme, kind, held_on, facility, origin_site, "
            "created_at, updated_at, hlc) VALUES (:i, 'case_work', 'group_training', "
            "'2024-11-19', 'ИК-5', :o, :c, :c, :h)"),
            dict(i=uuid.uuid4().hex, o=site, c=dt.datetime(2024, 11, 19),
                 h="000000000000001.000000." + str(uuid.UUID(site))))
    return engine


def _activities(engine):
    with engine.connect() as connection:
        return sorted(repr(tuple(row)) for row in connection.execute(
            text("SELECT * FROM activity")))


def test_the_plans_tables_come_empty_and_go_leaving_the_activities(tmp_path):
    engine = _old_database(tmp_path / "old.sqlite3")
    before = _activities(engine)
    migrate.upgrade_to_head(engine)
    assert _activities(engine) == before
    assert NEW <= set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        for table in NEW:
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
        indexes = {i["name"] for i in inspect(connection).get_indexes("plan_exception")}
    assert {"ix_plan_exception_plan", "ix_plan_exception_moved",
            "ix_plan_exception_holiday"} <= indexes
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0017")
    assert not NEW & set(inspect(engine).get_table_names())
    assert _activities(engine) == before
