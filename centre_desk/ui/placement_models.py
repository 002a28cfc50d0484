"""Small read-only table models for the placement windows: status history, follow-ups
and the partner directory. Each holds a tuple of frozen service views."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush

from centre_desk.ui import labels
from centre_desk.ui.paged_model import OVERDUE_BACKGROUND, OVERDUE_TEXT

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's whole frozen view."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's id."""

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(frozen=True)
class ViewColumn:
    """A column: its header (translated when asked) and the cell text of a view."""

    header: Callable[[], str]
    text: Callable[[Any], str]


class ViewTableModel(QAbstractTableModel):
    """Rows of frozen views shown through columns; ``highlight`` marks rows to show
    in the overdue colours."""

    def __init__(self, columns: Sequence[ViewColumn], parent: QObject | None = None,
                 highlight: Callable[[Any], bool] = lambda view: False) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._highlight = highlight
        self._views: tuple[Any, ...] = ()

    def set_views(self, views: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._views = tuple(views)
        self.endResetModel()

    def view_at(self, row: int) -> Any:
        return self._views[row]

    def views(self) -> tuple[Any, ...]:
        return self._views

    def retranslate(self) -> None:
        """Headers and cell words changed with the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._views:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._views) - 1, len(self._columns) - 1))

    # --- QAbstractTableModel overrides ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        """Override."""
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        """Override."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: cell text (the full text as a tooltip), the view, its id, colours."""
        if not index.isValid() or not 0 <= index.row() < len(self._views):
            return None
        view = self._views[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()].text(view)
            if role == Qt.ItemDataRole.DisplayRole:
                return text.replace("\n", " ")  # a multi-line note stays on its row
            return text or None
        if role == VIEW_ROLE:
            return view
        if role == ID_ROLE:
            return view.id
        if self._highlight(view):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: column titles in the current language."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override: selectable, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def history_model(parent: QObject | None = None) -> ViewTableModel:
    """A placement's status history: date, from, to, note, who."""
    return ViewTableModel((
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Date"),
                   lambda v: labels.date_text(v.changed_on)),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "From"),
                   lambda v: labels.label(v.from_status)),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "To"),
                   lambda v: labels.label(v.to_status)),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Note"),
                   lambda v: v.note or ""),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Changed by"),
                   lambda v: v.changed_by or ""),
    ), parent)


def follow_up_model(parent: QObject | None = None) -> ViewTableModel:
    """A placement's follow-ups: due date, state, date done, note; overdue ones marked."""
    return ViewTableModel((
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Due"),
                   lambda v: labels.date_text(v.due_on)),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "State"),
                   lambda v: labels.label(v.state)),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Done on"),
                   lambda v: labels.date_text(v.done_on)),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Note"),
                   lambda v: v.note or ""),
    ), parent, highlight=lambda view: view.overdue)


def organisation_model(parent: QObject | None = None) -> ViewTableModel:
    """The partner directory: name, kind, region, contact person, phone, address."""
    return ViewTableModel((
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Name"),
                   lambda v: v.name),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Kind"),
                   lambda v: labels.label(v.kind)),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Region"),
                   lambda v: v.region or ""),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Contact person"),
                   lambda v: v.contact_person or ""),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Phone"),
                   lambda v: v.phone or ""),
        ViewColumn(lambda: QCoreApplication.translate("PlacementModels", "Address"),
                   lambda v: v.address or ""),
    ), parent)
