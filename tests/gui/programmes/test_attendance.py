"""The shared attendance checklist: search in any alphabet, Space to tick, the counter,
refusals shown with nothing stored, and read-only users."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from centre_desk.domain.enums import Programme
from centre_desk.services import activities, children_events
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.attendance import PERSON_ID_ROLE, REFUSED_ROLE, AttendanceChecklist
from tests.gui.programmes.conftest import LAST_MONTH, snapshot, type_text


def _checklist(qtbot, workspace, activity_id, **options):
    checklist = AttendanceChecklist(workspace, activity_id, **options)
    qtbot.addWidget(checklist)
    checklist.show()
    checklist.activateWindow()
    qtbot.waitUntil(checklist.isActiveWindow)
    return checklist


def _shown(checklist):
    proxy = checklist.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def _ticked(checklist):
    proxy = checklist.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())
            if proxy.index(row, 0).data(Qt.ItemDataRole.CheckStateRole)
            == Qt.CheckState.Checked]


def _stored(workspace, activity_id):
    return {p.full_name for p in workspace.run(activities.expected_people, activity_id)
            if p.present}


def test_the_checklist_lists_the_members_expected_with_who_came_ticked(qtbot, specialist,
                                                                      club, qtmodeltester):
    checklist = _checklist(qtbot, specialist, club.meeting)
    qtmodeltester.check(checklist.model)
    qtmodeltester.check(checklist.proxy)
    assert _shown(checklist) == ["Ахметова Айгерим", "Бекова Гульнара", "Сапарова Сауле"]
    assert _ticked(checklist) == ["Ахметова Айгерим"]
    assert checklist.counter_text() == "Present: 1 of 3"
    assert not checklist.is_dirty() and not checklist.save_button.isEnabled()


def test_search_narrows_by_name_in_any_alphabet_and_case(qtbot, specialist, club):
    checklist = _checklist(qtbot, specialist, club.meeting)
    for typed in ("сап", "SAP", "Sapar", "сауле", "САПАРОВА С"):
        checklist.search_edit.clear()
        checklist.search_edit.insert(typed)
        assert _shown(checklist) == ["Сапарова Сауле"], typed
    checklist.search_edit.clear()
    assert len(_shown(checklist)) == 3


def test_space_ticks_the_current_row_the_counter_follows_and_save_stores_it(qtbot, specialist,
                                                                             club):
    checklist = _checklist(qtbot, specialist, club.meeting)
    saved = []
    checklist.saved.connect(saved.append)
    checklist.search_edit.setFocus()
    type_text(checklist.search_edit, "sap")
    qtbot.keyClick(checklist.search_edit, Qt.Key.Key_Down)
    assert checklist.view.hasFocus()
    qtbot.keyClick(checklist.view, Qt.Key.Key_Space)
    assert _ticked(checklist) == ["Сапарова Сауле"]
    assert checklist.counter_text() == "Present: 2 of 3" and checklist.is_dirty()
    qtbot.keyClick(checklist.view, Qt.Key.Key_Space)
    assert checklist.counter_text() == "Present: 1 of 3" and not checklist.is_dirty()
    qtbot.keyClick(checklist.view, Qt.Key.Key_Space)
    qtbot.mouseClick(checklist.save_button, Qt.MouseButton.LeftButton)
    assert _stored(specialist, club.meeting) == {"Ахметова Айгерим", "Сапарова Сауле"}
    assert len(saved) == 1 and not checklist.is_dirty()
    assert checklist.message_text() == ""


def test_unticking_stores_the_removal(qtbot, specialist, club):
    checklist = _checklist(qtbot, specialist, club.meeting)
    assert checklist.set_present(club.mother, False)
    assert checklist.save()
    assert _stored(specialist, club.meeting) == set()
    assert checklist.counter_text() == "Present: 0 of 3"


def test_a_child_without_consent_is_shown_disabled_with_the_reason(qtbot, admin, db,
                                                                   specialist, families):
    ws = Workspace(db, admin)
    event = ws.run(children_events.create_event, "День защиты детей", LAST_MONTH,
                   "Центр", "Сәрсенова Ә.")
    ws.run(children_events.register_child, event, families.son, families.mother,
           LAST_MONTH)
    ws.run(children_events.register_child, event, families.granddaughter,
           families.grandmother, None)
    checklist = _checklist(qtbot, specialist, event)
    assert _shown(checklist) == ["Ахметов Арман",
                                 "Сапарова Дана — no guardian consent date yet"]
    refused = checklist.proxy.index(1, 0)
    assert not refused.flags() & Qt.ItemFlag.ItemIsEnabled
    assert refused.data(Qt.ItemDataRole.ToolTipRole) == "no guardian consent date yet"
    assert not checklist.set_present(families.granddaughter, True)
    assert not checklist.add_button.isVisible()  # only the registered children may come


def test_a_refused_save_names_the_persons_and_stores_nothing(qtbot, admin, db, specialist,
                                                             families):
    # Someone else takes the child off the event after the checklist was opened.
    ws = Workspace(db, admin)
    event = ws.run(children_events.create_event, "День защиты детей", LAST_MONTH,
                   "Центр", "Сәрсенова Ә.")
    registration = ws.run(children_events.register_child, event, families.son,
                          families.mother, LAST_MONTH)
    checklist = _checklist(qtbot, specialist, event)
    ws.run(children_events.unregister_child, registration)
    assert checklist.set_present(families.son, True)
    before = snapshot(db)
    assert not checklist.save()
    assert snapshot(db) == before
    assert checklist.message_text() == (
        "Nothing was saved: these people are not on this activity's list: Ахметов Арман.")
    assert checklist.proxy.index(0, 0).data(REFUSED_ROLE)
    assert checklist.is_dirty()
    assert not {"Ахметов Арман"} & _stored(specialist, event)


def test_a_future_activity_cannot_have_attendance(qtbot, specialist, club, db):
    from centre_desk.domain.enums import ActivityKind
    from centre_desk.services.activities import ActivityInput
    later = specialist.run(activities.create_activity, ActivityInput(
        Programme.MOTHERS_CLUB, ActivityKind.CLUB_GROUP_SESSION,
        dt.date.today() + dt.timedelta(days=3)))
    checklist = _checklist(qtbot, specialist, later)
    checklist.set_present(club.mother, True)
    before = snapshot(db)
    assert not checklist.save()
    assert snapshot(db) == before
    assert checklist.message_text().startswith("Nothing was saved: the activity has not "
                                               "been held yet")


def test_a_guest_is_added_by_name_and_counted_present_but_not_expected(qtbot, specialist,
                                                                       club, modals):
    checklist = _checklist(qtbot, specialist, club.meeting)

    def pick_the_woman(dialog):
        dialog.picker.search_edit().insert("Касымова")
        dialog.picker.search_now()
        dialog.accept()
        return True
    modals.expect(pick_the_woman)
    qtbot.mouseClick(checklist.add_button, Qt.MouseButton.LeftButton)
    assert "Касымова Жанар — not on the list" in _ticked(checklist)
    assert checklist.counter_text() == "Present: 2 of 3"
    assert checklist.save()
    assert _stored(specialist, club.meeting) == {"Ахметова Айгерим", "Касымова Жанар"}


def test_read_only_sees_the_ticks_and_cannot_change_them(qtbot, read_only, club, db):
    checklist = _checklist(qtbot, read_only, club.meeting)
    assert _ticked(checklist) == ["Ахметова Айгерим"]
    assert not checklist.save_button.isEnabled() and not checklist.add_button.isEnabled()
    before = snapshot(db)
    checklist.view.setFocus()
    qtbot.keyClick(checklist.view, Qt.Key.Key_Space)
    index = checklist.proxy.index(1, 0)
    assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not checklist.model.setData(checklist.model.index(1), Qt.CheckState.Checked,
                                       Qt.ItemDataRole.CheckStateRole)
    assert _ticked(checklist) == ["Ахметова Айгерим"] and not checklist.save()
    assert snapshot(db) == before


def test_read_only_by_argument_for_a_user_who_may_edit(qtbot, specialist, club):
    checklist = _checklist(qtbot, specialist, club.meeting, read_only=True)
    assert not checklist.set_present(club.grandmother, True)
    assert checklist.proxy.index(0, 0).data(PERSON_ID_ROLE) == club.mother
