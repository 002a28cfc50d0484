"""Spreadsheet imports kept for their undo: one batch per applied file, one item per
row it created or field it filled.

Local to this site, like the audit trail (plain ``Base``, no sync columns): a batch
names rows of this database and the stamps they had here right after the import. What
the import wrote (persons, cases, memberships...) syncs like any edit, and so does what
an undo writes (tombstones, fields put back): a peer never needs the batch itself. A
row changed after the import, here or at a peer whose change arrived by sync, carries
a newer stamp than the one kept here, and the undo leaves it alone and says so.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.store.base import Base, utc_now


class ImportBatch(Base):
    """One applied spreadsheet: who, when, which file, as what, and its counts."""

    __tablename__ = "import_batch"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    username: Mapped[str | None] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))
    created: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class ImportItem(Base):
    """A row the batch created (``previous`` None: undo makes it a tombstone) or filled
    (``previous``: JSON of the fields' values before, put back by undo). ``hlc`` is the
    row's stamp right after the import: a different stamp now means something newer
    touched it."""

    __tablename__ = "import_item"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("import_batch.id"), index=True)
    row_number: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    previous: Mapped[str | None] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(64))
