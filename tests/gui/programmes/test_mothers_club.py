"""The mothers' club tab as a worker uses it: join a member, hold a meeting, tick who
came, see it in her history and her participant file; the filters; read-only users."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from centre_desk.services import club as club_service, persons
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.club.member import ClubMemberDialog
from centre_desk.ui.club.membership import JoinClubDialog, LeaveClubDialog, MembershipDialog
from centre_desk.ui.participants.file_models import timeline_details, timeline_what
from centre_desk.ui.club.tab import COL_NAME, MothersClubTab
from tests.gui.conftest import open_files
from tests.gui.programmes.conftest import LAST_MONTH, snapshot, submit

TODAY = dt.date.today()


@pytest.fixture
def open_tab(qtbot):
    def make(workspace):
        tab = MothersClubTab(workspace, open_files(qtbot, workspace))
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitExposed(tab)
        return tab
    return make


def _choose(dialog, typed):
    """Type a name in the join window's person field and take the first match."""
    dialog.person.line_edit().insert(typed)
    dialog.person.search_now()
    dialog.person.choose_row(0)


def _names(tab):
    model = tab.view().model()
    return [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]


def _meetings(tab):
    model = tab.meetings.view().model()
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_tab_lists_members_and_meetings_and_its_models_pass_the_tester(
        open_tab, specialist, club, qtmodeltester):
    tab = open_tab(specialist)
    qtmodeltester.check(tab.model())
    qtmodeltester.check(tab.meetings.model())
    assert _names(tab) == ["Ахметова Айгерим", "Бекова Гульнара", "Сапарова Сауле"]
    assert tab.findChild(QLabel, "statusLabel").text() == "Shown: 3 of 3"
    assert _meetings(tab) == [[(LAST_MONTH - dt.timedelta(days=1)).strftime("%d.%m.%Y"),
                               "Club group session", "Встреча клуба", "Центр", "1"]]


def test_a_worker_joins_a_member_holds_a_meeting_and_sees_it_in_her_history_and_file(
        qtbot, open_tab, specialist, club, modals, db):
    tab = open_tab(specialist)

    def join_kasymova(dialog: JoinClubDialog):
        _choose(dialog, "Касымова")
        assert dialog.children.text() == "No children linked: link them in her file (Family)."
        dialog.joined_on.set_date_value(TODAY - dt.timedelta(days=3))
        dialog.reason.setPlainText("Сын уехал за границу")
        dialog.referred_by.insert("Участковый")
        return submit(dialog)

    modals.expect(join_kasymova)
    qtbot.mouseClick(tab.join_button, Qt.MouseButton.LeftButton)
    assert "Касымова Жанар" in _names(tab)

    def hold_meeting(dialog: ActivityDialog):
        dialog.held_on.set_date_value(TODAY - dt.timedelta(days=1))
        dialog.title.insert("Разговор о доверии")
        assert dialog.save()  # saved: the checklist shows the current members
        checklist = dialog.checklist
        assert checklist.counter_text() == "Present: 0 of 3"
        checklist.search_edit.insert("касым")
        checklist.view.setFocus()
        qtbot.keyClick(checklist.view, Qt.Key.Key_Space)
        assert checklist.counter_text() == "Present: 1 of 3"
        return submit(dialog)

    modals.expect(hold_meeting)
    qtbot.mouseClick(tab.meetings.new_button, Qt.MouseButton.LeftButton)
    assert _meetings(tab)[0][1:] == ["Club group session", "Разговор о доверии", "", "1"]

    # Her history: the membership and the meeting she came to.
    row = _names(tab).index("Касымова Жанар")
    tab.view().setCurrentIndex(tab.model().index(row, 0))
    histories = []

    def look_at_history(dialog: ClubMemberDialog):
        histories.append(dialog)
        return False
    modals.expect(look_at_history)
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    history = histories[0]
    assert history.value_text("referred_by") == "Участковый"
    assert history.value_text("reason") == "Сын уехал за границу"
    assert history.value_text("attended") == (
        "1 club activities, last on " + (TODAY - dt.timedelta(days=1)).strftime("%d.%m.%Y"))
    assert history.meetings.rowCount() == 1
    assert history.meetings.index(0, 2).data() == "Разговор о доверии"
    assert history.memberships.rowCount() == 1

    # ... and her participant file's timeline shows the meeting too.
    file = tab.files.open_person(history.card.person_id)
    qtbot.addWidget(file)
    entries = file.timeline.model.rows()
    assert [(timeline_what(e), timeline_details(e)) for e in entries] == [
        ("Club group session", "Разговор о доверии")]


