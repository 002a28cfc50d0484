"""The half-year statistics as a spreadsheet: a "Figures" sheet saying for each figure
which rows stand behind it, with ``plans`` a "Planned against held" sheet (by facility,
by programme), the sheets of those rows, and last what each figure counts.

    write_xlsx(path, report, rows, context, labels.label, plans=plans)   # whole or nothing

``rows`` is ``statistics_all_rows.workbook_rows``. The period's activities are one
sheet, with a Programme and a Facility column: the rows behind a programme's activities
are those of its programme, the meetings in facilities those with a facility. The
people involved are one sheet, with a column per programme of the activities attended
in it: the people behind a programme's figure are those with a number there. Every
other figure has a sheet of its own. Each sheet of rows can be filtered by its heading.

Listing a programme's rows again on a sheet of its own wrote 1.05 million cells for a
half-year of a 100,000-person region, 0.5 million this way; each cell costs XlsxWriter
about 5 µs (a text cell) or 3 µs (a number), and that was most of the time.
``progress(rows written, rows in all)`` is called every few thousand rows and may raise
to cancel; nothing is written then.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from centre_desk.domain.enums import Programme
from centre_desk.reports.language import region_text
from centre_desk.reports.list_xlsx import Sheets, text_width
from centre_desk.reports.statistics_plan_words import PLANS_NOTE, plan_tables
from centre_desk.reports.statistics_words import (
    Label, figure_title, narrowing_text, notes, period_text, row_cells, row_headings,
    translated)
from centre_desk.services.participant_report import PrintContext
from centre_desk.services.statistics import Figure, FigureKey, HalfYearReport
from centre_desk.services.statistics_all_rows import WorkbookRows
from centre_desk.services.statistics_plans import PlansAgainstHeld
from centre_desk.store.atomic import replacing

_PROGRESS_ROWS = 2000  # rows between progress calls: a cancel is heard quickly
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_WHERE = QT_TRANSLATE_NOOP("Statistics", "Rows behind it")
_ON_SHEET = QT_TRANSLATE_NOOP("Statistics", "Sheet “%1”")
_WHERE_IS = QT_TRANSLATE_NOOP("Statistics", "Sheet “%1”, rows whose “%2” is %3")
_WHERE_FILLED = QT_TRANSLATE_NOOP("Statistics", "Sheet “%1”, rows where “%2” is filled in")
_F = FigureKey
_ACTIVITIES, _PEOPLE = _F.ACTIVITIES_HELD, _F.PEOPLE_INVOLVED  # the shared sheets' keys


def _widths(table: Sequence[Sequence[object]]) -> list[int]:
    return [max(text_width(value) for value in column)
            for column in itertools.zip_longest(*table)]


def _remembered(label: Label) -> Label:
    """``label`` asked once per code for this workbook (each ask goes through Qt's
    translator: a sixth of the writing time for 200,000 rows)."""
    words: dict[object, str] = {}

    def remembered(code):
        if code not in words:
            words[code] = label(code)
        return words[code]
    return remembered


class _Progress:
    """Rows written so far, told to ``progress`` every _PROGRESS_ROWS rows."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int) -> None:
        self.progress, self.total, self.written = progress, total, 0

    def rows(self, count: int) -> None:
        before, self.written = self.written, self.written + count
        if self.progress is not None and before // _PROGRESS_ROWS != self.written // _PROGRESS_ROWS:
            self.progress(self.written, self.total)

    def finished(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _day(value: dt.date) -> int:
    """A date as the number a date-formatted cell holds (XlsxWriter's conversion of a
    date through a datetime was a sixth of the writing time)."""
    return (value - _EXCEL_EPOCH).days


def write_xlsx(target: Path | str, report: HalfYearReport, rows: WorkbookRows,
               context: PrintContext, label: Label,
               progress: Callable[[int, int], None] | None = None,
               plans: PlansAgainstHeld | None = None) -> int:
    """Write the workbook; returns the number of sheets."""
    with replacing(target) as partial:
        sheets = Sheets(Path(partial))
        try:
            _write(sheets, report, rows, context, _remembered(label),
                   _Progress(progress, rows.count()), plans)
        finally:
            sheets.close()
        return len(sheets.workbook.worksheets())


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


def _home(figure: Figure) -> Figure | FigureKey:
    """The key of the sheet listing the rows behind ``figure``."""
    if figure.key in (_F.ACTIVITIES_HELD, _F.FACILITY_MEETINGS):
        return _ACTIVITIES
    return _PEOPLE if figure.key is _F.PEOPLE_INVOLVED else figure


def _activity_headings() -> list[str]:
    headings = row_headings(Figure(_F.ACTIVITIES_HELD, 0))
    return [*headings[:4], translated("Facility"), *headings[4:]]


def _people_headings(label: Label) -> list[str]:
    headings = row_headings(Figure(_F.PEOPLE_INVOLVED, 0))
    return [*headings, *(f"{headings[-1]}: {label(p)}" for p in Programme)]


def _where(figure: Figure, sheet_name: str, label: Label) -> str:
    """Which rows of ``sheet_name`` stand behind ``figure``, in words."""
    if figure.key is _F.ACTIVITIES_HELD and figure.programme is not None:
        return (translated(_WHERE_IS).replace("%1", sheet_name)
                .replace("%2", _activity_headings()[1]).replace("%3", label(figure.programme)))
    if figure.key is _F.FACILITY_MEETINGS:
        column = _activity_headings()[4]
    elif figure.key is _F.PEOPLE_INVOLVED and figure.programme is not None:
        column = _people_headings(label)[5 + list(Programme).index(figure.programme)]
    else:
        return translated(_ON_SHEET).replace("%1", sheet_name)
    return translated(_WHERE_FILLED).replace("%1", sheet_name).replace("%2", column)


def _write(sheets: Sheets, report, rows: WorkbookRows, context, label, progress,
           plans) -> None:
    figures = sheets.add(translated("Figures"))
    heading = [translated("Half-year statistics"), context.centre_name,
               period_text(report.scope), narrowing_text(report.scope)]
    if plans is not None:
        _write_plans(sheets, plans, heading, label)
    homes: dict[Figure | FigureKey, object] = {}
    for figure in report.figures:
        home = _home(figure)
        if home not in homes:
            title = figure_title(home if isinstance(home, Figure) else Figure(home, 0), label)
            homes[home] = sheets.add(f"{len(homes) + 1} {title}")
    for home, sheet in homes.items():
        sheet.freeze_panes(1, 0)
        if home is _ACTIVITIES:
            _write_activities(sheets, sheet, rows.activities, label, progress)
        elif home is _PEOPLE:
            _write_people(sheets, sheet, rows.people, label, progress)
        else:
            _write_lines(sheets, sheet, home, rows.lines.get(home, ()), label, progress)
    # The figures sheet comes first but is written last, once the sheets it names exist.
    _write_figures(sheets, figures, heading, report, label,
                   [_where(f, homes[_home(f)].name, label) for f in report.figures])
    # What each figure counts, on a sheet of its own: never a column someone might sum.
    counts = sheets.add(translated("What the figures count"))
    sheets.headings(counts, 0, [translated("Figure"), translated("What the figures count")])
    for line, (title, text) in enumerate(notes(), start=1):
        sheets.write(counts, line, [title, text])
    sheets.widths(counts, [max(text_width(t) for t, _ in notes()), 100])
    progress.finished()


def _write_figures(sheets: Sheets, sheet, heading: list[str], report, label,
                   where: list[str]) -> None:
    """The heading, then each figure's title, value and the rows behind it."""
    headings = [translated("Figure"), translated("Value"), translated(_WHERE)]
    table = [[figure_title(f, label), f.value, place]
             for f, place in zip(report.figures, where, strict=True)]
    for line, text in enumerate(heading):
        sheets.headings(sheet, line, [text])
    sheets.headings(sheet, len(heading) + 1, headings)
    for line, values in enumerate(table, start=len(heading) + 2):
        sheets.write(sheet, line, values)
    sheets.widths(sheet, _widths([headings, *table]))


def _finish(sheets: Sheets, sheet, headings: list[str], rows: int, widths: list[int]) -> None:
    """Column widths, and a filter on the headings of ``rows`` rows."""
    sheets.widths(sheet, [max(text_width(h), w) for h, w in zip(headings, widths, strict=True)])
    sheet.autofilter(0, 0, max(rows, 1), len(headings) - 1)


def _longest(texts) -> int:
    return max((len(text) for text in texts if text), default=0)


def _write_activities(sheets: Sheets, sheet, rows, label, progress: _Progress) -> None:
    """The period's activities (statistics_all_rows.ActivityRow), a cell at a time by
    its type's method: Sheets.write's checks for values these rows never hold were a
    third of the writing time."""
    headings = _activity_headings()
    sheets.headings(sheet, 0, headings)
    write_string, write_number, date = sheet.write_string, sheet.write_number, sheets.date
    for line, (held_on, programme, kind, title, facility, place, present) in enumerate(
            rows, start=1):
        write_number(line, 0, _day(held_on), date)
        write_string(line, 1, label(programme))
        write_string(line, 2, label(kind))
        if title:
            write_string(line, 3, title)
        if facility:
            write_string(line, 4, facility)
        if place:
            write_string(line, 5, place)
        write_number(line, 6, present)
        if line % _PROGRESS_ROWS == 0:
            progress.rows(_PROGRESS_ROWS)
    progress.rows(len(rows) % _PROGRESS_ROWS)
    columns = list(zip(*rows)) or [()] * 7
    _finish(sheets, sheet, headings, len(rows), [
        10, _longest(map(label, set(columns[1]))), _longest(map(label, set(columns[2]))),
        _longest(columns[3]), _longest(set(columns[4])), _longest(set(columns[5])),
        _longest(str(n) for n in set(columns[6]))])


def _write_people(sheets: Sheets, sheet, rows, label, progress: _Progress) -> None:
    """The people involved (statistics_all_rows.PersonRow), with the activities each
    attended of each programme."""
    headings = _people_headings(label)
    sheets.headings(sheet, 0, headings)
    write_string, write_number, date = sheet.write_string, sheet.write_number, sheets.date
    regions: dict[str | None, str] = {}
    for line, (name, born, region, on, activities, of) in enumerate(rows, start=1):
        write_string(line, 0, name)
        if born is not None:
            write_number(line, 1, _day(born), date)
        if region not in regions:
            regions[region] = region_text(region)
        if regions[region]:
            write_string(line, 2, regions[region])
        write_number(line, 3, _day(on), date)
        write_number(line, 4, activities)
        for column, count in enumerate(of, start=5):
            if count is not None:
                write_number(line, column, count)
        if line % _PROGRESS_ROWS == 0:
            progress.rows(_PROGRESS_ROWS)
    progress.rows(len(rows) % _PROGRESS_ROWS)
    _finish(sheets, sheet, headings, len(rows), [
        _longest(row[0] for row in rows), 10, _longest(regions.values()), 10,
        *([5] * (1 + len(Programme)))])


def _write_lines(sheets: Sheets, sheet, figure: Figure, lines, label,
                 progress: _Progress) -> None:
    """The lines behind a figure listed on its own sheet (row_cells: texts, dates and
    counts), each cell written by its type's method."""
    headings = row_headings(figure)
    sheets.headings(sheet, 0, headings)
    widths = [0] * len(headings)
    for row, line in enumerate(lines, start=1):
        for column, value in enumerate(row_cells(line, label)):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(row, column, value)
                width = len(value)
            elif isinstance(value, dt.date):
                sheet.write_number(row, column, _day(value), sheets.date)
                width = 10
            else:
                sheet.write_number(row, column, value)
                width = len(str(value))
            widths[column] = max(widths[column], width)
        progress.rows(1)
    _finish(sheets, sheet, headings, len(lines), widths)
