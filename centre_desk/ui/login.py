"""The sign-in dialog: opens the database (with its password if encrypted), then signs in."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget)

from centre_desk.config import Paths, Settings
from centre_desk.services import users
from centre_desk.services.errors import ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import Database, StoreError, open_database
from centre_desk.store.stamping import Actor
from centre_desk.ui.forms import Form
from centre_desk.ui.messages import error_text


class LoginDialog(QDialog):
    """Asks for a user name and password; after ``accept`` holds the database and actor."""

    def __init__(self, paths: Paths, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._paths, self._settings = paths, settings
        self.database: Database | None = None
        self.actor: Actor | None = None

        self._form = Form(self)
        self._username = self._form.add("username", QLineEdit())
        self._username.setObjectName("loginUserEdit")
        self._password = self._form.add("password", QLineEdit())
        self._password.setObjectName("loginPasswordEdit")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._db_password = self._form.add("database_password", QLineEdit())
        self._db_password.setObjectName("loginDatabasePasswordEdit")
        self._db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._form.set_row_visible("database_password", settings.encrypted)
        self._message = QLabel()
        self._message.setObjectName("loginMessage")
        self._message.setStyleSheet("color: #b00020;")
        self._message.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._form)
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(380)
        self.retranslate_ui()
        self._username.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Centre Desk: sign in"))
        self._form.set_label("username", self.tr("&User name:"))
        self._form.set_label("password", self.tr("&Password:"))
        self._form.set_label("database_password", self.tr("&Database password:"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def message(self) -> str:
        """The refusal currently shown ('' when none)."""
        return self._message.text()

    def accept(self) -> None:  # QDialog.accept
        """Open the database if not yet open, then check the name and password."""
        try:
            if self.database is None:
                self.database = open_database(self._paths, self._db_password.text() or None,
                                              self._settings)
                self._form.set_row_visible("database_password", False)
            outcome = Workspace(self.database, None).run(
                users.sign_in, self._username.text(), self._password.text())
        except (StoreError, ServiceError) as error:
            self._message.setText(error_text(error))
            self._db_password.selectAll()
            return
        if outcome.refusal is not None:
            self._message.setText(error_text(outcome.refusal))
            self._password.clear()
            self._password.setFocus()
            return
        self.actor = outcome.actor
        super().accept()

    def reject(self) -> None:  # QDialog.reject
        """Close the database again if the user gives up."""
        if self.database is not None:
            self.database.close()
            self.database = None
        super().reject()
