"""Where the first-run window keeps the data: this PC's own file, or a PostgreSQL server
several desks share, typed in parts (host, port, database, user name, password), with a
Test connection button that asks the server off the UI thread and says in one sentence
what it found: connected (an empty database, or one another desk set up, which this
desk then joins) or why not."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget)

from centre_desk.services import database_server
from centre_desk.services.database_server import (
    ConnectionCheck, ConnectionFailed, ServerAddress)
from centre_desk.store.postgresql import DEFAULT_PORT
from centre_desk.ui.toolkit.buttons import push_button
from centre_desk.ui.toolkit.colours import DONE_STYLE, PROBLEM_STYLE
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.retranslate import Retranslating

FIELDS = ("server_host", "server_database", "server_username", "server_password")


class _Checking(QThread):
    """One connection test on a thread of its own (it may wait seconds for a server)."""

    found = Signal(object)

    def __init__(self, address: ServerAddress) -> None:
        super().__init__()
        self._address = address

    def run(self) -> None:  # QThread.run
        self.found.emit(database_server.check_connection(self._address))


def _line(name: str, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class DatabaseChoice(Retranslating, QWidget):
    """The file, or a PostgreSQL server's address and its test."""

    changed = Signal()
    """The choice or the address changed: an earlier test no longer holds."""
    checked = Signal(object)
    """A test ended with this ConnectionCheck (for the current address)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseChoice")
        self.result: ConnectionCheck | None = None
        self._thread: _Checking | None = None
        self._last_said = ""
        self._heading = QLabel()
        self._file = QRadioButton()
        self._file.setObjectName("fileStorageRadio")
        self._server = QRadioButton()
        self._server.setObjectName("serverStorageRadio")
        group = QButtonGroup(self)
        for button in (self._file, self._server):
            group.addButton(button)
        self._file.setChecked(True)
        self.form = Form(self)
        self._host = self.form.add("server_host", _line("serverHostEdit"))
        self._host.setText("localhost")
        self._port = _line("serverPortEdit")
        self._port.setValidator(QIntValidator(1, 65535, self._port))
        self._port.setText(str(DEFAULT_PORT))
        self._port.setMaximumWidth(80)
        self._port_label = QLabel()
        self._port_label.setBuddy(self._port)
        host_row = self._host.parentWidget().layout()
        beside = QHBoxLayout()
        host_row.insertLayout(0, beside)
        host_row.removeWidget(self._host)
        beside.addWidget(self._host, 1)
        beside.addWidget(self._port_label)
        beside.addWidget(self._port)
        self._database = self.form.add("server_database", _line("serverDatabaseEdit"))
        self._database.setText("centre_desk")
        self._username = self.form.add("server_username", _line("serverUserEdit"))
        self._password = self.form.add("server_password",
                                       _line("serverPasswordEdit", password=True))
        self._test = push_button("testConnectionButton", self, self.start_check)
        self._test.setAutoDefault(False)
        self._said = QLabel()
        self._said.setObjectName("connectionResult")
        self._said.setWordWrap(True)
        self._server_part = QWidget(self)
        server_layout = QVBoxLayout(self._server_part)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.addWidget(self.form)
        test_row = QHBoxLayout()
        test_row.addWidget(self._test)
        test_row.addStretch(1)
        server_layout.addLayout(test_row)
        server_layout.addWidget(self._said)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._heading, self._file, self._server, self._server_part):
            layout.addWidget(widget)
        self._server.toggled.connect(self._show_server)
        for edit in (self._host, self._port, self._database, self._username, self._password):
            edit.textChanged.connect(self._forget)
        self._show_server(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Where the data is kept:"))
        self._file.setText(self.tr("This PC &alone (a file)"))
        self._server.setText(self.tr("A PostgreSQL server (se&veral desks)"))
        for name, text in {"server_host": self.tr("Server &host:"),
                           "server_database": self.tr("Data&base:"),
                           "server_username": self.tr("User na&me on the server:"),
                           "server_password": self.tr("Password o&n the server:")}.items():
            self.form.set_label(name, text)
        self._port_label.setText(self.tr("Por&t:"))
        self._test.setText(self.tr("Test connect&ion"))
        if self.result is not None:
            self._show(self.result)

    # --- what is chosen -------------------------------------------------------------------

    def on_server(self) -> bool:
        return self._server.isChecked()

    def choose_server(self, server: bool = True) -> None:
        (self._server if server else self._file).setChecked(True)

    def address(self) -> ServerAddress:
        port = self._port.text().strip()
        return ServerAddress(host=self._host.text(), port=int(port) if port else None,
                             database=self._database.text(),
                             username=self._username.text(), password=self._password.text())

    def problems(self) -> dict[str, str]:
        """What is missing from the address, by field name (server_host…)."""
        found = database_server.validate(self.address())
        return {f"server_{name}": code for name, code in found.items() if name != "port"}

    # --- testing ------------------------------------------------------------------------

    def checking(self) -> bool:
        return self._thread is not None

    def start_check(self) -> bool:
        """Test the address on a thread; False (and the missing parts shown) when the
        address lacks a part."""
        problems = self.problems()
        self.form.show_problems(problems, focus=bool(problems))
        if problems or self.checking():
            return not problems
        self.result = None
        self._said.setStyleSheet("")
        self._said.setText(self.tr("Connecting…"))
        self._test.setEnabled(False)
        self._thread = _Checking(self.address())
        self._thread.found.connect(self._found)
        self._thread.start()
        return True

    def wait(self, milliseconds: int = 15_000) -> None:
        """Block until a test under way ends (the window closing, tests)."""
        if self._thread is not None:
            self._thread.wait(milliseconds)

    def _found(self, result: ConnectionCheck) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._test.setEnabled(True)
        self.result = result
        self._show(result)
        self.checked.emit(result)

    def _forget(self) -> None:
        if self.result is not None or self._said.text():
            self.result = None
            self._said.clear()
        self.changed.emit()

    def _show_server(self, shown: bool) -> None:
        self._server_part.setVisible(shown)
        self.changed.emit()

    # --- what a test found, in words --------------------------------------------------------

    def _show(self, result: ConnectionCheck) -> None:
        self._said.setStyleSheet(DONE_STYLE if result.connected else PROBLEM_STYLE)
        self._said.setText(self.found_text(result))
        self._last_said = self._said.text()

    def said_before(self, text: str) -> bool:
        """Whether ``text`` is what a test of an earlier address found."""
        return bool(text) and text == self._last_said

    def failure_text(self, error: Exception) -> str | None:
        """A failure to connect met while setting up, in the current language."""
        if isinstance(error, ConnectionFailed):
            return self.found_text(ConnectionCheck(
                error.code, str(error), error.detail if error.code == "too_old" else ""))
        return None

    def found_text(self, result: ConnectionCheck) -> str:
        """One sentence for a test's outcome, in the current language."""
        address = self.address()
        if result.connected and result.installation is not None:
            return self.tr(
                "This database already holds Centre Desk for {centre} ({region}): this "
                "desk joins it, and you sign in there with your own account.").format(
                centre=result.installation.centre_name, region=result.installation.region)
        if result.connected:
            return self.tr("Connected to PostgreSQL {version}. The database is empty: "
                           "Centre Desk will be set up in it.").format(
                version=result.server_version)
        sentences = {
            "no_driver": self.tr('The PostgreSQL driver is not installed: install Centre '
                                 'Desk with it, pip install -e ".[postgresql]".'),
            "unknown_host": self.tr("No computer named {host} was found: check the "
                                    "server's name."),
            "no_server": self.tr("No PostgreSQL server answers at {host}, port {port}: "
                                 "check that it runs there and accepts connections from "
                                 "this computer."),
            "login": self.tr("The server refused the user name {user} or its password: "
                             "check both."),
            "no_database": self.tr("The server has no database {database}: create it or "
                                   "correct its name."),
            "not_allowed": self.tr("The server does not let {user} in from this computer: "
                                   "its administrator must allow it (pg_hba.conf)."),
            "no_access": self.tr("The user {user} may not use the database {database}: "
                                 "the server's administrator must grant it."),
            "too_old": self.tr("The server is PostgreSQL {version}; Centre Desk needs "
                               "version 15 or newer."),
        }
        if result.problem not in sentences:
            return result.sentence  # the server's own words, as it said them
        return sentences[result.problem].format(
            host=address.host.strip(), port=address.port or DEFAULT_PORT,
            user=address.username.strip(), database=address.database.strip(),
            version=result.server_version)
