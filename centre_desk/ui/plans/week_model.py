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


class WeekModel(QAbstractTableModel):
    """Columns: the seven days from ``monday``; rows: each facility's occurrences, as
    many rows as its busiest day holds. ``OCCURRENCE_ROLE`` gives a cell's occurrence."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self._rows: list[tuple[str | None, bool, list[Occurrence | None]]] = []
        """(facility, whether the row is its first, the cells)"""

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
        self.endResetModel()

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
        occurrence = self.occurrence(QModelIndex(index)) if index.isValid() else None
        if role == OCCURRENCE_ROLE:
            return occurrence
        if occurrence is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(occurrence)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[occurrence.status]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
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
