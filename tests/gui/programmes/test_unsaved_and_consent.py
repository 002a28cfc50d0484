"""Closing a programme window with changes not saved asks one question in one vocabulary
(ModalHost.ask_unsaved: Save, the default, Discard, Cancel): Save stores, Discard stores
nothing, Cancel keeps the window open with what was typed. And a consent typed with a
date after the event is refused beside the field, nothing stored."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import Programme
from centre_desk.services import activities
from centre_desk.store.models import Attendance
from centre_desk.ui.activities.dialog import ActivityDialog
from tests.gui.programmes.conftest import snapshot, submit
from tests.gui.programmes.test_children_events import (  # fixtures, used by name
    HELD_ON, choose_person, event as event, open_event, registered as registered)

AFTER_EVENT = (HELD_ON + dt.timedelta(days=2)).strftime("%d.%m.%Y")
SENTENCE = "The consent is dated after the event: it must be signed on the event's day or before."


def _present(db, event_id) -> list:
    with db.session() as session:
        return session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == event_id, Attendance.deleted_at.is_(None))).all()


# --- the event's attendance ------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_an_event_with_ticks_not_saved(qtbot, specialist, registered, modals, db,
                                               answer):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    dialog.checklist.set_present(f.granddaughter, True)
    before = snapshot(db)
    modals.answer(answer)
    dialog.reject()  # Esc or the window's X
    assert modals.questions == [
        "The attendance you marked is not saved. Save it before closing?"]
    if answer == "save":
        assert not dialog.isVisible() and _present(db, f.event) == [f.granddaughter]
    elif answer == "discard":
        assert not dialog.isVisible() and snapshot(db) == before
    else:
        assert dialog.isVisible() and dialog.checklist.is_dirty()
        assert f.granddaughter in dialog.checklist.model.present_ids()
        assert snapshot(db) == before
        modals.answer("discard")
        dialog.reject()
        assert not dialog.isVisible() and snapshot(db) == before


# --- the event's (or meeting's) own details --------------------------------------------------

@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_an_edited_event_window(qtbot, specialist, registered, modals, db, answer):
    f = registered
    dialog = ActivityDialog(specialist, Programme.CHILDREN_EVENTS, f.event)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place.setText("Парк")
    before = snapshot(db)
    modals.answer(answer)
    dialog.cancel_button.click()
    assert modals.questions == ["This activity or who came has changes that are not saved. "
                                "Save them before closing?"]
    stored = specialist.run(activities.get_activity, f.event).place
    if answer == "save":
        assert not dialog.isVisible() and stored == "Парк"
    elif answer == "discard":
        assert not dialog.isVisible() and snapshot(db) == before
    else:
        assert dialog.isVisible() and dialog.place.text() == "Парк"
        assert snapshot(db) == before
        modals.answer("discard")
        dialog.cancel_button.click()
        assert not dialog.isVisible() and snapshot(db) == before


# --- a consent dated after the event ---------------------------------------------------------

def test_registering_with_consent_after_the_event_is_refused(qtbot, specialist, event, modals,
                                                            db):
    f = event
    dialog = open_event(qtbot, specialist, f.event)
    before = snapshot(db)

    def late_consent(window) -> bool:
        assert window.consent_on.text() == ""  # no date filled in for the worker
        choose_person(window.child, "Беков", f.second_son)
        qtbot.keyClicks(window.consent_on, AFTER_EVENT)
        assert not submit(window)
        assert window.form.error_text("consent_on") == SENTENCE
        return False

    modals.expect(late_consent)
    dialog.register_child()
    assert snapshot(db) == before


def test_recording_a_consent_after_the_event_is_refused_and_the_child_stays_unticked(
        qtbot, specialist, registered, modals, db):
    f = registered
    dialog = open_event(qtbot, specialist, f.event)
    before = snapshot(db)

    def late_consent(window) -> bool:
        assert window.consent_on.text() == ""  # empty until typed, not today
        qtbot.keyClicks(window.consent_on, AFTER_EVENT)
        assert not submit(window)
        assert window.form.error_text("consent_on") == SENTENCE
        return False

    modals.expect(late_consent)
    dialog.registrations_view.selectRow(1)  # the daughter, no consent yet
    dialog.record_consent()
    assert snapshot(db) == before
    assert not dialog.checklist.set_present(f.daughter, True)
