"""Settings → Staff accounts…, File → Change password…, and the one-time password at
sign-in: typed key by key (Russian and Kazakh inserted as an input method would), with
what the database holds asserted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from sqlalchemy import select

from centre_desk.config import Settings
from centre_desk.domain.enums import Role
from centre_desk.services import staff, users
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.store.models import User
from centre_desk.ui.admin.password import PasswordDialog
from centre_desk.ui.admin.staff import StaffWindow
from centre_desk.ui.shell.login import LoginDialog
from centre_desk.ui.shell.startup import Startup
from tests.conftest import USER_PASSWORD
from tests.gui.conftest import submit
from tests.unit.sync.sites import database_digest


def _type(qtbot, dialog, name, text):
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        for letter in text:  # one by one, as an input method inserts them
            edit.insert(letter)


def _window(qtbot, workspace) -> StaffWindow:
    window = StaffWindow(workspace)
    qtbot.addWidget(window)
    return window


def _account(db, username):
    with db.session() as session:
        return session.scalars(select(User).where(User.username == username)).one()


def _sign_in(db, username, password):
    with db.session() as session, session.begin():
        return users.sign_in(session, username, password)


def _fill_account(username, full_name, role, password, repeat=None):
    def fill(dialog):
        qtbot = fill.qtbot
        _type(qtbot, dialog, "usernameEdit", username)
        _type(qtbot, dialog, "full_nameEdit", full_name)
        dialog.role.set_value(role)
        _type(qtbot, dialog, "passwordEdit", password)
        _type(qtbot, dialog, "repeatEdit", password if repeat is None else repeat)
        fill.dialog = dialog
        return submit(dialog)
    return fill


def test_an_administrator_adds_an_account_in_kazakh_and_it_signs_in_once(
        qtbot, db, workspace, modals, translations):
    window = _window(qtbot, workspace)
    fill = _fill_account("aigerim", "Айгерім Нұрланқызы", Role.SPECIALIST, "Алғашқы құпиясөз")
    fill.qtbot = qtbot
    modals.expect(fill)
    window.add_button.click()
    user = _account(db, "aigerim")
    assert (user.full_name, user.role, user.active) == ("Айгерім Нұрланқызы",
                                                         Role.SPECIALIST, True)
    assert window.selected().username == "aigerim"
    assert window.accounts.rowCount() == 2
    assert _sign_in(db, "aigerim", "Алғашқы құпиясөз").must_change_password


def test_a_weak_or_mistyped_password_is_refused_under_its_field_and_nothing_changes(
        qtbot, db, workspace, modals, translations):
    window = _window(qtbot, workspace)
    before = database_digest(db)
    common = _fill_account("marat", "Марат", Role.SPECIALIST, "йцукенгшщз")
    mistyped = _fill_account("marat", "Марат", Role.SPECIALIST, "Длинный пароль",
                             "Длинный парол")
    common.qtbot = mistyped.qtbot = qtbot
    modals.expect(common, mistyped)
    window.add_button.click()
    window.add_button.click()
    assert not common.dialog.isHidden() or common.dialog.result() != QDialog.DialogCode.Accepted
    assert common.dialog.findChild(type(window.message), "passwordError").text() == (
        "This is one of the commonest passwords: choose a less guessable one, such as a "
        "few unrelated words.")
    assert mistyped.dialog.findChild(type(window.message), "repeatError").text() == (
        "The two entries differ.")
    assert database_digest(db) == before


def test_disable_enable_and_change_role_from_the_list(qtbot, db, workspace, make_user,
                                                      modals, translations):
    make_user(Role.SPECIALIST, "timur")
    window = _window(qtbot, workspace)
    window.select_username("timur")
    modals.answer(True)
    window.active_button.click()
    assert not _account(db, "timur").active
    assert _sign_in(db, "timur", USER_PASSWORD).actor is None
    assert window.active_button.text() == "&Enable"
    window.active_button.click()
    assert _account(db, "timur").active

    def supervisor(dialog):
        dialog.role.set_value(Role.SUPERVISOR)
        return submit(dialog)
    modals.expect(supervisor)
    window.role_button.click()
    assert _account(db, "timur").role is Role.SUPERVISOR


def test_the_last_administrator_cannot_be_disabled_or_demoted(qtbot, db, workspace, modals,
                                                              translations):
    window = _window(qtbot, workspace)
    window.select_username("admin")
    before = database_digest(db)
    modals.answer(True)
    window.active_button.click()
    assert window.message.text() == ("This is the last active administrator: make another "
                                     "account an administrator first.")

    def demote(dialog):
        dialog.role.set_value(Role.READ_ONLY)
        demote.dialog = dialog
        return submit(dialog)
    modals.expect(demote)
    window.role_button.click()
    assert demote.dialog.result() != QDialog.DialogCode.Accepted
    assert database_digest(db) == before
    assert _account(db, "admin").role is Role.ADMINISTRATOR and _account(db, "admin").active


def test_reset_password_in_russian_makes_a_one_time_password(qtbot, db, workspace, make_user,
                                                             modals, translations):
    make_user(Role.READ_ONLY, "dana")
    window = _window(qtbot, workspace)
    window.select_username("dana")

    def reset(dialog):
        _type(qtbot, dialog, "passwordEdit", "Временный пароль")
        _type(qtbot, dialog, "repeatEdit", "Временный пароль")
        return submit(dialog)
    modals.expect(reset)
    window.reset_button.click()
    assert _sign_in(db, "dana", USER_PASSWORD).actor is None
    assert _sign_in(db, "dana", "Временный пароль").must_change_password
    assert window.selected().must_change


def test_everyone_changes_their_own_password(qtbot, db, make_user, translations):
    reader = make_user(Role.READ_ONLY, "reader")
    dialog = PasswordDialog(Workspace(db, reader))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog, "currentEdit", "wrong one")
    _type(qtbot, dialog, "newEdit", "Жаңа құпия сөз")
    _type(qtbot, dialog, "repeatEdit", "Жаңа құпия сөз")
    before = database_digest(db)
    dialog.accept()
    assert dialog.form.findChild(type(dialog.message), "currentError").text() == (
        "The current password is wrong.")
    assert database_digest(db) == before
    _type(qtbot, dialog, "currentEdit", USER_PASSWORD)
    qtbot.keyClick(dialog.findChild(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _sign_in(db, "reader", "Жаңа құпия сөз").actor is not None


def test_a_one_time_password_must_be_replaced_before_the_main_window(
        qtbot, installed, db, admin, modals, translations):
    with db.session(admin) as session, session.begin():
        staff.add(session, "aigerim", "Айгерім", Role.SPECIALIST, "Алғашқы құпиясөз")
    db.close()
    settings = Settings.load(installed)

    def login():
        dialog = LoginDialog(Startup(installed, settings), settings)
        qtbot.addWidget(dialog)
        _type(qtbot, dialog, "loginUserEdit", "aigerim")
        _type(qtbot, dialog, "loginPasswordEdit", "Алғашқы құпиясөз")
        return dialog

    def cancel(dialog):
        assert not dialog.current.isVisibleTo(dialog)
        return False

    def choose(dialog):
        _type(qtbot, dialog, "newEdit", "Менің жаңа құпиям")
        _type(qtbot, dialog, "repeatEdit", "Менің жаңа құпиям")
        return submit(dialog)
    modals.expect(cancel, choose)
    refused = login()
    refused.accept()
    assert refused.workspace is None and refused.result() != QDialog.DialogCode.Accepted
    refused.reject()
    accepted = login()
    accepted.accept()
    assert accepted.result() == QDialog.DialogCode.Accepted
    accepted.workspace.database.close()
    reopened = open_database(installed)
    try:
        with reopened.session() as session, session.begin():
            again = users.sign_in(session, "aigerim", "Менің жаңа құпиям")
        assert again.actor is not None and not again.must_change_password
    finally:
        reopened.close()


def test_staff_model_passes_the_model_tester(qtbot, qtmodeltester, workspace, make_user):
    make_user(Role.SPECIALIST, "timur")
    window = _window(qtbot, workspace)
    qtmodeltester.check(window.accounts)


def test_only_administrators_reach_staff_accounts_and_everyone_their_password(
        qtbot, installed, db, admin, make_user, translations):
    from centre_desk.ui.shell.main_window import MainWindow

    for actor, allowed in ((admin, True), (make_user(Role.SUPERVISOR, "boss"), False)):
        window = MainWindow(installed, Settings.load(installed), translations,
                            Workspace(db, actor))
        qtbot.addWidget(window)
        assert window.staff_action.isEnabled() is allowed
        assert window.change_password_action.isEnabled()
        if allowed:
            opened = window.open_staff()
            assert opened.accounts.rowCount() == 2
            opened.close()
        dialog = window.open_change_password()
        assert dialog.objectName() == "passwordDialog"
        dialog.close()
