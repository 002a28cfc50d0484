"""What the placement windows share (and other windows took up): modal hooks tests
replace and who may do what. Choice boxes are in ui.choices."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from centre_desk.domain.permissions import Permission, allows
from centre_desk.services.workspace import Workspace

Unsaved = Literal["save", "discard", "cancel"]
"""The answer to :meth:`ModalHost.ask_unsaved`."""


def may(workspace: Workspace, permission: Permission) -> bool:
    """Whether the signed-in user's role allows this (so the control is enabled)."""
    actor = workspace.actor
    return actor is not None and allows(actor.role, permission)


class ModalHost:
    """Mixed into widgets that open windows or ask questions. Every modal goes through
    these methods, so tests replace them and never block on a real modal."""

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True if it was accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/no question; True for yes. No is the default answer."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self if isinstance(self, QWidget) else None, title,
                                      question, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_unsaved(self, title: str, text: str) -> Unsaved:
        """Ask what to do with changes not saved when a window closes: Save (the
        default), Discard or Cancel (the window stays open with what was typed). Every
        window that would lose typed work asks this, in these words."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton,
                          self if isinstance(self, QWidget) else None)
        box.setObjectName("unsaved_changes")
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        save.setText(QCoreApplication.translate("ModalHost", "&Save"))
        discard.setText(QCoreApplication.translate("ModalHost", "&Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ModalHost", "Cancel"))
        box.setDefaultButton(save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def warn(self, title: str, text: str) -> None:
        """Say why something was refused, in a message box the user closes."""
        QMessageBox.warning(self if isinstance(self, QWidget) else None, title, text)
