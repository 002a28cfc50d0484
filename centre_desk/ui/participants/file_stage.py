"""Moving a participant to the next stage: when, why, and who witnessed a renunciation.
Rehabilitated, closed and reopened are requested instead, for a second supervisor to
approve (services.approvals): the dialog says so and its button reads "Request…"."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget)

from centre_desk.domain import stages
from centre_desk.domain.enums import Stage
from centre_desk.services import approvals, cases
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.participants.file_fields import clean
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.steps import StepDialog
from centre_desk.ui.toolkit.window_fit import keep_lines_whole


def stage_targets(current: Stage, may_close: bool) -> list[Stage]:
    """The stages a participant can move to next, in the workflow's order; closing a
    file and reopening a closed one only for those allowed to."""
    return [stage for stage in stages.next_stages(current)
            if may_close or not stages.needs_supervisor(stage, current)]


class ChangeStageDialog(StepDialog):
    """Asks for the new stage, its date and a note (and a witness for a renunciation),
    then records the change; stays open with messages beside the fields until valid."""

    message_name = "stageMessage"

    def __init__(self, workspace: Workspace, case_id: uuid.UUID, current: Stage,
                 may_close: bool, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("changeStageDialog")
        self._case_id, self._current = case_id, current
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.layout().insertWidget(0, self._intro)
        self.stage = self.form.add("stage", CodeCombo(stage_targets(current, may_close)))
        self.stage.setObjectName("stageCombo")
        self.on = self.form.add("on", DateField())
        self.on.setObjectName("stageDateEdit")
        self.on.set_date(today or dt.date.today())
        self.note = self.form.add("note", QPlainTextEdit())
        self.note.setObjectName("stageNoteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.witness = self.form.add("witness", QLineEdit())
        self.witness.setObjectName("witnessEdit")
        self.witness.setMaxLength(200)
        self._ok().setObjectName("changeStageButton")
        self._approval = QLabel(self)
        self._approval.setObjectName("needsApprovalLabel")
        self._approval.setWordWrap(True)
        self.layout().insertWidget(1, self._approval)
        self.stage.currentIndexChanged.connect(self._show_witness)
        keep_lines_whole(self, whole_form=True)  # the request's line wraps
        self._show_witness()
        self.retranslate_ui()
        self.stage.setFocus()

    def retranslate_ui(self) -> None:
        """Override: the form's words; OK says what it does."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Change stage"))
        self._intro.setText(self.tr("Current stage: %1").replace(
            "%1", labels.label(self._current)))
        self.form.set_label("stage", self.tr("&New stage:"))
        self.form.set_label("on", self.tr("&Date:"))
        self.form.set_label("note", self.tr("N&ote:"))
        self.form.set_label("witness", self.tr("&Witnessed by:"))
        self.note.setPlaceholderText(self.tr("Why the stage changes: what was seen or said"))
        self.witness.setPlaceholderText(self.tr("Full name and position of the witness"))
        self._approval.setText(self.tr(
            "This outcome needs four eyes: it is recorded as a request, and the stage changes "
            "once a second supervisor approves it."))
        self._ok().setText(self.tr("&Request approval") if self.needs_approval()
                           else self.tr("&Change stage"))
        self.stage.retranslate()
        self.on.retranslate_ui()

    def error_text(self, name: str) -> str:
        """The message shown beside a field ('' when none)."""
        return self.form.error_text(name)

    def accept(self) -> None:  # QDialog.accept
        """Override: a stage and a real date are asked for before the service is."""
        problems = {}
        if self.stage.value() is None:
            problems["stage"] = "required"
        if self.on.date() is None:
            problems["on"] = self.on.problem() or "required"
        if problems:
            self.show_message("")
            self.form.show_problems(problems)
            return
        super().accept()

    def needs_approval(self) -> bool:
        """Whether the chosen stage is requested rather than changed."""
        target = self.stage.value()
        return target is not None and stages.needs_approval(target, self._current)

    def submit(self) -> None:
        """Override: record the change, or the request for it."""
        target = self.stage.value()
        witness = clean(self.witness.text()) if stages.needs_witness(target) else None
        use_case = approvals.request_outcome if self.needs_approval() else cases.change_stage
        self._workspace.run(use_case, self._case_id, target, self.on.date(),
                            self.note.toPlainText().strip(), witness)

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _show_witness(self) -> None:
        target = self.stage.value()
        self.form.set_row_visible("witness", target is not None and
                                  stages.needs_witness(target))
        self._approval.setVisible(self.needs_approval())
        self._ok().setText(self.tr("&Request approval") if self.needs_approval()
                           else self.tr("&Change stage"))
