"""The colours the windows share, named for what they say, and the line a refusal
shows in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

PROBLEM = "#b00020"
"""Text that says what is wrong: a refusal, a field's problem."""
DONE = "#1b5e20"
"""Text that says something went through ("Saved.")."""
WARNING = "#8a5a00"
"""Text that asks for a second look but refuses nothing (an IIN whose digits say
another birth date)."""
PROBLEM_STYLE = f"color: {PROBLEM};"
DONE_STYLE = f"color: {DONE};"


def problem_label(name: str, parent: QWidget | None = None, hidden: bool = True) -> QLabel:
    """A word-wrapped line in the problem colour (hidden until it has something to
    say, unless ``hidden`` is False)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label
