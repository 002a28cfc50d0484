"""The register of an Arabic course: students × lessons, one tick per lesson attended,
with the count of lessons each student came to and of students at each lesson.

Arrow keys move from cell to cell and Space ticks or unticks the current one; every
tick is stored at once through ``courses.set_register_cell`` (one audited change per
cell). A refusal shows as one sentence under the grid and the cell stays as it was.
Students who dropped out keep their past ticks, greyed, and cannot be ticked.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
    QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget)

from centre_desk.domain.enums import EnrolmentStatus
from centre_desk.domain.permissions import Permission
from centre_desk.services import courses
from centre_desk.services.courses import RegisterGrid
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.courses.common import refusal_text
from centre_desk.ui.courses.form import AddLessonDialog
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import ACTIVITIES, COURSES, Operation
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label

AnyIndex = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The student's person id (lesson cells and the row's count)."""
ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The lesson's activity id (lesson cells and the column's count)."""

DROPPED_BACKGROUND = QColor("#eeeeee")
COUNT_BACKGROUND = QColor("#e8eef5")

Commit = Callable[[uuid.UUID, uuid.UUID, bool], bool]
"""Stores one cell (person, lesson, present); False when it was refused."""


def _present_heading(role: int) -> str | None:
    """The heading of the counts row and column: "Present"."""
    if role == Qt.ItemDataRole.DisplayRole:
        return QCoreApplication.translate("RegisterGrid", "Present")
    return None


class RegisterGridModel(QAbstractTableModel):
    """One row per student and a last row of counts; one column per lesson and a last
    column of counts. Lesson cells are checkable unless ``read_only`` or the student
    dropped out; a change goes through ``commit`` and shows only once stored."""

    def __init__(self, commit: Commit, read_only: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._read_only = read_only
        self._grid: RegisterGrid | None = None
        self._present: set[tuple[uuid.UUID, uuid.UUID]] = set()

    def set_grid(self, grid: RegisterGrid) -> None:
        """Show a register read from the service."""
        self.beginResetModel()
        self._grid = grid
        self._present = set(grid.present)
        self.endResetModel()

    def students(self) -> int:
        return len(self._grid.students) if self._grid else 0

    def lessons(self) -> int:
        return len(self._grid.lessons) if self._grid else 0

    def is_lesson_cell(self, index: AnyIndex) -> bool:
        return index.isValid() and index.row() < self.students() and \
            index.column() < self.lessons()

    def is_present(self, row: int, column: int) -> bool:
        grid = self._grid
        return (grid.students[row].person_id, grid.lessons[column].activity_id) \
            in self._present

    def row_count(self, row: int) -> int:
        """Lessons the student of ``row`` came to."""
        person = self._grid.students[row].person_id
        return sum((person, lesson.activity_id) in self._present
                   for lesson in self._grid.lessons)

    def column_count(self, column: int) -> int:
        """Students present at the lesson of ``column``."""
        lesson = self._grid.lessons[column].activity_id
        return sum((student.person_id, lesson) in self._present
                   for student in self._grid.students)

    def toggle(self, index: AnyIndex) -> bool:
        """Tick or untick a lesson cell as Space does; True if the change was stored."""
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        wanted = not self.is_present(index.row(), index.column())
        state = Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked
        return self.setData(index, state, Qt.ItemDataRole.CheckStateRole)

    def retranslate(self) -> None:
        """Header words and tooltips follow the language."""
        if self.rowCount() and self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # --- QAbstractTableModel overrides ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Override: the students and the row of counts."""
        return 0 if parent.isValid() or self._grid is None else self.students() + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Override: the lessons and the column of counts."""
        return 0 if parent.isValid() or self._grid is None else self.lessons() + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: a check state per lesson cell, counts in the last row and column."""
        if not index.isValid() or self._grid is None or \
                not (0 <= index.row() < self.rowCount() and
                     0 <= index.column() < self.columnCount()):
            return None
        row, column = index.row(), index.column()
        students, lessons = self.students(), self.lessons()
        if row < students and column < lessons:
            return self._lesson_cell(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if row < students:
                return str(self.row_count(row))
            if column < lessons:
                return str(self.column_count(column))
            return str(len(self._present_of_listed()))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COUNT_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:  # disabled cells, but not greyed
            return QBrush(QColor("#000000"))
        if role == PERSON_ID_ROLE and row < students:
            return self._grid.students[row].person_id
        if role == ACTIVITY_ID_ROLE and column < lessons:
            return self._grid.lessons[column].activity_id
        return None

    def _present_of_listed(self) -> set:
        people = {student.person_id for student in self._grid.students}
        return {cell for cell in self._present if cell[0] in people}

    def _lesson_cell(self, row: int, column: int, role: int) -> Any:
        student, lesson = self._grid.students[row], self._grid.lessons[column]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_present(row, column) \
                else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = QCoreApplication.translate("RegisterGrid", "%1, lesson of %2: %3")
            came = (QCoreApplication.translate("RegisterGrid", "present")
                    if self.is_present(row, column) else
                    QCoreApplication.translate("RegisterGrid", "absent"))
            return text.replace("%1", student.name).replace(
                "%2", labels.date_text(lesson.held_on)).replace("%3", came)
        if role == Qt.ItemDataRole.BackgroundRole and \
                student.status is EnrolmentStatus.DROPPED:
            return QBrush(DROPPED_BACKGROUND)
        if role == PERSON_ID_ROLE:
            return student.person_id
        if role == ACTIVITY_ID_ROLE:
            return lesson.activity_id
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override: store a tick through ``commit``; the cell changes only if stored."""
        if role != Qt.ItemDataRole.CheckStateRole or not \
                self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        row, column = index.row(), index.column()
        if wanted == self.is_present(row, column):
            return True
        cell = (self._grid.students[row].person_id, self._grid.lessons[column].activity_id)
        if not self._commit(*cell, wanted):
            return False
        (self._present.add if wanted else self._present.discard)(cell)
        last_row, last_column = self.students(), self.lessons()
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(row, last_column), self.index(row, last_column))
        self.dataChanged.emit(self.index(last_row, column), self.index(last_row, column))
        self.dataChanged.emit(self.index(last_row, last_column),
                              self.index(last_row, last_column))
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override: lesson cells are selectable (checkable unless read-only or the
        student dropped out); the counts are not cells the cursor stops on."""
        if not index.isValid() or self._grid is None:
            return Qt.ItemFlag.NoItemFlags
        if not self.is_lesson_cell(index):
            return Qt.ItemFlag.ItemNeverHasChildren
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if not self._read_only and \
                self._grid.students[index.row()].status is not EnrolmentStatus.DROPPED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: lesson dates across the top, student names down the side, and
        "Present" for the counts."""
        if self._grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._lesson_header(section, role)
        if not 0 <= section < self.rowCount():
            return None
        if section == self.students():
            return _present_heading(role)
        student = self._grid.students[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if student.status is EnrolmentStatus.ENROLLED:
                return student.name
            return f"{student.name} ({labels.label(student.status).lower()})"
        if role == Qt.ItemDataRole.ForegroundRole and \
                student.status is EnrolmentStatus.DROPPED:
            return QBrush(QColor("#777777"))
        return None

    def _lesson_header(self, section: int, role: int) -> Any:
        if not 0 <= section < self.columnCount():
            return None
        if section == self.lessons():
            return _present_heading(role)
        held_on: dt.date = self._grid.lessons[section].held_on
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section + 1}\n{held_on.strftime('%d.%m')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("RegisterGrid", "Lesson %1 of %2").replace(
                "%1", str(section + 1)).replace("%2", labels.date_text(held_on))
        return None


class RegisterTableView(QTableView):
    """The grid's view: Space ticks or unticks the current cell."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override: Space and Select toggle the current lesson cell."""
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            model = self.model()
            if isinstance(model, RegisterGridModel):
                model.toggle(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class RegisterGridPanel(Retranslating, QWidget, ModalHost):
    """The register of one course with its "Add lesson…" button and message line."""

    changed = Signal()
    """A tick or a lesson was stored."""

    def __init__(self, workspace: Workspace, course_id: uuid.UUID,
                 parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("registerGrid")
        self._workspace = workspace
        self._course_id = course_id
        self.read_only = read_only or not may(workspace, Permission.EDIT)
        self._model = RegisterGridModel(self._store_cell, self.read_only, self)
        # Made before the grid, so Tab visits it first, as the eye reads them. Never the
        # default button: Enter in the grid must not add a lesson.
        self.add_lesson_button = action_button("addLessonButton", self, self.add_lesson)
        self.add_lesson_button.setEnabled(not self.read_only)
        self.view = RegisterTableView(self)
        self.view.setObjectName("registerView")
        self.view.setModel(self._model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move in it
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("00.00") + 10)
        header.setHighlightSections(True)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.summary = QLabel(self)
        self.summary.setObjectName("registerSummary")
        self.message = problem_label("registerMessage", self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_lesson_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        # No focus proxy to the grid: Qt's Tab would then skip "Add lesson…" beside it.
        self.retranslate_ui()
        self.reload()

    # --- own API -----------------------------------------------------------------------

    def model(self) -> RegisterGridModel:
        return self._model

    def reload(self) -> None:
        """Read the register again, keeping the cursor's cell where it can."""
        current = self.view.currentIndex()
        self._model.set_grid(self._workspace.run(courses.register_grid, self._course_id))
        if current.isValid() and self._model.is_lesson_cell(
                self._model.index(current.row(), current.column())):
            self.view.setCurrentIndex(self._model.index(current.row(), current.column()))
        elif self._model.students() and self._model.lessons():
            self.view.setCurrentIndex(self._model.index(0, 0))
        self._show_summary()

    def message_text(self) -> str:
        """The refusal shown under the grid ('' when none)."""
        return self.message.text() if not self.message.isHidden() else ""

    def add_lesson(self) -> uuid.UUID | None:
        """Ask for the date of a new lesson and add its column; returns its id."""
        if self.read_only:
            return None
        dialog = AddLessonDialog(self._workspace, self._course_id, self)
        if not self.run_dialog(dialog):
            return None
        self.reload()
        column = next((n for n in range(self._model.lessons())
                       if self._model.index(0, n).data(ACTIVITY_ID_ROLE)
                       == dialog.result_value), None)
        if column is not None and self._model.students():
            self.view.setCurrentIndex(self._model.index(0, column))
        self.changed.emit()
        return dialog.result_value

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add_lesson_button.setText(self.tr("Add &lesson\u2026"))
        self.view.setAccessibleName(self.tr("Register: students and lessons"))
        self._model.retranslate()
        self._show_summary()

    # --- reactions ---------------------------------------------------------------------

    def _show_summary(self) -> None:
        text = self.tr("Students: %1. Lessons: %2. Arrow keys move, Space marks present.")
        if self.read_only:
            text = self.tr("Students: %1. Lessons: %2. Read only.")
        self.summary.setText(text.replace("%1", str(self._model.students()))
                             .replace("%2", str(self._model.lessons())))

    def _store_cell(self, person_id: uuid.UUID, activity_id: uuid.UUID, present: bool) -> bool:
        self.message.hide()
        return Operation(self, self._workspace, {ACTIVITIES, COURSES}, courses.set_register_cell,
                         activity_id, person_id, present).show_errors_in(
            self._show_refusal).worded(refusal_text).success(
            lambda _result: self.changed.emit()).run()

    def _show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
