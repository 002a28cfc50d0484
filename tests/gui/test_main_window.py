"""The main window on seeded data: My work first, six tabs with rows, menus, status bar,
live language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from centre_desk.config import Paths, Settings
from centre_desk.services.seed import SEED_PASSWORD
from centre_desk.ui.shell.app import sign_in_and_open
from tests.conftest import ADMIN_PASSWORD, copy_installation, seed_template

TAB_NAMES = ["myWorkPage", "participantsTab", "mothersClubTab", "childrenEventsTab",
             "arabicCoursesTab", "placementsTab", "peopleDirectoryTab"]


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory, installation_template) -> Paths:
    """The installation with 150 seeded people and the seeded staff, seeded once for
    this module; every test opens a copy of it (``installed`` below)."""
    return seed_template(tmp_path_factory.mktemp("seeded"), installation_template, 150)


@pytest.fixture
def installed(paths, seeded_template) -> Paths:
    """This module's installations are seeded: each test gets its own copy."""
    return copy_installation(seeded_template, paths)


@pytest.fixture
def seeded(db):
    return db


@pytest.fixture
def window(qtbot, installed, seeded, translations):
    opened = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
    qtbot.addWidget(opened)
    yield opened
    opened.close()


def test_every_tab_lists_rows_from_the_database(window):
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.page(i).objectName() for i in range(tabs.count())] == TAB_NAMES
    for index, name in enumerate(TAB_NAMES[1:], start=1):  # the lists right of My work
        tabs.setCurrentIndex(index)
        model = window.findChild(QWidget, name).model()
        assert model.rowCount() > 0, name
        assert model.data(model.index(0, 0)), name


def test_tabs_not_yet_opened_have_not_queried_the_database(window):
    """Start-up pays only for the tab on screen: the others are made when first shown
    (or asked for), and even then read their rows only once shown."""
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert window.findChild(QWidget, "placementsTab") is None
    assert [tabs.built(i) for i in range(tabs.count())] == [True] + [False] * 6
    placements = tabs.page(5).model()
    assert window.findChild(QWidget, "placementsTab") is tabs.widget(5)
    assert placements.rowCount() == 0 and placements.total_count() == 0
    tabs.setCurrentIndex(5)
    assert placements.rowCount() > 0
    assert tabs.tabText(5) == "P&lacements" and tabs.count() == len(TAB_NAMES)


def test_status_bar_names_centre_user_and_data_dir(window, installed):
    texts = " | ".join(label.text() for label in window.statusBar().findChildren(
        type(window._centre_label)))
    assert "Центр «Ақниет» (Almaty)" in texts  # the region in the UI language
    assert "Әлия Сәрсенова, Administrator" in texts
    assert str(installed.data_dir) in texts


def test_menus_offer_file_settings_and_help(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Settings", "&Help"]
    assert window.quit_action.text() == "&Quit"
    # The window's user is an administrator: sync and printing are theirs.
    assert window.export_action.isEnabled() and window.import_action.isEnabled()
    assert "Centre Desk 0.1.0" in window.about_text()


def test_language_switches_live_and_is_remembered(qtbot, window, installed):
    tabs = window.findChild(QTabWidget, "mainTabs")
    tabs.page(1)  # made in English: it retranslates itself
    window.language_actions["kk"].trigger()
    qtbot.waitUntil(lambda: tabs.tabText(1) == "&Қатысушылар")
    assert tabs.tabText(0) == "Менің &жұмысым"
    participants = window.findChild(QWidget, "participantsTab").model()
    assert participants.headerData(0, Qt.Orientation.Horizontal) == "Аты-жөні"
    assert Settings.load(installed).language == "kk"
    window.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: tabs.tabText(5) == "Жизнеус&тройство")
    assert Settings.load(installed).language == "ru"


def test_seeded_staff_can_sign_in_too(qtbot, installed, seeded, translations):
    opened = sign_in_and_open(installed, translations, "specialist1", SEED_PASSWORD)
    qtbot.addWidget(opened)
    assert "Specialist" in opened._user_label.text()
    opened.close()


def test_ctrl_p_from_anywhere_finds_a_person_in_the_people_directory(qtbot, window):
    from tests.gui.participants.conftest import type_text

    tabs = window.findChild(QTabWidget, "mainTabs")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tabs.setCurrentIndex(2)
    window.findChild(QWidget, "mothersClubTab").setFocus()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)
    directory = window.findChild(QWidget, "peopleDirectoryTab")
    assert tabs.currentWidget() is directory
    search = directory.findChild(QWidget, "searchEdit")
    assert search.hasFocus()
    model = directory.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    everyone = model.total_count()
    first = model.data(model.index(0, 0))
    type_text(search, first)
    qtbot.waitUntil(lambda: 0 < model.matching_count() < everyone)
    assert first in [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert window.print_action.shortcut().toString() == "Ctrl+Shift+P"
