"""File → Sign out and the idle lock (issue 15): the lock covers every window's data
and asks the same user's password, with unsaved typing kept; signing out asks about
unsaved changes first, and the next user gets a main window of their own role."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton
from sqlalchemy import select

from centre_desk.config import Settings
from centre_desk.domain.enums import AuditAction, CaseCategory, Role, Sex
from centre_desk.services import cases, persons, users
from centre_desk.services.cases import CaseInput
from centre_desk.services.persons import PersonInput
from centre_desk.store.models import AuditEvent
from centre_desk.ui.audit.columns import action_text
from centre_desk.ui.shell.app import sign_in, sign_in_and_open
from centre_desk.ui.shell.lock import IdleLock
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.gui.participants.conftest import iin_for, replace_text, type_text
from tests.gui.screens import assert_fits, assert_shows, shown_texts


@pytest.fixture
def window(qtbot, installed, translations):
    """The administrator's main window; closed afterwards unless signed out."""
    opened = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
    shell = opened.shell
    yield opened
    for widget in (shell.window, shell.login):
        if widget is not None:
            widget.close()
            widget.deleteLater()


def test_closing_the_main_window_stops_watching(window):
    lock = window.idle_lock
    window.close()
    assert not lock.timer.isActive()
    lock.lock()
    assert not lock.locked


@pytest.fixture
def bekova(window):
    """A participant, registered, with her file open in the main window."""
    ids = window.workspace.run(
        cases.register_participant,
        PersonInput(surname="Бекова", given_name="Асель",
                    iin=iin_for(dt.date(1991, 2, 2), Sex.FEMALE), region="Астана"),
        CaseInput(CaseCategory.AT_RISK), today=dt.date(2024, 1, 10))
    file = window.files.open_case(ids.case_id)
    file.person_id_for_test = ids.person_id
    return file


def actions(workspace) -> list[AuditAction]:
    with workspace.database.session() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def shown(*windows) -> str:
    return "\n".join(text for window in windows for text in shown_texts(window))


def panel_of(lock: IdleLock, window):
    return next(panel for panel in lock.panels() if panel.parentWidget() is window)


def test_idle_time_locks_every_window_and_the_same_password_unlocks(qtbot, window, bekova):
    replace_text(bekova.person_form.surname, "Бекова-Сәрсенова")
    assert_shows(bekova, "Бекова-Сәрсенова", "Асель")
    lock = window.idle_lock
    lock.timer.setInterval(50)  # a short idle time instead of ten minutes
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)

    assert "Бекова" not in shown(bekova, window) and "Асель" not in shown(bekova)
    assert_shows(bekova, "Centre Desk is locked", "Signed in: ")
    assert_shows(window, "Centre Desk is locked")
    type_text(bekova.person_form.surname, "x")  # what is covered takes no typing
    assert bekova.person_form.surname.text() == "Бекова-Сәрсенова"
    assert actions(window.workspace)[-1] == AuditAction.LOCKED

    panel = panel_of(lock, bekova)
    type_text(panel.password, "not my password")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert lock.locked and "Асель" not in shown(bekova)
    assert_shows(bekova, "The user name or password is wrong.")
    assert actions(window.workspace)[-1] == AuditAction.SIGN_IN_FAILED

    type_text(panel.password, ADMIN_PASSWORD)
    qtbot.mouseClick(panel.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    assert not lock.locked and lock.timer.isActive()
    trail = actions(window.workspace)  # unlocking is not a second sign-in
    assert trail[trail.index(AuditAction.LOCKED):] == [
        AuditAction.LOCKED, AuditAction.SIGN_IN_FAILED, AuditAction.UNLOCKED]
    assert trail.count(AuditAction.SIGNED_IN) == 1
    assert bekova.person_form.surname.text() == "Бекова-Сәрсенова"  # kept under the lock
    assert_shows(bekova, "Бекова-Сәрсенова", "Асель")
    assert bekova.save()
    assert window.workspace.run(persons.get_person, bekova.person_id_for_test).surname == \
        "Бекова-Сәрсенова"


def test_wrong_passwords_at_the_lock_count_like_failed_sign_ins(qtbot, window):
    lock = window.idle_lock
    lock.lock()
    panel = panel_of(lock, window)
    for _attempt in range(users.MAX_FAILED_ATTEMPTS):
        assert not lock.unlock("wrong password")
    assert not lock.unlock(ADMIN_PASSWORD)  # the name is locked out for a minute
    assert lock.locked
    assert panel.message.text() == "Too many failed attempts: sign-in is locked for a minute."


def test_input_restarts_the_idle_timer(qtbot, window):
    lock = window.idle_lock
    lock.timer.setInterval(300)
    lock.timer.start()
    for _step in range(4):
        qtbot.wait(150)
        qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_Shift)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)


