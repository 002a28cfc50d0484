"""Push buttons that act when clicked or reached by their shortcut, never because Enter
was pressed somewhere else in the window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget


def push_button(name: str, parent: QWidget,
                slot: Callable[[], object] | None = None) -> QPushButton:
    """A button named ``name`` (for tests and style sheets), calling ``slot`` when
    clicked; in a dialog, Enter presses it while it has focus."""
    button = QPushButton(parent)
    button.setObjectName(name)
    if slot is not None:
        button.clicked.connect(lambda: slot())
    return button


def action_button(name: str, parent: QWidget,
                  slot: Callable[[], object] | None = None) -> QPushButton:
    """A :func:`push_button` that is never the default button: Enter belongs to the
    form (which saves) or the table (which opens), whichever button has focus."""
    button = push_button(name, parent, slot)
    button.setAutoDefault(False)
    return button


def close_box(dialog: QDialog) -> QDialogButtonBox:
    """The standard Close button, which closes (rejects) the dialog."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.rejected.connect(dialog.reject)
    return box


def ok_cancel_box(dialog: QDialog) -> QDialogButtonBox:
    """The standard OK and Cancel for a form: OK is the default button (Enter presses
    it) and accepts the dialog, Cancel rejects it."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def button_row(start: Sequence[QWidget] = (), end: Sequence[QWidget] = ()) -> QHBoxLayout:
    """A row of buttons (or other widgets): ``start`` at its beginning, ``end`` at its
    end, the space left between them."""
    row = QHBoxLayout()
    for widget in start:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in end:
        row.addWidget(widget)
    return row


def ok_cancel(dialog: QDialog,
              ok_name: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK (named ``ok_name``) and Cancel for a dialog with a picker or list in it, which
    Enter belongs to: neither button is pressed by Enter. They accept and reject the
    dialog; their words are the dialog's, set in its ``retranslate_ui``."""
    box = QDialogButtonBox(dialog)
    ok = action_button(ok_name, dialog)
    cancel = QPushButton(dialog)
    cancel.setAutoDefault(False)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel
