"""The step dialog every small form builds on: a form, a message line and OK/Cancel,
submitted to a service and kept open while the service refuses; and a note box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget)

from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.buttons import ok_cancel_box
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text, own_text
from centre_desk.ui.toolkit.operations import announce
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label


def note_edit(name: str) -> QPlainTextEdit:
    """A few lines of free text; Tab leaves it rather than typing a tab."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(4 * edit.fontMetrics().lineSpacing() + 12)
    return edit


class StepDialog(Retranslating, QDialog):
    """A form, a message line and OK/Cancel; ``submit`` calls the service. Enter in a
    one-line field is OK, Escape is Cancel."""

    namespace: str | None = None
    """Whose words a refusal takes where they have their own ("club", "event",
    "course"): the form's and the message line's (``messages.problem_text``)."""
    changes: frozenset[str] = frozenset()
    """The kinds of data an accepted submission stores (``toolkit.operations``): they
    are announced once it is stored, so the lists showing them reload."""
    message_name = "stepMessage"
    minimum_width = 460

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.result_value: Any = None
        """What the service returned for the accepted submission."""
        self.form = Form(self, self.namespace)
        self.message = problem_label(self.message_name, self)
        self.buttons = ok_cancel_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.minimum_width)

    def submit(self) -> Any:
        """Call the service with what was typed; raise its refusal."""
        raise NotImplementedError

    def other_problem(self, field: str, code: str) -> str | None:
        """A sentence for a refusal about something not on this form: the namespace's
        own, if it has one (None: the generic one)."""
        return own_text(code, self.namespace)

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
        """The codes the form words beside its fields (all of them, unless a subclass
        words some itself)."""
        return problems

    def accept(self) -> None:  # QDialog.accept
        """Submit; close only when the service accepted it."""
        self.form.clear_problems()
        self.show_message("")
        if typed := self.form.typed_problems():
            self.form.show_problems(typed)
            return
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
        announce(self._workspace, self.changes)

    def field_names(self) -> set[str]:
        """The names of this form's fields (those a refusal can point at)."""
        return set()
