"""A table model over one service list that fetches pages from SQL as the view scrolls.

Like Anki's browser table, the model holds only what has been fetched: the first
page on (re)load, then one more page each time the view reaches the end and Qt
calls :meth:`PagedTableModel.fetchMore`. Sorting and searching re-query the
service; nothing is sorted or filtered here.
"""

from __future__ import annotations

import dataclasses
import enum
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor

from centre_desk.services.listing import PAGE_SIZE, Cursor, ListQuery, Page
from centre_desk.services.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's own id: the case, membership, child, course or placement."""
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The person the row is about, or None (a course)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
"""The whole frozen row the service returned."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
"""True when the row's follow-up date has passed."""

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter

# Dark red on pale red: readable on light and dark palettes alike.
OVERDUE_TEXT = QColor("#8f1d1d")
OVERDUE_BACKGROUND = QColor("#fbe3e1")

AnyIndex = QModelIndex | QPersistentModelIndex


def read_only_row_flags(index: AnyIndex) -> Qt.ItemFlag:
    """The flags of a flat list's cell: the row can be selected, never edited in place."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
        Qt.ItemFlag.ItemNeverHasChildren


@dataclasses.dataclass(frozen=True)
class Column:
    """One column of a list: its translated header, its cell text and how it sorts.

    ``header`` must call ``QCoreApplication.translate`` with literal strings, so
    pyside6-lupdate finds them and a language switch shows at the next call.
    ``sort`` is the service's sort key for the column, None if it cannot sort;
    ``sort_reversed`` flips it (age ascending is birth date descending).
    ``width`` is a starting width in average characters.
    """

    header: Callable[[], str]
    value: Callable[[Any], str]
    sort: enum.StrEnum | None = None
    sort_reversed: bool = False
    alignment: Qt.AlignmentFlag = LEFT
    width: int = 16


@dataclasses.dataclass(frozen=True)
class ListSpec:
    """Which service list a model shows and how its rows become cells.

    ``page`` and ``count`` are service functions taking a session first, called
    as ``page(session, ListQuery, after, limit)`` and ``count(session, text)``.
    """

    columns: tuple[Column, ...]
    page: Callable[..., Page[Any]]
    count: Callable[..., int]
    row_id: Callable[[Any], uuid.UUID]
    person_id: Callable[[Any], uuid.UUID | None] = lambda row: None
    overdue: Callable[[Any], bool] = lambda row: False
    default_column: int = 0


class PagedTableModel(QAbstractTableModel):
    """Rows of one service list, fetched a page at a time."""

    counts_changed = Signal()
    """The matching or total count changed (after a reload or a new search)."""

    def __init__(self, workspace: Workspace, spec: ListSpec, page_size: int = PAGE_SIZE,
                 parent=None, lazy: bool = False) -> None:
        """``lazy`` leaves the first query to ``ensure_loaded``: a tab nobody opens
        costs nothing at start-up."""
        super().__init__(parent)
        self._workspace = workspace
        self._spec = spec
        self._page_size = page_size
        self._rows: list[Any] = []
        self._next: Cursor | None = None
        self._text = ""
        self._sort_column = spec.default_column
        self._order = Qt.SortOrder.AscendingOrder
        self._matching = 0
        self._at_least = False
        self._total = 0
        self._filter: Any = None
        self._loaded = False
        if not lazy:
            self.reload()

    # --- own API -----------------------------------------------------------------------

    @property
    def spec(self) -> ListSpec:
        return self._spec

    def ensure_loaded(self) -> None:
        """Run the first query if it has not run yet."""
        if not self._loaded:
            self.reload()

    def is_loaded(self) -> bool:
        """Whether the list was queried (a lazy one is not until first shown)."""
        return self._loaded

    def reload(self) -> None:
        """Count and fetch the first page again, keeping the search and the sort."""
        self._loaded = True
        self._total = self._workspace.run(self._spec.count, "")
        self._requery()

    def set_search(self, text: str) -> None:
        """Show only the rows the text finds (all rows for blank text)."""
        if text == self._text:
            return
        self._text = text
        self._requery()

    def set_filter(self, filter_: Any) -> None:
        """Show only the rows the list's filter object admits (None: no filter)."""
        if filter_ == self._filter:
            return
        self._filter = filter_
        if self._loaded:
            self._requery()

    def _requery(self) -> None:
        """Fetch the first page of what the search and the filter find again, count
        it (unless the page did, or saw at least how many) and say the counts."""
        page = self._refetch()
        self._matching = page.found if page.found is not None else self._count_matching()
        self._at_least = page.at_least
        self.counts_changed.emit()

    def list_filter(self) -> Any:
        """The filter object in force, or None."""
        return self._filter

    def _count_matching(self) -> int:
        if not self._text.strip() and self._filter is None:
            return self._total
        return self._workspace.run(self._spec.count, self._text, self._filter)

    def search_text(self) -> str:
        return self._text

    def matching_count(self) -> int:
        """How many rows the current search finds, fetched or not; only a floor while
        ``matching_at_least`` (a search walked in order stops counting after a page)."""
        return self._matching

    def matching_at_least(self) -> bool:
        """Whether ``matching_count`` is a floor: the search finds at least that many."""
        return self._at_least

    def exact_matching_count(self) -> int:
        """How many rows the current search finds, counted in full if the first page
        only said "at least" (for printing or exporting them all)."""
        if self._at_least:
            self._matching, self._at_least = self._count_matching(), False
            self.counts_changed.emit()
        return self._matching

    def total_count(self) -> int:
        """How many rows the list holds without a search."""
        return self._total

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def row_at(self, row: int) -> Any:
        """The frozen service row shown at a row number."""
        return self._rows[row]

    def retranslate(self) -> None:
        """Tell views that header and cell texts changed with the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def _query(self) -> ListQuery:
        column = self._spec.columns[self._sort_column]
        descending = self._order == Qt.SortOrder.DescendingOrder
        return ListQuery(text=self._text, sort=column.sort,
                         descending=descending != column.sort_reversed, filter=self._filter)

    def _refetch(self) -> Page[Any]:
        """Fetch the first page again (it may tell how many rows the search finds)."""
        page = self._workspace.run(self._spec.page, self._query(), None, self._page_size)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next = page.next
        self.endResetModel()
        return page

    # --- QAbstractTableModel overrides ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Override: the rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Override."""
        return 0 if parent.isValid() else len(self._spec.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: cell text, alignment, overdue colours and the custom roles."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._spec.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == ID_ROLE:
            return self._spec.row_id(row)
        if role == PERSON_ID_ROLE:
            return self._spec.person_id(row)
        if role == ROW_ROLE:
            return row
        overdue = self._spec.overdue(row)
        if role == OVERDUE_ROLE:
            return overdue
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if overdue and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("PagedTableModel",
                                              "The follow-up date has passed.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: column titles, translated on every call."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        column = self._spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override: rows can be selected, never edited in place."""
        return read_only_row_flags(index)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Override: another page follows the rows fetched so far."""
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        """Override: append the next page."""
        if parent.isValid() or self._next is None:
            return
        page = self._workspace.run(self._spec.page, self._query(), self._next,
                                   self._page_size)
        self._next = page.next
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override: re-query in the new order; columns without a sort key are ignored."""
        if not 0 <= column < self.columnCount() or self._spec.columns[column].sort is None:
            return
        if (column, order) == (self._sort_column, self._order):
            return
        self._sort_column, self._order = column, order
        if self._loaded:  # else the first query (ensure_loaded) takes the order
            self._refetch()
