"""Settings → Staff accounts… (administrators): this centre's accounts, with adding one,
changing a role and where its holder works, disabling and enabling, and resetting a
password to a one-time one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from centre_desk.domain.enums import Role
from centre_desk.services import staff
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.admin.password import password_edit, repeated
from centre_desk.ui.admin.work_areas import AreaFields, areas_text
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, button_row, close_box, ok_cancel_box
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text, problem_text
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.window_fit import keep_lines_whole
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, file_table
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

ROLES = (Role.ADMINISTRATOR, Role.SUPERVISOR, Role.SPECIALIST, Role.READ_ONLY)


def state_text(row: staff.StaffRow) -> str:
    """Whether the account signs in, and whether its password is a one-time one."""
    if not row.active:
        return translate("StaffWindow", "Disabled")
    if row.must_change:
        return translate("StaffWindow", "Active, one-time password")
    return translate("StaffWindow", "Active")


def staff_model(parent) -> RowsModel:
    """Accounts: user name, full name, role, state, where the person works."""
    return RowsModel([
        FileColumn(lambda: translate("StaffWindow", "User name"), lambda r: r.username),
        FileColumn(lambda: translate("StaffWindow", "Full name"), lambda r: r.full_name),
        FileColumn(lambda: translate("StaffWindow", "Role"), lambda r: labels.label(r.role)),
        FileColumn(lambda: translate("StaffWindow", "State"), state_text),
        FileColumn(lambda: translate("StaffWindow", "Works in"), lambda r: areas_text(r.areas)),
    ], row_id=lambda r: r.id, parent=parent)


class _Dialog(Retranslating, QDialog):
    """A small form whose OK runs a use case; a refusal shows under its field, or
    beneath the form, and the dialog stays open."""

    def __init__(self, workspace: Workspace, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self.form = Form(self)
        self.message = problem_label(f"{name}Message", self)
        self._layout = QVBoxLayout(self)
        self.result_value = None

    def _finish_layout(self) -> None:
        self._layout.addWidget(self.form)
        self._layout.addWidget(self.message)
        self._layout.addWidget(ok_cancel_box(self))
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def _run(self, use_case, *args) -> bool:
        self.form.clear_problems()
        self.message.hide()
        try:
            self.result_value = self._workspace.run(use_case, *args)
        except InvalidInput as refusal:
            shown = {name: code for name, code in refusal.problems.items()
                     if self.form.findChild(QWidget, f"{name}Edit") is not None}
            self.form.show_problems(shown)
            hidden = [code for name, code in refusal.problems.items() if name not in shown]
            if hidden:
                self.message.setText(problem_text(hidden[0]))
                self.message.show()
            return False
        except ServiceError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return False
        return True


class AccountDialog(_Dialog):
    """A new account: user name, full name, role, where the person works and a
    one-time password, twice."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "accountDialog", parent)
        self.username = self.form.add("username", QLineEdit())
        self.username.setObjectName("usernameEdit")
        self.full_name = self.form.add("full_name", QLineEdit())
        self.full_name.setObjectName("full_nameEdit")
        self.role = self.form.add("role", CodeCombo(ROLES))
        self.role.setObjectName("roleEdit")
        self.role.set_value(Role.SPECIALIST)
        self.areas = AreaFields(self.form, workspace.run(staff.known_facilities))
        self.password = password_edit(self.form, "password")
        self.repeat = password_edit(self.form, "repeat")
        self._finish_layout()
        self.username.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New staff account"))
        self.form.set_label("username", self.tr("&User name:"))
        self.form.set_label("full_name", self.tr("&Full name:"))
        self.form.set_label("role", self.tr("&Role:"))
        self.areas.retranslate()
        self.form.set_label("password", self.tr("One-time &password:"))
        self.form.set_label("repeat", self.tr("R&epeat it:"))
        self.role.retranslate()

    def accept(self) -> None:  # QDialog.accept
        """Add the account, or show why not."""
        self.form.clear_problems()
        if repeated(self.form, self.password, self.repeat) and self._run(
                staff.add, self.username.text(), self.full_name.text(), self.role.value(),
                self.password.text(), *self.areas.chosen()):
            super().accept()


class AreasDialog(_Dialog):
    """The facilities and programmes one account's holder works in."""

    def __init__(self, workspace: Workspace, account: staff.StaffRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, "areasDialog", parent)
        self._account = account
        self.areas = AreaFields(self.form, workspace.run(staff.known_facilities),
                                account.areas)
        self._finish_layout()
        self.areas.facilities.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Where %1 works").replace("%1", self._account.full_name))
        self.areas.retranslate()

    def accept(self) -> None:  # QDialog.accept
        """Store the ticked facilities and programmes, or show why not."""
        if self._run(staff.set_work_areas, self._account.id, *self.areas.chosen()):
            super().accept()


class RoleDialog(_Dialog):
    """Another role for one account."""

    def __init__(self, workspace: Workspace, account: staff.StaffRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, "roleDialog", parent)
        self._account = account
        self.role = self.form.add("role", CodeCombo(ROLES))
        self.role.setObjectName("roleEdit")
        self.role.set_value(account.role)
        self._finish_layout()
        self.role.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Role of %1").replace("%1", self._account.full_name))
        self.form.set_label("role", self.tr("&Role:"))
        self.role.retranslate()

    def accept(self) -> None:  # QDialog.accept
        """Change the role, or show why not."""
        if self._run(staff.set_role, self._account.id, self.role.value()):
            super().accept()


