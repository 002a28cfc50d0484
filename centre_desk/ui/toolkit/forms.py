"""A form layout whose fields show their validation message right beneath them: as a
field is left (checked by the rules the service itself uses, ``set_checker``), after a
refused save (``show_problems``, the cursor in the first wrong field), and gone as soon
as the field is put right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from centre_desk.ui.toolkit import editors
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.messages import problem_text

Checker = Callable[[], dict[str, str]]
"""What is wrong with what the form holds now, by field name, found without the
database: the date fields' own problems and the service's rules for its input."""


class Form(QWidget):
    """Labelled fields by name; ``show_problems`` puts each message under its field,
    in the words of ``namespace`` where it has its own (``messages.problem_text``).

    Each field is checked as it is left (the focus moves elsewhere in the window, or
    Enter in a line) with the form's checker (``set_checker``; without one, only the
    dates are, by their own rules): its problem shows beneath it, or the one shown
    goes. While a problem shows, each change checks again and the message goes once
    the field is right. A problem the service found on saving stays while the field
    holds what was refused."""

    def __init__(self, parent: QWidget | None = None, namespace: str | None = None) -> None:
        super().__init__(parent)
        self.namespace = namespace
        self._layout = QFormLayout(self)
        self._labels: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._refused: dict[str, tuple[object, str]] = {}
        self._checker: Checker | None = None
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def add(self, name: str, editor: QWidget, wide: bool = False) -> QWidget:
        """Add a field row; its label text is set later by ``set_label`` (translatable).

        A ``wide`` row spans both columns and has no label (a check box says it all)."""
        label = QLabel(self)
        label.setBuddy(editor)
        error = problem_label(f"{name}Error", self)
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        if wide:
            label.hide()
            self._layout.addRow(cell)
        else:
            self._layout.addRow(label, cell)
        self._labels[name], self._editors[name], self._errors[name] = label, editor, error
        for signal in editors.changed_signals(editor):
            signal.connect(lambda *_args, field=name: self._edited(field))
        if isinstance(editor, QLineEdit):  # Enter, or the focus gone with a change
            editor.editingFinished.connect(lambda field=name: self.field_left(field))
        return editor

    # --- checking as the fields are left --------------------------------------------------

    def set_checker(self, checker: Checker) -> None:
        """Check every field with this as it is left (without one, only the dates are,
        with ``typed_problems``: a form that words its other fields itself keeps
        doing so)."""
        self._checker = checker

    def current_problems(self) -> dict[str, str]:
        """What the checker finds wrong now, by field name."""
        return (self._checker or self.typed_problems)()

    def _checked(self, name: str) -> bool:
        editor = self._editors[name]
        return (self._checker is not None or isinstance(editor, DateField)) \
            and editors.editable(editor)

    def field_left(self, name: str) -> None:
        """The cursor left a field: say what is wrong with it, or stop saying it."""
        if self._checked(name):
            self.show_problem(name, self._problem_now(name))

    def _edited(self, name: str) -> None:
        if self._checked(name) and self.error_text(name) and self._problem_now(name) is None:
            self.show_problem(name, None)  # put right: the message goes at once

    def _problem_now(self, name: str) -> str | None:
        code = self.current_problems().get(name)
        if code is None and name in self._refused:
            refused_state, refused_code = self._refused[name]
            if editors.state(self._editors[name]) == refused_state:
                return refused_code  # still what the service refused
        return code

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or new is None or new.window() is not self.window():
            return  # a popup, a question or another window: the field is not left
        for name, editor in self._editors.items():
            if editors.contains(editor, old) and not editors.contains(editor, new):
                self.field_left(name)

    def state(self) -> tuple:
        """What every field holds, to tell whether anything was typed since."""
        return tuple(editors.state(editor) for editor in self._editors.values())

    def typed_problems(self) -> dict[str, str]:
        """The problems of what is typed in the visible date fields, by field name
        (a disabled one does not count; checked before anything is submitted)."""
        return {name: code for name, editor in self._editors.items()
                if isinstance(editor, DateField) and editor.isEnabled()
                and (code := editor.problem())}

    # --- showing problems ------------------------------------------------------------------

    def show_problem(self, name: str, code: str | None) -> None:
        """Show (or, for None, hide) one field's message, leaving the cursor be."""
        error = self._errors[name]
        error.setText(problem_text(code, self.namespace) if code else "")
        error.setVisible(bool(code))

    def set_label(self, name: str, text: str) -> None:
        """Set a field's label; '&' marks its keyboard shortcut."""
        self._labels[name].setText(text)

    def editor(self, name: str) -> QWidget | None:
        """The field's editor; None for a field the form has not."""
        return self._editors.get(name)

    def field_name(self, name: str) -> str:
        """A field's label as plain words (no shortcut mark, no colon), or a check box's
        own words for a wide row; blank for a field the form has not."""
        label, editor = self._labels.get(name), self._editors.get(name)
        if label is None:
            return ""
        text = label.text() if label.text() else getattr(editor, "text", lambda: "")()
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")

    def set_row_visible(self, name: str, visible: bool) -> None:
        """Show or hide a whole field row."""
        self._layout.setRowVisible(self._editors[name].parentWidget(), visible)

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        error = self._errors[name]
        return error.text() if not error.isHidden() else ""

    def show_problems(self, problems: dict[str, str], focus: bool = True) -> None:
        """Show each field's problem (a refusal: it stays while the field holds what was
        refused) and, with ``focus``, put the cursor in the first wrong field."""
        self.clear_problems()
        for name, code in problems.items():
            if name in self._errors:
                self.show_problem(name, code)
                self._refused[name] = (editors.state(self._editors[name]), code)
        if focus and (first := self.first_wrong_field()) is not None:
            editors.put_cursor_in(first)

    def first_wrong_field(self) -> QWidget | None:
        """The first field, top to bottom, whose problem shows (None: none does)."""
        for name, error in self._errors.items():  # form order: the order of the rows
            editor = self._editors[name]
            if not error.isHidden() and editor.isVisibleTo(self) and editor.isEnabled():
                return editor
        return None

    def clear_problems(self) -> None:
        """Hide every field message."""
        self._refused.clear()
        for error in self._errors.values():
            error.clear()
            error.hide()
