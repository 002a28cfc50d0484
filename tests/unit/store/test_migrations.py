"""The shipped migrations build exactly the schema the models describe."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from centre_desk.store import migrate
from centre_desk.store.base import Base


# Alembic skips the expression indexes it cannot reflect on SQLite; the test below
# compares them.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrations_and_models_do_not_drift(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_head_constant_names_the_newest_migration():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_current_head() == migrate.HEAD


def test_upgrade_records_head_and_is_idempotent(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    assert migrate.current_revision(engine) is None
    migrate.upgrade_to_head(engine)
    migrate.upgrade_to_head(engine)
    assert migrate.current_revision(engine) == migrate.HEAD


def test_upgrade_keeps_existing_rows_and_references(installed):
    """A database made at the first revision, with families in it, upgrades intact."""
    import datetime as dt
    import uuid

    from alembic import command
    from sqlalchemy import text

    engine = create_engine(f"sqlite:///{installed.data_dir / 'old.sqlite3'}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001")
    parent, child, site = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    sync = dict(o=site, c=dt.datetime(2026, 1, 1), h="x")
    with engine.begin() as connection:
        for person_id, name in ((parent, "Ана"), (child, "Бала")):
            connection.execute(text(
                "INSERT INTO person (id, surname, given_name, search_key, origin_site, "
                "created_at, updated_at, hlc) VALUES (:i, :n, :n, :n, :o, :c, :c, :h)"),
                dict(i=person_id, n=name, **sync))
        connection.execute(text(
            "INSERT INTO relationship (id, person_id, relative_id, kind, origin_site, "
            "created_at, updated_at, hlc) VALUES (:i, :p, :r, 'parent', :o, :c, :c, :h)"),
            dict(i=uuid.uuid4().hex, p=parent, r=child, **sync))
    migrate.upgrade_to_head(engine)
    with engine.connect() as connection:
        names = connection.execute(text("SELECT surname FROM person ORDER BY sort_key"))
        assert names.scalars().all() == ["Ана", "Бала"]
        assert connection.execute(text("SELECT count(*) FROM relationship")).scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").first() is None
    assert migrate.current_revision(engine) == migrate.HEAD


def test_upgrade_chains_the_audit_entries_already_written_in_time_order(tmp_path):
    """Entries written before the chain existed are numbered by time, hashed and linked,
    the head names the last, and from then on SQLite refuses to change them."""
    import datetime as dt
    import sqlite3
    import uuid

    from alembic import command
    from sqlalchemy import text

    from centre_desk.store.audit_chain import GENESIS, entry_hash

    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0006")
    user = uuid.uuid4()
    written = [(dt.datetime(2026, 5, 2, 9, 30), "viewed", '{"n": 2}'),
               (dt.datetime(2026, 5, 1, 8, 0, 0, 123456), "created", None),
               (dt.datetime(2026, 5, 3), "printed", '{"how": "pdf"}')]
    with engine.begin() as connection:
        for at, action, detail in written:
            connection.execute(text(
                "INSERT INTO audit_event (id, at, user_id, username, action, entity, "
                "entity_id, detail) VALUES (:i, :at, :u, 'admin', :a, 'person', '42', :d)"),
                dict(i=uuid.uuid4().hex, at=at, u=user.hex, a=action, d=detail))
    migrate.upgrade_to_head(engine)

    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT seq, action, prev_hash, hash FROM audit_event ORDER BY seq")).all()
        head = connection.execute(text("SELECT seq, hash FROM audit_head")).one()
    assert [(r.seq, r.action) for r in rows] == [(1, "created"), (2, "viewed"), (3, "printed")]
    previous = GENESIS
    for row, (at, action, detail) in zip(rows, sorted(written)):
        assert row.prev_hash == previous
        assert row.hash == entry_hash(row.seq, at, user, "admin", action, "person", "42",
                                      detail, previous)
        previous = row.hash
    assert tuple(head) == (3, previous)
    engine.dispose()
    with sqlite3.connect(tmp_path / "old.sqlite3") as plain, \
            pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        plain.execute("DELETE FROM audit_event")


def test_the_search_group_indexes_are_built_as_the_models_say(tmp_path):
    # Alembic cannot compare indexes on expressions on SQLite (the drift test above skips
    # them with a warning): the migration's and the models' are compared as SQLite
    # states them.
    def group_indexes(engine) -> dict[str, str]:
        with engine.connect() as connection:
            return dict(connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_person_%_group'").all())

    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    migrate.upgrade_to_head(migrated)
    made = create_engine(f"sqlite:///{tmp_path / 'made.sqlite3'}")
    Base.metadata.create_all(made)
    normalised = {name: " ".join(sql.replace('"', "").split())
                  for name, sql in group_indexes(made).items()}
    assert sorted(normalised) == ["ix_person_given_key_group", "ix_person_iin_group",
                                  "ix_person_search_key_group"]
    assert {name: " ".join(sql.replace('"', "").split())
            for name, sql in group_indexes(migrated).items()} == normalised
    assert "substr(iin, 1, 4), sort_key, iin, deleted_at, id" in normalised[
        "ix_person_iin_group"]
