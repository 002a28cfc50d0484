"""The half-year statistics as a spreadsheet: a "Figures" sheet, with ``plans`` a
"Planned against held" sheet (by facility, by programme), one sheet per figure listing the
people or activities behind it, and last what each figure counts.

    write_xlsx(path, report, rows, context, labels.label, plans=plans)   # whole or nothing

``rows`` maps each of ``report.figures`` to its lines (``statistics_rows.rows_behind``
with no limit). ``progress(rows written, rows in all)`` is called every few thousand
rows and may raise to cancel; nothing is written then. Writing the cells is the slow
part: XlsxWriter takes about half as long as openpyxl did (25 s for the 190,000 rows
behind a half-year of a 100,000-person region).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from centre_desk.reports.list_xlsx import Sheets, text_width
from centre_desk.reports.statistics_plan_words import PLANS_NOTE, plan_tables
from centre_desk.reports.statistics_words import (
    Label, figure_title, narrowing_text, notes, period_text, row_cells, row_headings,
    translated)
from centre_desk.services.participant_report import PrintContext
from centre_desk.services.statistics import Figure, HalfYearReport
from centre_desk.services.statistics_plans import PlansAgainstHeld
from centre_desk.services.statistics_rows import ActivityLine, PersonLine
from centre_desk.store.atomic import replacing

_PROGRESS_ROWS = 2000  # rows between progress calls: a cancel is heard quickly


def _widths(table: Sequence[Sequence[object]]) -> list[int]:
    return [max(text_width(value) for value in column)
            for column in itertools.zip_longest(*table)]


_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _remembered(label: Label) -> Label:
    """``label`` asked once per code for this workbook (each ask goes through Qt's
    translator: a sixth of the writing time for 200,000 rows)."""
    words: dict[object, str] = {}

    def remembered(code):
        if code not in words:
            words[code] = label(code)
        return words[code]
    return remembered


def _write_line(sheets: Sheets, sheet, row: int, values: Sequence[object],
                widths: list[int]) -> None:
    """One row behind a figure (row_cells: texts, dates and counts), each cell written
    by its type's method and the column widths widened: Sheets.write's checks for
    values these rows never hold, and XlsxWriter's conversion of a date through a
    datetime, were a third of the writing time."""
    for column, value in enumerate(values):
        if value is None or value == "":
            continue
        if isinstance(value, str):
            sheet.write_string(row, column, value)
            width = len(value)
        elif isinstance(value, dt.date):
            sheet.write_number(row, column, (value - _EXCEL_EPOCH).days, sheets.date)
            width = 10
        else:
            sheet.write_number(row, column, value)
            width = len(str(value))
        if width > widths[column]:
            widths[column] = width


def write_xlsx(target: Path | str, report: HalfYearReport,
               rows: Mapping[Figure, Sequence[PersonLine | ActivityLine]],
               context: PrintContext, label: Label,
               progress: Callable[[int, int], None] | None = None,
               plans: PlansAgainstHeld | None = None) -> int:
    """Write the workbook; returns the number of sheets."""
    with replacing(target) as partial:
        sheets = Sheets(Path(partial))
        try:
            _write(sheets, report, rows, context, label, progress, plans)
        finally:
            sheets.close()
    return len(report.figures) + (3 if plans is not None else 2)


def _write_plans(sheets: Sheets, plans: PlansAgainstHeld, heading: list[str],
                 label: Label) -> None:
    """The sheet of planned against held: the heading, a table by facility, one by
    programme (each ending with its total), then what they count."""
    sheet = sheets.add(translated("Planned against held"))
    for line, text in enumerate([translated("Planned against held"), *heading[1:]]):
        sheets.headings(sheet, line, [text])
    line, cells = len(heading) + 1, []
    for title, headings, rows in plan_tables(plans, label):
        sheets.headings(sheet, line, [title])
        sheets.headings(sheet, line + 1, headings)
        for number, values in enumerate(rows, start=line + 2):
            sheets.write(sheet, number, values)
        cells += [headings, *rows]
        line += len(rows) + 3
    sheets.write(sheet, line, [translated(PLANS_NOTE)])  # one long line, not widened for
    sheets.widths(sheet, _widths(cells))


def _write(sheets: Sheets, report, rows, context, label, progress, plans) -> None:
    figures = sheets.add(translated("Figures"))
    heading = [translated("Half-year statistics"), context.centre_name,
               period_text(report.scope), narrowing_text(report.scope)]
    table = [[figure_title(f, label), f.value] for f in report.figures]
    for line, text in enumerate(heading):
        sheets.headings(figures, line, [text])
    sheets.headings(figures, len(heading) + 1, [translated("Figure"), translated("Value")])
    for line, values in enumerate(table, start=len(heading) + 2):
        sheets.write(figures, line, values)
    sheets.widths(figures, _widths([[translated("Figure"), translated("Value")], *table]))
    if plans is not None:
        _write_plans(sheets, plans, heading, label)
    total = sum(len(lines) for lines in rows.values())
    written = 0
    label = _remembered(label)
    for number, figure in enumerate(report.figures, start=1):
        sheet = sheets.add(f"{number} {figure_title(figure, label)}")
        sheet.freeze_panes(1, 0)
        headings = row_headings(figure)
        sheets.headings(sheet, 0, headings)
        widths = [text_width(h) for h in headings]
        for line_number, line in enumerate(rows.get(figure, ()), start=1):
            _write_line(sheets, sheet, line_number, row_cells(line, label), widths)
            written += 1
            if progress is not None and written % _PROGRESS_ROWS == 0:
                progress(written, total)
        sheets.widths(sheet, widths)
    # What each figure counts, on a sheet of its own: never a column someone might sum.
    counts = sheets.add(translated("What the figures count"))
    sheets.headings(counts, 0, [translated("Figure"), translated("What the figures count")])
    for line, (title, text) in enumerate(notes(), start=1):
        sheets.write(counts, line, [title, text])
    sheets.widths(counts, [max(text_width(t) for t, _ in notes()), 100])
    if progress is not None:
        progress(total, total)
