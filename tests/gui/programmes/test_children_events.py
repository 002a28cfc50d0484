"""The children's events tab as a worker uses it: an event, children registered through a
parent or guardian with the consent date, who came, age groups, and the child's file.

The fixtures and helpers here are shared with the other test_children_events_* modules.
"""

from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from centre_desk.domain.ages import AgeGroup, age_group
from centre_desk.services import activities, children_events
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Attendance, EventRegistration
from centre_desk.ui.events.dialog import ATTENDANCE_PAGE, ChildEventDialog
from centre_desk.ui.events.forms import ConsentDialog, RegistrationDialog
from centre_desk.ui.events.models import (
    COL_AGE, COL_AGE_GROUP, COL_CHILD, COL_CONSENT, COL_GUARDIAN, COL_PRESENT, age_group_text)
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.toolkit.person_field import PERSON_ROLE
from tests.gui.conftest import open_files
from tests.gui.programmes.conftest import submit

TODAY = dt.date.today()
HELD_ON = TODAY - dt.timedelta(days=10)
CONSENT_ON = TODAY - dt.timedelta(days=20)


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@pytest.fixture
def event(db, admin, families) -> types.SimpleNamespace:
    """"День защиты детей" held ten days ago; nobody registered yet."""
    families.event = Workspace(db, admin).run(
        children_events.create_event, "День защиты детей", HELD_ON, "Центр, актовый зал",
        "Сәрсенова Ә., Ким С.")
    return families


@pytest.fixture
def registered(db, admin, event) -> types.SimpleNamespace:
    """The son (consent signed) and the daughter (no consent yet), both by their mother;
    the granddaughter by her grandmother, with consent."""
    run = Workspace(db, admin).run
    event.son_registration = run(children_events.register_child, event.event, event.son,
                                 event.mother, CONSENT_ON)
    event.daughter_registration = run(children_events.register_child, event.event,
                                      event.daughter, event.mother, None)
    run(children_events.register_child, event.event, event.granddaughter, event.grandmother,
        CONSENT_ON)
    return event


def open_event(qtbot, workspace, event_id) -> ChildEventDialog:
    dialog = ChildEventDialog(workspace, event_id, open_files(qtbot, workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(model, col) -> list[str]:
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def choose_person(field, typed: str, person_id) -> None:
    """Type in a person field and choose the match that is this person."""
    field.line_edit().insert(typed)
    field.search_now()
    matches = field.matches()
    rows = [row for row in range(matches.rowCount())
            if matches.index(row, 0).data(PERSON_ROLE).id == person_id]
    assert rows, f"{typed!r} did not find the person"
    field.choose_row(rows[0])


def test_a_child_registered_with_consent_is_marked_present_and_shows_on_their_file(
        qtbot, specialist, event, modals, db):
    f = event
    dialog = open_event(qtbot, specialist, f.event)
    assert "День защиты детей" in dialog.windowTitle()
    assert dialog.age_groups.text() == "Age groups: No children registered yet."

    def register_son(window: RegistrationDialog) -> bool:
        choose_person(window.child, "Ахметов", f.son)
        # Both parents are linked to the son: the guardian is chosen from them.
        assert sorted(window.guardian.values()[1:]) == sorted([f.mother, f.father])
        window.guardian.set_value(f.mother)
        window.consent_on.insert(CONSENT_ON.strftime("%d.%m.%Y"))
        return submit(window)

    modals.expect(register_son)
    dialog.register_child()

    model = dialog.registrations
    age = age_on(dt.date(2016, 6, 1), HELD_ON)
    assert column(model, COL_CHILD) == ["Ахметов Арман"]
    assert column(model, COL_AGE) == [str(age)]
    assert column(model, COL_AGE_GROUP) == [age_group_text(age_group(dt.date(2016, 6, 1),
                                                                     HELD_ON))]
    assert column(model, COL_AGE_GROUP)[0] in ("6\u20139", "10\u201313", "14\u201317")
    assert column(model, COL_GUARDIAN) == ["Ахметова Айгерим"]
    assert column(model, COL_CONSENT) == [CONSENT_ON.strftime("%d.%m.%Y")]
    assert column(model, COL_PRESENT) == [""]

    dialog.pages.setCurrentIndex(ATTENDANCE_PAGE)
    assert dialog.checklist.counter_text() == "Present: 0 of 1"
    assert dialog.checklist.set_present(f.son, True)
    assert dialog.checklist.save()
    assert column(model, COL_PRESENT) == ["present"]
    assert "1 registered, 1 present" in dialog.age_groups.text()
    assert dialog.changed
    with db.session() as session:
        ticks = session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == f.event, Attendance.deleted_at.is_(None))).all()
    assert ticks == [f.son]

    # The child's file: the event on the timeline, on its own page, and the family.
    opened = []
    dialog.person_requested.connect(opened.append)
    dialog.registrations_view.selectRow(0)
    dialog.open_child()
    assert opened == [f.son]
    file = ParticipantFileDialog(specialist, person_id=f.son)
    qtbot.addWidget(file)
    section = file.child_events
    assert file.tabs.isTabVisible(file.tabs.indexOf(section))
    assert column(section.model, 1) == ["came"]
    assert column(section.model, 2) == [CONSENT_ON.strftime("%d.%m.%Y")]
    assert column(section.model, 3) == ["Ахметова Айгерим"]
    assert column(section.model, 4) == ["День защиты детей \u00b7 Центр, актовый зал"]
    assert section.summary.text() == "Came to 1 of 1 events."
    timeline = file.timeline.model
    assert (timeline.data(timeline.index(0, 1)), HELD_ON.strftime("%d.%m.%Y")) == (
        "Children's event", timeline.data(timeline.index(0, 0)))
    assert "День защиты детей" in timeline.data(timeline.index(0, 2))
    family = file.family.model
    assert sorted(column(family, 1)) == ["Ахметов Бауыржан", "Ахметова Айгерим"]


