"""Any list of any tab as a spreadsheet: the visible column titles, then every row the
list's search, filter and order find, read page by page as the list itself reads them.

    rows = export_list(path, "Participants", headers, cells, fetch, total, progress)

``fetch(after)`` returns the service's next :class:`~centre_desk.services.listing.Page`
after a cursor (None: the first); ``cells(row)`` the row's values in column order.
``progress(done, total)`` may raise to cancel; the file is then not written at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.listing import Cursor, ListQuery, Page
from centre_desk.store.atomic import replacing

Progress = Callable[[int, int], None]
EXPORT_PAGE_SIZE = 1000
"""Rows read per query while exporting: big enough to be quick, small enough to stay
light on memory, since the workbook is written as it goes."""
_SHEET_TITLE_LIMIT = 31  # Excel refuses longer sheet names
_WIDEST_COLUMN = 60


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()
    return (cleaned or "List")[:_SHEET_TITLE_LIMIT]


def export_list(target: Path | str, title: str, headers: Sequence[str],
                cells: Callable[[Any], Sequence[Any]],
                fetch: Callable[[Cursor | None], Page[Any]], total: int | None = None,
                progress: Progress | None = None) -> int:
    """Write the whole list to an .xlsx at ``target``, complete or not at all; returns
    how many rows were written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(title))
    widths = [len(h) for h in headers]
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    rows: list[list[Any]] = []
    written, after = 0, None
    while True:
        page = fetch(after)
        for row in page.rows:
            values = list(cells(row))
            for index, value in enumerate(values):
                widths[index] = max(widths[index], len(str(value or "")))
            values = [_cell(sheet, value) for value in values]
            rows.append(values)
        written += len(page.rows)
        if progress is not None:
            progress(written, max(total or 0, written))
        if page.next is None:
            break
        after = page.next
    # Column widths must be set before the first row of a write-only sheet.
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, _WIDEST_COLUMN)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for values in rows:
        sheet.append(values)
    with replacing(target) as partial:
        workbook.save(partial)
    return written


def _cell(sheet, value: Any) -> Any:
    if value is None or isinstance(value, (int, float, dt.date, dt.datetime)):
        return value
    text = str(value)
    if text.startswith("="):
        # Typed text, never a formula, whatever a name or a note begins with.
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def record_export(session: Session, list_name: str, query: ListQuery, rows: int,
                  target: str | None = None) -> None:
    """One EXPORTED audit event: which list, with which search, filter and order, how
    many rows, to which file."""
    audit.require(session, Permission.VIEW)
    audit.record(session, AuditAction.EXPORTED, "list", None, list=list_name, rows=rows,
                 text=query.text, sort=str(query.sort) if query.sort else None,
                 descending=query.descending,
                 filter=repr(query.filter) if query.filter is not None else None,
                 format="xlsx", target=target)
