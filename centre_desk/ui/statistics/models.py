"""Table models of the statistics window: the figures, and the people or activities
behind one figure, fetched a page at a time as the list is scrolled."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from centre_desk.reports.statistics_words import (
    definition, figure_title, row_cells, row_headings, translated)
from centre_desk.services.statistics import Figure
from centre_desk.services.statistics_rows import ActivityLine, PersonLine
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel

AnyIndex = QModelIndex | QPersistentModelIndex
Line = PersonLine | ActivityLine

COL_FIGURE, COL_VALUE = range(2)


def _value_text(figure: Figure) -> str:
    return labels.number_text(figure.value)


FIGURE_COLUMNS = (FileColumn(lambda: translated("Figure"), lambda f: figure_title(f, labels.label)),
                  FileColumn(lambda: translated("Value"), _value_text))


class FiguresModel(RowsModel):
    """The report's figures, one per line; a programme's or a kind's lines indented
    under the figure they split. ``ROW_ROLE`` gives the Figure."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(FIGURE_COLUMNS, parent=parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: values aligned right, split lines indented, what a figure counts as
        its tooltip."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        figure: Figure = self.row_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return definition(figure)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_FIGURE and \
                (figure.programme or figure.placement_kind):
            return f"    {text}"
        return text


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "year"):
        return labels.date_text(value)
    return str(value)


class RowsBehindModel(RowsModel):
    """The people or activities a figure counts, ``page_size`` at a time. Qt's fetchMore
    only *asks* for the next page through ``request(offset)``, which reads it off the
    UI thread and hands it to :meth:`add_rows`; until then no more is asked for."""

    def __init__(self, figure: Figure, request: Callable[[int], None], page_size: int,
                 parent: QObject | None = None) -> None:
        count = len(row_headings(figure))
        columns = [FileColumn(lambda n=n: row_headings(figure)[n],
                              lambda line, n=n: _cell_text(row_cells(line, labels.label)[n]))
                   for n in range(count)]
        super().__init__(columns, row_id=self._id_of, person_id=self._person_of, parent=parent)
        self.figure = figure
        self.page_size = page_size
        self._request = request
        self._more = figure.value > 0
        self.loading = False

    @staticmethod
    def _id_of(line: Line) -> Any:
        return line.activity_id if isinstance(line, ActivityLine) else line.person_id

    @staticmethod
    def _person_of(line: Line) -> Any:
        return line.person_id if isinstance(line, PersonLine) else None

    def add_rows(self, lines: Sequence[Line]) -> None:
        """Append the page that was asked for."""
        self.loading = False
        if lines:
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
            self._rows = (*self._rows, *lines)
            self.endInsertRows()
        self._more = len(lines) == self.page_size and self.rowCount() < self.figure.value

    def reading_failed(self) -> None:
        """The page asked for could not be read: ask no more."""
        self.loading = self._more = False

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        """Override: while the figure has rows not read yet and none are being read."""
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        """Override: ask for the next page."""
        if self.canFetchMore(parent):
            self.loading = True
            self._request(self.rowCount())
