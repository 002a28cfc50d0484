"""The one date field of the program: a date typed as day.month.year (05.03.2024,
5.3.2024 or 05032024) or picked from a calendar, blank where a date is optional,
and checked as typed: a field that cannot be read says so (``problem``) rather than
storing a date nobody typed."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

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


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QLineEdit):
    """A date typed as dd.mm.yyyy or picked from the calendar button. ``optional``: it
    may be left blank (its value is then None); else blank is a problem ("required").
    ``set_range`` bounds it: a date outside is a problem, never moved to the bound.
    ``date_changed`` is emitted with the date (or None) whenever it changes."""

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self._earliest: dt.date | None = None
        self._latest: dt.date | None = None
        self._last: dt.date | None = None
        self.setClearButtonEnabled(optional)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, "", self)
        self.calendar_action.setObjectName("calendarButton")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.textChanged.connect(self._text_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the hint in the current language."""
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy"))
        self.calendar_action.setToolTip(QCoreApplication.translate("DateField", "Calendar"))

    # --- the value ------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The date typed, or None when blank or not a date (see ``problem``)."""
        return parse_date(self.text())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(labels.date_text(value))

    def problem(self) -> str | None:
        """What is wrong with what is typed: "required" (blank, not optional),
        "invalid" (not a date), "date.too_early"/"date.too_late" (out of range);
        None when it is fine."""
        if not self.text().strip():
            return None if self.optional else "required"
        day = self.date()
        if day is None:
            return "invalid"
        if self._earliest is not None and day < self._earliest:
            return "date.too_early"
        if self._latest is not None and day > self._latest:
            return "date.too_late"
        return None

    def date_value(self) -> dt.date:
        """The date of a field whose ``problem`` is None (a form checks that first)."""
        day = self.date()
        if day is None or self.problem() is not None:
            raise ValueError(f"no valid date in {self.objectName() or 'a date field'}")
        return day

    def set_date_value(self, day: dt.date) -> None:
        self.set_date(day)

    def optional_value(self) -> dt.date | None:
        """The date, or None when left blank."""
        return None if not self.text().strip() else self.date_value()

    def set_optional_value(self, day: dt.date | None) -> None:
        self.set_date(day)

    def set_range(self, earliest: dt.date | None, latest: dt.date | None) -> None:
        """Accept only dates between these (inclusive); None leaves that end open."""
        self._earliest, self._latest = earliest, latest

    # --- typing and the calendar ----------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        day = self.date()
        if day != self._last:
            self._last = day
            self.date_changed.emit(day)

    def focusInEvent(self, event) -> None:  # Qt's name
        """Entering the field selects its date, so typing replaces it whole."""
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # not once the field is gone

    def open_calendar(self) -> None:
        """Show the calendar under the field, at the date typed (else today)."""
        low = _qdate(self._earliest) if self._earliest else QDate(1900, 1, 1)
        high = _qdate(self._latest) if self._latest else QDate(2100, 12, 31)
        self.calendar.setDateRange(low, high)
        self.calendar.setSelectedDate(_qdate(self.date() or dt.date.today()))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_date(day.toPython())
        self.calendar.hide()
        self.setFocus()
