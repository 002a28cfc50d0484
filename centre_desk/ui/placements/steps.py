"""Small dialogs that record one step of a placement: a status change, a follow-up
planned, a follow-up done. Each stays open, with messages beside its fields, until the
service accepts what was typed."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

from centre_desk.domain.enums import PlacementStatus
from centre_desk.domain.placements import NOTE_REQUIRED
from centre_desk.services import placements
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.forms import Form
from centre_desk.ui.messages import error_text
from centre_desk.ui.choices import CodeCombo
from centre_desk.ui.placement_common import DateField, placement_problems


def note_edit(name: str) -> QPlainTextEdit:
    """A few lines of free text; Tab leaves it rather than typing a tab."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(4 * edit.fontMetrics().lineSpacing() + 12)
    return edit


class StepDialog(QDialog):
    """A form, a message line and OK/Cancel; ``submit`` calls the service. Enter in a
    one-line field is OK, Escape is Cancel."""

    form_class: type[Form] = Form
    """The form's class: a subclass may word field problems its own way."""
    message_name = "stepMessage"
    minimum_width = 460

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.result_value: Any = None
        """What the service returned for the accepted submission."""
        self.form = self.form_class(self)
        self.message = QLabel(self)
        self.message.setObjectName(self.message_name)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.minimum_width)

    def submit(self) -> Any:
        """Call the service with what was typed; raise its refusal."""
        raise NotImplementedError

    def other_problem(self, field: str, code: str) -> str | None:
        """A sentence for a refusal about something not on this form (None: generic)."""
        return None

    def retranslate_ui(self) -> None:
        """Set every text in the current language (``translate`` with this class's
        name: ``self.tr`` would look the words up under the subclass's)."""
        buttons = self.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("StepDialog", "OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("StepDialog", "Cancel"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def message_text(self) -> str:
        """The message line as shown ("" when hidden)."""
        return self.message.text() if not self.message.isHidden() else ""

    def form_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """The codes the form words beside its fields."""
        return placement_problems(problems)

    def accept(self) -> None:  # QDialog.accept
        """Submit; close only when the service accepted it."""
        self.form.clear_problems()
        self.show_message("")
        try:
            self.result_value = self.submit()
        except InvalidInput as refusal:
            self.form.show_problems(self.form_problems(refusal.problems))
            others = [self.other_problem(field, code)
                      for field, code in refusal.problems.items()
                      if field not in self.field_names()]
            self.show_message(" ".join(t for t in others if t) or error_text(refusal))
            return
        except ServiceError as refusal:
            self.show_message(error_text(refusal))
            return
        super().accept()

    def field_names(self) -> set[str]:
        """The names of this form's fields (those a refusal can point at)."""
        return set()

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class StatusChangeDialog(StepDialog):
    """Move a placement to one of the statuses the workflow allows next."""

    def __init__(self, workspace: Workspace, placement_id: uuid.UUID,
                 targets: tuple[PlacementStatus, ...], since: dt.date,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("statusChangeDialog")
        self._placement_id = placement_id
        self._today = today or dt.date.today()
        self.status = self.form.add("status", CodeCombo(targets))
        self.status.setObjectName("statusCombo")
        self.changed_on = self.form.add("changed_on", DateField())
        self.changed_on.setObjectName("statusDateEdit")
        self.changed_on.set_range(since, self._today)
        self.changed_on.set_date_value(max(since, self._today))
        self.note = self.form.add("note", note_edit("statusNoteEdit"))
        self.status.currentIndexChanged.connect(self._label_note)
        self.retranslate_ui()
        self.status.setFocus()

    def field_names(self) -> set[str]:
        return {"status", "changed_on", "note"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Change the placement's status"))
        self.form.set_label("status", self.tr("New &status:"))
        self.form.set_label("changed_on", self.tr("&Date:"))
        self.status.retranslate()
        self._label_note()

    def _label_note(self) -> None:
        needed = self.status.value() in NOTE_REQUIRED
        self.form.set_label("note", self.tr("&Reason:") if needed else self.tr("&Note:"))

    def other_problem(self, field: str, code: str) -> str | None:
        """Override: placing needs a partner, which is chosen in the placement itself."""
        if field == "organisation" and code == "required":
            return self.tr("Choose the partner organisation first: press "
                           "\u201cEdit\u2026\u201d in the placement window.")
        return None

    def submit(self) -> uuid.UUID:
        """Override."""
        return self._workspace.run(placements.change_status, self._placement_id,
                                   self.status.value(), self.changed_on.date_value(),
                                   self.note.toPlainText(), today=self._today)


class ScheduleFollowUpDialog(StepDialog):
    """Plan a check on a placement."""

    def __init__(self, workspace: Workspace, placement_id: uuid.UUID, earliest: dt.date,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("scheduleFollowUpDialog")
        self._placement_id = placement_id
        today = today or dt.date.today()
        self.due_on = self.form.add("due_on", DateField())
        self.due_on.setObjectName("followUpDueEdit")
        self.due_on.set_range(earliest, None)
        self.due_on.set_date_value(max(earliest, today + dt.timedelta(days=30)))
        self.note = self.form.add("note", note_edit("followUpNoteEdit"))
        self.retranslate_ui()
        self.due_on.setFocus()

    def field_names(self) -> set[str]:
        return {"due_on", "note"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        self.form.set_label("due_on", self.tr("&Due on:"))
        self.form.set_label("note", self.tr("&What to check:"))

    def submit(self) -> uuid.UUID:
        """Override."""
        return self._workspace.run(placements.schedule_follow_up, self._placement_id,
                                   self.due_on.date_value(), self.note.toPlainText())


class FollowUpDoneDialog(StepDialog):
    """Mark a follow-up done, with what was found."""

    def __init__(self, workspace: Workspace, follow_up_id: uuid.UUID,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("followUpDoneDialog")
        self._follow_up_id = follow_up_id
        self._today = today or dt.date.today()
        self.done_on = self.form.add("done_on", DateField())
        self.done_on.setObjectName("followUpDoneEdit")
        self.done_on.set_range(None, self._today)
        self.done_on.set_date_value(self._today)
        self.note = self.form.add("note", note_edit("followUpResultEdit"))
        self.retranslate_ui()
        self.done_on.setFocus()

    def field_names(self) -> set[str]:
        return {"done_on", "note"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Mark the follow-up done"))
        self.form.set_label("done_on", self.tr("&Done on:"))
        self.form.set_label("note", self.tr("&What was found:"))

    def submit(self) -> None:
        """Override."""
        self._workspace.run(placements.complete_follow_up, self._follow_up_id,
                            self.done_on.date_value(), self.note.toPlainText(),
                            today=self._today)
