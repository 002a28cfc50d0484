"""Pictures of the mothers' club tab, a meeting with its attendance checklist, a member's
history and an event checklist with a child refused, in Russian and Kazakh, for a person
to look at. Saved under $CENTRE_DESK_SHOTS (e.g. /tmp/shots) when set, else a temp dir."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import Programme
from centre_desk.services import children_events
from centre_desk.services.workspace import Workspace
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.toolkit.attendance import AttendanceChecklist
from centre_desk.ui.club.member import ClubMemberDialog
from centre_desk.ui.club.membership import JoinClubDialog
from centre_desk.ui.toolkit.i18n import Translations
from centre_desk.ui.club.tab import MothersClubTab
from tests.gui.screens import assert_fits, assert_shows
from tests.gui.conftest import open_files
from tests.gui.programmes.conftest import LAST_MONTH


def _save(qtbot, widget, path: Path, size=None, shows: tuple[str, ...] = ()) -> None:
    """Show the widget, save its picture, and check that it fits a 1366 × 768 screen
    with nothing cut off and shows the texts ``shows``."""
    qtbot.addWidget(widget)
    if size:
        widget.resize(*size)
    widget.show()
    qtbot.wait(50)
    assert widget.grab().save(str(path))
    assert_shows(widget, *shows)
    assert_fits(widget)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_pictures_of_the_club(qtbot, db, admin, specialist, club, shots, language, qm_folder,
                              translations):
    ws = Workspace(db, admin)
    event = ws.run(children_events.create_event, "День защиты детей", LAST_MONTH,
                   "Центр, актовый зал", "Сәрсенова Ә.")
    ws.run(children_events.register_child, event, club.son, club.mother, LAST_MONTH)
    ws.run(children_events.register_child, event, club.granddaughter, club.grandmother)
    ws.run(children_events.register_child, event, club.second_son, club.second_mother,
           LAST_MONTH - dt.timedelta(days=3))
    Translations(qm_folder).apply(language)
    QApplication.processEvents()

    _save(qtbot, MothersClubTab(specialist, open_files(qtbot, specialist)),
          shots / f"club_tab_{language}.png", (1280, 460),
          shows=("Встреча клуба", "Ахметова Айгерим", "Сапарова Сауле"))
    meeting = ActivityDialog(specialist, Programme.MOTHERS_CLUB, club.meeting)
    meeting.checklist.set_present(club.grandmother, True)
    _save(qtbot, meeting, shots / f"club_meeting_{language}.png",
          shows=("Встреча клуба", "Ахметова Айгерим", "Бекова Гульнара"))
    _save(qtbot, ClubMemberDialog(specialist, club.mother_membership),
          shots / f"club_member_{language}.png",
          shows=("Ахметова Айгерим", "Сын под влиянием группы", "Школьный психолог",
                 "Ахметов Арман"))
    _save(qtbot, JoinClubDialog(specialist), shots / f"club_join_{language}.png")
    checklist = AttendanceChecklist(specialist, event)
    checklist.set_present(club.second_son, True)
    _save(qtbot, checklist, shots / f"attendance_event_{language}.png", (460, 300),
          shows=("Ахметов Арман", "Сапарова Дана — "))  # a child not to tick, and why
