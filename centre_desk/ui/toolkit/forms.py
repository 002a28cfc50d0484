"""A form layout whose fields show their validation message right beneath them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.messages import problem_text
from centre_desk.ui.toolkit.colours import problem_label


class Form(QWidget):
    """Labelled fields by name; ``show_problems`` puts each message under its field,
    in the words of ``namespace`` where it has its own (``messages.problem_text``)."""

    def __init__(self, parent: QWidget | None = None, namespace: str | None = None) -> None:
        super().__init__(parent)
        self.namespace = namespace
        self._layout = QFormLayout(self)
        self._labels: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

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
        if isinstance(editor, DateField):  # a date is checked as typed
            editor.editingFinished.connect(lambda: self.show_problem(name, editor.problem()))
            editor.textEdited.connect(
                lambda _text: editor.problem() or self.show_problem(name, None))
        return editor

    def show_problem(self, name: str, code: str | None) -> None:
        """Show (or, for None, hide) one field's message, leaving the cursor be."""
        error = self._errors[name]
        error.setText(problem_text(code, self.namespace) if code else "")
        error.setVisible(bool(code))

    def typed_problems(self) -> dict[str, str]:
        """The problems of what is typed in the visible date fields, by field name
        (a disabled one does not count; checked before anything is submitted)."""
        return {name: code for name, editor in self._editors.items()
                if isinstance(editor, DateField) and editor.isEnabled()
                and (code := editor.problem())}

    def set_label(self, name: str, text: str) -> None:
        """Set a field's label; '&' marks its keyboard shortcut."""
        self._labels[name].setText(text)

    def set_row_visible(self, name: str, visible: bool) -> None:
        """Show or hide a whole field row."""
        self._layout.setRowVisible(self._editors[name].parentWidget(), visible)

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        error = self._errors[name]
        return error.text() if not error.isHidden() else ""

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each field's problem and put the cursor in the first wrong field."""
        self.clear_problems()
        first = None
        for name, error in self._errors.items():  # form order, so focus goes to the top
            if name not in problems:
                continue
            error.setText(problem_text(problems[name], self.namespace))
            error.show()
            first = first or self._editors[name]
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        """Hide every field message."""
        for error in self._errors.values():
            error.clear()
            error.hide()
