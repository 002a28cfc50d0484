"""One read-only table model for every short list a window loads whole: a file's stage
history and timeline, a placement's follow-ups, the partner directory, an event's
registrations. Each holds a few dozen frozen service views; the long lists page through
:mod:`centre_desk.ui.toolkit.paged_model` instead."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from centre_desk.ui.toolkit.paged_model import (
    ID_ROLE, OVERDUE_BACKGROUND, OVERDUE_TEXT, PERSON_ID_ROLE, ROW_ROLE, read_only_row_flags)

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(frozen=True)
class FileColumn:
    """One column: its translated header and its cell text. ``header`` must call
    ``QCoreApplication.translate`` with literal strings, so lupdate finds them."""

    header: Callable[[], str]
    value: Callable[[Any], str]


def text(value: str | None) -> str:
    """An optional string as cell words: '' for None."""
    return value or ""


def column(header: Callable[[], str], attribute: str,
           show: Callable[[Any], str] = text) -> FileColumn:
    """A :class:`FileColumn` showing one attribute of each row through ``show``: its
    words as they are by default, ``labels.date_text`` for a date, ``labels.label`` for
    a code."""
    return FileColumn(header, lambda row: show(getattr(row, attribute)))


class RowsModel(QAbstractTableModel):
    """Frozen rows from a service, one per line, in the order given.

    ``row_id`` and ``person_id`` answer ``ID_ROLE`` and ``PERSON_ID_ROLE``; the row
    itself is ``ROW_ROLE``. Rows for which ``highlight`` is true show in the overdue
    colours. A multi-line cell shows on one line; its tooltip has the whole text.
    """

    def __init__(self, columns: Iterable[FileColumn],
                 row_id: Callable[[Any], Any] = lambda row: None,
                 person_id: Callable[[Any], Any] = lambda row: None,
                 parent: QObject | None = None,
                 highlight: Callable[[Any], bool] = lambda row: False) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._row_id = row_id
        self._person_id = person_id
        self._highlight = highlight
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def retranslate(self) -> None:
        """Tell views that header and cell words changed with the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    # --- QAbstractTableModel overrides ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Override."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Override."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: cell words (the whole text as a tooltip), colours, the custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].value(row).replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[index.column()].value(row) or None
        if role == ID_ROLE:
            return self._row_id(row)
        if role == PERSON_ID_ROLE:
            return self._person_id(row)
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) \
                and self._highlight(row):
            return QBrush(OVERDUE_TEXT if role == Qt.ItemDataRole.ForegroundRole
                          else OVERDUE_BACKGROUND)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: column titles, translated on every call."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].header()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override: rows can be selected, never edited in place."""
        return read_only_row_flags(index)


def read_only_table(name: str, parent: QWidget,
                    model: QAbstractItemModel | None = None) -> QTableView:
    """A table of whole rows that are read, not edited: no row numbers, no wrapping,
    and Tab leaves it (arrows move in it). Callers add their sizing and selection."""
    view = QTableView(parent)
    view.setObjectName(name)
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view


def list_table(name: str, parent: QWidget, model: QAbstractItemModel | None = None,
               stretch_last: bool = True) -> QTableView:
    """A :func:`read_only_table` whose rows are chosen one at a time: shaded in turn,
    no grid, columns the user can widen. The last column takes the width left, unless
    ``stretch_last`` is False."""
    view = read_only_table(name, parent, model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def file_table(model: RowsModel, name: str, parent: QWidget,
               widest: int = 28) -> QTableView:
    """A compact :func:`list_table`; Tab leaves it, arrows move in it. Columns but the
    last are as wide as their words up to ``widest`` average characters; the last one
    takes the rest, and every cell shows whole as a tooltip."""
    view = list_table(name, parent, model)
    model.modelReset.connect(lambda: _fit(view, widest))
    return view


def _fit(view: QTableView, widest: int) -> None:
    header = view.horizontalHeader()
    cap = widest * view.fontMetrics().averageCharWidth()
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column), cap))
