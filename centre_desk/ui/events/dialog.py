"""One children's event's window: what and where, the children registered through their
parents or guardians with ages and consent dates, the counts per age group, and the
shared attendance checklist."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget)

from centre_desk.domain.enums import Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import activities, children_events
from centre_desk.services.children_events import RegistrationView
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.event_file import EventFile, event_file
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.attendance import AttendanceChecklist
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.events.forms import ConsentDialog, RegistrationDialog
from centre_desk.ui.events.models import age_groups_line, registrations_model
from centre_desk.ui.toolkit.messages import error_text, own_text
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit.rows_model import file_table
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import (
    ACTIVITIES, EVENTS, PERSONS, Operation, follow_changes)
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.headings import text_label, title_label
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

REGISTRATIONS_PAGE, ATTENDANCE_PAGE = 0, 1


def _event_refusal(error: Exception) -> str | None:
    """The events' own sentence for a refusal (None: the shared one)."""
    if isinstance(error, InvalidInput):
        codes = list(error.problems.values())
        return own_text(codes[0], "event") if codes else None
    return None


class ChildEventDialog(Retranslating, QDialog, ModalHost):
    """Shows one event and records who is registered and who came. ``changed`` is True
    once anything was stored (each store is announced, so the list follows);
    ``deleted`` once the event is gone. A child's file opens through ``files`` (the
    application's open files) above this window."""

    person_requested = Signal(uuid.UUID)
    """Open this child's file."""

    def __init__(self, workspace: Workspace, event_id: uuid.UUID, files: ParticipantFiles,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        """Raises NotFound, before any window exists, for an event deleted meanwhile."""
        first_read = workspace.run(event_file, event_id)
        super().__init__(parent)
        self.setObjectName("childEventDialog")
        self._workspace = workspace
        self._event_id = event_id
        self._today = today
        self._contents: EventFile | None = None
        self.changed = False
        self.deleted = False
        self.may_edit = may(workspace, Permission.EDIT)
        self.files = files
        self.person_requested.connect(self.files.open_person)
        # A child's name corrected in the file opened from here shows at once.
        follow_changes(self, workspace, {PERSONS}, self._persons_changed)

        self._title = title_label("eventTitle", self)
        self._details = text_label("eventDetails", self)
        self.edit_button = action_button("editEventButton", self, self.edit_event)
        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(self._title)
        head_text.addWidget(self._details)
        head.addLayout(head_text, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.registrations = registrations_model(self)
        self.registrations_view = file_table(self.registrations, "registrationsView", self)
        self.registrations_view.activated.connect(lambda _index: self.open_child())
        self.registrations_view.selectionModel().currentRowChanged.connect(self._enable)
        self.age_groups = QLabel(self)
        self.age_groups.setObjectName("ageGroupsLabel")
        self.age_groups.setWordWrap(True)
        self.register_button = action_button("registerChildButton", self, self.register_child)
        self.consent_button = action_button("recordConsentButton", self, self.record_consent)
        self.unregister_button = action_button("unregisterButton", self, self.unregister_child)
        self.open_child_button = action_button("openChildButton", self, self.open_child)
        buttons = button_row((self.register_button, self.consent_button,
                              self.unregister_button), (self.open_child_button,))
        children_page = QWidget(self)
        children_layout = QVBoxLayout(children_page)
        children_layout.addLayout(buttons)
        children_layout.addWidget(self.registrations_view, 1)
        children_layout.addWidget(self.age_groups)

        self.checklist = AttendanceChecklist(workspace, event_id, self)
        self.checklist.saved.connect(self._attendance_saved)
        attendance_page = QWidget(self)
        QVBoxLayout(attendance_page).addWidget(self.checklist)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("eventPages")
        self.pages.addTab(children_page, "")
        self.pages.addTab(attendance_page, "")

        self.message = problem_label("eventMessage", self)
        self.delete_button = action_button("deleteEventButton", self, self.delete_event)
        self.close_button = action_button("closeButton", self, self.accept)
        bottom = button_row((self.delete_button,), (self.close_button,))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        open_as_last_closed(self, QSize(980, 640))
        self._take(first_read)
        self.retranslate_ui()
        self.registrations_view.setFocus()

    # --- own API -----------------------------------------------------------------------

    def contents(self) -> EventFile | None:
        return self._contents

    def reload(self) -> None:
        """Read the event again; the checklist too, unless ticks there are not saved."""
        try:
            contents = self._workspace.run(event_file, self._event_id)
        except ServiceError as error:
            contents = None
            self.show_message(error_text(error))
        self._take(contents)
        if contents is not None and not self.checklist.is_dirty():
            self.checklist.reload()

    def _take(self, contents: EventFile | None) -> None:
        self._contents = contents
        row = self.registrations_view.currentIndex().row()
        self.registrations.set_rows(self._contents.registrations if self._contents else ())
        if self.registrations.rowCount():
            row = min(max(row, 0), self.registrations.rowCount() - 1)
            self.registrations_view.selectRow(row)
        self._show()

    def current_registration(self) -> RegistrationView | None:
        index = self.registrations_view.currentIndex()
        return self.registrations.row_at(index.row()) if index.isValid() else None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.edit_button.setText(self.tr("&Edit\u2026"))
        self.pages.setTabText(REGISTRATIONS_PAGE, self.tr("Registered c&hildren"))
        self.pages.setTabText(ATTENDANCE_PAGE, self.tr("Atte&ndance"))
        self.register_button.setText(self.tr("&Register a child\u2026"))
        self.consent_button.setText(self.tr("Record &consent\u2026"))
        self.unregister_button.setText(self.tr("&Unregister"))
        self.open_child_button.setText(self.tr("&Open the child's file"))
        self.delete_button.setText(self.tr("&Delete the event\u2026"))
        self.close_button.setText(self.tr("C&lose"))
        self.registrations_view.setAccessibleName(self.tr("Registered children"))
        self.registrations.retranslate()
        self._show()

    # --- actions -----------------------------------------------------------------------

    def edit_event(self) -> None:
        """Correct the title, date, kind, place, organisers or notes."""
        if self._contents is None or not self.may_edit:
            return
        dialog = ActivityDialog(self._workspace, Programme.CHILDREN_EVENTS, self._event_id,
                                self)
        self.run_dialog(dialog)
        self._after(dialog.changed)

    def register_child(self) -> None:
        """Register a child through their parent or guardian."""
        if self._contents is None or not self.may_edit:
            return
        registered = {r.child_id for r in self._contents.registrations}
        dialog = RegistrationDialog(self._workspace, self._event_id, registered, self,
                                    today=self._today)
        self._after(self.run_dialog(dialog))

    def record_consent(self) -> None:
        """Record the date the selected child's parent or guardian signed the consent."""
        registration = self.current_registration()
        if registration is None or not self.may_edit:
            return
        dialog = ConsentDialog(self._workspace, registration, self, today=self._today)
        self._after(self.run_dialog(dialog))

    def unregister_child(self) -> None:
        """Take the selected child off the event (registered by mistake), after asking."""
        registration = self.current_registration()
        if registration is None or not self.may_edit:
            return
        if not self.confirm(self.tr("Unregister the child"), self.tr(
                "Take %1 off this event's list?").replace("%1", registration.child_name)):
            return
        self._store({EVENTS}, children_events.unregister_child, registration.registration_id)

    def open_child(self) -> None:
        """Ask for the selected child's file: their events and family links."""
        registration = self.current_registration()
        if registration is not None:
            self.person_requested.emit(registration.child_id)

    def delete_event(self) -> None:
        """Delete the event, asking first; the event, its registrations and attendance
        stay as tombstones so other sites learn of the deletion at the next sync."""
        contents = self._contents
        if contents is None or not self.may_edit:
            return
        registered = len(contents.registrations)
        present = contents.event.present_count
        if registered or present:
            question = self.tr(
                "%1 children are registered for this event and %2 are marked present. "
                "Delete the event with its registrations and attendance? Other sites "
                "learn of the deletion at the next sync.").replace(
                "%1", str(registered)).replace("%2", str(present))
        else:
            question = self.tr("Delete this event?")
        if not self.confirm(self.tr("Delete the event"), question):
            return
        if self._store({ACTIVITIES, EVENTS}, activities.delete_activity, self._event_id,
                       confirmed=True):
            self.deleted = True
            super().accept()

    # --- Qt overrides ------------------------------------------------------------------

    def accept(self) -> None:  # QDialog.accept
        """Close; ticks not yet saved are saved first, discarded or kept open, as the
        user answers (Save is the default)."""
        if self.checklist.is_dirty() and not self.checklist.read_only:
            answer = self.ask_unsaved(self.tr("Attendance not saved"), self.tr(
                "The attendance you marked is not saved. Save it before closing?"))
            if answer == "cancel":
                self.pages.setCurrentIndex(ATTENDANCE_PAGE)
                return
            if answer == "save" and not self.checklist.save():
                self.pages.setCurrentIndex(ATTENDANCE_PAGE)
                return
        super().accept()

    def reject(self) -> None:  # QDialog.reject (Esc, the window's X)
        """Esc closes as Close does."""
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:  # QWidget.showEvent
        super().showEvent(event)
        self._fit_columns()

    # --- showing -----------------------------------------------------------------------

    def _store(self, changes: set[str], use_case, *args, **kwargs) -> bool:
        return Operation(self, self._workspace, changes, use_case, *args, **kwargs) \
            .show_errors_in(self.show_message).worded(_event_refusal) \
            .success(lambda _result: self._after(True)).run()

    def _after(self, stored: bool) -> None:
        if stored:
            self.changed = True
            self.show_message("")
            self.reload()

    def _attendance_saved(self, _change) -> None:
        self.changed = True
        self.show_message("")
        self.reload()

    def _persons_changed(self, _changed: frozenset[str]) -> None:
        if self._contents is not None:
            self.reload()

    def _show(self) -> None:
        contents = self._contents
        if contents is None:
            self._title.setText("")
            self._details.setText("")
            self.age_groups.setText("")
            self._enable()
            return
        event = contents.event
        self._title.setText(event.title or labels.label(event.kind))
        self.setWindowTitle(self.tr("%1 \u2014 children's event").replace(
            "%1", event.title or labels.label(event.kind)))
        lines = [" \u00b7 ".join(part for part in (
            labels.date_text(event.held_on), labels.label(event.kind), event.place) if part)]
        if event.facilitators:
            lines.append(self.tr("Organisers: %1").replace("%1", event.facilitators))
        if event.notes:
            lines.append(event.notes)
        self._details.setText("\n".join(lines))
        self.age_groups.setText(self.tr("Age groups: %1").replace(
            "%1", age_groups_line(contents.registered_by_age, contents.present_by_age)))
        self._fit_columns()
        self._enable()

    def _fit_columns(self) -> None:
        # Measured only once shown: a hidden view sizes its columns by the titles alone.
        if not self.isVisible():
            return
        view, header = self.registrations_view, self.registrations_view.horizontalHeader()
        padding = 2 * self.fontMetrics().averageCharWidth()
        for column in range(self.registrations.columnCount() - 1):  # the last stretches
            view.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + padding)

    def _enable(self, *_args) -> None:
        present = self._contents is not None
        registration = self.current_registration()
        self.edit_button.setEnabled(present and self.may_edit)
        self.register_button.setEnabled(present and self.may_edit)
        self.consent_button.setEnabled(self.may_edit and registration is not None)
        self.unregister_button.setEnabled(self.may_edit and registration is not None)
        self.open_child_button.setEnabled(registration is not None)
        self.delete_button.setEnabled(present and self.may_edit)
        tip = "" if self.may_edit else self.tr("Your role can view this event but not "
                                               "change it.")
        for button in (self.edit_button, self.register_button, self.consent_button,
                       self.unregister_button, self.delete_button):
            button.setToolTip(tip)