def test_a_member_leaves_and_her_membership_is_corrected_from_her_history(
        qtbot, specialist, club, modals):
    history = ClubMemberDialog(specialist, club.mother_membership)
    qtbot.addWidget(history)

    def leave_today(dialog: LeaveClubDialog):
        dialog.left_on.set_date_value(TODAY)
        return submit(dialog)
    modals.expect(leave_today)
    history.leave()
    assert history.value_text("left_on") == TODAY.strftime("%d.%m.%Y")
    assert not history.leave_button.isEnabled() and history.changed

    def reopen(dialog: MembershipDialog):
        assert dialog.has_left.isChecked()
        dialog.has_left.setChecked(False)
        dialog.referred_by.clear()
        dialog.referred_by.insert("Акимат")
        return submit(dialog)
    modals.expect(reopen)
    history.edit_membership()
    card = specialist.run(club_service.club_member, club.mother_membership)
    assert (card.left_on, card.referred_by) == (None, "Акимат")
    assert history.value_text("left_on") == "still a member"


def test_a_man_cannot_join_and_nothing_is_stored(qtbot, specialist, club, db):
    dialog = JoinClubDialog(specialist)
    qtbot.addWidget(dialog)
    _choose(dialog, "Жумабаев")
    before = snapshot(db)
    dialog.accept()
    assert snapshot(db) == before and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error_text("person") == (
        "The mothers' club is for women: this person is recorded as male.")


def test_a_second_running_membership_is_refused_beside_the_person(qtbot, specialist, club,
                                                                  db):
    dialog = JoinClubDialog(specialist)
    qtbot.addWidget(dialog)
    _choose(dialog, "Ахметова Ай")
    assert "Ахметов Арман, 01.06.2016 (Child)" in dialog.children.text()  # her child
    before = snapshot(db)
    dialog.accept()
    assert snapshot(db) == before
    assert dialog.form.error_text("person") == (
        "She is already a member: correct her membership instead.")


def test_the_filters_narrow_the_members_in_sql(open_tab, specialist, admin, db, club):
    ws = Workspace(db, admin)
    ws.run(persons.update_person, club.grandmother, _moved(ws, club.grandmother, "Шымкент"))
    tab = open_tab(specialist)
    tab.active_filter.setChecked(True)
    assert _names(tab) == ["Ахметова Айгерим", "Сапарова Сауле"]
    # Ахметова last came 31 days ago; Сапарова never came.
    tab.absence_filter.set_value(30)
    assert _names(tab) == ["Ахметова Айгерим", "Сапарова Сауле"]
    tab.absence_filter.set_value(90)
    assert _names(tab) == ["Сапарова Сауле"]
    tab.absence_filter.set_value("date")
    assert tab.absence_date.isVisible()
    tab.absence_date.set_date_value(LAST_MONTH - dt.timedelta(days=10))
    assert _names(tab) == ["Сапарова Сауле"]
    tab.absence_date.set_date_value(TODAY)
    assert _names(tab) == ["Ахметова Айгерим", "Сапарова Сауле"]
    tab.absence_filter.set_value(None)
    tab.region_filter.set_value("Шымкент")
    assert _names(tab) == ["Сапарова Сауле"]
    assert tab.findChild(QLabel, "statusLabel").text() == "Shown: 1 of 3"


def _moved(ws, person_id, region) -> PersonInput:
    """Her details with another region."""
    view = ws.run(persons.get_person, person_id)
    return PersonInput(**{f.name: getattr(view, f.name)
                          for f in dataclasses.fields(PersonInput)} | {"region": region})


def test_a_read_only_user_sees_everything_and_every_changing_control_is_disabled(
        qtbot, open_tab, read_only, club, modals, db):
    tab = open_tab(read_only)
    assert _names(tab) == ["Ахметова Айгерим", "Бекова Гульнара", "Сапарова Сауле"]
    assert len(_meetings(tab)) == 1
    assert not tab.join_button.isEnabled() and not tab.meetings.new_button.isEnabled()
    before = snapshot(db)
    assert tab.join() is None and tab.meetings.new_meeting() is None

    def look(dialog):
        if isinstance(dialog, ClubMemberDialog):
            assert not dialog.edit_button.isEnabled() and not dialog.leave_button.isEnabled()
            assert dialog.file_button.isEnabled()
        else:
            assert dialog.checklist.read_only and not dialog.ok_button.isEnabled()
            assert not dialog.delete_button.isEnabled()
        return False
    modals.expect(look, look)
    tab.open_member(club.mother_membership)
    tab.meetings.open_meeting(club.meeting)
    assert snapshot(db) == before
