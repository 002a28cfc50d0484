"""The window that records or corrects one activity of any programme, with its
attendance checklist once the activity exists.

Public API::

    dialog = ActivityDialog(workspace, programme, activity_id=None, parent=None,
                            course_id=None)
    dialog.activity_id      # None until a new activity is saved
    dialog.changed          # True once anything was stored (each store is announced as
                            # ACTIVITIES through ui.toolkit.operations: the lists follow)
    dialog.deleted          # True after Delete removed the activity
    dialog.checklist        # the AttendanceChecklist (None until the activity exists)
    dialog.save() -> bool   # store the form (create or update) and the ticks; stays open
    dialog.accept()         # OK: save, close when everything was stored
    dialog.delete() -> bool # asks first (ModalHost.confirm), then deletes by tombstone
    dialog.is_modified()    # the form or the ticks differ from what is stored
    dialog.reject()         # Cancel/Esc: asks first (ModalHost.ask_unsaved) when modified
    dialog.form             # ui.forms.Form: fields held_on, kind, title, place, facility,
                            # facilitators, notes; errors show beneath them
    dialog.message_text()   # the sentence under the form ('' when none)
    dialog.add_everyone()   # case work: tick every adult participant of the facility
                            # typed (an open case there), those already ticked
                            # skipped; stored with Save or OK like any tick

Fields: date, kind (``activities.kinds_for(programme)``), title, place, facility,
facilitators (organisers, teacher, specialists), notes. A lesson passes ``course_id``.
A new activity's Save keeps the window open and shows the checklist beneath the form,
so who came can be ticked at once; OK saves and closes. A case-work session held in a
facility offers "Add everyone of <facility>" above the checklist, and its "Add a
person…" never offers a child. Users who may not edit see everything read-only with OK,
Save and Delete disabled. The window opens OPEN_HEIGHT tall, within a 1366 × 768
screen less the taskbar. Open it through ``ModalHost.run_dialog`` so tests can script
it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget)

from centre_desk.domain.enums import Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import activities, editing, picking
from centre_desk.services.activities import TITLE_REQUIRED, ActivityInput, ExpectedPerson
from centre_desk.services.concurrency import Seen
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.attendance import AttendanceChecklist
from centre_desk.ui.toolkit.edit_conflicts import NOT_SAVED, not_saved_text, save_resolving
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text, problem_text
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import ACTIVITIES, COURSES, Operation, announce
from centre_desk.ui.toolkit.steps import note_edit
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import PROBLEM_STYLE, problem_label
from centre_desk.ui.toolkit.headings import section_title
from centre_desk.ui.toolkit.pick_filters import everyone_of

_FIELDS = ("held_on", "kind", "title", "place", "facility", "facilitators", "notes")

OPEN_HEIGHT = 640
"""The window's height with its checklist: a 768 px screen less the taskbar and the
window's title bar (about 698 px available) holds it."""

MINIMUM_WIDTH = 520
"""The narrowest the window gets."""

FACILITY_SHOWN = 32
"""The most letters of a facility's name the "Add everyone of…" button shows."""


