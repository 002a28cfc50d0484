"""The first-run window as a person fills it in, key by key: a field's message goes as
soon as the field is fixed, one left wrong says so at once, and the button says "Set
up" in every language, also after the language is switched (issue 14, fault 10)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton)

from centre_desk.ui.shell.first_run import FirstRunDialog

SET_UP = {"ru": "&Настроить", "kk": "&Баптау", "en": "&Set up"}
CANCEL = {"ru": "Отмена", "kk": "Болдырмау", "en": "Cancel"}


def _edit(dialog, name: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, name)


def _keys(widget, text: str) -> None:
    """Type letter by letter as a keyboard does (QTest's keyClicks knows only ASCII)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     character))


def _type(qtbot, dialog, name: str, text: str) -> None:
    edit = _edit(dialog, name)
    edit.setFocus()
    _keys(edit, text)


def _leave(qtbot, dialog, name: str) -> None:
    qtbot.keyClick(_edit(dialog, name), Qt.Key.Key_Tab)


def _button(dialog, role: QDialogButtonBox.ButtonRole) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return next(button for button in box.buttons() if box.buttonRole(button) == role)


def _buttons(dialog) -> list[str]:
    """The words on the accepting and the cancelling button."""
    return [_button(dialog, role).text() for role in (
        QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole)]


@pytest.fixture
def dialog(qtbot, paths, translations):
    window = FirstRunDialog(paths, translations)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # leaving a field (focus out) needs an active window
        window.show()
        window.activateWindow()
    return window


def test_each_message_goes_when_its_field_is_fixed(qtbot, dialog, paths):
    _type(qtbot, dialog, "adminUserEdit", "aliya")
    _type(qtbot, dialog, "adminNameEdit", "Әлия Сәрсенова")
    _type(qtbot, dialog, "adminPasswordEdit", "short")
    _type(qtbot, dialog, "adminPasswordConfirmEdit", "other")
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.ButtonRole.AcceptRole),
                     Qt.MouseButton.LeftButton)
    form = dialog._form
    assert form.error_text("centre_name") == "This field is required."
    assert form.error_text("region") == "This field is required."
    assert form.error_text("admin_password") == "Use at least 8 characters."
    assert form.error_text("admin_password_confirm") == "The two entries differ."
    assert dialog.findChild(QLabel, "firstRunMessage").text()

    _type(qtbot, dialog, "centreNameEdit", "Центр «Ақниет»")
    assert form.error_text("centre_name") == ""
    assert form.error_text("region") == "This field is required."  # not fixed yet

    _keys(dialog.findChild(QComboBox, "regionCombo").lineEdit(), "Алматы")
    assert form.error_text("region") == ""

    _type(qtbot, dialog, "adminPasswordEdit", " passwo")  # "short passwo": long enough
    assert form.error_text("admin_password") == ""
    assert form.error_text("admin_password_confirm") == "The two entries differ."
    assert dialog.findChild(QLabel, "firstRunMessage").text()

    confirm = _edit(dialog, "adminPasswordConfirmEdit")
    confirm.selectAll()
    qtbot.keyClicks(confirm, "short passwo")
    assert form.error_text("admin_password_confirm") == ""
    assert dialog.findChild(QLabel, "firstRunMessage").text() == ""
    assert not paths.database.exists()


def test_a_field_left_wrong_says_so_before_set_up(qtbot, dialog):
    _type(qtbot, dialog, "adminPasswordEdit", "short")
    assert dialog._form.error_text("admin_password") == ""  # still typing
    _leave(qtbot, dialog, "adminPasswordEdit")
    assert dialog._form.error_text("admin_password") == "Use at least 8 characters."
    _leave(qtbot, dialog, "centreNameEdit")  # passed over empty: no scolding yet
    assert dialog._form.error_text("centre_name") == ""


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_button_says_set_up_in_every_language(qtbot, paths, translations, language):
    translations.apply(language)
    window = FirstRunDialog(paths, translations)
    qtbot.addWidget(window)
    assert _buttons(window) == [SET_UP[language], CANCEL[language]]


def test_the_button_still_says_set_up_after_switching_the_language(qtbot, dialog):
    combo = dialog._language
    combo.setFocus()
    for language in ("kk", "en", "ru", "en"):
        while combo.currentData() != language:
            qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < combo.findData(
                language) else Qt.Key.Key_Up)
        QApplication.processEvents()  # the language change reaches the window
        assert _buttons(dialog) == [SET_UP[language], CANCEL[language]], language


@pytest.mark.parametrize(("language", "shown"), [
    ("ru", "Алматинская область"), ("kk", "Алматы облысы"), ("en", "Almaty Region")])
def test_regions_are_offered_in_the_ui_language_and_stored_as_before(
        qtbot, paths, translations, language, shown):
    translations.apply(language)
    window = FirstRunDialog(paths, translations)
    qtbot.addWidget(window)
    window.show()
    region = window.findChild(QComboBox, "regionCombo")
    assert shown in [region.itemText(index) for index in range(region.count())]
    _type(qtbot, window, "centreNameEdit", "Центр «Ақниет»")
    region.lineEdit().setFocus()
    _keys(region.lineEdit(), shown)
    _type(qtbot, window, "adminUserEdit", "aliya")
    _type(qtbot, window, "adminNameEdit", "Әлия Сәрсенова")
    _type(qtbot, window, "adminPasswordEdit", "admin password")
    _type(qtbot, window, "adminPasswordConfirmEdit", "admin password")
    qtbot.keyClick(_edit(window, "adminPasswordConfirmEdit"), Qt.Key.Key_Return)
    assert window.result() == QDialog.DialogCode.Accepted
    with closing(sqlite3.connect(paths.database)) as database:
        assert database.execute("SELECT region FROM site").fetchall() == [
            ("Алматинская область",)]


def test_a_language_switch_renames_the_region_chosen(qtbot, dialog):
    region = dialog.findChild(QComboBox, "regionCombo")
    region.lineEdit().setFocus()
    _keys(region.lineEdit(), "Алматинская область")
    dialog._language.setCurrentIndex(dialog._language.findData("kk"))
    QApplication.processEvents()
    assert region.currentText() == "Алматы облысы"
