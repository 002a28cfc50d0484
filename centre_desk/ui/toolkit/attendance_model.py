"""The attendance checklist's item models: one checkable row per expected person, and
a filter that keeps the rows whose name the typed text finds in any alphabet."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt,
    Signal)
from PySide6.QtGui import QBrush, QColor

from centre_desk.domain.names import query_key, search_key
from centre_desk.services.activities import NOT_EXPECTED, ExpectedPerson
from centre_desk.ui.toolkit.messages import own_text

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's person id."""
REFUSED_ROLE = Qt.ItemDataRole.UserRole + 2
"""True when the last save was refused for this row's person."""

REFUSED_BACKGROUND = QColor("#fbe3e1")


def reason_text(code: str | None) -> str:
    """Words for why a row cannot be ticked (or is ticked without being expected)."""
    return (own_text(code, "attendance.reason") or "") if code else ""


def name_matches(name_words: tuple[str, ...], typed: str) -> bool:
    """Every typed word starts some word of the name, in any alphabet or case."""
    wanted = query_key(typed).split()
    return all(any(word.startswith(part) for word in name_words) for part in wanted)


class AttendanceModel(QAbstractListModel):
    """The checklist's rows: one person each, checkable unless refused or read-only."""

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[ExpectedPerson] = []
        self._keys: list[tuple[str, ...]] = []
        self._present: set[uuid.UUID] = set()
        self._refused: set[uuid.UUID] = set()
        self.read_only = False

    def set_people(self, people: tuple[ExpectedPerson, ...]) -> None:
        """Replace every row; ticks follow what is stored."""
        self.beginResetModel()
        self._people = list(people)
        self._keys = [tuple(search_key(p.full_name).split()) for p in self._people]
        self._present = {p.person_id for p in self._people if p.present}
        self._refused = set()
        self.endResetModel()
        self.ticks_changed.emit()

    def add_guest(self, person: ExpectedPerson) -> int:
        """Add someone not on the list, ticked; returns their row (an existing row if
        they are listed already)."""
        for row, listed in enumerate(self._people):
            if listed.person_id == person.person_id:
                self.set_ticked(row, True)
                return row
        row = len(self._people)
        self.beginInsertRows(QModelIndex(), row, row)
        self._people.append(person)
        self._keys.append(tuple(search_key(person.full_name).split()))
        self._present.add(person.person_id)
        self.endInsertRows()
        self.ticks_changed.emit()
        return row

    def person_at(self, row: int) -> ExpectedPerson:
        return self._people[row]

    def row_of(self, person_id: uuid.UUID) -> int:
        return next(row for row, p in enumerate(self._people) if p.person_id == person_id)

    def name_words(self, row: int) -> tuple[str, ...]:
        return self._keys[row]

    def present_ids(self) -> set[uuid.UUID]:
        return set(self._present)

    def stored_ids(self) -> set[uuid.UUID]:
        return {p.person_id for p in self._people if p.present}

    def expected_count(self) -> int:
        """People the activity expects (guests and former members not counted); for an
        activity without a list, everyone shown."""
        return sum(1 for p in self._people if p.reason != NOT_EXPECTED)

    def may_toggle(self, row: int) -> bool:
        """Unticking is always allowed; ticking only for people who can attend."""
        person = self._people[row]
        return not self.read_only and (person.can_attend or person.person_id in self._present)

    def set_ticked(self, row: int, ticked: bool) -> bool:
        if not 0 <= row < len(self._people) or not self.may_toggle(row):
            return False
        person_id = self._people[row].person_id
        if (person_id in self._present) == ticked:
            return True
        (self._present.add if ticked else self._present.discard)(person_id)
        self._refused.discard(person_id)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.ticks_changed.emit()
        return True

    def toggle(self, row: int) -> bool:
        if not 0 <= row < len(self._people):
            return False
        return self.set_ticked(row, self._people[row].person_id not in self._present)

    def mark_refused(self, person_ids: frozenset[uuid.UUID]) -> None:
        self._refused = set(person_ids)
        if self._people:
            self.dataChanged.emit(self.index(0), self.index(len(self._people) - 1))

    # --- QAbstractListModel overrides ---------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
                 ) -> int:
        """Override."""
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: the name (with the reason it cannot be ticked), the tick, the id."""
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        reason = reason_text(person.reason)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{person.full_name} — {reason}" if reason else person.full_name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if person.person_id in self._present
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason or None
        if role == PERSON_ID_ROLE:
            return person.person_id
        if role == REFUSED_ROLE:
            return person.person_id in self._refused
        if role == Qt.ItemDataRole.BackgroundRole and person.person_id in self._refused:
            return QBrush(REFUSED_BACKGROUND)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override: a click on the box ticks or unticks."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, bool) else value
        return self.set_ticked(index.row(), ticked)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override: a row that cannot be ticked is shown disabled."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemNeverHasChildren
        if self._people[index.row()].can_attend or \
                self._people[index.row()].person_id in self._present:
            flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.may_toggle(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class NameFilter(QSortFilterProxyModel):
    """Keeps the rows whose name the typed text starts words of."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed = ""

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()
        self._typed = text.strip()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Override."""
        if not self._typed:
            return True
        return name_matches(self.sourceModel().name_words(source_row), self._typed)
