"""What the list tests do to a list tab: show it, read a column or the status line, pick
a combo entry by its words (typing as a keyboard would is
``tests.gui.participants.conftest.type_text``)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def shown(qtbot, widget: QWidget, width: int, height: int = 500,
          active: bool = False) -> QWidget:
    """The widget on screen at this size; ``active`` waits until it is the active window
    (shortcuts such as Ctrl+N need one)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    if active:
        with qtbot.waitActive(widget):
            widget.show()
            widget.activateWindow()
    else:
        widget.show()
    return widget


def column_texts(tab, column: int) -> list[str]:
    """Every shown cell of a list tab's column, top to bottom."""
    model = tab.view().model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def status_text(tab) -> str:
    """The tab's status line ("Shown: 2 of 3")."""
    return tab.findChild(QLabel, "statusLabel").text()


def choose_text(combo: QComboBox, text: str) -> None:
    """Pick the entry with these words, which must be offered."""
    row = combo.findText(text)
    assert row >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(row)