def test_sign_out_asks_about_unsaved_changes_and_cancel_keeps_the_user(
        qtbot, window, bekova, modals):
    shell = window.shell
    replace_text(bekova.person_form.surname, "Бекова-Сәрсенова")
    modals.answer("cancel")
    window.sign_out_action.trigger()
    assert modals.questions == [
        "This file has changes that are not saved. Save them before closing?"]
    assert shell.window is window and window.isVisible() and shell.login is None
    assert bekova.isVisible() and bekova.person_form.surname.text() == "Бекова-Сәрсенова"
    assert AuditAction.SIGNED_OUT not in actions(window.workspace)

    workspace = window.workspace
    modals.answer("discard")
    window.sign_out_action.trigger()
    assert shell.window is None and shell.login.isVisible()
    assert actions(workspace)[-1] == AuditAction.SIGNED_OUT
    assert workspace.run(persons.get_person, bekova.person_id_for_test).surname == "Бекова"


def test_another_user_signs_in_after_sign_out_and_gets_their_roles_menus(qtbot, window):
    window.workspace.run(users.create_user, "reader", "Дана Оспанова", Role.READ_ONLY,
                         USER_PASSWORD)
    shell = window.shell
    assert window.statistics_action.isEnabled()
    assert window.sign_out()
    login = shell.login
    assert not login.findChild(QLineEdit, "loginDatabasePasswordEdit").isVisibleTo(login)
    sign_in(login, "reader", USER_PASSWORD)
    reader = shell.window
    assert reader is not None and reader.isVisible()
    assert reader.workspace.actor.username == "reader"
    assert not reader.statistics_action.isEnabled() and not reader.export_action.isEnabled()
    assert_shows(reader, "Signed in: Дана Оспанова, Read only")
    assert isinstance(reader.idle_lock, IdleLock) and not reader.idle_lock.locked


