"""The date fields: a date picked or typed in a calendar box, the same with an unset
value, and a date typed as text that may be left blank."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from centre_desk.ui.toolkit import labels

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


class TextDateField(QLineEdit):
    """A date that may be left blank; typed as dd.mm.yyyy (the translation context
    keeps its old name, DateField)."""

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


class DateField(QDateEdit):
    """A date typed or picked from a calendar, shown as 05.03.2024."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")

    def date_value(self) -> dt.date:
        return self.date().toPython()

    def set_date_value(self, day: dt.date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def set_range(self, earliest: dt.date | None, latest: dt.date | None) -> None:
        """Keep typed dates between these (inclusive); None leaves that end open."""
        if earliest is not None:
            self.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        if latest is not None:
            self.setMaximumDate(QDate(latest.year, latest.month, latest.day))


NO_DATE = QDate(2000, 1, 1)
"""The end date field's lowest value, shown as "not set"."""


class OptionalDateField(DateField):
    """A date that may be left unset (its lowest value stands for "not set")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(NO_DATE)
        self.setDate(NO_DATE)

    def optional_value(self) -> dt.date | None:
        return None if self.date() == NO_DATE else self.date_value()

    def set_optional_value(self, day: dt.date | None) -> None:
        if day is None:
            self.setDate(NO_DATE)
        else:
            self.set_date_value(day)
