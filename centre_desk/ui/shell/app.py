"""Starts the GUI: translations, first-run set-up, sign-in, then the main window.

Only Qt and light modules are imported here: the sign-in window shows while the
database layer loads behind it (see startup.py).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from centre_desk.config import Paths, Settings, default_data_dir
from centre_desk.ui.toolkit.i18n import Translations
from centre_desk.ui.toolkit.keys import install as install_keyboard
from centre_desk.ui.shell.login import LoginDialog
from centre_desk.ui.toolkit.messages import UNEXPECTED, translated
from centre_desk.ui.toolkit.resources import icon_path
from centre_desk.ui.shell.startup import Startup

if TYPE_CHECKING:
    from centre_desk.services.workspace import Workspace
    from centre_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

SHOW_AND_QUIT = "CENTRE_DESK_SHOW_AND_QUIT"
"""Set (to anything) for a smoke test without a display, e.g. of the PyInstaller bundle
under QT_QPA_PLATFORM=offscreen: the first window shows, its objectName and title are
printed as one tab-separated line on stdout, and the program exits 0 as if it was closed."""


def is_installed(paths: Paths) -> bool:
    """Whether first-run set-up has been done in this data dir."""
    return bool(Settings.load(paths).database_url) or paths.database.exists()


def _install_excepthook() -> None:
    def report(kind, error, trace) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        QMessageBox.critical(None, "Centre Desk", translated(UNEXPECTED))
    sys.excepthook = report


def make_application(paths: Paths) -> tuple[QApplication, Translations]:
    """The QApplication with its name, icon and the PC's language installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Centre Desk")
    app.setOrganizationName("Centre Desk")
    app.setWindowIcon(QIcon(str(icon_path("centre-desk.svg"))))
    translations = Translations(paths.cache / "translations")
    translations.apply(Settings.load(paths).language)
    install_keyboard(app)  # Ctrl+F and mnemonics on any keyboard layout, in every window
    return app, translations


class Shell:
    """Keeps the program's front window alive: the signed-in user's main window, with
    its idle lock, or after File → Sign out the sign-in window for the next user,
    which signs in to the database still open and gets a main window of their own."""

    def __init__(self, paths: Paths, translations: Translations) -> None:
        self._paths, self._translations = paths, translations
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None

    def build(self, workspace: Workspace) -> MainWindow:
        """The main window, unshown and reading nothing: built while the password is
        checked (the sign-in window's ``prepare``), it shows only once it verified."""
        from centre_desk.ui.shell.main_window import MainWindow

        return MainWindow(self._paths, Settings.load(self._paths), self._translations,
                          workspace, read_later=True)

    def open(self, login: LoginDialog) -> MainWindow:
        """The main window for the user who just signed in, shown."""
        from centre_desk.ui.shell.lock import IdleLock
        from centre_desk.ui.shell.main_window import MainWindow

        settings = Settings.load(self._paths)
        window, login.prepared = login.prepared, None
        if window is None:
            window = MainWindow(self._paths, settings, self._translations, login.workspace)
        else:
            window.read_identity()
        window.shell = self  # the window keeps its shell, the shell its window
        window.idle_lock = IdleLock(window, login.workspace, settings.idle_lock_ms)
        window.signed_out.connect(self._signed_out)
        self.window, self.login = window, None
        window.show()
        return window

    def _signed_out(self) -> None:
        window = self.window
        window.idle_lock.stop()
        settings = Settings.load(self._paths)
        login = LoginDialog(Startup(self._paths, settings, window.workspace.database),
                            settings)
        login.prepare = self.build
        login.accepted.connect(lambda: self.open(login))
        self.login, self.window = login, None
        login.show()


def open_main_window(paths: Paths, translations: Translations, login: LoginDialog
                     ) -> MainWindow:
    """The main window for the user who just signed in, shown."""
    return Shell(paths, translations).open(login)


def _exec(dialog: QDialog) -> int:
    """``dialog.exec()``, or with SHOW_AND_QUIT set: show it, print it, close it."""
    if not os.environ.get(SHOW_AND_QUIT):
        return dialog.exec()
    dialog.show()
    QApplication.processEvents()
    if dialog.isVisible():
        print(f"{dialog.objectName()}\t{dialog.windowTitle()}", flush=True)
    dialog.reject()
    return QDialog.DialogCode.Rejected


def run(data_dir: Path | None = None) -> int:
    """The GUI's main loop; returns the process exit code."""
    from centre_desk.diagnostics import configure_logging

    paths = Paths(data_dir or default_data_dir())
    paths.make_dirs()
    configure_logging(paths)
    app, translations = make_application(paths)
    _install_excepthook()
    if not is_installed(paths):
        from centre_desk.ui.shell.first_run import FirstRunDialog

        first_run = FirstRunDialog(paths, translations)
        if _exec(first_run) != QDialog.DialogCode.Accepted:
            return 0
    settings = Settings.load(paths)
    shell = Shell(paths, translations)  # kept alive while the program runs
    login = LoginDialog(Startup(paths, settings), settings)
    login.prepare = shell.build
    if _exec(login) != QDialog.DialogCode.Accepted:
        return 0
    shell.open(login)
    return app.exec()


def show_login(paths: Paths, translations: Translations | None = None) -> LoginDialog:
    """The sign-in window, shown, with the database loading behind it; given the
    translations, it builds the main window while the password is checked."""
    settings = Settings.load(paths)
    login = LoginDialog(Startup(paths, settings), settings)
    if translations is not None:
        login.prepare = Shell(paths, translations).build
    login.show()
    return login


def sign_in(login: LoginDialog, username: str, password: str,
            database_password: str | None = None) -> None:
    """Type into the sign-in window and press Enter, from code: for the start-up
    benchmark and end-to-end tests. Raises RuntimeError if refused."""
    login.findChild(QLineEdit, "loginUserEdit").setText(username)
    login.findChild(QLineEdit, "loginPasswordEdit").setText(password)
    login.findChild(QLineEdit, "loginDatabasePasswordEdit").setText(database_password or "")
    login.accept()
    if login.result() != QDialog.DialogCode.Accepted:
        raise RuntimeError(login.message())
    login.close()


def sign_in_and_open(paths: Paths, translations: Translations, username: str,
                     password: str, database_password: str | None = None) -> MainWindow:
    """The whole path from the sign-in window to the main window, driven from code."""
    login = show_login(paths, translations)
    sign_in(login, username, password, database_password)
    return open_main_window(paths, translations, login)