class ResetDialog(_Dialog):
    """A one-time password for one account, twice."""

    def __init__(self, workspace: Workspace, account: staff.StaffRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, "resetDialog", parent)
        self._account = account
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._layout.addWidget(self._intro)
        self.password = password_edit(self.form, "password")
        self.repeat = password_edit(self.form, "repeat")
        self._finish_layout()
        self.password.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Reset password of %1")
                            .replace("%1", self._account.full_name))
        self._intro.setText(self.tr(
            "Give the person this one-time password in private: they choose their own "
            "at the next sign-in."))
        self.form.set_label("password", self.tr("One-time &password:"))
        self.form.set_label("repeat", self.tr("R&epeat it:"))

    def accept(self) -> None:  # QDialog.accept
        """Reset the password, or show why not."""
        self.form.clear_problems()
        if repeated(self.form, self.password, self.repeat) and self._run(
                staff.reset_password, self._account.id, self.password.text()):
            super().accept()


class StaffWindow(Retranslating, ModalHost, QDialog):
    """This centre's staff accounts and what an administrator does with them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffWindow")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.accounts = staff_model(self)
        self.view = file_table(self.accounts, "staffList", self)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.add_button = action_button("addAccountButton", self, self.add_account)
        self.role_button = action_button("roleButton", self, self.change_role)
        self.areas_button = action_button("areasButton", self, self.change_areas)
        self.active_button = action_button("activeButton", self, self.toggle_active)
        self.reset_button = action_button("resetButton", self, self.reset_password)
        self.message = problem_label("staffMessage", self)
        column = QVBoxLayout(self)
        column.addWidget(self._intro)
        column.addWidget(self.view, 1)
        column.addLayout(button_row((self.add_button, self.role_button, self.areas_button,
                                     self.active_button, self.reset_button)))
        column.addWidget(self.message)
        column.addWidget(close_box(self))
        self.reload()
        self.retranslate_ui()
        open_as_last_closed(self, QSize(900, 520))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Staff accounts"))
        self._intro.setText(self.tr(
            "The accounts of this centre. A disabled account cannot sign in; its records "
            "and history stay. Accounts of other centres are managed there."))
        self.add_button.setText(self.tr("&Add…"))
        self.role_button.setText(self.tr("Change &role…"))
        self.areas_button.setText(self.tr("&Works in…"))
        self.reset_button.setText(self.tr("Reset &password…"))
        self.accounts.retranslate()
        self._enable()

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the accounts again, keeping (or moving to) the selected one."""
        current = self.selected()
        keep = select or (current.id if current else None)
        self.accounts.set_rows(self._workspace.run(staff.list_staff))
        for row, account in enumerate(self.accounts.rows()):
            if account.id == keep:
                self.view.selectionModel().setCurrentIndex(
                    self.accounts.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._enable()

    def selected(self) -> staff.StaffRow | None:
        """The account the cursor is on, if any."""
        index = self.view.selectionModel().currentIndex()
        return self.accounts.row_at(index.row()) if index.isValid() else None

    def select_username(self, username: str) -> None:
        """Put the cursor on the account with this user name."""
        for account in self.accounts.rows():
            if account.username == username:
                self.reload(account.id)

    def _enable(self) -> None:
        account = self.selected()
        for button in (self.role_button, self.areas_button, self.active_button,
                       self.reset_button):
            button.setEnabled(account is not None)
        self.active_button.setText(self.tr("&Enable") if account and not account.active
                                   else self.tr("&Disable"))

    def _show(self, error: ServiceError | None) -> None:
        if error is None:
            self.message.hide()
            return
        self.message.setText(problem_text(next(iter(error.problems.values())))
                             if isinstance(error, InvalidInput) else error_text(error))
        self.message.show()

    def add_account(self) -> None:
        """Add…: a new account with a one-time password."""
        dialog = AccountDialog(self._workspace, self)
        if self.run_dialog(dialog):
            self._show(None)
            self.reload(dialog.result_value)

    def change_role(self) -> None:
        """Change role…: another role for the selected account."""
        account = self.selected()
        if account is not None and self.run_dialog(RoleDialog(self._workspace, account, self)):
            self._show(None)
            self.reload()

    def change_areas(self) -> None:
        """Works in…: the facilities and programmes of the selected account."""
        account = self.selected()
        if account is not None and self.run_dialog(AreasDialog(self._workspace, account,
                                                               self)):
            self._show(None)
            self.reload()

    def reset_password(self) -> None:
        """Reset password…: a one-time password for the selected account."""
        account = self.selected()
        if account is not None and self.run_dialog(ResetDialog(self._workspace, account, self)):
            self._show(None)
            self.reload()

    def toggle_active(self) -> None:
        """Disable (after asking) or enable the selected account."""
        account = self.selected()
        if account is None:
            return
        if account.active and not self.confirm(
                self.tr("Disable account"),
                self.tr("Disable %1? They will not be able to sign in; their records stay.")
                .replace("%1", account.full_name)):
            return
        try:
            self._workspace.run(staff.set_active, account.id, not account.active)
        except ServiceError as error:
            self._show(error)
            return
        self._show(None)
        self.reload()
