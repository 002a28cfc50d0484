"""The activity window as the club uses it: a new meeting, who came, corrections, field
problems beside the fields, deletion that asks and leaves tombstones, read-only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from centre_desk.domain.enums import ActivityKind, Programme
from centre_desk.services import activities
from centre_desk.ui.activities.dialog import ActivityDialog
from tests.gui.programmes.conftest import snapshot, stored_activity

LAST_WEEK = dt.date.today() - dt.timedelta(days=7)


def _dialog(qtbot, workspace, activity_id=None, programme=Programme.MOTHERS_CLUB):
    dialog = ActivityDialog(workspace, programme, activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_meeting_is_saved_then_who_came_is_ticked_and_stored(qtbot, specialist, club):
    dialog = _dialog(qtbot, specialist)
    assert dialog.checklist is None and not dialog.delete_button.isEnabled()
    assert dialog.kind.values() == [ActivityKind.CLUB_GROUP_SESSION,
                                    ActivityKind.CLUB_ONE_ON_ONE, ActivityKind.ATHLETIC_EVENT]
    dialog.held_on.set_date_value(LAST_WEEK)  # after Бекова left
    dialog.kind.set_value(ActivityKind.ATHLETIC_EVENT)
    dialog.title.insert("Спортивный день")
    dialog.place.insert("Стадион «Қайрат»")
    dialog.facilitators.insert("Сәрсенова Ә.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # Saved, and the window stays open with the members to tick.
    assert dialog.activity_id is not None and dialog.changed and dialog.isVisible()
    assert dialog.message_text() == "Saved. Tick who came, then press OK."
    assert dialog.checklist.counter_text() == "Present: 0 of 2"
    dialog.checklist.set_present(club.mother, True)
    dialog.checklist.set_present(club.grandmother, True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    view = specialist.run(activities.get_activity, dialog.activity_id)
    assert (view.kind, view.held_on, view.title, view.place, view.facilitators,
            view.present_count) == (ActivityKind.ATHLETIC_EVENT, LAST_WEEK,
                                    "Спортивный день", "Стадион «Қайрат»", "Сәрсенова Ә.", 2)


def test_an_existing_meeting_shows_its_details_and_corrections_are_stored(qtbot, specialist,
                                                                          club):
    dialog = _dialog(qtbot, specialist, club.meeting)
    assert dialog.title.text() == "Встреча клуба" and dialog.place.text() == "Центр"
    assert dialog.checklist.counter_text() == "Present: 1 of 3"
    dialog.place.clear()
    dialog.place.insert("Центр, зал 2")
    dialog.checklist.set_present(club.grandmother, True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changed
    view = specialist.run(activities.get_activity, club.meeting)
    assert (view.place, view.present_count) == ("Центр, зал 2", 2)


def test_a_too_long_title_is_shown_beside_the_field_and_nothing_is_stored(qtbot, specialist,
                                                                          club, db):
    dialog = _dialog(qtbot, specialist, club.meeting)
    dialog.title.setMaxLength(1000)
    dialog.title.setText("я" * 201)
    before = snapshot(db)
    dialog.accept()
    assert dialog.isVisible() and snapshot(db) == before
    assert dialog.form.error_text("title") == "This is too long."
    assert dialog.message_text() == "Please correct the highlighted fields."


def test_a_meeting_with_attendance_moved_into_the_future_is_refused(qtbot, specialist, club,
                                                                    db):
    dialog = _dialog(qtbot, specialist, club.meeting)
    dialog.held_on.set_date_value(dt.date.today() + dt.timedelta(days=5))
    before = snapshot(db)
    assert not dialog.save()
    assert snapshot(db) == before
    assert dialog.form.error_text("held_on") == (
        "People are marked present: the date cannot move into the future.")


def test_deleting_a_meeting_with_attendance_asks_and_leaves_tombstones(qtbot, specialist,
                                                                       club, modals, db):
    dialog = _dialog(qtbot, specialist, club.meeting)
    modals.answer(False)
    before = snapshot(db)
    assert not dialog.delete()
    assert snapshot(db) == before and dialog.isVisible()
    modals.answer(True)
    assert dialog.delete()
    assert modals.questions == [
        "People marked present: 1. Delete this activity and their attendance?"] * 2
    assert dialog.deleted and not dialog.isVisible()
    activity, ticks, _registrations = stored_activity(db, club.meeting)
    assert activity.deleted_at is not None
    assert ticks and all(t.deleted_at is not None for t in ticks)


def test_read_only_sees_the_meeting_and_can_change_nothing(qtbot, read_only, club, db):
    dialog = _dialog(qtbot, read_only, club.meeting)
    assert dialog.title.text() == "Встреча клуба" and dialog.title.isReadOnly()
    assert not any(b.isEnabled() for b in (dialog.ok_button, dialog.save_button,
                                           dialog.delete_button, dialog.kind))
    assert dialog.cancel_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert dialog.checklist.read_only
    before = snapshot(db)
    dialog.accept()
    assert not dialog.delete() and not dialog.save()
    assert snapshot(db) == before


def test_cancel_with_unsaved_ticks_asks_and_no_keeps_the_window_and_the_ticks(
        qtbot, specialist, club, modals, db):
    dialog = _dialog(qtbot, specialist, club.meeting)
    dialog.reject()  # nothing changed: closes without a question
    assert not dialog.isVisible() and modals.questions == []

    dialog = _dialog(qtbot, specialist, club.meeting)
    dialog.checklist.set_present(club.grandmother, True)
    before = snapshot(db)
    modals.answer("cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.checklist.is_dirty()
    assert modals.questions == ["This activity or who came has changes that are not saved. "
                                "Save them before closing?"]
    modals.answer("discard")
    dialog.cancel_button.click()
    assert not dialog.isVisible() and snapshot(db) == before


def test_cancel_after_an_edited_field_asks_but_not_after_it_was_saved(qtbot, specialist, club,
                                                                      modals):
    dialog = _dialog(qtbot, specialist, club.meeting)
    dialog.place.insert(", зал 3")
    modals.answer("cancel")
    dialog.reject()
    assert dialog.isVisible() and len(modals.questions) == 1
    assert dialog.save()
    dialog.reject()
    assert not dialog.isVisible() and len(modals.questions) == 1
