"""Alembic environment: runs on the connection the program hands it."""

from alembic import context

from centre_desk.store import models  # noqa: F401  (fills the metadata)
from centre_desk.store.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Centre Desk runs its migrations itself; use centre_desk.store.migrate.")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
