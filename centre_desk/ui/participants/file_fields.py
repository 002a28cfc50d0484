"""Field editors the participant file's forms share: free text with the values in use
offered, a check list of specialists, and one switch to make them read-only."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget)

from centre_desk.services.users import UserView

class TextCombo(QComboBox):
    """Free text with the values already in use offered (facilities, regions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def set_choices(self, choices: Iterable[str], in_order: bool = False) -> None:
        """Offer these values, keeping what is typed; sorted, unless ``in_order`` says
        they come in the order to offer them (regions, in their language's order)."""
        text = self.currentText()
        blocked = self.blockSignals(True)
        self.clear()
        self.addItems(list(dict.fromkeys(choices)) if in_order else sorted(set(choices)))
        self.setEditText(text)
        self.blockSignals(blocked)

    def set_text(self, text: str | None) -> None:
        self.setEditText(text or "")


class SpecialistsList(QListWidget):
    """The centre's specialists with a tick against each one assigned to the case."""

    changed = Signal()
    """A tick was set or cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_specialists(self, specialists: Iterable[UserView],
                        assigned: Iterable[uuid.UUID] = ()) -> None:
        """List these staff; an assigned one who is no longer listed is still shown."""
        ticked = set(assigned) | set(self.checked_ids())
        blocked = self.blockSignals(True)
        self.clear()
        for user in specialists:
            item = QListWidgetItem(user.full_name, self)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable |
                          Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if user.id in ticked
                               else Qt.CheckState.Unchecked)
        self.blockSignals(blocked)

    def set_checked(self, ids: Iterable[uuid.UUID]) -> None:
        wanted = set(ids)
        blocked = self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.blockSignals(blocked)

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        """The ticked staff, in list order."""
        return tuple(self.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(self.count())
                     if self.item(row).checkState() == Qt.CheckState.Checked)


def set_editable(widgets: Iterable[QWidget], editable: bool) -> None:
    """Let the user change these fields or not. Text stays selectable (to copy an IIN);
    choices, ticks and buttons are disabled."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(not editable)
        else:
            widget.setEnabled(editable)


def clean(text: str) -> str | None:
    """Blank text as None, the way the services store it."""
    text = text.strip()
    return text or None
