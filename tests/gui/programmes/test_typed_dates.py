"""Dates typed key by key into the programmes' windows, stored as written: an event and
a club meeting, joining the club, a course's start and end, a lesson and a guardian's
consent; in Russian, as the centres work. A date that cannot be read, or lies outside
what the window allows, is refused beside the field and nothing is stored."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.domain.enums import ActivityKind, CourseGroup, Programme
from centre_desk.services import activities, children_events, club as club_service, courses
from centre_desk.services.courses import CourseInput
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.club.membership import JoinClubDialog
from centre_desk.ui.courses.form import AddLessonDialog, CourseFormDialog
from centre_desk.ui.events.forms import ConsentDialog
from tests.gui.programmes.conftest import snapshot, submit
from tests.gui.test_date_field import type_date

JUNE_1 = dt.date(2026, 6, 1)


@pytest.fixture
def russian(translations):
    translations.apply("ru")
    return translations


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("programme", [Programme.MOTHERS_CLUB, Programme.CHILDREN_EVENTS])
def test_a_meeting_or_event_typed_01_06_2026_is_held_on_1_june(qtbot, specialist, club,
                                                              russian, programme):
    dialog = _shown(qtbot, ActivityDialog(specialist, programme))
    if programme is Programme.MOTHERS_CLUB:
        dialog.kind.set_value(ActivityKind.CLUB_GROUP_SESSION)
    dialog.title.insert("Встреча")
    dialog.place.insert("Центр")
    type_date(qtbot, dialog.held_on, "01.06.2026")
    assert dialog.save()
    assert specialist.run(activities.get_activity, dialog.activity_id).held_on == JUNE_1


def test_a_date_typed_mid_field_is_refused_beside_it_not_guessed(qtbot, db, specialist,
                                                                 club, translations):
    dialog = _shown(qtbot, ActivityDialog(specialist, Programme.MOTHERS_CLUB))
    dialog.title.insert("Встреча")
    dialog.held_on.set_date_value(dt.date(2026, 1, 1))
    dialog.held_on.setFocus()
    dialog.held_on.setCursorPosition(3)
    qtbot.keyClicks(dialog.held_on, "15.03.2026")
    before = snapshot(db)
    assert not dialog.save()
    assert dialog.form.error_text("held_on") == "This value is not valid."
    assert dialog.activity_id is None and snapshot(db) == before


def test_joining_the_club_on_a_typed_day(qtbot, specialist, club, russian):
    dialog = _shown(qtbot, JoinClubDialog(specialist))
    dialog.person.line_edit().insert("Ахметова Ай")
    dialog.person.search_now()
    dialog.person.choose_row(0)
    specialist.run(club_service.leave_club, club.mother_membership, dt.date(2026, 5, 1))
    type_date(qtbot, dialog.joined_on, "01.06.2026")
    assert submit(dialog)
    assert specialist.run(club_service.club_member, dialog.result_value).joined_on == JUNE_1


def test_a_blank_join_date_is_refused_with_a_sentence(qtbot, db, specialist, club,
                                                      translations):
    dialog = _shown(qtbot, JoinClubDialog(specialist))
    dialog.joined_on.clear()
    before = snapshot(db)
    dialog.accept()
    assert dialog.form.error_text("joined_on") == "This field is required."
    assert snapshot(db) == before and dialog.result() != dialog.DialogCode.Accepted


def test_a_course_typed_from_1_june_with_no_end_date_stores_none(qtbot, specialist,
                                                                  russian):
    dialog = _shown(qtbot, CourseFormDialog(specialist))
    dialog.title.insert("Арабский язык")
    dialog.group.set_value(CourseGroup.WOMEN)
    type_date(qtbot, dialog.starts_on, "01.06.2026")
    assert dialog.ends_on.text() == "" and dialog.ends_on.placeholderText() == "дд.мм.гггг"
    assert submit(dialog)
    course = specialist.run(courses.get_course, dialog.result_value)
    assert (course.starts_on, course.ends_on) == (JUNE_1, None)


def test_a_course_end_typed_as_digits_is_stored(qtbot, specialist, russian):
    dialog = _shown(qtbot, CourseFormDialog(specialist))
    dialog.title.insert("Арабский язык")
    dialog.group.set_value(CourseGroup.WOMEN)
    type_date(qtbot, dialog.starts_on, "1.6.2026")
    type_date(qtbot, dialog.ends_on, "31012027")
    assert dialog.ends_on.text() == "31012027"  # nothing put in front of it
    assert submit(dialog)
    course = specialist.run(courses.get_course, dialog.result_value)
    assert (course.starts_on, course.ends_on) == (JUNE_1, dt.date(2027, 1, 31))


def test_a_lesson_typed_key_by_key(qtbot, specialist, russian):
    course = specialist.run(courses.create_course, CourseInput(
        title="Арабский язык", group=CourseGroup.WOMEN, starts_on=dt.date(2026, 5, 1),
        capacity=10))
    dialog = _shown(qtbot, AddLessonDialog(specialist, course))
    type_date(qtbot, dialog.held_on, "01.06.2026")
    assert submit(dialog)
    assert specialist.run(activities.get_activity, dialog.result_value).held_on == JUNE_1


def test_the_consent_typed_key_by_key(qtbot, specialist, families, russian):
    event = specialist.run(children_events.create_event, "День защиты детей", JUNE_1,
                           "Центр", None)
    registration_id = specialist.run(children_events.register_child, event, families.son,
                                     families.mother, None)
    registration, = [view for view in specialist.run(children_events.event_registrations, event)
                     if view.registration_id == registration_id]
    dialog = _shown(qtbot, ConsentDialog(specialist, registration))
    type_date(qtbot, dialog.consent_on, "25.05.2026")
    assert submit(dialog)
    registration, = specialist.run(children_events.event_registrations, event)
    assert registration.consent_on == dt.date(2026, 5, 25)


def test_keys_pressed_in_a_date_never_move_it_by_a_month(qtbot, specialist, club, russian):
    dialog = _shown(qtbot, ActivityDialog(specialist, Programme.MOTHERS_CLUB))
    type_date(qtbot, dialog.held_on, "01.06.2026")
    qtbot.keyClick(dialog.held_on, Qt.Key.Key_Up)
    assert dialog.held_on.date_value() == JUNE_1
