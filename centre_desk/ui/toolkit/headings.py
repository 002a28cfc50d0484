"""Headings: a window's title line, larger and bold, and a section's bold title; and
the wrapped lines of words under them that can be selected and copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def title_label(name: str, parent: QWidget, scale: float = 1.25) -> QLabel:
    """A window's title line (its words set in ``retranslate_ui``): bold, ``scale``
    times the size of the text around it."""
    label = QLabel(parent)
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def section_title(parent: QWidget, name: str | None = None) -> QLabel:
    """A section's title over a list or checklist: bold, in the usual size."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setStyleSheet("font-weight: bold;")
    return label


def text_label(name: str, parent: QWidget) -> QLabel:
    """Words the user may want to copy (details, a message, a site's card): wrapped,
    and selectable with the mouse."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
