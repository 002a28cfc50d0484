"""The half-year statistics as a spreadsheet: a "Figures" sheet, then one sheet per
figure listing the people or activities behind it.

    write_xlsx(path, report, rows, context, labels.label)     # complete or not at all

``rows`` maps each of ``report.figures`` to its lines (``statistics_rows.rows_behind``
with no limit). ``progress(rows written, rows in all)`` is called every few thousand
rows and may raise to cancel; nothing is written then. openpyxl is the slow part:
about 25 s for the 190,000 rows behind a half-year of a 100,000-person region.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from centre_desk.reports.list_xlsx import _cell as safe_cell, _sheet_title as sheet_title
from centre_desk.reports.statistics_words import (
    Label, date_text, figure_title, narrowing_text, period_text, row_cells, row_headings,
    translated)
from centre_desk.services.participant_report import PrintContext
from centre_desk.services.statistics import Figure, HalfYearReport
from centre_desk.services.statistics_rows import ActivityLine, PersonLine
from centre_desk.store.atomic import replacing

_DATE_FORMAT = "DD.MM.YYYY"
_WIDEST_COLUMN = 60
_PROGRESS_ROWS = 2000  # openpyxl writes ~15,000 rows a second: a cancel is heard quickly


def _bold(sheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


def _value(sheet, value):
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = _DATE_FORMAT
        return cell
    return safe_cell(sheet, value)


def _text(value: object) -> str:
    return date_text(value) if isinstance(value, dt.date) else str(value or "")


def _widths(sheet, table: Sequence[Sequence[object]]) -> None:
    """Column widths must be set before the first row of a write-only sheet."""
    for index, column in enumerate(itertools.zip_longest(*table), start=1):
        widest = max(len(_text(value)) for value in column)
        sheet.column_dimensions[get_column_letter(index)].width = min(widest + 2,
                                                                      _WIDEST_COLUMN)


def write_xlsx(target: Path | str, report: HalfYearReport,
               rows: Mapping[Figure, Sequence[PersonLine | ActivityLine]],
               context: PrintContext, label: Label,
               progress: Callable[[int, int], None] | None = None) -> int:
    """Write the workbook; returns the number of sheets."""
    workbook = Workbook(write_only=True)
    figures = workbook.create_sheet(sheet_title(translated("Figures")))
    heading = [[translated("Half-year statistics")], [context.centre_name],
               [period_text(report.scope)], [narrowing_text(report.scope)], []]
    table = [[figure_title(f, label), f.value] for f in report.figures]
    _widths(figures, [[translated("Figure"), translated("Value")], *table])
    for line in heading:
        figures.append([_bold(figures, text) for text in line])
    figures.append([_bold(figures, translated("Figure")), _bold(figures, translated("Value"))])
    for title, value in table:
        figures.append([safe_cell(figures, title), value])
    total = sum(len(lines) for lines in rows.values())
    written = 0
    for number, figure in enumerate(report.figures, start=1):
        sheet = workbook.create_sheet(sheet_title(f"{number} {figure_title(figure, label)}"))
        headings = row_headings(figure)
        cells = [row_cells(line, label) for line in rows.get(figure, ())]
        _widths(sheet, [headings, *cells])
        sheet.freeze_panes = "A2"
        sheet.append([_bold(sheet, text) for text in headings])
        for values in cells:
            sheet.append([_value(sheet, value) for value in values])
            written += 1
            if progress is not None and written % _PROGRESS_ROWS == 0:
                progress(written, total)
    if progress is not None:
        progress(total, total)
    with replacing(target) as partial:
        workbook.save(partial)
    return len(report.figures) + 1
