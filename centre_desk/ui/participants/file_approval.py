"""The line under a participant's stage that says an outcome awaits a second supervisor's
approval (services.approvals), or that the last request was returned and why."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from centre_desk.services import approvals
from centre_desk.services.approvals import ApprovalView
from centre_desk.services.errors import ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.colours import PROBLEM_STYLE, WARNING
from centre_desk.ui.toolkit.retranslate import Retranslating

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def pending_text(request: ApprovalView) -> str:
    """"Rehabilitated on 01.11.2024: pending approval by a second supervisor …"."""
    text = translate(
        "ApprovalLine", "%1 on %2: pending approval by a second supervisor (requested by %3).")
    if not request.here:
        text += " " + translate("ApprovalLine", "It is decided at the centre that made it.")
    return (text.replace("%1", labels.label(request.to_stage))
            .replace("%2", labels.date_text(request.changed_on))
            .replace("%3", request.requested_by_name or "—"))


def returned_text(request: ApprovalView) -> str:
    """"Request for Rehabilitated returned by …: note"."""
    return (translate("ApprovalLine", "The request for “%1” was returned by %2: %3")
            .replace("%1", labels.label(request.to_stage))
            .replace("%2", request.decided_by_name or "—")
            .replace("%3", request.decision_note or ""))


class ApprovalLine(Retranslating, QLabel):
    """Hidden unless the case has a request waiting or its last one was returned."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalLine")
        self.setWordWrap(True)
        self._workspace = workspace
        self.pending: ApprovalView | None = None
        self.returned: ApprovalView | None = None
        self.hide()

    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Read the case's waiting or returned request (nothing for no case)."""
        self.pending = self.returned = None
        if case_id is not None:
            try:
                self.pending = self._workspace.run(approvals.pending_for_case, case_id)
                if self.pending is None:
                    self.returned = self._workspace.run(approvals.last_returned, case_id)
            except ServiceError:
                pass  # the file itself says why it cannot show the case
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        style, text = "", ""
        if self.pending is not None:
            style, text = f"color: {WARNING}; font-weight: bold;", pending_text(self.pending)
        elif self.returned is not None:
            style, text = PROBLEM_STYLE, returned_text(self.returned)
        if style and self.styleSheet() != style:
            self.setStyleSheet(style)
        if self.text() != text:
            self.setText(text)
        if self.isHidden() == bool(self.text()):  # only a change asks for a new layout
            self.setVisible(bool(self.text()))
