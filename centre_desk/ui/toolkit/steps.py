"""The step dialog every small form builds on: a form, a message line and OK/Cancel,
submitted to a service and kept open while the service refuses, each field checked as
it is left, and a question before what was typed is lost; and a note box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget)

from centre_desk.services import editing
from centre_desk.services.concurrency import FieldConflict, Seen
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.buttons import ok_cancel_box
from centre_desk.ui.toolkit.edit_conflicts import (
    NOT_SAVED, NotSavedAfterConflict, not_saved_text, save_resolving, value_text)
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text, own_text
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.operations import announce
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label

R = TypeVar("R")


def note_edit(name: str) -> QPlainTextEdit:
    """A few lines of free text; Tab leaves it rather than typing a tab."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(4 * edit.fontMetrics().lineSpacing() + 12)
    return edit


class StepDialog(Retranslating, QDialog, ModalHost):
    """A form, a message line and OK/Cancel; ``submit`` calls the service. Enter in a
    one-line field is OK, Escape is Cancel.

    Each field is checked as it is left by ``field_problems`` (the dates; a subclass
    adds its service's own rules). Cancel, Escape or the window's X with something
    typed asks ``ModalHost.ask_unsaved``: Save submits (and stays open if refused),
    Discard closes, Cancel keeps the window; with nothing typed it closes at once."""

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
        self.form.set_checker(self.field_problems)
        self.seen: Seen | None = None
        """What the window showed of the record it corrects (:meth:`edits_record`)."""
        self._clean: tuple | None = None
        """What the fields held when the window was shown, to tell whether anything
        was typed since."""

    def submit(self) -> Any:
        """Call the service with what was typed; raise its refusal."""
        raise NotImplementedError

    def field_problems(self) -> dict[str, str]:
        """What is wrong with what is typed, found without the database, by field: the
        dates' own problems; a subclass adds its service's own rules for its input
        (``editors.rule_problems(service.normalise, self.data())``), never a copy."""
        return self.form.typed_problems()

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
        """Submit; close only when the service accepted it. Refused, the window stays
        with each problem beside its field and the cursor in the first wrong one."""
        self.form.clear_problems()
        self.show_message("")
        if typed := self.field_problems():
            self.form.show_problems(typed)
            return
        try:
            self.result_value = self.submit()
        except NotSavedAfterConflict:
            self.show_message(not_saved_text())
            return
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

    # --- two desks editing one record ------------------------------------------------------

    def edits_record(self, entity: str, row_id: Any, shown: Any) -> None:
        """This window corrects the stored record ``entity`` ``row_id``, its form filled
        from ``shown`` (a view with the fields by name): :meth:`save_checked` then
        refuses to overwrite what another desk saved since (services.concurrency)."""
        seen = self._workspace.run(editing.seen_record, entity, row_id)
        self.seen = seen.shown_as({name: getattr(shown, name) for name in seen.values
                                   if hasattr(shown, name)})

    def save_checked(self, save: Callable[[Any, Seen | None], R], data: Any) -> R:
        """``save(data, seen)``, asking about fields another desk saved since the window
        opened (toolkit.edit_conflicts); NotSavedAfterConflict if the user cancels."""
        saved = save_resolving(self, lambda inputs, seen: save(inputs[0], seen[0]), (data,),
                               (self.seen,), self._conflict_name, self._conflict_value)
        if saved is NOT_SAVED:
            raise NotSavedAfterConflict
        return saved

    def _form_name(self, field: str) -> str:
        """The form's name for a service's field ("organisation" for organisation_id)."""
        return field if self.form.editor(field) is not None else field.removesuffix("_id")

    def _conflict_name(self, conflict: FieldConflict) -> str:
        return self.form.field_name(self._form_name(conflict.field)) or conflict.field

    def _conflict_value(self, conflict: FieldConflict, value: Any) -> str:
        """A value in the words the form's own choice offers it in, else value_text."""
        editor = self.form.editor(self._form_name(conflict.field))
        if isinstance(editor, QComboBox) and value is not None and \
                (index := editor.findData(value)) >= 0:
            return editor.itemText(index)
        return value_text(value)

    # --- closing with something typed ------------------------------------------------------

    def is_modified(self) -> bool:
        """Whether anything was typed or chosen since the window was shown."""
        return self._clean is not None and self._state() != self._clean

    def _state(self) -> tuple:
        return self.form.state()

    def reject(self) -> None:  # QDialog.reject: Cancel, Escape and the window's X
        """Close; with something typed, ask first (Save, the default, submits and
        closes only if accepted; Discard closes; Cancel stays)."""
        if self.is_modified():
            answer = self.ask_unsaved(
                QCoreApplication.translate("StepDialog", "Unsaved changes"),
                QCoreApplication.translate(
                    "StepDialog", "What you typed here is not saved. Save it before closing?"))
            if answer == "cancel":
                return
            if answer == "save":
                self.accept()
                return  # accepted and closed, or refused and open with the problems
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        """Override: what the fields hold when first shown is what "nothing typed"
        means (the subclass has filled them in by then)."""
        if self._clean is None:
            self._clean = self._state()
        super().showEvent(event)