def test_sign_out_from_the_lock_screen_asks_first(qtbot, window, bekova, modals):
    shell = window.shell
    replace_text(bekova.person_form.surname, "Бекова-Сәрсенова")
    window.idle_lock.lock()
    button = panel_of(window.idle_lock, bekova).findChild(QPushButton, "lockSignOutButton")
    modals.answer("cancel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.idle_lock.locked and shell.window is window and bekova.isVisible()
    assert "Бекова" not in shown(bekova)
    modals.answer("discard")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shell.window is None and shell.login.isVisible()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_lock_screen_and_sign_in_window_in_russian_and_kazakh(
        qtbot, window, bekova, translations, shots, language):
    translations.apply(language)
    window.resize(1366, 768)
    window.idle_lock.lock()
    assert not window.idle_lock.unlock("неверный пароль")
    for shown_window, name in ((window, "main"), (bekova, "file")):
        assert "Бекова" not in shown(shown_window)
        shown_window.grab().save(str(shots / f"lock-{name}-{language}.png"))
    title = {"ru": "Centre Desk заблокирован", "kk": "Centre Desk құлыпталды"}[language]
    assert_shows(window, title, "Әлия Сәрсенова")
    assert_fits(window)
    window.sign_out()
    login = window.shell.login
    login.grab().save(str(shots / f"sign-in-after-sign-out-{language}.png"))
    assert_fits(login)


def test_the_audit_trail_names_sign_out_lock_and_unlock():
    assert [action_text(action) for action in (
        AuditAction.SIGNED_OUT, AuditAction.LOCKED, AuditAction.UNLOCKED)] == [
        "Signed out", "Locked (away)", "Unlocked"]


def test_a_small_modal_window_in_front_still_takes_the_password(qtbot, window, shots):
    """A question in front holds the input, so its cover must offer the password too."""
    question = QDialog(window)
    question.setWindowModality(Qt.WindowModality.ApplicationModal)
    question.resize(360, 120)
    question.show()
    lock = window.idle_lock
    lock.lock()
    panel = panel_of(lock, question)
    assert panel.password.isVisibleTo(question)
    assert question.rect().contains(panel.password.geometry().translated(
        panel.password.parentWidget().mapTo(question, panel.password.pos()) -
        panel.password.pos()))
    assert not lock.unlock("wrong password")
    question.grab().save(str(shots / "lock-small-window.png"))
    type_text(panel.password, ADMIN_PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not lock.locked
    question.close()


_LOCKED = {"en": "Centre Desk is locked", "ru": "Centre Desk заблокирован",
           "kk": "Centre Desk құлыпталды"}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_file_opened_while_locked_is_covered_too(qtbot, window, translations, shots,
                                                   language):
    """A file opened by a timer or a signal after the lock engaged shows nothing of the
    person, takes no typing but the password, and is uncovered by the unlock."""
    ids = window.workspace.run(
        cases.register_participant,
        PersonInput(surname="Жұмабаева", given_name="Мәдина",
                    iin=iin_for(dt.date(1993, 4, 5), Sex.FEMALE), region="Астана"),
        CaseInput(CaseCategory.AT_RISK), today=dt.date(2024, 1, 10))
    translations.apply(language)
    lock = window.idle_lock
    lock.lock()
    opened = []
    QTimer.singleShot(0, lambda: opened.append(window.files.open_case(ids.case_id)))
    qtbot.waitUntil(lambda: bool(opened))
    file = opened[0]
    assert file.isVisible() and panel_of(lock, file).isVisible()
    assert "Жұмабаева" not in shown(file) and "Мәдина" not in shown(file)
    assert file.windowTitle() == _LOCKED[language]
    assert_shows(file, _LOCKED[language])
    type_text(file.person_form.surname, "x")  # what is covered takes no typing
    assert file.person_form.surname.text() == "Жұмабаева"
    file.resize(1366, 768)
    file.grab().save(str(shots / f"lock-file-opened-while-locked-{language}.png"))
    panel = panel_of(lock, file)
    type_text(panel.password, ADMIN_PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not lock.locked and not lock.panels()
    assert_shows(file, "Жұмабаева", "Мәдина")
    assert "Жұмабаева" in file.windowTitle()


def test_any_window_shown_while_locked_is_covered(qtbot, window):
    lock = window.idle_lock
    lock.lock()
    dialog = QDialog(window)
    dialog.setWindowTitle("Бекова Асель")
    dialog.resize(500, 300)
    dialog.show()
    qtbot.addWidget(dialog)
    assert panel_of(lock, dialog).isVisible() and dialog.windowTitle() == "Centre Desk is locked"
    dialog.setWindowTitle("Бекова Асель, 1991")  # a title set later is covered too
    assert dialog.windowTitle() == "Centre Desk is locked"
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: len(lock.panels()) == 1)  # a closed window's cover goes with it
    assert lock.unlock(ADMIN_PASSWORD) and not lock.panels()


def test_a_question_asked_from_the_lock_screen_is_not_covered(qtbot, window, monkeypatch):
    """Signing out from the lock screen may ask about unsaved changes: that question
    is for the person at the lock screen and must stay readable."""
    lock = window.idle_lock
    lock.lock()
    asked = []

    def sign_out():
        question = QDialog(window)
        question.show()
        asked.append((question, question in [p.parentWidget() for p in lock.panels()]))
        question.close()
        return False
    monkeypatch.setattr(window, "sign_out", sign_out)
    qtbot.mouseClick(panel_of(lock, window).findChild(QPushButton, "lockSignOutButton"),
                     Qt.MouseButton.LeftButton)
    assert asked and asked[0][1] is False
    assert lock.locked


@pytest.mark.parametrize(("minutes", "ms"), [(3, 180_000), ("ten", 600_000), (0, 600_000)])
def test_the_idle_time_comes_from_settings_json(qtbot, installed, translations, minutes, ms):
    dataclasses.replace(Settings.load(installed), idle_lock_minutes=minutes).save(installed)
    opened = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
    try:
        assert opened.idle_lock.timer.interval() == ms and opened.idle_lock.timer.isActive()
    finally:
        opened.close()
        opened.deleteLater()
