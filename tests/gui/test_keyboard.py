"""The keyboard from the first second: focus in the search box after sign-in, Ctrl+N
at once, Ctrl+F to the search box of any window that has one, and mnemonics that
answer on the Russian, Kazakh and English keyboard layouts alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from centre_desk.ui.shell.app import sign_in_and_open
from centre_desk.ui.toolkit import keys
from tests.conftest import ADMIN_PASSWORD
from tests.gui.participants.conftest import type_text


@pytest.fixture
def main_window(qtbot, installed, translations):
    window = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def search_box_of(tab) -> QLineEdit:
    return tab.findChild(QLineEdit, "searchEdit")


def test_after_sign_in_my_work_shows_and_the_participants_search_box_takes_typing(
        main_window, qtbot):
    assert main_window.tabs.currentWidget() is main_window.my_work
    assert QApplication.focusWidget() is main_window.my_work.focusProxy()  # its first list
    participants = main_window.tabs.page(1)
    main_window.tabs.setCurrentWidget(participants)
    assert QApplication.focusWidget() is search_box_of(participants)
    type_text(QApplication.focusWidget(), "Сейтқали")
    assert search_box_of(participants).text() == "Сейтқали"
    before = list(main_window.files.open_files())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    opened = [f for f in main_window.files.open_files() if f not in before]
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].close()


def test_ctrl_f_goes_to_the_current_tabs_search_box_from_anywhere(main_window, qtbot):
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)
        tab = main_window.tabs.currentWidget()
        if tab is main_window.my_work:  # no search: its lists are what is due
            continue
        box = search_box_of(tab)
        box.setText("Ақниет")
        tab.view().setFocus()
        qtbot.waitUntil(lambda tab=tab: tab.view().hasFocus())
        qtbot.keyClick(tab.view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is box, tab.objectName()
        assert box.selectedText() == "Ақниет"  # typing replaces what was searched
    main_window.tabs.tabBar().setFocus()
    qtbot.keyClick(main_window.tabs.tabBar(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is search_box_of(main_window.tabs.currentWidget())


def test_ctrl_f_goes_to_the_search_box_of_a_picker_and_of_a_list_window(qtbot, workspace):
    from centre_desk.ui.placements.partner_directory import PartnerDirectoryDialog
    from centre_desk.ui.toolkit.person_picker import PersonPickerDialog

    keys.install()
    picker = PersonPickerDialog(workspace, "Enrol a student", "Whom to enrol?")
    directory = PartnerDirectoryDialog(workspace)
    for window, name in ((picker, "personSearchEdit"), (directory, "partnerSearchEdit")):
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        box = window.findChild(QLineEdit, name)
        box.setText("Ахметов")
        elsewhere = next(b for b in window.findChildren(QPushButton) if b.isVisible())
        elsewhere.setFocus()
        qtbot.waitUntil(elsewhere.hasFocus)
        qtbot.keyClick(elsewhere, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is box and box.selectedText() == "Ахметов"
        window.close()


def latin_key(letter: str) -> str:
    """The key of the US layout that types ``letter`` on the Russian or Kazakh layout."""
    return next(c for c in keys.twins(letter) if c.isascii())


def alt_key(widget, character: str) -> None:
    """Alt and the key that types ``character``, as the platform reports it (through
    the shortcut map, as a real key press goes)."""
    key, alt = Qt.Key(ord(character.upper())), Qt.KeyboardModifier.AltModifier
    QTest.sendKeyEvent(QTest.KeyAction.Press, widget, key, character.lower(), alt)
    QTest.sendKeyEvent(QTest.KeyAction.Release, widget, key, character.lower(), alt)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the menu's popup, offscreen
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_mnemonics_in_russian_and_kazakh_answer_on_an_english_layout(
        qtbot, main_window, translations, language):
    translations.apply(language)
    QApplication.processEvents()
    window = main_window
    titles = [m for m in keys.mnemonics(window) if m.widget is window.tabs.tabBar()]
    assert len(titles) == window.tabs.count()
    for mnemonic in reversed(titles):
        assert not mnemonic.letter.isascii(), mnemonic.text
        # The key that types И on a Russian layout types B on an English one.
        alt_key(window, latin_key(mnemonic.letter))
        assert window.tabs.currentIndex() == mnemonic.index, mnemonic.text
    file_menu = window.menuBar().actions()[0]
    alt_key(window, latin_key(keys.mnemonic_letter(file_menu.text())))
    assert window.menuBar().activeAction() is file_menu and file_menu.menu().isVisible()
    file_menu.menu().close()


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_sign_in_fields_answer_their_mnemonic_on_either_layout(qtbot, installed, translations,
                                                               language):
    from centre_desk.ui.shell.app import show_login

    translations.apply(language)
    login = show_login(installed)
    qtbot.addWidget(login)
    login.activateWindow()
    qtbot.waitUntil(login.isActiveWindow)
    password = login.findChild(QLineEdit, "loginPasswordEdit")
    user = login.findChild(QLineEdit, "loginUserEdit")
    for edit in (password, user, password):
        label = _label_of(login, edit)
        letter = keys.mnemonic_letter(label.text())
        for key in {letter, *keys.twins(letter)}:
            other = user if edit is password else password
            other.setFocus()
            qtbot.waitUntil(other.hasFocus)
            alt_key(other, key)
            assert edit.hasFocus(), (label.text(), key)
    login.reject()


def _label_of(window, edit):
    return next(label for label in window.findChildren(QLabel) if label.buddy() is edit)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the menus' popups, offscreen
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_an_open_menu_takes_its_items_letter_typed_on_an_english_layout(
        qtbot, main_window, translations, language):
    translations.apply(language)
    QApplication.processEvents()
    settings = main_window.menuBar().actions()[1]
    alt_key(main_window, latin_key(keys.mnemonic_letter(settings.text())))
    menu = settings.menu()
    assert menu.isVisible()
    languages = next(action for action in menu.actions() if action.menu() is not None)
    typed = latin_key(keys.mnemonic_letter(languages.text())).lower()
    QTest.keyClick(menu, typed)
    assert languages.menu().isVisible(), languages.text()
    languages.menu().close()
    menu.close()


def test_a_tab_shown_by_its_mnemonic_takes_the_focus_so_ctrl_n_works_at_once(
        main_window, qtbot, modals):
    courses = next(m for m in keys.mnemonics(main_window)
                   if m.widget is main_window.tabs.tabBar() and m.index == 4)
    alt_key(QApplication.focusWidget(), courses.letter)
    tab = main_window.tabs.currentWidget()
    assert tab.objectName() == "arabicCoursesTab"
    assert QApplication.focusWidget() is search_box_of(tab)
    modals.expect(lambda dialog: dialog.objectName() == "courseFormDialog" and False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert modals.shown == ["courseFormDialog"]