class ActivityDialog(Retranslating, QDialog, ModalHost):
    """One activity of a programme: its details and, once saved, who came."""

    def __init__(self, workspace: Workspace, programme: Programme,
                 activity_id: uuid.UUID | None = None, parent: QWidget | None = None,
                 course_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self._workspace = workspace
        self.programme = programme
        self.course_id = course_id
        self.activity_id = activity_id
        self.changed = False
        self.deleted = False
        self.may_edit = may(workspace, Permission.EDIT)
        self._present_count = 0
        self.checklist: AttendanceChecklist | None = None
        self._attendance_title: QLabel | None = None
        self.everyone_button: QPushButton | None = None

        self.form = Form(self, "activity")
        self.held_on = self.form.add("held_on", DateField())
        self.held_on.setObjectName("heldOnEdit")
        self.held_on.set_date_value(dt.date.today())
        self.kind = self.form.add("kind", CodeCombo(activities.kinds_for(programme)))
        self.kind.setObjectName("kindCombo")
        self.title = self.form.add("title", self._line("titleEdit", "title"))
        self.place = self.form.add("place", self._line("placeEdit", "place"))
        self.facility = self.form.add("facility", self._line("facilityEdit", "facility"))
        self.facilitators = self.form.add("facilitators",
                                          self._line("facilitatorsEdit", "facilitators"))
        self.notes = self.form.add("notes", note_edit("activityNotesEdit"))
        self.message = problem_label("activityMessage", self)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveActivityButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteActivityButton")
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.ok_button.clicked.connect(self.accept)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.cancel_button.clicked.connect(self.reject)

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.form)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.buttons)
        self._seen: Seen | None = None
        """What the form showed of the stored activity (services.concurrency)."""
        if activity_id is not None:
            self._fill(workspace.run(activities.get_activity, activity_id))
            self._show_checklist()
        self._apply_permissions()
        self._stored = self.activity_input()
        self.retranslate_ui()
        # Wide enough that a sentence under the form keeps to a line or two even at the
        # smallest size: a wrapped label's height is not part of the minimum height.
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.resize(600, OPEN_HEIGHT if self.checklist is not None else 420)
        self.facility.textChanged.connect(self._facility_changed)
        self.held_on.setFocus()

    def _line(self, name: str, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(activities.TEXT_LIMITS[field])
        return edit

    def _fill(self, view: activities.ActivityView) -> None:
        seen = self._workspace.run(editing.seen_record, "activity", view.id)
        self._seen = seen.shown_as({name: getattr(view, name) for name in seen.values
                                    if hasattr(view, name)})
        self.held_on.set_date_value(view.held_on)
        self.kind.set_value(view.kind)
        for edit, value in ((self.title, view.title), (self.place, view.place),
                            (self.facility, view.facility),
                            (self.facilitators, view.facilitators)):
            edit.setText(value or "")
        self.notes.setPlainText(view.notes or "")
        self.course_id = view.course_id
        self._present_count = view.present_count

    def _show_checklist(self) -> None:
        self.checklist = AttendanceChecklist(self._workspace, self.activity_id, self,
                                             read_only=not self.may_edit)
        self.checklist.save_button.hide()  # OK and Save store the ticks with the form
        self.checklist.saved.connect(self._attendance_saved)
        self._attendance_title = section_title(self, "attendanceTitle")
        heading = QHBoxLayout()
        heading.addWidget(self._attendance_title, 1)
        if self.programme is Programme.CASE_WORK:
            self.everyone_button = QPushButton(self)
            self.everyone_button.setObjectName("addEveryoneButton")
            self.everyone_button.clicked.connect(self.add_everyone)
            heading.addWidget(self.everyone_button)
        self._layout.insertLayout(1, heading)
        self._layout.insertWidget(2, self.checklist, 1)
        self._facility_changed()

    def _apply_permissions(self) -> None:
        for edit in (self.title, self.place, self.facility, self.facilitators):
            edit.setReadOnly(not self.may_edit)
        self.notes.setReadOnly(not self.may_edit)
        self.held_on.setReadOnly(not self.may_edit)
        self.kind.setEnabled(self.may_edit)
        for button in (self.ok_button, self.save_button):
            button.setEnabled(self.may_edit)
        self.delete_button.setEnabled(self.may_edit and self.activity_id is not None)

    # --- own API -----------------------------------------------------------------------

    def activity_input(self) -> ActivityInput:
        """What the form says, for the service."""
        return ActivityInput(
            programme=self.programme, kind=self.kind.value(),
            held_on=self.held_on.date_value(), title=self.title.text(),
            place=self.place.text(), facility=self.facility.text(),
            facilitators=self.facilitators.text(), notes=self.notes.toPlainText(),
            course_id=self.course_id)

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def is_modified(self) -> bool:
        """Whether the form or the ticks differ from what is stored."""
        return self.may_edit and (self.activity_input() != self._stored or (
            self.checklist is not None and self.checklist.is_dirty()))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> bool:
        """Store the form and the ticks; show what is wrong and keep the window open."""
        if not self.may_edit:
            return False
        self.form.clear_problems()
        self.show_message("")
        if typed := self.form.typed_problems():
            self.form.show_problems(typed)
            return False
        data = self.activity_input()
        was_new = self.activity_id is None
        try:
            if was_new:
                self.activity_id = self._workspace.run(activities.create_activity, data)
                stored = True
            else:
                stored = save_resolving(self, lambda inputs, seen: self._workspace.run(
                    activities.update_activity, self.activity_id, inputs[0], seen=seen[0]),
                    (data,), (self._seen,), lambda c: self.form.field_name(c.field))
                if stored is NOT_SAVED:
                    self.message.setStyleSheet(PROBLEM_STYLE)
                    self.show_message(not_saved_text())
                    return False
                data = self._show_stored(data)
        except InvalidInput as refusal:
            self.message.setStyleSheet(PROBLEM_STYLE)
            self.form.show_problems(refusal.problems)
            others = [problem_text(code) for name, code in refusal.problems.items()
                      if name not in _FIELDS]
            self.show_message(" ".join(others) or error_text(refusal))
            return False
        except ServiceError as refusal:
            self.message.setStyleSheet(PROBLEM_STYLE)
            self.show_message(error_text(refusal))
            return False
        self._stored = data
        if stored:
            self.changed = True
            announce(self._workspace, self._changes())
        if was_new:
            self._show_checklist()
            self.resize(self.width(), max(self.height(), OPEN_HEIGHT))
            self.delete_button.setEnabled(True)
            self.retranslate_ui()
            self.show_message(self.tr("Saved. Tick who came, then press OK."))
            self.message.setStyleSheet("")
            self.checklist.setFocus()
            return True
        if self.checklist is not None and not self.checklist.save():
            return False
        return True

    def _show_stored(self, data: ActivityInput) -> ActivityInput:
        """After a save, what is stored (another desk's value the user took) in the form,
        and what the form shows from now on."""
        view = self._workspace.run(activities.get_activity, self.activity_id)
        if any(getattr(view, name) != getattr(data, name) for name in _FIELDS):
            self._fill(view)
            return self.activity_input()
        self._seen = self._workspace.run(editing.seen_record, "activity", view.id)
        return data

    def facility_name(self) -> str:
        return self.facility.text().strip()

    def add_everyone(self) -> int:
        """Tick every adult participant whose open case names the session's facility;
        those ticked already are skipped. Returns how many were added; Save or OK
        stores them with the other ticks."""
        facility = self.facility_name()
        if self.checklist is None or not self.may_edit or not facility:
            return 0
        held_on = self.held_on.date_value() or dt.date.today()
        found = self._workspace.run(picking.facility_participants, facility,
                                    picking.adults(held_on))
        ticked = self.checklist.present_ids()
        added = [c for c in found if c.person.id not in ticked]
        for candidate in added:
            self.checklist.model.add_guest(ExpectedPerson(
                candidate.person.id, candidate.person.full_name, False, True, None))
        self.message.setStyleSheet("")
        if not found:
            self.show_message(self.tr("Nobody has an open case in %1.").replace(
                "%1", facility))
        else:
            self.show_message(self.tr("Added: %1. Already ticked: %2. Press Save or OK to "
                                      "store them.").replace("%1", str(len(added)))
                              .replace("%2", str(len(found) - len(added))))
        return len(added)

    def _facility_changed(self, _text: str = "") -> None:
        if self.everyone_button is None:
            return
        facility = self.facility_name()
        self.everyone_button.setText(everyone_of(facility, FACILITY_SHOWN))
        self.everyone_button.setToolTip(self.tr(
            "Tick every adult with an open case in %1; those ticked already are skipped")
            .replace("%1", facility or self.tr("the facility typed above")))
        self.everyone_button.setEnabled(self.may_edit and bool(facility))

    def _changes(self) -> set[str]:
        """What storing this activity touches: a lesson changes its course too."""
        return {ACTIVITIES, COURSES} if self.course_id is not None else {ACTIVITIES}

    def accept(self) -> None:  # QDialog.accept
        """OK: save everything; close only when it was all stored."""
        was_new = self.activity_id is None
        if self.save() and not (was_new and self.checklist is not None
                                and self.checklist.model.rowCount()):
            super().accept()

    def delete(self) -> bool:
        """Delete the activity after asking; its attendance goes with it (tombstones)."""
        if not self.may_edit or self.activity_id is None:
            return False
        present = len(self.checklist.model.stored_ids()) if self.checklist else 0
        if present:
            question = self.tr("People marked present: %1. Delete this activity and "
                               "their attendance?").replace("%1", str(present))
        else:
            question = self.tr("Delete this activity?")
        if not self.confirm(self.tr("Delete activity"), question):
            return False
        return Operation(self, self._workspace, self._changes(), activities.delete_activity,
                         self.activity_id, confirmed=True).show_errors_in(
            self.show_message).success(self._deleted).run()

    def _deleted(self, _result=None) -> None:
        self.changed = self.deleted = True
        super().accept()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        programme = labels.label(self.programme)
        if self.activity_id is None:
            self.setWindowTitle(self.tr("New activity — %1").replace("%1", programme))
        else:
            self.setWindowTitle(self.tr("Activity — %1").replace("%1", programme))
        title_label = (self.tr("&Title (required):") if self.programme in TITLE_REQUIRED
                       else self.tr("&Title:"))
        for name, text in (("held_on", self.tr("&Date:")), ("kind", self.tr("&Kind:")),
                           ("title", title_label), ("place", self.tr("&Place:")),
                           ("facility", self.tr("Facilit&y:")),
                           ("facilitators", self.tr("&Held by:")),
                           ("notes", self.tr("&Notes:"))):
            self.form.set_label(name, text)
        self.facilitators.setPlaceholderText(self.tr("Organisers, teacher or specialists"))
        self.facility.setPlaceholderText(self.tr("Penal colony, if held in one"))
        self.kind.retranslate()
        if self._attendance_title is not None:
            self._attendance_title.setText(self.tr("Who came"))
        self._facility_changed()
        self.ok_button.setText(self.tr("OK"))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("De&lete\u2026"))
        self.cancel_button.setText(self.tr("Cancel") if self.may_edit else self.tr("Close"))

    # --- reactions ---------------------------------------------------------------------

    def _attendance_saved(self, _change) -> None:
        self.changed = True

    # --- Qt overrides ------------------------------------------------------------------

    def reject(self) -> None:  # QDialog.reject; Cancel, Esc and the window's X
        """Close, asking first if changes would be lost: Save (the default) stores them
        and closes, Discard closes without them, Cancel stays."""
        if self.is_modified():
            answer = self.ask_unsaved(self.tr("Unsaved changes"), self.tr(
                "This activity or who came has changes that are not saved. Save them "
                "before closing?"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
            if answer == "save":
                super().accept()
                return
        super().reject()
