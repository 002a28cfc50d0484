"""What the spreadsheet import tests share: the database's content digest, a CSV or
XLSX written on the fly, and the import run as the GUI runs it."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy import select

from centre_desk.services import spreadsheet_import as imports
from centre_desk.store.base import SYNC_COLUMNS, Base

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "spreadsheets"

_BOOKKEEPING = {"audit_event", "audit_head", "field_stamp", "import_batch", "import_item",
                "seen_stamp", "peer_seen_stamp"}
_STAMPS = set(SYNC_COLUMNS) - {"id", "deleted_at"}


_TRAIL = {"audit_event", "audit_head", "import_batch", "import_item"}


def digest(db, leave_out=_BOOKKEEPING) -> str:
    """Every table's rows (but the audit trail's and sync's bookkeeping), on either engine:
    equal means the database holds the same."""
    hashed = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in leave_out:
                continue
            rows = sorted(map(repr, connection.execute(select(table))))
            hashed.update(f"{table.name}:{len(rows)}:{rows}".encode())
    return hashed.hexdigest()


def data_digest(db) -> str:
    """Every table's rows, stamps and field stamps too, but the audit trail and the
    import batches (which keep the record of an import and its undo)."""
    return digest(db, _TRAIL)


def content_digest(db) -> str:
    """What users see: every live row's fields, without who/when/clock stamps and
    without tombstones; equal after an undo means the import left nothing visible."""
    hashed = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in _BOOKKEEPING or "deleted_at" not in table.c:
                continue
            columns = [c for c in table.c if c.name not in _STAMPS]
            rows = sorted(map(repr, connection.execute(
                select(*columns).where(table.c.deleted_at.is_(None)))))
            hashed.update(f"{table.name}:{len(rows)}:{rows}".encode())
    return hashed.hexdigest()


def write_csv(path: Path, rows, encoding="utf-8", delimiter=";") -> Path:
    with open(path, "w", encoding=encoding, newline="") as file:
        csv.writer(file, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows) -> Path:
    import xlsxwriter
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Register")
    day = workbook.add_format({"num_format": "dd.mm.yyyy"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.datetime):
                sheet.write_datetime(r, c, value, day)
            elif value is not None:
                sheet.write(r, c, value)
    workbook.close()
    return path


def preview_of(run, path: Path, kind=imports.RowKind.PARTICIPANTS, mapping=None):
    source = imports.read_spreadsheet(path)
    mapping = mapping or imports.guess_mapping(source.sheet(), kind)
    return run(imports.preview_import, source, mapping)
