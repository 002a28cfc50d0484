"""Field editors the participant file's forms share: dates that may be blank, code
choices in words, a check list of specialists, and one switch to make them read-only."""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget)

from centre_desk.services.users import UserView
from centre_desk.ui import labels

_DATE = re.compile(r"^\s*(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})\s*$")
_DATE_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    """A date typed the way paperwork writes it (05.03.2024, 5.3.2024 or 05032024);
    None when it is not one."""
    match = _DATE.match(text) or _DATE_DIGITS.match(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class DateField(QLineEdit):
    """A date that may be left blank; typed as dd.mm.yyyy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(10)
        self.setClearButtonEnabled(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the hint in the current language."""
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy"))

    def date(self) -> dt.date | None:
        """The date typed, or None when blank or not a date (see ``problem``)."""
        return parse_date(self.text())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(labels.date_text(value))

    def problem(self) -> str | None:
        """'invalid' when something is typed that is not a date."""
        return "invalid" if self.text().strip() and self.date() is None else None


class CodeCombo(QComboBox):
    """A choice among an enum's codes shown in words, optionally with a blank entry.

    The codes are kept here, not as item data: Qt would turn a StrEnum into a str."""

    def __init__(self, codes: Sequence[enum.Enum], blank: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: list[enum.Enum | None] = ([None] if blank else []) + list(codes)
        self.addItems([labels.label(code) for code in self._codes])

    def retranslate_ui(self) -> None:
        """Words in the current language."""
        for row, code in enumerate(self._codes):
            self.setItemText(row, labels.label(code))

    def codes(self) -> list[enum.Enum | None]:
        """What each row stands for, in order (None: the blank row)."""
        return list(self._codes)

    def value(self) -> enum.Enum | None:
        row = self.currentIndex()
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def set_value(self, code: enum.Enum | None) -> None:
        self.setCurrentIndex(self._codes.index(code) if code in self._codes else -1)


class TextCombo(QComboBox):
    """Free text with the values already in use offered (facilities, regions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def set_choices(self, choices: Iterable[str]) -> None:
        """Offer these values, keeping what is typed."""
        text = self.currentText()
        blocked = self.blockSignals(True)
        self.clear()
        self.addItems(sorted(set(choices)))
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