def test_consent_recorded_later_lets_the_child_be_ticked(qtbot, specialist, registered,
                                                         modals, db):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    assert column(dialog.registrations, COL_CONSENT) == [
        CONSENT_ON.strftime("%d.%m.%Y"), "not signed yet", CONSENT_ON.strftime("%d.%m.%Y")]
    assert not dialog.checklist.set_present(f.daughter, True)
    model = dialog.registrations  # the child waiting for consent stands out
    assert [model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
            for row in range(3)] == [False, True, False]

    def sign(window: ConsentDialog) -> bool:
        assert window.child.text() == "Ахметова Алия"
        assert window.consent_on.text() == ""  # empty until typed, not today
        window.consent_on.set_date(HELD_ON)  # signed on the event's day
        return submit(window)

    modals.expect(sign)
    dialog.registrations_view.selectRow(1)
    dialog.record_consent()
    assert column(dialog.registrations, COL_CONSENT)[1] == HELD_ON.strftime("%d.%m.%Y")
    assert dialog.checklist.set_present(f.daughter, True) and dialog.checklist.save()
    with db.session() as session:
        registration = session.get(EventRegistration, f.daughter_registration)
    assert registration.consent_on == HELD_ON


def test_age_groups_count_registered_and_present_children(qtbot, specialist, registered):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    dialog.checklist.set_present(f.granddaughter, True)
    dialog.checklist.save()
    # Computed from the birth dates on the event's day, as the tab must.
    births = {"son": dt.date(2016, 6, 1), "daughter": dt.date(2020, 9, 15),
              "granddaughter": dt.date(2013, 2, 2)}
    registered_by, present_by = {}, {}
    for name, birth in births.items():
        group = age_group_text(age_group(birth, HELD_ON))
        registered_by[group] = registered_by.get(group, 0) + 1
        present_by[group] = present_by.get(group, 0) + (name == "granddaughter")
    order = [age_group_text(g) for g in AgeGroup]
    expected = " \u00b7 ".join(
        f"{group}: {registered_by[group]} registered, {present_by[group]} present"
        for group in sorted(registered_by, key=order.index))
    assert dialog.age_groups.text() == f"Age groups: {expected}"


def test_unregistering_asks_and_takes_the_child_off_the_list(qtbot, specialist, registered,
                                                             modals, db):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    dialog.registrations_view.selectRow(1)
    modals.answer(True)
    dialog.unregister_child()
    assert modals.questions == ["Take Ахметова Алия off this event's list?"]
    assert column(dialog.registrations, COL_CHILD) == ["Ахметов Арман", "Сапарова Дана"]
    with db.session() as session:
        registration = session.get(EventRegistration, f.daughter_registration)
    assert registration.deleted_at is not None  # a tombstone, for sync


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, specialist, registered):
    dialog = open_event(qtbot, specialist, registered.event)
    qtmodeltester.check(dialog.registrations)
    file = ParticipantFileDialog(specialist, person_id=registered.son)
    qtbot.addWidget(file)
    qtmodeltester.check(file.child_events.model)


def test_closing_with_ticks_not_saved_asks_and_saves_them(qtbot, specialist, registered,
                                                         modals, db):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    dialog.checklist.set_present(f.granddaughter, True)
    modals.answer("save")
    dialog.accept()
    assert modals.questions == [
        "The attendance you marked is not saved. Save it before closing?"]
    assert not dialog.isVisible()
    with db.session() as session:
        ticks = session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == f.event, Attendance.deleted_at.is_(None))).all()
    assert ticks == [f.granddaughter]


def test_the_event_is_corrected_in_the_shared_activity_window(qtbot, specialist, event,
                                                             modals):
    dialog = open_event(qtbot, specialist, event.event)

    def move(window) -> bool:
        assert (window.objectName(), window.title.text()) == ("activityDialog",
                                                              "День защиты детей")
        window.place.clear()
        window.place.insert("Парк «Южный»")
        window.accept()
        return window.result() == window.DialogCode.Accepted

    modals.expect(move)
    dialog.edit_event()
    assert dialog.changed
    assert "Парк «Южный»" in dialog.findChild(QLabel, "eventDetails").text()
    assert specialist.run(activities.get_activity, event.event).place == "Парк «Южный»"
