"""Issue 14, fault 7: "Open her file" in a club member's card opened the file behind the
card, where the modal card kept every click from it. The file comes up in front, is the
active window and takes the mouse and keyboard while the card stays open; closing the
card hands the file back to the main window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from centre_desk.domain.enums import CaseCategory, Sex
from centre_desk.services import cases, club, persons
from centre_desk.services.cases import CaseInput
from centre_desk.services.persons import PersonInput
from centre_desk.ui.club.member import ClubMemberDialog
from centre_desk.ui.club.tab import COL_NAME, MothersClubTab
from centre_desk.ui.participants.opener import ParticipantFiles
from tests.gui.participants.conftest import type_text

# The offscreen platform cannot raise a window (it says so); activation it does.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _descends(widget: QWidget, ancestor: QWidget) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


@pytest.fixture
def member(run) -> None:
    """A mother at risk with a case file, a member of the mothers' club."""
    ids = run(cases.register_participant,
              PersonInput(surname="Қасымова", given_name="Әйгерім", sex=Sex.FEMALE,
                          birth_date=dt.date(1991, 7, 12)),
              CaseInput(category=CaseCategory.AT_RISK))
    run(club.join_club, ids.person_id, dt.date.today() - dt.timedelta(days=30))


def test_her_file_opens_in_front_of_her_card_and_takes_the_mouse_and_keys(
        qtbot, workspace, member, modals):
    specialist = workspace
    main = QWidget()  # the main window the files open beside
    qtbot.addWidget(main)
    main.show()
    files = ParticipantFiles(specialist, main)
    tab = MothersClubTab(specialist, files, main)
    tab.show()
    qtbot.waitExposed(tab)
    seen = {}

    def open_her_file(card: ClubMemberDialog) -> bool:
        card.setModal(True)
        card.show()  # as exec() shows it, without waiting
        qtbot.waitExposed(card)
        card.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
        qtbot.mouseClick(card.file_button, Qt.MouseButton.LeftButton)
        [file] = files.open_files()
        assert file.isVisible() and file.person_id == card.card.person_id
        # In front: the active window, and not kept from the user by the modal card (a
        # window outside the modal one waits behind it and gets no click or key; one of
        # its own comes up above it).
        qtbot.waitUntil(lambda: QApplication.activeWindow() is file)
        modal = QApplication.activeModalWidget()
        assert modal is None or _descends(file, modal), "the card blocks her file"
        # The worker corrects her surname there and saves, the card still open.
        surname = file.person_form.surname
        qtbot.mouseClick(surname, Qt.MouseButton.LeftButton)
        assert surname.hasFocus()
        surname.selectAll()
        type_text(surname, "Қасымова-Әбенова")
        qtbot.mouseClick(file.save_button, Qt.MouseButton.LeftButton)
        assert file.message() == "Saved."
        seen["card shows"] = card.windowTitle()
        card.reject()
        seen["file"] = file
        return False

    modals.expect(open_her_file)
    tab.view().setCurrentIndex(tab.model().index(0, COL_NAME))
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)

    file = seen["file"]
    assert "Қасымова-Әбенова" in seen["card shows"]  # the card followed the file
    stored = specialist.run(persons.get_person, file.person_id)
    assert stored.surname == "Қасымова-Әбенова"
    # The card has closed: the file stays open, beside the main window.
    assert file.isVisible() and file.parentWidget() is main
