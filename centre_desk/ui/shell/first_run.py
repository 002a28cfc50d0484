"""First-run set-up: where the data is kept (this PC's file, or a PostgreSQL server several
desks share, which a further desk joins), the centre, the first administrator, an
optional database password."""

from __future__ import annotations

import uuid


from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget)

from centre_desk.config import Paths
from centre_desk.domain.regions import stored_region
from centre_desk.services import database_server, setup
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.store.errors import StoreError
from centre_desk.ui.toolkit.buttons import push_button
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.i18n import (
    LANGUAGE_NAMES, Translations, region_choices, relist_regions)
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.shell.database_choice import DatabaseChoice

SET_UP_ROWS = ("centre_name", "region", "admin_username", "admin_full_name",
               "admin_password", "admin_password_confirm")
"""The rows a desk joining another desk's database does without."""


def _set_up_box(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """Set up (the default) and Cancel, in the dialog's own words: a box's standard
    buttons would put Qt's "OK" back over "Set up" when the language is switched."""
    box = QDialogButtonBox(dialog)
    set_up = push_button("setUpButton", dialog)
    set_up.setDefault(True)
    cancel = push_button("cancelButton", dialog)
    box.addButton(set_up, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, set_up, cancel


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FirstRunDialog(Retranslating, QDialog):
    """Walks an administrator through setting up this PC's installation."""

    def __init__(self, paths: Paths, translations: Translations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._paths = paths
        self._translations = translations
        self.site_id: uuid.UUID | None = None
        self.language = translations.language

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._form = Form(self)
        self._language = self._form.add("language", QComboBox())
        for code, name in LANGUAGE_NAMES.items():
            self._language.addItem(name, code)
        self._language.setCurrentIndex(self._language.findData(translations.language))
        self._language.currentIndexChanged.connect(self._switch_language)
        self._storage = DatabaseChoice(self)
        self._storage.changed.connect(self._show_rows)
        self._storage.checked.connect(self._checked)
        self._accept_when_checked = False
        self._centre = self._form.add("centre_name", QLineEdit())
        self._centre.setObjectName("centreNameEdit")
        self._region = self._form.add("region", QComboBox())
        self._region.setObjectName("regionCombo")
        self._region.setEditable(True)
        for region, text in region_choices():
            self._region.addItem(text, region)
        self._region.setCurrentIndex(-1)
        self._username = self._form.add("admin_username", QLineEdit())
        self._username.setObjectName("adminUserEdit")
        self._full_name = self._form.add("admin_full_name", QLineEdit())
        self._full_name.setObjectName("adminNameEdit")
        self._password = self._form.add("admin_password", _password_edit("adminPasswordEdit"))
        self._confirm = self._form.add("admin_password_confirm",
                                       _password_edit("adminPasswordConfirmEdit"))
        self._encrypt = self._form.add("encrypt", QCheckBox(), wide=True)
        self._encrypt.setObjectName("encryptCheck")
        self._encrypt.toggled.connect(self._show_rows)
        self._db_password = self._form.add("database_password",
                                           _password_edit("databasePasswordEdit"))
        self._db_confirm = self._form.add("database_password_confirm",
                                          _password_edit("databasePasswordConfirmEdit"))
        self._message = problem_label("firstRunMessage", hidden=False)
        self._buttons, self._set_up, self._cancel = _set_up_box(self)
        self._watch_fields()

        layout = QVBoxLayout(self)
        for widget in (self._intro, self._storage, self._form, self._message, self._buttons):
            layout.addWidget(widget)
        self._show_rows()
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self._centre.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Centre Desk: first-time set-up"))
        self._intro.setText(self.tr(
            "Welcome. Set up Centre Desk on this computer: name the centre, create the "
            "first administrator account and, if you wish, a password that encrypts the "
            "whole database file."))
        labels = {
            "language": self.tr("&Language:"),
            "centre_name": self.tr("&Centre name:"),
            "region": self.tr("&Region:"),
            "admin_username": self.tr("Administrator's &user name:"),
            "admin_full_name": self.tr("Administrator's &full name:"),
            "admin_password": self.tr("&Password:"),
            "admin_password_confirm": self.tr("Repeat the pass&word:"),
            "database_password": self.tr("&Database password:"),
            "database_password_confirm": self.tr("Repeat the database passw&ord:"),
        }
        for name, text in labels.items():
            self._form.set_label(name, text)
        self._encrypt.setText(self.tr("&Encrypt the database file with a password"))
        chosen = stored_region(self._region.currentText())
        relist_regions(self._region)  # the regions in the new language and its order
        if chosen in (region for region, _text in region_choices()):
            self._region.setEditText(self._region.itemText(self._region.findData(chosen)))
        self._set_up.setText(self.tr("&Join") if self._joining() else self.tr("&Set up"))
        self._cancel.setText(self.tr("Cancel"))
        self._recheck()  # messages shown stay, in the new language

    def _fields(self) -> dict[str, QLineEdit]:
        """The typed fields by the names their problems are reported under."""
        return {"centre_name": self._centre, "region": self._region.lineEdit(),
                "admin_username": self._username, "admin_full_name": self._full_name,
                "admin_password": self._password, "admin_password_confirm": self._confirm,
                "database_password": self._db_password,
                "database_password_confirm": self._db_confirm}

    def _watch_fields(self) -> None:
        """A field's message goes as soon as what is typed is right, and a field left
        with something wrong typed in it says so at once, not only on Set up."""
        for name, edit in self._fields().items():
            edit.textChanged.connect(lambda _text: self._recheck())
            edit.editingFinished.connect(lambda name=name: self._check_left(name))
        self._encrypt.toggled.connect(lambda _on: self._recheck())

    def _problems(self) -> dict[str, str]:
        """Everything wrong with what is typed now, by field name."""
        request = self.request()
        problems = {} if self._joining() else setup.validate(request)
        if self._confirm.text() != request.admin_password:
            problems.setdefault("admin_password_confirm", "mismatch")
        if self._encrypt.isChecked() and not self._storage.on_server() and \
                self._db_confirm.text() != request.database_password:
            problems.setdefault("database_password_confirm", "mismatch")
        return problems

    def _recheck(self) -> None:
        """Re-word the messages shown: a fixed field's goes, a still wrong one's says
        what is wrong now; the sentence below the form goes with the last of them."""
        if not hasattr(self, "_message"):
            return  # still being built
        problems = self._problems()
        shown = [name for name in self._fields() if self._form.error_text(name)]
        for name in shown:
            self._form.show_problem(name, problems.get(name))
        if not any(self._form.error_text(name) for name in self._fields()):
            self._message.clear()
        elif self._message.text():
            self._message.setText(error_text(InvalidInput(
                {name: code for name, code in problems.items() if name in shown})))

    def _check_left(self, name: str) -> None:
        """A field just left: say what is wrong with what was typed in it (an empty
        field is left alone until Set up, so tabbing past it does not scold)."""
        if self._fields()[name].text():
            self._form.show_problem(name, self._problems().get(name))

    def _switch_language(self) -> None:
        self.language = self._language.currentData()
        self._translations.apply(self.language)

    def _joining(self) -> bool:
        """A PostgreSQL database another desk set up was found: this desk joins it."""
        result = self._storage.result
        return bool(self._storage.on_server() and result and result.installation)

    def _show_rows(self) -> None:
        """A server keeps no file to encrypt; a desk joining sets nothing up."""
        on_server, joining = self._storage.on_server(), self._joining()
        self._form.set_row_visible("encrypt", not on_server)
        shown = self._encrypt.isChecked() and not on_server
        self._form.set_row_visible("database_password", shown)
        self._form.set_row_visible("database_password_confirm", shown)
        for name in SET_UP_ROWS:
            self._form.set_row_visible(name, not joining)
        if self._storage.result is None and self._storage.said_before(self._message.text()):
            self._message.clear()  # the address changed: what its test found goes
        self._set_up.setText(self.tr("&Join") if joining else self.tr("&Set up"))
        if self.layout() is not None:
            self.layout().activate()  # the rows just hidden give their room back
        self.adjustSize()

    def _checked(self, result) -> None:
        """A connection test ended: show what it found; Set up pressed before it goes
        on when the database is empty and ready."""
        self._show_rows()
        waiting, self._accept_when_checked = self._accept_when_checked, False
        if waiting and not result.connected:
            self._message.setText(self._storage.found_text(result))
        elif waiting and result.installation is None:
            self.accept()

    def request(self) -> setup.SetUpRequest:
        """What the administrator typed, as the set-up service takes it."""
        return setup.SetUpRequest(
            centre_name=self._centre.text(), region=stored_region(self._region.currentText()),
            admin_username=self._username.text(), admin_full_name=self._full_name.text(),
            admin_password=self._password.text(),
            database_password=self._db_password.text()
            if self._encrypt.isChecked() and not self._storage.on_server() else None,
            language=self.language,
            database_url=self._storage.address().url_text() if self._storage.on_server()
            else None)

    def accept(self) -> None:  # QDialog.accept
        """Validate, then create the installation; stay open with messages if wrong."""
        if self._storage.on_server() and not self._server_ready():
            return  # what the server holds decides what is asked for
        request = self.request()
        problems = self._problems()
        self._message.clear()
        if problems:
            self._form.show_problems(problems)
            self._message.setText(error_text(InvalidInput(problems)))
            return
        self._form.clear_problems()
        try:
            if self._joining():
                database_server.join(self._paths, self._storage.address(), self.language)
            else:
                self.site_id = setup.set_up(self._paths, request)
        except (ServiceError, StoreError) as error:
            if isinstance(error, InvalidInput):
                self._form.show_problems(error.problems)
            self._message.setText(self._storage.failure_text(error) or error_text(error))
            return
        super().accept()

    def _server_ready(self) -> bool:
        """The server's address was tested and connects; if not tested yet, the test
        starts (off the UI thread) and Set up goes on when it ends well."""
        result = self._storage.result
        if result is None:
            self._accept_when_checked = self._storage.start_check()
            return False
        if not result.connected:
            self._message.setText(self._storage.found_text(result))
            return False
        return True

    def done(self, code: int) -> None:  # QDialog.done
        self._storage.wait()  # no test left running behind a closed window
        super().done(code)
