"""GUI fixtures: a signed-in workspace the tabs query through, translations, staff of each
role, and scripted modals (no real modal window opens in a test)."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from centre_desk.domain.enums import Role
from centre_desk.services.workspace import Workspace
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit.i18n import Translations
from centre_desk.ui.toolkit import window_memory
from centre_desk.ui.toolkit.modal import ModalHost


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """A window a test leaves open with something typed closes unasked, its typing
    dropped, before pytest-qt closes the rest: no real question waits at teardown."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and isinstance(widget, ModalHost) and \
                widget.isVisible():
            QDialog.done(widget, QDialog.DialogCode.Rejected)  # hides; reject() not called
    return (yield)


@pytest.fixture(autouse=True)
def new_session() -> None:
    """Each test starts as the program does: no window has been closed yet, so each
    opens at its own first size (toolkit.window_memory)."""
    window_memory.forget_all()


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where screenshot tests save their pictures: CENTRE_DESK_SHOTS, to look at them,
    else a temp folder."""
    folder = Path(os.environ.get("CENTRE_DESK_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def workspace(db, admin) -> Workspace:
    """The administrator's handle on the test database, as the main window holds it."""
    return Workspace(db, admin)


def open_files(qtbot, workspace: Workspace) -> ParticipantFiles:
    """The open participant files a tab or window under test is given, as the main
    window gives its one set to every tab. The files open beside a window of their
    own, closed after the test."""
    window = QWidget()
    qtbot.addWidget(window)
    return ParticipantFiles(workspace, window)


def new_tab(qtbot, tab_class: type[QWidget], workspace: Workspace) -> QWidget:
    """A list tab as the main window makes it: a tab that opens participants' files is
    given the open files (``open_files``)."""
    if "files" in inspect.signature(tab_class).parameters:
        return tab_class(workspace, open_files(qtbot, workspace))
    return tab_class(workspace)


@pytest.fixture
def participant_files(qtbot) -> Callable[[Workspace], ParticipantFiles]:
    """``open_files`` for a workspace: ``participant_files(workspace)``."""
    return lambda workspace: open_files(qtbot, workspace)


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory) -> Path:
    """Where tests compile the translation catalogues: once per test process (lrelease
    runs only when the .ts is newer than its .qm, as at an application's start)."""
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def translations(qapp, qm_folder):
    """English, so assertions read the source strings; restored afterwards."""
    loaded = Translations(qm_folder)
    loaded.apply("en")
    yield loaded
    loaded.apply("en")


@pytest.fixture
def staff(db, make_user):
    """Users of each role, signed in; each made when first asked for."""
    class Staff(dict):
        def __missing__(self, role: Role):
            self[role] = make_user(role)
            return self[role]
    return Staff()


class Modals:
    """Stands in for every window and question the placement widgets would show.

    Tests queue one handler per expected window; a handler fills the dialog in and
    returns what ``run_dialog`` should (usually ``submit(dialog)``). Answers to
    confirmations are queued the same way (True/False for ``confirm``; "save",
    "discard" or "cancel" for ``ask_unsaved``, the close-with-changes question), and
    so are the warnings a refusal shows in
    a message box (``expect_warnings``). Nothing unexpected may open.
    """

    def __init__(self) -> None:
        self._handlers: list[Callable[[QDialog], bool]] = []
        self._answers: list[bool | str] = []
        self._warnings_due = 0
        self.shown: list[str] = []
        self.questions: list[str] = []
        self.warnings: list[str] = []

    def expect(self, *handlers: Callable[[QDialog], bool]) -> None:
        self._handlers.extend(handlers)

    def answer(self, *answers: bool | str) -> None:
        self._answers.extend(answers)

    def expect_warnings(self, count: int = 1) -> None:
        self._warnings_due += count

    def run_dialog(self, dialog: QDialog) -> bool:
        self.shown.append(dialog.objectName())
        assert self._handlers, f"unexpected window: {dialog.objectName()}"
        return self._handlers.pop(0)(dialog)

    def confirm(self, title: str, question: str) -> bool:
        self.questions.append(question)
        assert self._answers, f"unexpected question: {question}"
        answer = self._answers.pop(0)
        assert isinstance(answer, bool), f"{answer!r} answers a yes/no question: {question}"
        return answer

    def ask_unsaved(self, title: str, text: str) -> str:
        self.questions.append(text)
        assert self._answers, f"unexpected question: {text}"
        answer = self._answers.pop(0)
        assert answer in ("save", "discard", "cancel"), \
            f"{answer!r} does not answer the unsaved-changes question: {text}"
        return answer

    def warn(self, title: str, text: str) -> None:
        self.warnings.append(text)
        assert self._warnings_due, f"unexpected warning: {text}"
        self._warnings_due -= 1

    def done(self) -> bool:
        """Every expected window opened, every answer was asked for and every warning
        shown."""
        return not self._handlers and not self._answers and not self._warnings_due


def submit(dialog: QDialog) -> bool:
    """Press OK as a user would, and say whether the dialog closed accepted."""
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def modals(monkeypatch) -> Modals:
    """Every window and question a ModalHost widget would show, scripted by the test."""
    script = Modals()
    monkeypatch.setattr(ModalHost, "run_dialog", lambda _host, dialog: script.run_dialog(dialog))
    monkeypatch.setattr(ModalHost, "confirm",
                        lambda _host, title, question: script.confirm(title, question))
    monkeypatch.setattr(ModalHost, "ask_unsaved",
                        lambda _host, title, text: script.ask_unsaved(title, text))
    monkeypatch.setattr(ModalHost, "warn", lambda _host, title, text: script.warn(title, text))
    yield script
    assert script.done(), "a window or question the test expected never came"
