"""Lists pick up what another desk saved into the same database: on F5 (File → Refresh
lists) and when the program comes back to the front, not before (no signal reaches
this desk)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from centre_desk.config import Settings
from centre_desk.domain.enums import CaseCategory, Role, Sex
from centre_desk.services import cases
from centre_desk.services.cases import CaseInput
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.ui.participants.tab import COL_NAME
from centre_desk.ui.shell.main_window import MainWindow
from centre_desk.ui.toolkit.i18n import Translations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def other_desk(installed, staff):
    database = open_database(installed)
    yield Workspace(database, staff[Role.SPECIALIST])
    database.close()


@pytest.fixture
def window(qtbot, installed, workspace, run):
    run(cases.register_participant, PersonInput(surname="Бекова", given_name="Асель",
                                                sex=Sex.FEMALE), CaseInput(CaseCategory.AT_RISK))
    opened = MainWindow(installed, Settings(language="en"), Translations(installed.cache),
                        workspace)
    qtbot.addWidget(opened)
    opened.resize(1200, 700)
    opened.show()
    qtbot.waitExposed(opened)
    opened.tabs.setCurrentIndex(1)  # the participants, right of My work
    return opened


def _names(window) -> list[str]:
    tab = window.tabs.currentWidget()
    model = tab.model()
    return sorted(str(model.data(model.index(row, COL_NAME))) for row in range(model.rowCount()))


def _register_at(desk: Workspace, surname: str) -> None:
    desk.run(cases.register_participant,
             PersonInput(surname=surname, given_name="Ерлан", sex=Sex.MALE,
                         birth_date=dt.date(1990, 1, 1)), CaseInput(CaseCategory.INMATE))


def test_f5_shows_what_another_desk_registered(qtbot, window, other_desk):
    before = _names(window)
    _register_at(other_desk, "Ахметов")
    assert _names(window) == before  # nothing told this desk
    qtbot.keyClick(window.tabs.currentWidget().view(), Qt.Key.Key_F5)
    assert len(_names(window)) == len(before) + 1
    assert any("Ахметов" in name for name in _names(window))
    assert window.list_refresh.action.text() == "Refresh lists"


def test_coming_back_to_the_program_shows_it_too(window, other_desk):
    before = _names(window)
    _register_at(other_desk, "Жумабаев")
    state_changed = QGuiApplication.instance().applicationStateChanged
    state_changed.emit(Qt.ApplicationState.ApplicationActive)  # never left: nothing read
    assert _names(window) == before
    state_changed.emit(Qt.ApplicationState.ApplicationInactive)
    state_changed.emit(Qt.ApplicationState.ApplicationActive)
    assert any("Жумабаев" in name for name in _names(window))
