"""The one date field of the program (toolkit.dates.DateField), typed key by key: a
date as written, blank where optional, refused with a sentence when it cannot be read,
is required or falls outside its range; the calendar opens at the value or today; and
no window builds a spin-style QDateEdit of its own."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.forms import Form

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                      "This plugin does not support grabbing the keyboard")

UI = Path(__file__).resolve().parents[2] / "centre_desk" / "ui"


def type_date(qtbot, field: DateField, text: str) -> None:
    """Put the cursor in the field, select what it holds and type over it key by key."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


@pytest.fixture
def field(qtbot):
    made = DateField()
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.mark.parametrize(("typed", "day"), [
    ("01.06.2026", dt.date(2026, 6, 1)), ("15.03.2026", dt.date(2026, 3, 15)),
    ("5.3.2024", dt.date(2024, 3, 5)), ("05032024", dt.date(2024, 3, 5)),
    ("31.12.2025", dt.date(2025, 12, 31))])
def test_a_date_typed_is_the_date_written(qtbot, field, typed, day):
    field.set_date_value(dt.date(2026, 12, 1))  # something there to type over
    type_date(qtbot, field, typed)
    assert (field.date_value(), field.problem()) == (day, None)


def test_typing_in_the_middle_of_a_date_never_makes_up_another(qtbot, field):
    field.set_date_value(dt.date(2026, 1, 1))
    field.setFocus()
    field.setCursorPosition(3)  # clicked mid-field, nothing selected
    qtbot.keyClicks(field, "15.03.2026")
    assert field.date() is None and field.problem() == "invalid"
    with pytest.raises(ValueError):
        field.date_value()


def test_a_required_date_refuses_blank_and_an_optional_one_is_none(qtbot):
    required, optional = DateField(), DateField(optional=True)
    for made in (required, optional):
        qtbot.addWidget(made)
    assert (required.problem(), optional.problem()) == ("required", None)
    assert optional.optional_value() is None and optional.date() is None
    qtbot.keyClicks(optional, "01.06.2026")
    assert optional.optional_value() == dt.date(2026, 6, 1)
    optional.set_optional_value(None)
    assert optional.text() == "" and optional.optional_value() is None


def test_the_blank_field_shows_the_form_of_a_date_in_russian(qtbot, translations):
    translations.apply("ru")
    made = DateField(optional=True)
    qtbot.addWidget(made)
    assert made.placeholderText() == "дд.мм.гггг"


def test_a_date_outside_the_range_is_refused_not_moved_to_the_limit(qtbot, field):
    field.set_range(dt.date(2026, 1, 10), dt.date(2026, 6, 30))
    type_date(qtbot, field, "01.07.2026")
    assert field.problem() == "date.too_late" and field.date() == dt.date(2026, 7, 1)
    type_date(qtbot, field, "09.01.2026")
    assert field.problem() == "date.too_early" and field.date() == dt.date(2026, 1, 9)
    type_date(qtbot, field, "30.06.2026")
    assert field.problem() is None and field.date_value() == dt.date(2026, 6, 30)


def test_the_form_says_what_is_wrong_beside_the_field_as_it_is_typed(qtbot, translations):
    form = Form()
    qtbot.addWidget(form)
    day = form.add("day", DateField())
    form.show()
    type_date(qtbot, day, "31.02.2026")
    day.editingFinished.emit()
    assert form.error_text("day") == "This value is not valid."
    assert form.typed_problems() == {"day": "invalid"}
    type_date(qtbot, day, "28.02.2026")
    assert form.error_text("day") == "" and form.typed_problems() == {}
    day.set_range(None, dt.date(2026, 1, 31))
    day.editingFinished.emit()
    assert form.error_text("day") == "The date is later than allowed."


def test_the_calendar_opens_at_the_date_or_today_and_a_click_sets_it(qtbot, field):
    field.open_calendar()
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate().toPython() == dt.date.today()
    field.calendar.hide()
    field.set_date_value(dt.date(2027, 1, 31))
    field.open_calendar()
    assert field.calendar.selectedDate().toPython() == dt.date(2027, 1, 31)
    field.calendar.clicked.emit(QDate(2027, 2, 3))
    assert not field.calendar.isVisible() and field.date_value() == dt.date(2027, 2, 3)


def test_the_optional_calendar_does_not_open_in_2000(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    field.open_calendar()
    assert field.calendar.selectedDate().toPython() == dt.date.today()


def test_no_window_builds_a_spin_style_date_box_of_its_own():
    users = [str(path.relative_to(UI)) for path in sorted(UI.rglob("*.py"))
             if path != UI / "toolkit" / "dates.py"
             and re.search(r"\bQDate(Time)?Edit\b", path.read_text(encoding="utf-8"))]
    assert users == [], f"use toolkit.dates.DateField instead of QDateEdit in {users}"
