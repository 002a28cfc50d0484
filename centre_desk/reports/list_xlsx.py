"""Any list of any tab as a spreadsheet: the visible column titles, then every row the
list's search, filter and order find, read page by page as the list itself reads them.

    rows = export_list(path, "Participants", headers, cells, fetch, total, progress)

``fetch(after)`` returns the service's next :class:`~centre_desk.services.listing.Page`
after a cursor (None: the first); ``cells(row)`` the row's values in column order.
``progress(done, total)`` may raise to cancel; the file is then not written at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session
from xlsxwriter.worksheet import Worksheet

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.listing import Cursor, ListQuery, Page
from centre_desk.services.redaction import Withheld, may_see_full_identity
from centre_desk.store.atomic import replacing

Progress = Callable[[int, int], None]
EXPORT_PAGE_SIZE = 1000
"""Rows read per query while exporting: big enough to be quick, small enough to stay
light on memory, since the workbook is written as it goes."""
_SHEET_TITLE_LIMIT = 31  # Excel refuses longer sheet names
_WIDEST_COLUMN = 60
_DATE_FORMAT = "dd.mm.yyyy"
_MOMENT_FORMAT = "dd.mm.yyyy hh:mm"


def _sheet_title(title: str) -> str:
    # Excel refuses these characters, and an apostrophe at either end.
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title)
    return cleaned[:_SHEET_TITLE_LIMIT].strip(" '") or "List"


_ESCAPED = re.compile(r"_x|[\x00-\x08\x0b-\x1f\ufffe\uffff]")
"""What XlsxWriter's escaping of an inline string changes: a literal "_xHHHH_", control
characters, the two non-characters. Text without them comes out as it went in."""


class _Sheet(Worksheet):
    """XlsxWriter's worksheet, with its escaping of each inline string skipped where the
    string holds nothing it would change. Its first step, ``re.sub`` with a ``\\1``
    template, makes CPython import ``re`` through ``builtins.__import__`` for every
    string, and with PySide6 loaded that is Python code of PySide6's: about 1 s of the
    statistics workbook's 5.8 s at 100,000 persons (300,000 strings)."""

    @staticmethod
    def _escape_control_characters(data):
        if isinstance(data, str) and not _ESCAPED.search(data):
            return data
        return Worksheet._escape_control_characters(data)


class Sheets:
    """A workbook being written row by row (rows go to a work file beside the target as
    they come, so memory stays flat): typed cells, bold headings, column widths from
    the longest text, the first row kept in view."""

    def __init__(self, partial: Path) -> None:
        # The work files sit beside the target, not in the system's temp folder.
        self.workbook = xlsxwriter.Workbook(str(partial), {
            "constant_memory": True, "tmpdir": str(partial.parent)})
        self.bold = self.workbook.add_format({"bold": True})
        self.date = self.workbook.add_format({"num_format": _DATE_FORMAT})
        self.moment = self.workbook.add_format({"num_format": _MOMENT_FORMAT})

    def add(self, title: str):
        """A new sheet named ``title`` (cleaned and cut to Excel's limit)."""
        return self.workbook.add_worksheet(_sheet_title(title), worksheet_class=_Sheet)

    def headings(self, sheet, row: int, texts: Sequence[str]) -> None:
        for column, text in enumerate(texts):
            sheet.write_string(row, column, str(text), self.bold)

    def write(self, sheet, row: int, values: Sequence[Any]) -> None:
        """One row of values: numbers and dates typed, anything else as text (never a
        formula, whatever a name or a note begins with)."""
        for column, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, Withheld):  # never the value, whatever a column passes
                sheet.write_string(row, column, withheld_word())
            elif isinstance(value, bool) or not isinstance(
                    value, (int, float, dt.date, dt.datetime)):
                sheet.write_string(row, column, str(value))
            elif isinstance(value, dt.datetime):
                sheet.write_datetime(row, column, value, self.moment)
            elif isinstance(value, dt.date):
                sheet.write_datetime(row, column, dt.datetime.combine(value, dt.time()),
                                     self.date)
            else:
                sheet.write_number(row, column, value)

    @staticmethod
    def widths(sheet, widths: Sequence[int]) -> None:
        for column, width in enumerate(widths):
            sheet.set_column(column, column, min(width + 2, _WIDEST_COLUMN))

    def close(self) -> None:
        self.workbook.close()


def withheld_word() -> str:
    """The UI's word for an IIN, address or phone the user's role may not see (the
    translation of ``labels.private_text``)."""
    return QCoreApplication.translate("Labels", "withheld")


def text_width(value: Any) -> int:
    """Characters a value takes in its cell, for the column width."""
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return len(str(value)) if value is not None else 0


def export_list(target: Path | str, title: str, headers: Sequence[str],
                cells: Callable[[Any], Sequence[Any]],
                fetch: Callable[[Cursor | None], Page[Any]], total: int | None = None,
                progress: Progress | None = None) -> int:
    """Write the whole list to an .xlsx at ``target``, complete or not at all; returns
    how many rows were written."""
    with replacing(target) as partial:
        sheets = Sheets(Path(partial))
        try:
            sheet = sheets.add(title)
            sheet.freeze_panes(1, 0)
            sheets.headings(sheet, 0, headers)
            widths = [len(h) for h in headers]
            written, after = 0, None
            while True:
                page = fetch(after)
                for row in page.rows:
                    values = list(cells(row))
                    written += 1
                    sheets.write(sheet, written, values)
                    for index, value in enumerate(values):
                        widths[index] = max(widths[index], text_width(value))
                if progress is not None:
                    progress(written, max(total or 0, written))
                if page.next is None:
                    break
                after = page.next
            sheets.widths(sheet, widths)
        finally:
            sheets.close()
    return written


def record_export(session: Session, list_name: str, query: ListQuery, rows: int,
                  target: str | None = None) -> None:
    """One EXPORTED audit event: which list, with which search, filter and order, how
    many rows (the count the list shows, recorded before the file is written), to which
    file, and whether IIN, address and phone were withheld (services.redaction), as a
    print records it; who exported it is the event's user."""
    audit.require(session, Permission.VIEW)
    audit.record(session, AuditAction.EXPORTED, "list", None, list=list_name, rows=rows,
                 redacted=not may_see_full_identity(session),
                 text=query.text, sort=str(query.sort) if query.sort else None,
                 descending=query.descending,
                 filter=repr(query.filter) if query.filter is not None else None,
                 format="xlsx", target=target)
