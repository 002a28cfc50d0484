"""Moving a participant to the next stage: when, why, and who witnessed a renunciation."""

from __future__ import annotations

import datetime as dt
import uuid


from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget)

from centre_desk.domain import stages
from centre_desk.domain.enums import Stage
from centre_desk.services import cases
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.dates import TextDateField
from centre_desk.ui.participants.file_fields import clean
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label


def stage_targets(current: Stage, may_close: bool) -> list[Stage]:
    """The stages a participant can move to next, in the workflow's order; closing a
    file and reopening a closed one only for those allowed to."""
    return [stage for stage in stages.next_stages(current)
            if may_close or not stages.needs_supervisor(stage, current)]


class ChangeStageDialog(Retranslating, QDialog):
    """Asks for the new stage, its date and a note (and a witness for a renunciation),
    then records the change; stays open with messages beside the fields until valid."""

    def __init__(self, workspace: Workspace, case_id: uuid.UUID, current: Stage,
                 may_close: bool, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeStageDialog")
        self._workspace, self._case_id, self._current = workspace, case_id, current
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._form = Form(self)
        self.stage = self._form.add("stage", CodeCombo(stage_targets(current, may_close)))
        self.stage.setObjectName("stageCombo")
        self.on = self._form.add("on", TextDateField())
        self.on.setObjectName("stageDateEdit")
        self.on.set_date(today or dt.date.today())
        self.note = self._form.add("note", QPlainTextEdit())
        self.note.setObjectName("stageNoteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.witness = self._form.add("witness", QLineEdit())
        self.witness.setObjectName("witnessEdit")
        self.witness.setMaxLength(200)
        self._message = problem_label("stageMessage", self, hidden=False)
        self._buttons = QDialogButtonBox(self)
        self._ok = QPushButton(self)
        self._ok.setObjectName("changeStageButton")
        self._ok.setDefault(True)
        self._cancel = QPushButton(self)
        self._buttons.addButton(self._ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.stage.currentIndexChanged.connect(self._show_witness)
        layout = QVBoxLayout(self)
        for widget in (self._intro, self._form, self._message, self._buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
        self._show_witness()
        self.retranslate_ui()
        self.stage.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Change stage"))
        self._intro.setText(self.tr("Current stage: %1").replace(
            "%1", labels.label(self._current)))
        self._form.set_label("stage", self.tr("&New stage:"))
        self._form.set_label("on", self.tr("&Date:"))
        self._form.set_label("note", self.tr("N&ote:"))
        self._form.set_label("witness", self.tr("&Witnessed by:"))
        self.note.setPlaceholderText(self.tr("Why the stage changes: what was seen or said"))
        self.witness.setPlaceholderText(self.tr("Full name and position of the witness"))
        self._ok.setText(self.tr("&Change stage"))
        self._cancel.setText(self.tr("Cancel"))
        self.stage.retranslate()
        self.on.retranslate_ui()

    def error_text(self, name: str) -> str:
        """The message shown beside a field ('' when none)."""
        return self._form.error_text(name)

    def message(self) -> str:
        """The refusal shown under the form ('' when none)."""
        return self._message.text()

    def _show_witness(self) -> None:
        target = self.stage.value()
        self._form.set_row_visible("witness", target is not None and
                                   stages.needs_witness(target))

    def accept(self) -> None:  # QDialog.accept
        """Record the change; stay open with the problems shown if it is refused."""
        self._message.clear()
        target = self.stage.value()
        on = self.on.date()
        problems = {}
        if target is None:
            problems["stage"] = "required"
        if on is None:
            problems["on"] = self.on.problem() or "required"
        if problems:
            self._form.show_problems(problems)
            return
        witness = clean(self.witness.text()) if stages.needs_witness(target) else None
        try:
            self._workspace.run(cases.change_stage, self._case_id, target, on,
                                self.note.toPlainText().strip(), witness)
        except InvalidInput as refusal:
            self._form.show_problems(refusal.problems)
            self._message.setText(error_text(refusal))
            return
        except ServiceError as refusal:
            self._form.clear_problems()
            self._message.setText(error_text(refusal))
            return
        super().accept()
