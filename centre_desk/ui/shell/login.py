"""The sign-in dialog: opens the database (with its password if encrypted), then signs in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from centre_desk.config import Settings
from centre_desk.services.errors import ServiceError, SignInRefused
from centre_desk.store.errors import StoreError
from centre_desk.ui.toolkit import keys
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.shell.startup import Startup
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label

if TYPE_CHECKING:
    from centre_desk.services.workspace import Workspace


PAINT_FIRST_MS = 200


class LoginDialog(Retranslating, QDialog):
    """Asks for a user name and password; after ``accept`` holds the signed-in workspace."""

    def __init__(self, startup: Startup, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._startup = startup
        self.workspace = None
        self.prepare: Callable[[Workspace], QWidget] | None = None
        """Builds the main window, unshown, while the password is checked (see
        ``Startup.sign_in``); what it built is ``prepared`` once signed in."""
        self.prepared: QWidget | None = None

        self._form = Form(self)
        self._username = self._form.add("username", QLineEdit())
        self._username.setObjectName("loginUserEdit")
        self._password = self._form.add("password", QLineEdit())
        self._password.setObjectName("loginPasswordEdit")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._db_password = self._form.add("database_password", QLineEdit())
        self._db_password.setObjectName("loginDatabasePasswordEdit")
        self._db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._form.set_row_visible("database_password",
                                   settings.encrypted and not startup.database_open)
        self._message = problem_label("loginMessage", hidden=False)
        # Own buttons, not standard ones: those load the style's icons, a cost the first
        # window of the day should not pay.
        self._buttons = QDialogButtonBox()
        self._sign_in = QPushButton()
        self._sign_in.setObjectName("signInButton")
        self._sign_in.setDefault(True)
        self._cancel = QPushButton()
        self._buttons.addButton(self._sign_in, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._form)
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(380)
        self.retranslate_ui()
        keys.install()  # mnemonics on any keyboard layout, from the first window on
        self._username.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Centre Desk: sign in"))
        self._form.set_label("username", self.tr("&User name:"))
        self._form.set_label("password", self.tr("&Password:"))
        self._form.set_label("database_password", self.tr("&Database password:"))
        self._sign_in.setText(self.tr("&Sign in"))
        self._cancel.setText(self.tr("Cancel"))

    def showEvent(self, event: QShowEvent) -> None:  # QWidget.showEvent
        # Load the database once this window is painted, while the user types; begun at
        # once, the import would hold up the painting. Signing in starts it regardless.
        QTimer.singleShot(PAINT_FIRST_MS, self._startup.start)
        super().showEvent(event)

    def message(self) -> str:
        """The refusal currently shown ('' when none)."""
        return self._message.text()

    def accept(self) -> None:  # QDialog.accept
        """Open the database if not yet open, then check the name and password."""
        try:
            self.workspace = self._startup.sign_in(
                self._username.text(), self._password.text(), self._db_password.text(),
                self._build if self.prepare else None)
        except BaseException as error:
            self._discard()  # built for a password that did not verify: never shown
            if not isinstance(error, (SignInRefused, StoreError, ServiceError)):
                raise
            self._refused(error)
            return
        if self._startup.must_change_password:  # read with the password's check
            from centre_desk.ui.admin.password import replace_one_time_password

            if not replace_one_time_password(self.workspace, self._password.text(), self):
                self.workspace = None  # signed in only once they chose their own password
                self._discard()
                self._password.clear()
                self._password.setFocus()
                return
        super().accept()

    def _build(self, workspace: Workspace) -> None:
        self.prepared = self.prepare(workspace)

    def _discard(self) -> None:
        if self.prepared is not None:
            self.prepared.deleteLater()
            self.prepared = None

    def _refused(self, error: Exception) -> None:
        self._message.setText(error_text(error))
        if isinstance(error, SignInRefused):
            self._form.set_row_visible("database_password", False)
            self._password.clear()
            self._password.setFocus()
        else:  # the database's password (StoreError), or the database itself
            self._db_password.selectAll()
            self._db_password.setFocus()

    def reject(self) -> None:  # QDialog.reject
        """Close the database again if the user gives up."""
        self._startup.close()
        super().reject()
