"""Push buttons that act when clicked or reached by their shortcut, never because Enter
was pressed somewhere else in the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def action_button(name: str, parent: QWidget,
                  slot: Callable[[], object] | None = None) -> QPushButton:
    """A button named ``name`` (for tests and style sheets), calling ``slot`` when
    clicked. It is never the default button: Enter belongs to the form (which saves)
    or the table (which opens), whichever button has focus."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(lambda: slot())
    return button
