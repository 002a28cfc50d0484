"""Outcomes awaiting approval: the requests made at this centre that wait for the signed-in
supervisor (not their own), each approved or returned with a note (services.approvals).
Opened from the main window's File menu ("Approvals waiting for me…")."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QVBoxLayout, QWidget)

from centre_desk.domain.permissions import Permission, allows
from centre_desk.services import approvals
from centre_desk.services.approvals import ApprovalView
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, close_box
from centre_desk.ui.toolkit.colours import DONE_STYLE, PROBLEM_STYLE
from centre_desk.ui.toolkit.messages import error_text, problem_text
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.operations import CASES, announce
from centre_desk.ui.toolkit.paged_model import ID_ROLE
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, file_table

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def _outcome(request: ApprovalView) -> str:
    return labels.label(request.to_stage)  # the stage it comes from: in the file


REQUEST_COLUMNS = (
    FileColumn(lambda: translate("ApprovalsDialog", "Participant"), lambda r: r.person_name),
    FileColumn(lambda: translate("ApprovalsDialog", "Outcome"), _outcome),
    FileColumn(lambda: translate("ApprovalsDialog", "On"),
               lambda r: labels.date_text(r.changed_on)),
    FileColumn(lambda: translate("ApprovalsDialog", "Requested by"),
               lambda r: r.requested_by_name or ""),
    FileColumn(lambda: translate("ApprovalsDialog", "Note"), lambda r: r.note),
)


def requests_model(parent=None) -> RowsModel:
    """Requests waiting, oldest first; ``ID_ROLE`` is the request."""
    return RowsModel(REQUEST_COLUMNS, row_id=lambda r: r.id, parent=parent)


class ApprovalsDialog(Retranslating, QDialog, ModalHost):
    """The list, a note, and Approve / Return / Open file."""

    case_requested = Signal(uuid.UUID)
    """Open this participant's file."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsDialog")
        self._workspace = workspace
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = requests_model(self)
        self.view = file_table(self.model, "approvalsView", self)
        self.view.activated.connect(lambda _index: self.open_file())
        self.note_label = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("decisionNoteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(4 * self.note.fontMetrics().lineSpacing() + 12)
        self.note_label.setBuddy(self.note)
        self.message = QLabel(self)
        self.message.setObjectName("approvalsMessage")
        self.message.setWordWrap(True)
        self.approve_button = action_button("approveButton", self, self.approve)
        self.return_button = action_button("returnButton", self, self.return_request)
        self.open_button = action_button("openRequestFileButton", self, self.open_file)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        self.close_box = close_box(self)
        buttons.addWidget(self.close_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(960, 520)
        self.reload()
        self.view.setFocus()

    def reload(self) -> None:
        """Read the waiting requests again; the first is selected."""
        self.model.set_rows(self._workspace.run(approvals.waiting_for_me))
        if self.model.rowCount():
            self.view.selectRow(0)
        has_rows = bool(self.model.rowCount())
        for button in (self.approve_button, self.return_button, self.open_button):
            button.setEnabled(has_rows)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(translate("ApprovalsDialog", "Approvals waiting for me"))
        self.intro.setText(
            translate("ApprovalsDialog", "Outcomes asked for at this centre that wait for a "
                      "second supervisor: %1. Approve one to change the stage, or return it "
                      "with a note saying what is missing.").replace(
                "%1", str(self.model.rowCount())) if self.model.rowCount() else
            translate("ApprovalsDialog", "Nothing waits for your approval."))
        self.view.setAccessibleName(translate("ApprovalsDialog", "Requests waiting"))
        self.note_label.setText(translate("ApprovalsDialog", "&Note (needed to return):"))
        self.approve_button.setText(translate("ApprovalsDialog", "&Approve"))
        self.return_button.setText(translate("ApprovalsDialog", "&Return with the note"))
        self.open_button.setText(translate("ApprovalsDialog", "Open the &file"))
        self.close_box.buttons()[0].setText(translate("ApprovalsDialog", "Close"))
        self.model.retranslate()

    def selected(self) -> ApprovalView | None:
        """The request selected in the list."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row_id = index.data(ID_ROLE)
        return next((r for r in self.model.rows() if r.id == row_id), None)

    def approve(self) -> bool:
        """Approve the selected request; True if it was."""
        return self._decide(True)

    def return_request(self) -> bool:
        """Return the selected request with the note; True if it was."""
        return self._decide(False)

    def _decide(self, approve: bool) -> bool:
        request = self.selected()
        if request is None:
            return False
        try:
            self._workspace.run(approvals.decide, request.id, approve,
                                self.note.toPlainText())
        except InvalidInput as refused:
            code = next(iter(refused.problems.values()))
            field = next(iter(refused.problems))
            text = problem_text(code) if field != "note" else translate(
                "ApprovalsDialog", "Write in the note why the request is returned.")
            self._say(text, error=True)
            if field == "note":
                self.note.setFocus()
            return False
        except ServiceError as refused:
            self._say(error_text(refused), error=True)
            return False
        done = (translate("ApprovalsDialog", "Approved: %1 is now “%2”.") if approve else
                translate("ApprovalsDialog", "Returned to %1's file with the note."))
        self.note.clear()
        self.reload()
        self._say(done.replace("%1", request.person_name).replace(
            "%2", labels.label(request.to_stage)))
        announce(self._workspace, {CASES})
        return True

    def open_file(self) -> None:
        """Ask for the selected request's participant file."""
        request = self.selected()
        if request is not None:
            self.case_requested.emit(request.case_id)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(PROBLEM_STYLE if error else DONE_STYLE)
        self.message.setText(text)


class ApprovalActions(QObject):
    """File → "Approvals waiting for me…", for those who may approve (others see it
    disabled); the window opens the participant files it is asked for."""

    def __init__(self, window: QWidget, menu: QMenu, workspace: Workspace, files) -> None:
        super().__init__(window)
        self._window, self._workspace, self._files = window, workspace, files
        self.action = QAction(window)
        self.action.setObjectName("approvalsAction")
        actor = workspace.actor
        self.action.setEnabled(bool(actor) and allows(actor.role, Permission.APPROVE_OUTCOMES))
        self.action.triggered.connect(lambda: self.open())
        menu.addAction(self.action)

    def retranslate(self) -> None:
        """Set the action's words in the current language."""
        self.action.setText(translate("ApprovalActions", "Appro&vals waiting for me…"))
        self.action.setStatusTip(translate(
            "ApprovalActions", "Approve or return the outcomes other staff asked for."))

    def open(self) -> ApprovalsDialog:
        """The approvals window (returned, already open)."""
        dialog = ApprovalsDialog(self._workspace, self._window)
        dialog.case_requested.connect(self._files.open_case)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
