"""The preview's table: one line per row of the file (a model over the preview's rows,
fetched a page at a time, no widget per row), its number, the action chosen, what was
found, the problems, the person it matches and each mapped cell, a cell with a problem
in the problem colour with the sentence as its tooltip."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from centre_desk.services.spreadsheet_import import (
    Action, Choice, Preview, RowPreview, RowStatus, column_name)
from centre_desk.ui.spreadsheet_import import words
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.colours import PROBLEM, WARNING

PAGE = 1000
"""Rows added to the view at a time as it scrolls."""
AnyIndex = QModelIndex | QPersistentModelIndex

ROW, ACTION, FOUND, PROBLEMS, MATCH = range(5)
FIXED = 5
"""The columns before the mapped fields'."""

_FILTERS = {
    "all": lambda row: True,
    "problems": lambda row: row.status is RowStatus.ERROR,
    "matches": lambda row: row.status in (RowStatus.IIN_MATCH, RowStatus.LOOK_ALIKE),
    "same": lambda row: row.status is RowStatus.SAME_AS_EARLIER_ROW,
}
FILTERS = tuple(_FILTERS)


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return labels.date_text(value)
    return "" if value is None else str(value)


class PreviewModel(QAbstractTableModel):
    """The preview's rows with the choices made for them (``choices``: row number ->
    Choice). Read-only to the view; :meth:`set_choice` changes a row's action."""

    def __init__(self, preview: Preview, choices: dict[int, Choice], parent=None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.choices = choices
        self._fields = [name for _column, name in sorted(preview.mapping.columns.items())]
        self._columns = {name: column for column, name in preview.mapping.columns.items()}
        self._matching: list[RowPreview] = list(preview.rows)
        self._shown = min(PAGE, len(self._matching))
        self._position = {row.number: i for i, row in enumerate(self._matching)}

    # --- the rows ---------------------------------------------------------------------

    def row(self, index: int) -> RowPreview:
        return self._matching[index]

    def position(self, number: int) -> int | None:
        """Where the file's row ``number`` is in the model (None: filtered out)."""
        return self._position.get(number)

    def set_filter(self, name: str) -> None:
        """Show every row, or only the rows with problems, matches or twins."""
        test = _FILTERS[name]
        self.beginResetModel()
        self._matching = [row for row in self.preview.rows if test(row)]
        self._shown = min(PAGE, len(self._matching))
        self._position = {row.number: i for i, row in enumerate(self._matching)}
        self.endResetModel()

    def set_choice(self, number: int, choice: Choice) -> None:
        self.choices[number] = choice
        index = self._position.get(number)
        if index is not None and index < self._shown:
            self.dataChanged.emit(self.index(index, ACTION), self.index(index, MATCH))

    def set_choices(self, choices: dict[int, Choice]) -> None:
        self.choices.clear()
        self.choices.update(choices)
        if self._shown:
            self.dataChanged.emit(self.index(0, ACTION),
                                  self.index(self._shown - 1, MATCH))

    def field_names(self) -> list[str]:
        return list(self._fields)

    # --- Qt's model -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # Qt's name
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # Qt's name
        return 0 if parent.isValid() else FIXED + len(self._fields)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # Qt's name
        return not parent.isValid() and self._shown < len(self._matching)

    def fetchMore(self, parent: AnyIndex) -> None:  # Qt's name
        if parent.isValid():
            return
        more = min(PAGE, len(self._matching) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:  # Qt's name
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt's name
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < self.columnCount():
            return None
        if section < FIXED:
            return [self.tr("Row"), self.tr("Action"), self.tr("Found"),
                    self.tr("Problems"), self.tr("Person on file")][section]
        name = self._fields[section - FIXED]
        return f"{column_name(self._columns[name])}: {words.field_text(name)}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown or \
                not 0 <= index.column() < self.columnCount():
            return None
        row = self._matching[index.row()]
        column = index.column()
        if column >= FIXED:
            return self._cell(row, self._fields[column - FIXED], role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._fixed_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (PROBLEMS, FOUND):
            return self._problems(row) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (PROBLEMS, FOUND) and row.status is RowStatus.ERROR:
                return QBrush(QColor(PROBLEM))
            if column in (FOUND, MATCH) and row.status is not RowStatus.NEW:
                return QBrush(QColor(WARNING))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _fixed_text(self, row: RowPreview, column: int) -> str:
        if column == ROW:
            return str(row.number)
        if column == ACTION:
            choice = self.choices.get(row.number, row.proposed)
            return words.action_text(choice.action)
        if column == FOUND:
            text = words.status_text(row.status)
            if row.same_as:
                text += " (" + ", ".join(map(str, row.same_as)) + ")"
            return text
        if column == PROBLEMS:
            return self._problems(row)
        match = self._match_of(row)
        if match is None:
            return ""
        born = f", {labels.date_text(match.birth_date)}" if match.birth_date else ""
        return f"{match.full_name}{born}"

    def _match_of(self, row: RowPreview):
        choice = self.choices.get(row.number, row.proposed)
        if choice.action is Action.MERGE and choice.person_id is not None:
            for match in row.matches:
                if match.person_id == choice.person_id:
                    return match
        return row.matches[0] if row.matches else None

    @staticmethod
    def _problems(row: RowPreview) -> str:
        return " ".join(words.problem_text(problem) for problem in row.problems)

    def _cell(self, row: RowPreview, name: str, role: int) -> Any:
        problems = [p for p in row.problems if p.field == name]
        if role == Qt.ItemDataRole.DisplayRole:
            if name in row.cells:
                return row.cells[name]
            return _shown(row.values.get(name))
        if role == Qt.ItemDataRole.ToolTipRole:
            return " ".join(words.problem_text(p) for p in problems) or None
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(QColor(PROBLEM))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor("#fde7e9"))
        return None
