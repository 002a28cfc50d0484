"""The shipped migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from centre_desk.store import migrate
from centre_desk.store.base import Base


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
