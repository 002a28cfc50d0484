"""First-run set-up, sign-in and the main window, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit

from centre_desk.config import Settings
from centre_desk.services.users import MAX_FAILED_ATTEMPTS
from centre_desk.ui.shell.first_run import FirstRunDialog
from centre_desk.ui.shell.login import LoginDialog
from centre_desk.ui.shell.startup import Startup
from tests.conftest import ADMIN_PASSWORD


def _type(qtbot, dialog, object_name, text):
    """Type like a user; QTest can only synthesise ASCII key presses, so the rest is
    inserted as an input method would."""
    edit = dialog.findChild(QLineEdit, object_name)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def _fill_first_run(qtbot, dialog, password="admin password", confirm="admin password"):
    _type(qtbot, dialog, "centreNameEdit", "Центр «Ақниет»")
    dialog._region.setEditText("Алматы")
    _type(qtbot, dialog, "adminUserEdit", "aliya")
    _type(qtbot, dialog, "adminNameEdit", "Әлия Сәрсенова")
    _type(qtbot, dialog, "adminPasswordEdit", password)
    _type(qtbot, dialog, "adminPasswordConfirmEdit", confirm)


def test_first_run_creates_the_installation(qtbot, paths, translations):
    dialog = FirstRunDialog(paths, translations)
    qtbot.addWidget(dialog)
    _fill_first_run(qtbot, dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert paths.database.exists() and not Settings.load(paths).encrypted


def test_first_run_shows_problems_beside_fields_and_creates_nothing(qtbot, paths,
                                                                     translations):
    dialog = FirstRunDialog(paths, translations)
    qtbot.addWidget(dialog)
    _fill_first_run(qtbot, dialog, password="short", confirm="other")
    dialog._centre.clear()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._form.error_text("centre_name") == "This field is required."
    assert dialog._form.error_text("admin_password") == "Use at least 8 characters."
    assert dialog._form.error_text("admin_password_confirm") == "The two entries differ."
    assert not paths.database.exists() and not paths.settings.exists()


def test_first_run_with_database_password_encrypts(qtbot, paths, translations):
    dialog = FirstRunDialog(paths, translations)
    qtbot.addWidget(dialog)
    _fill_first_run(qtbot, dialog)
    dialog.findChild(QCheckBox, "encryptCheck").setChecked(True)
    _type(qtbot, dialog, "databasePasswordEdit", "database secret")
    _type(qtbot, dialog, "databasePasswordConfirmEdit", "database secret")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Settings.load(paths).encrypted
    assert paths.database.read_bytes()[:6] != b"SQLite"


def _login(qtbot, installed, translations):
    settings = Settings.load(installed)
    dialog = LoginDialog(Startup(installed, settings), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_login_signs_in_through_the_named_fields(qtbot, installed, translations):
    dialog = _login(qtbot, installed, translations)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "loginUserEdit"), "admin")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "loginPasswordEdit"), ADMIN_PASSWORD)
    qtbot.keyClick(dialog.findChild(QLineEdit, "loginPasswordEdit"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.workspace.actor.username == "admin"
    dialog.workspace.database.close()


def test_login_locks_after_five_failures_with_the_same_words_for_any_name(
        qtbot, installed, translations):
    dialog = _login(qtbot, installed, translations)
    user = dialog.findChild(QLineEdit, "loginUserEdit")
    password = dialog.findChild(QLineEdit, "loginPasswordEdit")
    seen = []
    for name in ("admin", "ghost"):
        user.setText(name)
        for _ in range(MAX_FAILED_ATTEMPTS):
            password.setText("wrong password")
            dialog.accept()
            seen.append(dialog.message())
    assert seen[:MAX_FAILED_ATTEMPTS] == seen[MAX_FAILED_ATTEMPTS:]
    assert seen[0] == "The user name or password is wrong."
    assert seen[-1] == "Too many failed attempts: sign-in is locked for a minute."
    user.setText("admin")
    password.setText(ADMIN_PASSWORD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message() == "Too many failed attempts: sign-in is locked for a minute."
    dialog.reject()


def test_login_to_encrypted_database_asks_for_its_password(qtbot, paths, translations):
    from centre_desk.services import setup
    setup.set_up(paths, setup.SetUpRequest("Центр", "Астана", "admin", "Admin",
                                           ADMIN_PASSWORD, database_password="db secret 1"))
    dialog = _login(qtbot, paths, translations)
    db_password = dialog.findChild(QLineEdit, "loginDatabasePasswordEdit")
    assert not db_password.isHidden()
    dialog.findChild(QLineEdit, "loginUserEdit").setText("admin")
    dialog.findChild(QLineEdit, "loginPasswordEdit").setText(ADMIN_PASSWORD)
    db_password.setText("not it")
    dialog.accept()
    assert dialog.message() == "The database password is wrong: check it and try again."
    db_password.setText("db secret 1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.workspace.database.close()


def test_the_main_window_is_built_while_the_password_is_checked_and_shown_only_after(
        qtbot, installed, translations):
    """Enter builds the main window beside the password's check, on a workspace that
    reads nothing until the password verified; a wrong password throws it away unseen,
    with the same one sentence as ever."""
    from centre_desk.services import site
    from centre_desk.ui.shell.app import Shell

    shell, built = Shell(installed, translations), []

    def build(workspace):
        with pytest.raises(RuntimeError):  # nothing is read before the check
            workspace.run(site.this_site)
        built.append(shell.build(workspace))
        return built[-1]
    dialog = _login(qtbot, installed, translations)
    dialog.prepare = build
    dialog.findChild(QLineEdit, "loginUserEdit").setText("admin")
    dialog.findChild(QLineEdit, "loginPasswordEdit").setText("wrong password")
    dialog.accept()
    assert dialog.message() == "The user name or password is wrong."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(built) == 1 and dialog.prepared is None and not built[0].isVisible()
    assert not built[0].workspace.checked  # and never will be: it runs nothing
    dialog.findChild(QLineEdit, "loginPasswordEdit").setText(ADMIN_PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window = shell.open(dialog)
    qtbot.addWidget(window)
    assert window is built[1] and window.isVisible()
    assert window.workspace is dialog.workspace and window.workspace.checked
    centre = window.workspace.run(site.this_site).centre_name
    assert window.windowTitle() == f"Centre Desk — {centre}"
    window.close()
