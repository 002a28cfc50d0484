"""Read-only table models over the participant file's short lists: the stage history,
the timeline and the family. Each is a few dozen rows, loaded whole with the file."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt)

from centre_desk.ui import labels
from centre_desk.ui.paged_model import ID_ROLE, PERSON_ID_ROLE, ROW_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(frozen=True)
class FileColumn:
    """One column: its translated header and its cell text. ``header`` must call
    ``QCoreApplication.translate`` with literal strings, so lupdate finds them."""

    header: Callable[[], str]
    value: Callable[[Any], str]


class RowsModel(QAbstractTableModel):
    """Frozen rows from a service, one per line, in the order given."""

    def __init__(self, columns: tuple[FileColumn, ...],
                 row_id: Callable[[Any], Any] = lambda row: None,
                 person_id: Callable[[Any], Any] = lambda row: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._row_id = row_id
        self._person_id = person_id
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def retranslate(self) -> None:
        """Tell views that header and cell words changed with the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    # --- QAbstractTableModel overrides ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        """Override."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        """Override."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: cell words (the whole text as a tooltip) and the custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].value(row)
        if role == ID_ROLE:
            return self._row_id(row)
        if role == PERSON_ID_ROLE:
            return self._person_id(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: column titles, translated on every call."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].header()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override: rows can be selected, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def _joined(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


HISTORY_COLUMNS = (
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Date"),
               lambda change: labels.date_text(change.changed_on)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Stage"),
               lambda change: labels.label(change.to_stage)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Witness"),
               lambda change: change.witness or ""),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Recorded by"),
               lambda change: change.recorded_by_name or ""),
    # Last, so the note takes the width left over (and shows whole as a tooltip).
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Note"),
               lambda change: change.note or ""),
)


def timeline_what(entry) -> str:
    """What happened: the kind of activity when it was one ("Group training"), else the
    kind of entry ("Stage change", "Placement")."""
    return labels.label(entry.activity_kind or entry.kind)


def timeline_details(entry) -> str:
    """Everything else a timeline entry says, in words."""
    return _joined(labels.label(entry.stage), labels.label(entry.placement_kind),
                   labels.label(entry.placement_status), entry.title,
                   labels.label(entry.enrolment_status), entry.place, entry.note)


TIMELINE_COLUMNS = (
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Date"),
               lambda entry: labels.date_text(entry.on)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "What"),
               timeline_what),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Details"),
               timeline_details),
)


FAMILY_COLUMNS = (
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Relation"),
               lambda relative: labels.label(relative.relation)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Full name"),
               lambda relative: relative.full_name),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Birth date"),
               lambda relative: labels.date_text(relative.birth_date)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Case file"),
               lambda relative: QCoreApplication.translate("ParticipantFile", "Yes")
               if relative.has_case else ""),
)


def history_model(parent: QObject | None = None) -> RowsModel:
    """The stage changes, newest first."""
    return RowsModel(HISTORY_COLUMNS, row_id=lambda change: change.id, parent=parent)


def timeline_model(parent: QObject | None = None) -> RowsModel:
    """Everything about the person, newest first."""
    return RowsModel(TIMELINE_COLUMNS, row_id=lambda entry: entry.source_id, parent=parent)


def family_model(parent: QObject | None = None) -> RowsModel:
    """The person's relatives; ``PERSON_ID_ROLE`` opens one."""
    return RowsModel(FAMILY_COLUMNS, row_id=lambda relative: relative.relationship_id,
                     person_id=lambda relative: relative.person_id, parent=parent)
