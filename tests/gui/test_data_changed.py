"""What one window stores, every open list shows: a participant corrected from the
mothers' club shows in the participants list, and a person's file opens once whichever
tab asks for it (the main window's one set of open files)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.config import Settings
from centre_desk.domain.enums import CaseCategory, Sex
from centre_desk.services import cases, club
from centre_desk.services.cases import CaseInput
from centre_desk.services.persons import PersonInput
from centre_desk.ui.club.member import ClubMemberDialog
from centre_desk.ui.club.tab import COL_NAME as CLUB_NAME
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.tab import COL_NAME
from centre_desk.ui.shell.main_window import MainWindow
from centre_desk.ui.toolkit.i18n import Translations

# Opening an open file brings it forward; the offscreen platform says it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def member(run):
    """A mother at risk with a case file, who is also a member of the mothers' club."""
    ids = run(cases.register_participant,
              PersonInput(surname="Бекова", given_name="Асель", sex=Sex.FEMALE,
                          birth_date=dt.date(1988, 4, 2)),
              CaseInput(category=CaseCategory.AT_RISK))
    membership = run(club.join_club, ids.person_id, dt.date.today() - dt.timedelta(days=30))
    return ids, membership


@pytest.fixture
def window(qtbot, installed, workspace, member, monkeypatch):
    # A file closed with changes would ask; none is left with changes here.
    monkeypatch.setattr(ParticipantFileDialog, "ask_unsaved", lambda _file, *_: "discard")
    opened = MainWindow(installed, Settings(language="en"), Translations(installed.cache),
                        workspace)
    qtbot.addWidget(opened)
    opened.resize(1200, 700)
    opened.show()
    qtbot.waitExposed(opened)
    opened.tabs.setCurrentIndex(1)  # the participants, right of My work
    return opened


def _names(tab, column) -> list[str]:
    model = tab.model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _file_from_the_club(qtbot, window, modals) -> ParticipantFileDialog:
    """Open the club tab, the member's history (a scripted modal) and, from it, her
    file, as a worker does with the mouse."""
    club_tab = window.tabs.page(2)  # made when asked for (or first shown)
    window.tabs.setCurrentWidget(club_tab)
    club_tab.view().setCurrentIndex(club_tab.model().index(0, CLUB_NAME))
    opened = []

    def open_her_file(history: ClubMemberDialog) -> bool:
        qtbot.mouseClick(history.file_button, Qt.MouseButton.LeftButton)
        opened.extend(window.files.open_files())
        return False
    modals.expect(open_her_file)
    qtbot.mouseClick(club_tab.history_button, Qt.MouseButton.LeftButton)
    [file] = opened
    return file


def test_a_surname_corrected_from_the_club_shows_in_the_participants_list(
        qtbot, window, modals):
    participants = window.tabs.page(1)
    assert _names(participants, COL_NAME) == ["Бекова Асель"]

    file = _file_from_the_club(qtbot, window, modals)
    surname = file.person_form.surname
    surname.setFocus()
    surname.selectAll()
    qtbot.keyClicks(surname, "Bekova-Nurlan")
    qtbot.mouseClick(file.save_button, Qt.MouseButton.LeftButton)
    assert file.message() == "Saved."

    # The club's list, on screen, shows it at once; the participants list when its tab
    # is shown again: the same tab, not reopened.
    club_tab = window.tabs.currentWidget()
    assert _names(club_tab, CLUB_NAME) == ["Bekova-Nurlan Асель"]
    window.tabs.setCurrentWidget(participants)
    assert _names(participants, COL_NAME) == ["Bekova-Nurlan Асель"]


def test_the_same_person_from_two_tabs_opens_one_window(qtbot, window, modals, member):
    ids, _membership = member
    participants = window.tabs.currentWidget()
    participants.view().setFocus()
    participants.view().setCurrentIndex(participants.model().index(0, COL_NAME))
    qtbot.keyClick(participants.view(), Qt.Key.Key_Return)
    [from_participants] = window.files.open_files()
    assert from_participants.person_id == ids.person_id

    from_club = _file_from_the_club(qtbot, window, modals)
    assert from_club is from_participants
    files = [f for f in window.findChildren(ParticipantFileDialog) if f.isVisible()]
    assert files == [from_participants]
