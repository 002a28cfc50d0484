"""What a form needs to know of any field editor, whatever its kind (a line, a note, a
combo, a number, a tick, a check list, a person or a date field): what it holds now,
the signal that says it changed, whether it can be typed into, and where the cursor
goes when it is pointed at."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QTextEdit, QWidget)

from centre_desk.services.errors import InvalidInput


def state(editor: QWidget) -> object:
    """What the editor holds, as a value to compare (not its words: a combo's entry is
    the same after the language changes). None for what cannot be typed (a label)."""
    if hasattr(editor, "person_id"):  # the person field: who is chosen, what is typed
        line = editor.line_edit() if hasattr(editor, "line_edit") else None
        return editor.person_id(), line.text() if line is not None else None
    if isinstance(editor, QComboBox):
        chosen = editor.value() if hasattr(editor, "value") else editor.currentIndex()
        return chosen, editor.currentText() if editor.isEditable() else None
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QAbstractSpinBox):
        return editor.text()
    if isinstance(editor, QAbstractButton):
        return editor.isChecked()
    if isinstance(editor, QListWidget):
        return tuple(editor.item(row).checkState().value for row in range(editor.count()))
    return None


def changed_signals(editor: QWidget) -> list[SignalInstance]:
    """The signals that say the editor's contents changed (by the user or not)."""
    if isinstance(editor, QLabel):
        return []
    for name in ("person_changed", "changed"):  # the person field, a check list
        if hasattr(editor, name) and isinstance(getattr(editor, name), SignalInstance):
            signals = [getattr(editor, name)]
            if hasattr(editor, "line_edit"):
                signals.append(editor.line_edit().textChanged)
            return signals
    if isinstance(editor, QComboBox):
        signals = [editor.currentIndexChanged]
        return signals + [editor.editTextChanged] if editor.isEditable() else signals
    if isinstance(editor, QLineEdit | QPlainTextEdit | QTextEdit):
        return [editor.textChanged]
    if isinstance(editor, QAbstractSpinBox) and hasattr(editor, "valueChanged"):
        return [editor.valueChanged]
    if isinstance(editor, QAbstractButton):
        return [editor.toggled]
    if isinstance(editor, QListWidget):
        return [editor.itemChanged]
    return []


def editable(editor: QWidget) -> bool:
    """Whether the user can change the editor now (enabled, not read-only)."""
    if not editor.isEnabled() or isinstance(editor, QLabel):
        return False
    if hasattr(editor, "line_edit"):
        editor = editor.line_edit()
    if isinstance(editor, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        return not editor.isReadOnly()
    return True


def contains(editor: QWidget, widget: QWidget | None) -> bool:
    """Whether ``widget`` is the editor or a part of it (a combo's line, a person
    field's box)."""
    return widget is not None and (widget is editor or editor.isAncestorOf(widget))


def put_cursor_in(editor: QWidget) -> None:
    """Give the editor the keyboard focus, in the part that takes typing."""
    target = editor
    if editor.focusProxy() is None and editor.focusPolicy() == Qt.FocusPolicy.NoFocus:
        for child in editor.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(editor):
                target = child
                break
    target.setFocus(Qt.FocusReason.OtherFocusReason)


def rule_problems(rule: Callable[..., object], *args, **kwargs) -> dict[str, str]:
    """The problems a service's own check (``persons.normalise``,
    ``organisations.normalise`` ...) finds in what was typed, by field; {} when none.
    A form checks a field as it is left with the service's rule, never a copy of it."""
    try:
        rule(*args, **kwargs)
    except InvalidInput as refusal:
        return dict(refusal.problems)
    return {}
