"""What the children's events windows refuse, each leaving the database unchanged: no
consent, no parent or guardian, a child registered twice, dates, a present child taken
off the list, deleting without saying yes, and a read-only user."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.services import activities, children_events
from centre_desk.services.activities import AttendanceRefused
from centre_desk.services.errors import NotPermitted
from centre_desk.ui.events.dialog import ChildEventDialog
from centre_desk.ui.events.tab import ChildrenEventsTab
from tests.gui.conftest import open_files
from tests.gui.programmes.conftest import snapshot, stored_activity, submit
from tests.gui.programmes.test_children_events import (  # fixtures, used by name
    CONSENT_ON, TODAY, choose_person, event as event, open_event, registered as registered)


def _checklist_row(dialog: ChildEventDialog, person_id):
    model = dialog.checklist.model
    return model.index(model.row_of(person_id))


def _refused_registration(qtbot, workspace, event_id, modals, db, attempt) -> ChildEventDialog:
    """Open the event and its registration window, fill it with ``attempt`` (which checks
    what is refused), cancel, and check that nothing was stored."""
    dialog = open_event(qtbot, workspace, event_id)
    before = snapshot(db)

    def cancelled(window) -> bool:
        attempt(window)
        return False

    modals.expect(cancelled)
    dialog.register_child()
    assert snapshot(db) == before
    return dialog


def test_a_child_without_consent_is_shown_disabled_with_the_reason(qtbot, specialist,
                                                                   registered, db):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    index = _checklist_row(dialog, f.daughter)
    assert index.data() == "Ахметова Алия \u2014 no guardian consent date yet"
    assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
    before = snapshot(db)
    assert not dialog.checklist.set_present(f.daughter, True)
    assert dialog.checklist.save()  # nothing to save
    with pytest.raises(AttendanceRefused) as refusal:  # the service refuses it too
        specialist.run(activities.set_attendance, f.event, [f.daughter])
    assert refusal.value.problems == {"attendance": "no_consent"}
    assert snapshot(db) == before


def test_a_tick_for_a_child_whose_consent_went_away_meanwhile_is_refused_with_a_sentence(
        qtbot, specialist, registered, admin, db):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    # Meanwhile, at another desk, the son's registration is made again without consent.
    other_desk = type(specialist)(db, admin)
    other_desk.run(children_events.unregister_child, f.son_registration)
    other_desk.run(children_events.register_child, f.event, f.son, f.father, None)
    before = snapshot(db)
    assert dialog.checklist.set_present(f.son, True)
    assert not dialog.checklist.save()
    assert dialog.checklist.message_text() == (
        "Nothing was saved: there is no guardian consent date for Ахметов Арман. "
        "Record the consent first.")
    assert snapshot(db) == before
    dialog.checklist.reload()  # drop the refused tick: closing would ask about it


def test_attendance_for_an_event_not_held_yet_is_refused(qtbot, specialist, families, db):
    f = families
    later = specialist.run(children_events.create_event, "Новогодняя ёлка",
                           TODAY + dt.timedelta(days=20), "Центр")
    specialist.run(children_events.register_child, later, f.son, f.mother, CONSENT_ON)
    dialog = open_event(qtbot, specialist, later)
    before = snapshot(db)
    dialog.checklist.set_present(f.son, True)
    assert not dialog.checklist.save()
    assert dialog.checklist.message_text().startswith(
        "Nothing was saved: the activity has not been held yet")
    assert snapshot(db) == before
    dialog.checklist.reload()  # drop the refused tick: closing would ask about it


def test_a_child_with_no_parent_or_guardian_linked_cannot_be_registered(qtbot, specialist,
                                                                        event, modals, db):
    f = event

    def try_stranger(window) -> None:
        choose_person(window.child, "Серикова", f.stranger_child)
        assert window.guardian.currentText() == "\u2014 nobody linked \u2014"
        assert window.hint.text().startswith("No parent or guardian is linked to this child")
        assert not submit(window)
        assert window.form.error_text("guardian") == "This field is required."

    dialog = _refused_registration(qtbot, specialist, f.event, modals, db, try_stranger)
    assert dialog.registrations.rowCount() == 0


def test_an_adult_cannot_be_registered_as_a_child(qtbot, specialist, event, modals, db):
    f = event

    def try_mother(window) -> None:
        # The child's field offers children only (the service refuses an adult too,
        # tests/unit/services/test_children_events.py): the mother is not offered.
        window.child.line_edit().insert("Ахметова")
        window.child.search_now()
        matches = window.child.matches()
        assert f.mother not in {matches.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).id
                                for row in range(matches.rowCount())}
        assert not submit(window)
        assert window.form.error_text("child") == "This field is required."

    _refused_registration(qtbot, specialist, f.event, modals, db, try_mother)


def test_a_child_registered_already_is_pointed_out_and_refused(qtbot, specialist, registered,
                                                               modals, db):
    f = registered

    def again(window) -> None:
        choose_person(window.child, "Ахметов", f.son)
        assert window.form.error_text("child") == (
            "This child is already registered for the event.")
        window.guardian.set_value(f.mother)
        assert not submit(window)
        assert window.form.error_text("child") == (
            "This child is already registered for the event.")

    _refused_registration(qtbot, specialist, f.event, modals, db, again)


@pytest.mark.parametrize(("typed", "message"), [
    ("31.02.2024", "This value is not valid."),
    ((TODAY + dt.timedelta(days=3)).strftime("%d.%m.%Y"), "The date is in the future.")])
def test_a_wrong_consent_date_is_shown_beside_the_field(qtbot, specialist, event, modals, db,
                                                       typed, message):
    f = event

    def wrong_date(window) -> None:
        choose_person(window.child, "Беков", f.second_son)
        window.consent_on.insert(typed)
        assert not submit(window)
        assert window.form.error_text("consent_on") == message

    _refused_registration(qtbot, specialist, f.event, modals, db, wrong_date)


def test_a_child_marked_present_is_unticked_before_being_unregistered(qtbot, specialist,
                                                                      registered, modals, db):
    f = registered
    specialist.run(activities.set_attendance, f.event, [f.son])
    dialog = open_event(qtbot, specialist, f.event)
    dialog.registrations_view.selectRow(0)
    before = snapshot(db)
    modals.answer(True)
    dialog.unregister_child()
    assert dialog.message_text() == (
        "The child is marked present: untick them in the attendance first.")
    assert snapshot(db) == before


def test_deleting_an_event_with_attendance_asks_and_leaves_tombstones(qtbot, specialist,
                                                                      registered, modals, db):
    f = registered
    specialist.run(activities.set_attendance, f.event, [f.son])
    dialog = open_event(qtbot, specialist, f.event)
    before = snapshot(db)
    modals.answer(False)
    dialog.delete_event()
    assert snapshot(db) == before and dialog.isVisible() and not dialog.deleted
    modals.answer(True)
    dialog.delete_event()
    assert modals.questions == [
        "3 children are registered for this event and 1 are marked present. Delete the "
        "event with its registrations and attendance? Other sites learn of the deletion "
        "at the next sync."] * 2
    assert dialog.deleted and not dialog.isVisible()
    activity, ticks, registrations = stored_activity(db, f.event)
    assert activity.deleted_at is not None
    assert len(ticks) == 1 and len(registrations) == 3
    assert all(row.deleted_at is not None for row in (*ticks, *registrations))


def test_a_read_only_user_sees_everything_and_can_change_nothing(qtbot, read_only, registered,
                                                                 db):
    f = registered
    tab = ChildrenEventsTab(read_only, open_files(qtbot, read_only))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model().rowCount() == 1
    assert not tab.new_button.isEnabled() and not tab.new_action.isEnabled()
    dialog = open_event(qtbot, read_only, f.event)
    dialog.registrations_view.selectRow(0)
    assert dialog.registrations.rowCount() == 3
    assert dialog.age_groups.text().startswith("Age groups: ")
    assert dialog.open_child_button.isEnabled()
    assert not any(button.isEnabled() for button in (
        dialog.edit_button, dialog.register_button, dialog.consent_button,
        dialog.unregister_button, dialog.delete_button))
    assert dialog.checklist.read_only and not dialog.checklist.set_present(f.son, True)
    before = snapshot(db)
    tab.new_event()
    for action in (dialog.edit_event, dialog.register_child, dialog.record_consent,
                   dialog.unregister_child, dialog.delete_event):
        action()  # a shortcut or a stray call: nothing opens, nothing is stored
    assert not dialog.checklist.save()
    for use_case, args in (
            (children_events.register_child, (f.event, f.second_son, f.second_mother)),
            (children_events.record_consent, (f.daughter_registration, CONSENT_ON)),
            (children_events.unregister_child, (f.daughter_registration,)),
            (activities.delete_activity, (f.event, True))):
        with pytest.raises(NotPermitted):
            read_only.run(use_case, *args)
    assert snapshot(db) == before
