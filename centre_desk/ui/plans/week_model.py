"""The week as a table: a column per day, a block of rows per facility, one occurrence
per cell, its status in words and in colour (never colour alone); an activity held
without a plan is a held cell that says so, without a time (an activity records none)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from centre_desk.domain.plans import OccurrenceStatus
from centre_desk.services.plans import Occurrence
from centre_desk.ui.toolkit import labels

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's Occurrence (None for an empty cell)."""

STATUS_COLOURS = {
    OccurrenceStatus.PLANNED: "#e3f0fb",
    OccurrenceStatus.HELD: "#dcefdc",
    OccurrenceStatus.MISSED: "#fbe3e3",
    OccurrenceStatus.CANCELLED: "#ececec",
}
"""Each status's background; the cell says the status in words too."""


def status_text(occurrence: Occurrence) -> str:
    """The status as the week shows and prints it."""
    words = {
        OccurrenceStatus.PLANNED: translate("WeekView", "Planned"),
        OccurrenceStatus.HELD: translate("WeekView", "Held ✓"),
        OccurrenceStatus.MISSED: translate("WeekView", "Missed ✗"),
        OccurrenceStatus.CANCELLED: translate("WeekView", "Cancelled"),
    }[occurrence.status]
    if occurrence.unplanned:
        words += translate("WeekView", " (no plan)")
    if occurrence.moved:
        words += translate("WeekView", " (moved from %1)").replace(
            "%1", labels.date_text(occurrence.occurs_on))
    return words


def time_text(minute: int, duration: int) -> str:
    """"10:00–11:30"."""
    end = (minute + duration) % (24 * 60)
    return f"{minute // 60:02d}:{minute % 60:02d}–{end // 60:02d}:{end % 60:02d}"


def what_text(occurrence: Occurrence) -> str:
    """The session's title, else its kind."""
    return occurrence.title or labels.label(occurrence.kind)


_LONGEST_LEADER = 60
"""Characters of the leader's line shown (an activity's facilitators may be a paragraph)."""


def cell_text(occurrence: Occurrence) -> str:
    """Time (when planned), what, who leads it and its status, a line each."""
    lines = [] if occurrence.start_minute is None else [
        time_text(occurrence.start_minute, occurrence.duration_minutes or 0)]
    lines.append(what_text(occurrence))
    if occurrence.leader_name:
        leader = " ".join(occurrence.leader_name.split())
        lines.append(leader if len(leader) <= _LONGEST_LEADER
                     else leader[:_LONGEST_LEADER - 1] + "…")
    lines.append(status_text(occurrence))
    return "\n".join(lines)


def day_heading(day: dt.date) -> str:
    """"Tue 19.11"."""
    names = (translate("WeekView", "Mon"), translate("WeekView", "Tue"),
             translate("WeekView", "Wed"), translate("WeekView", "Thu"),
             translate("WeekView", "Fri"), translate("WeekView", "Sat"),
             translate("WeekView", "Sun"))
    return f"{names[day.weekday()]} {day:%d.%m}"


def facility_text(facility: str | None) -> str:
    return facility or translate("WeekView", "No facility")


_ROLES = frozenset({OCCURRENCE_ROLE, Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole})
"""The roles a cell answers; the view asks for a dozen others, for each cell, many
times while it sizes the rows of a region's week (thousands of cells)."""
_BRUSHES: dict[str, QBrush] = {}
CELL_LINES = 4
"""A cell's lines at most: time, what, who leads it, status (cell_text); every row is
this high, so the view needs no text laid out to size a region's hundreds of rows."""


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


class WeekModel(QAbstractTableModel):
    """Columns: the seven days from ``monday``; rows: each facility's occurrences, as
    many rows as its busiest day holds. ``OCCURRENCE_ROLE`` gives a cell's occurrence."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self._rows: list[tuple[str | None, bool, list[Occurrence | None]]] = []
        """(facility, whether the row is its first, the cells)"""
        self._texts: list[list[str | None]] = []
        """Each cell's text once made (the view asks for it many times)."""
        self._language = ""
        """A word in the language the texts were made in (they are made again in another)."""

    def set_week(self, monday: dt.date, occurrences: Sequence[Occurrence]) -> None:
        """Show ``occurrences`` (of the week from ``monday``)."""
        self.beginResetModel()
        self.monday = monday
        by_facility: dict[str | None, list[list[Occurrence]]] = {}
        for occurrence in occurrences:
            days = by_facility.setdefault(occurrence.facility, [[] for _ in range(7)])
            days[(occurrence.day - monday).days].append(occurrence)
        self._rows = []
        for facility in sorted(by_facility, key=lambda f: (f is None, (f or "").casefold())):
            days = by_facility[facility]
            for slot in range(max(len(day) for day in days)):
                self._rows.append((facility, slot == 0,
                                   [day[slot] if slot < len(day) else None for day in days]))
        self._texts = [[None] * 7 for _row in self._rows]
        self.endResetModel()

    def _text(self, row: int, column: int, occurrence: Occurrence) -> str:
        language = translate("WeekView", "Planned")
        if language != self._language:
            self._language = language
            self._texts = [[None] * 7 for _row in self._rows]
        text = self._texts[row][column]
        if text is None:
            text = self._texts[row][column] = cell_text(occurrence)
        return text

    def occurrence(self, index: QModelIndex) -> Occurrence | None:
        """The occurrence in a cell, or None."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()][2][index.column()]

    def occurrences(self) -> list[Occurrence]:
        """Every occurrence shown, row by row."""
        return [o for _facility, _first, cells in self._rows for o in cells if o is not None]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Override of QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Override of QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else 7

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        """Override of QAbstractTableModel.data."""
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()  # an invalid index has -1, -1
        if not (0 <= row < len(self._rows) and 0 <= column < 7):
            return None
        occurrence = self._rows[row][2][column]
        if role == OCCURRENCE_ROLE or occurrence is None:
            return occurrence
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, occurrence)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _brush(STATUS_COLOURS[occurrence.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return _brush("#000000")
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [cell_text(occurrence), facility_text(occurrence.facility)]
            if len(occurrence.leader_name or "") > _LONGEST_LEADER:
                parts.append(occurrence.leader_name)
            if occurrence.place:
                parts.append(occurrence.place)
            if occurrence.reason:
                parts.append(occurrence.reason)
            return "\n".join(parts)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        """Override of QAbstractTableModel.headerData: days across, facilities down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < 7:
                return day_heading(self.monday + dt.timedelta(days=section))
            return None
        if 0 <= section < len(self._rows):
            facility, first, _cells = self._rows[section]
            return facility_text(facility) if first else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override of QAbstractTableModel.flags: every cell selectable, none editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
