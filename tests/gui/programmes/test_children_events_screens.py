"""Pictures of the children's events tab in Russian and Kazakh, for a person to look at:
the list, an event's children and attendance, the registration window and a child's
file. Saved as events_*.png under $CENTRE_DESK_SHOTS (e.g. /tmp/shots) when set, else in
a temp dir."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import ActivityKind
from centre_desk.services import activities, children_events
from centre_desk.ui.events.dialog import ATTENDANCE_PAGE
from centre_desk.ui.events.forms import RegistrationDialog
from centre_desk.ui.toolkit.i18n import Translations
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.events.tab import ChildrenEventsTab
from tests.gui.conftest import open_files
from tests.gui.screens import assert_fits, assert_shows
from tests.gui.programmes.test_children_events import (  # fixtures, used by name
    CONSENT_ON, HELD_ON, choose_person, event as event, open_event,
    registered as registered)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_pictures_of_the_tab_an_event_registration_and_a_childs_file(
        qtbot, specialist, registered, shots, language, qm_folder):
    f = registered
    specialist.run(children_events.register_child, f.event, f.second_son, f.second_mother,
                   CONSENT_ON)
    specialist.run(activities.set_attendance, f.event, [f.son, f.granddaughter])
    sports = specialist.run(children_events.create_event, "Весёлые старты — Көңілді жарыс",
                            HELD_ON - dt.timedelta(days=60), "Спортзал школы-гимназии №5",
                            "Тренер Ким С.", kind=ActivityKind.ATHLETIC_EVENT)
    specialist.run(children_events.register_child, sports, f.son, f.father,
                   HELD_ON - dt.timedelta(days=61))  # signed before that event
    Translations(qm_folder).apply(language)
    QApplication.processEvents()

    tab = ChildrenEventsTab(specialist, open_files(qtbot, specialist))
    qtbot.addWidget(tab)
    tab.resize(1100, 360)
    tab.show()
    qtbot.wait(20)
    assert tab.grab().save(str(shots / f"events_tab_{language}.png"))
    assert_shows(tab, "День защиты детей", "Весёлые старты — Көңілді жарыс")
    assert_fits(tab)

    dialog = open_event(qtbot, specialist, f.event)
    qtbot.wait(20)
    assert dialog.grab().save(str(shots / f"events_event_{language}.png"))
    assert_shows(dialog, "День защиты детей", "Ахметов Арман", "Беков Данияр", "Сапарова Дана")
    assert_fits(dialog)
    dialog.pages.setCurrentIndex(ATTENDANCE_PAGE)
    qtbot.wait(20)
    assert dialog.grab().save(str(shots / f"events_attendance_{language}.png"))
    assert_shows(dialog, "Ахметов Арман", "Ахметова Алия — ")  # a child not to tick, and why
    assert_fits(dialog)

    registration = RegistrationDialog(specialist, f.event)
    qtbot.addWidget(registration)
    registration.show()
    choose_person(registration.child, "Серикова", f.stranger_child)
    registration.accept()  # refused: nobody is linked to her as parent or guardian
    qtbot.wait(20)
    assert registration.grab().save(str(shots / f"events_register_{language}.png"))
    # The refusal says where to link a parent: the Family section of her file.
    assert_shows(registration, "Серикова Мадина", {"ru": "«Семья»", "kk": "«Отбасы»"}[language])
    assert_fits(registration)

    file = ParticipantFileDialog(specialist, person_id=f.son)
    qtbot.addWidget(file)
    file.show()
    file.tabs.setCurrentWidget(file.child_events)
    qtbot.wait(20)
    assert file.grab().save(str(shots / f"events_child_file_{language}.png"))
    assert_shows(file, "Ахметов Арман", "День защиты детей · Центр, актовый зал",
                 "Весёлые старты — Көңілді жарыс")
    assert_fits(file)
