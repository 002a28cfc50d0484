"""The attendance checklist every programme shares: who was expected, who came.

Public API (other tabs embed this widget as it is)::

    checklist = AttendanceChecklist(workspace, activity_id, parent=None, read_only=False)
    checklist.saved.connect(...)      # after a successful save (carries the AttendanceChange;
                                      # the change is announced as ACTIVITIES too)
    checklist.changed.connect(...)    # a tick changed (the counter and is_dirty() follow)
    checklist.is_dirty() -> bool      # ticks differ from what is stored
    checklist.save() -> bool          # set_attendance through the workspace; on a refusal
                                      # the sentence shows under the list, the persons it
                                      # names are marked, nothing is stored, False returned
    checklist.reload()                # read the list again (discards unsaved ticks)
    checklist.present_ids() -> set    # the persons ticked now
    checklist.set_present(person_id, present)  # tick as the user would
    checklist.counter_text() -> str   # "Present: N of M"
    checklist.message_text() -> str   # the refusal sentence shown ('' when none)
    checklist.search_edit, checklist.view, checklist.save_button, checklist.add_button

The list is ``services.activities.expected_people``: people ticking is refused for are
shown disabled with the reason. Typing in the search box narrows the list by name in
any alphabet or capitalisation; Down moves into the list; Space ticks or unticks the
current row. Programmes that let anyone attend (the club, case work) offer "Add a
person…" for a guest. The counter counts ticks against the people expected (guests
tick without being expected). Read-only (by argument, or a role without EDIT) shows
everything and changes nothing.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout,
    QWidget)

from centre_desk.domain.permissions import Permission
from centre_desk.services import activities, picking
from centre_desk.services.activities import (
    CHECKED_LISTS, NOT_EXPECTED, AttendanceRefused, ExpectedPerson)
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.attendance_model import (  # noqa: F401  (roles re-exported)
    PERSON_ID_ROLE, REFUSED_ROLE, AttendanceModel, NameFilter)
from centre_desk.ui.toolkit.messages import error_text, own_text
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import ACTIVITIES, Operation
from centre_desk.ui.toolkit.person_picker import PersonPickerDialog
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label

class AttendanceChecklist(Retranslating, QWidget, ModalHost):
    """Who is expected at one activity and who came; see the module docstring."""

    saved = Signal(object)
    """Attendance was stored; carries the service's AttendanceChange."""
    changed = Signal()
    """A tick changed on screen (not yet stored)."""

    def __init__(self, workspace: Workspace, activity_id: uuid.UUID,
                 parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceChecklist")
        self._workspace = workspace
        self.activity_id = activity_id
        self.read_only = read_only or not may(workspace, Permission.EDIT)
        self.model = AttendanceModel(self)
        self.model.read_only = self.read_only
        self.proxy = NameFilter(self)
        self.proxy.setSourceModel(self.model)

        self._search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("attendanceSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self._search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._narrow)
        self.view = QListView(self)
        self.view.setObjectName("attendanceList")
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.installEventFilter(self)
        self.counter = QLabel(self)
        self.counter.setObjectName("attendanceCounter")
        self.message = problem_label("attendanceMessage", self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addGuestButton")
        self.add_button.clicked.connect(self.add_guest)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveAttendanceButton")
        self.save_button.clicked.connect(self.save)
        self.model.ticks_changed.connect(self._ticks_changed)

        top = QHBoxLayout()
        top.addWidget(self._search_label)
        top.addWidget(self.search_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.setFocusProxy(self.search_edit)
        self._programme = None
        self.reload()
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read who is expected and present again; unsaved ticks are dropped."""
        view = self._workspace.run(activities.get_activity, self.activity_id)
        self._programme = view.programme
        self._context = (picking.adults(view.held_on, view.facility)
                         if view.programme in activities.ADULT_PROGRAMMES else picking.ANYONE)
        self.model.set_people(self._workspace.run(activities.expected_people,
                                                  self.activity_id))
        self.show_message("")
        self.add_button.setVisible(self._programme not in CHECKED_LISTS)
        self._update_buttons()
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def is_dirty(self) -> bool:
        """Whether the ticks differ from what is stored."""
        return self.model.present_ids() != self.model.stored_ids()

    def present_ids(self) -> set[uuid.UUID]:
        return self.model.present_ids()

    def set_present(self, person_id: uuid.UUID, present: bool) -> bool:
        """Tick or untick a listed person; False if that is not allowed."""
        return self.model.set_ticked(self.model.row_of(person_id), present)

    def counter_text(self) -> str:
        return self.counter.text()

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def save(self) -> bool:
        """Store the ticks; on a refusal show why, mark the persons and store nothing."""
        if self.read_only:
            return False
        if not self.is_dirty():
            self.show_message("")
            return True
        return Operation(self, self._workspace, {ACTIVITIES}, activities.set_attendance,
                         self.activity_id, self.model.present_ids()).failure(
            self._refused).success(self._stored).run()

    def _refused(self, refusal: Exception) -> None:
        if isinstance(refusal, AttendanceRefused):
            self.model.mark_refused(refusal.person_ids)
            self.show_message(self._refusal_text(refusal))
        else:
            self.show_message(error_text(refusal))

    def _stored(self, change) -> None:
        self.reload()
        self.saved.emit(change)

    def add_guest(self) -> None:
        """Tick someone not on the list (a guest, a former member), chosen by name."""
        if self.read_only or self._programme in CHECKED_LISTS:
            return
        dialog = PersonPickerDialog(self._workspace, self.tr("Add a person"),
                                    self.tr("Whom to mark present, by name or IIN:"), self,
                                    self._context)
        if not self.run_dialog(dialog) or dialog.person() is None:
            return
        person = dialog.person()
        row = self.model.add_guest(ExpectedPerson(person.id, person.full_name, False, True,
                                                  NOT_EXPECTED))
        self.search_edit.clear()
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._search_label.setText(self.tr("&Find:"))
        self.search_edit.setPlaceholderText(self.tr("Name in any alphabet"))
        self.search_edit.setAccessibleName(self.tr("Find a person in the list"))
        self.view.setAccessibleName(self.tr("Expected people; Space marks present"))
        self.add_button.setText(self.tr("&Add a person\u2026"))
        self.save_button.setText(self.tr("Save &attendance"))
        self._show_counter()

    # --- reactions ---------------------------------------------------------------------

    def _refusal_text(self, refusal: AttendanceRefused) -> str:
        code = refusal.problems.get("attendance", "")
        names = sorted(self.model.person_at(self.model.row_of(p)).full_name
                       for p in refusal.person_ids if self._listed(p))
        sentence = own_text(code, "attendance") or own_text("unknown_person", "attendance")
        return sentence.replace("%1", ", ".join(names))

    def _listed(self, person_id: uuid.UUID) -> bool:
        return any(self.model.person_at(r).person_id == person_id
                   for r in range(self.model.rowCount()))

    def _narrow(self, text: str) -> None:
        self.proxy.set_typed(text)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _ticks_changed(self) -> None:
        self._show_counter()
        self._update_buttons()
        self.changed.emit()

    def _show_counter(self) -> None:
        self.counter.setText(self.tr("Present: %1 of %2")
                             .replace("%1", str(len(self.model.present_ids())))
                             .replace("%2", str(self.model.expected_count())))

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.read_only and self.is_dirty())
        self.add_button.setEnabled(not self.read_only)

    def _toggle_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.toggle(self.proxy.mapToSource(index).row())

    # --- Qt overrides ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override: Space in the list ticks the current row; Down or Enter in the
        search box moves into the list; Escape in the box clears it."""
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.view and key == Qt.Key.Key_Space:
            self._toggle_current()
            return True
        if watched is self.search_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    self.proxy.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        return super().eventFilter(watched, event)
