"""File → Change password…: every user sets their own password; at sign-in, the holder
of a one-time password sets their own before the main window opens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from centre_desk.services import staff
from centre_desk.services.passwords import MIN_LENGTH
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.buttons import ok_cancel_box
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text, problem_text
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.window_fit import keep_lines_whole


def password_edit(form: Form, name: str) -> QLineEdit:
    """A hidden-text line for a password in ``form``, named ``{name}Edit``."""
    edit = form.add(name, QLineEdit())
    edit.setObjectName(f"{name}Edit")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def repeated(form: Form, new: QLineEdit, repeat: QLineEdit) -> bool:
    """Whether the two entries of a new password agree; if not, says so under the
    second and puts the cursor there."""
    if new.text() == repeat.text():
        return True
    form.show_problems({"repeat": "mismatch"})
    return False


class PasswordDialog(Retranslating, QDialog):
    """Change the signed-in user's password: the current one, the new one twice.

    With ``one_time`` (the password typed at sign-in was a one-time one, passed as
    ``current``) the current password is not asked again and the window says why it
    opened."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 current: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self._one_time = current is not None
        self._intro = QLabel(self)
        self._intro.setObjectName("passwordIntro")
        self._intro.setWordWrap(True)
        self._intro.setVisible(self._one_time)
        self.form = Form(self)
        self.current = password_edit(self.form, "current")
        if current is not None:
            self.current.setText(current)
        self.form.set_row_visible("current", not self._one_time)
        self.new = password_edit(self.form, "new")
        self.repeat = password_edit(self.form, "repeat")
        self.message = problem_label("passwordMessage", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_box(self))
        self.setMinimumWidth(460)
        self.retranslate_ui()
        (self.new if self._one_time else self.current).setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Change password"))
        self._intro.setText(self.tr(
            "You signed in with a one-time password. Choose your own password now: at "
            "least %1 characters; a few unrelated words are easy to remember and hard "
            "to guess.").replace("%1", str(MIN_LENGTH)))
        self.form.set_label("current", self.tr("&Current password:"))
        self.form.set_label("new", self.tr("&New password:"))
        self.form.set_label("repeat", self.tr("&Repeat the new password:"))

    def accept(self) -> None:  # QDialog.accept
        """Change the password, or show why not and stay open."""
        self.form.clear_problems()
        self.message.hide()
        if not repeated(self.form, self.new, self.repeat):
            return
        try:
            self._workspace.run(staff.change_own_password, self.current.text(),
                                self.new.text())
        except InvalidInput as refusal:
            self.form.show_problems(refusal.problems)
            if self._one_time and "current" in refusal.problems:  # a field not shown
                self.message.setText(problem_text(refusal.problems["current"]))
                self.message.show()
            return
        except ServiceError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return
        super().accept()


class _Host(ModalHost):
    """Opens the dialog at sign-in, where no window hosts it yet."""


def replace_one_time_password(workspace: Workspace, password: str,
                              parent: QWidget | None = None) -> bool:
    """At sign-in: whether the user may go on, having no one-time password or having
    just replaced it with their own (False: they cancelled, and stay signed out)."""
    if not workspace.run(staff.must_change_password):
        return True
    return _Host().run_dialog(PasswordDialog(workspace, parent, current=password))
