"""The idle lock: after a while without keyboard or mouse input every open window of
the program covers its data and asks the signed-in user's password again.

Nothing is closed or reset under the cover, so what was typed and not saved is still
there after unlocking. While locked, input reaches only the covers; shortcuts of the
covered windows do nothing. A window that appears while locked (a file opened by a
timer or a signal, any dialog) is covered as it is shown; only what "Sign out…" on a
cover asks (the question about unsaved changes) shows uncovered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)
from shiboken6 import isValid

from centre_desk.services import session as session_service, users
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.retranslate import Retranslating

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel})
"""What counts as someone at the PC: restarts the idle timer."""

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.ContextMenu, QEvent.Type.InputMethod, QEvent.Type.DragEnter,
    QEvent.Type.DragMove, QEvent.Type.Drop, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd})
"""What a covered window must not receive while locked (besides its shortcuts)."""

_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)


class LockPanel(Retranslating, QFrame):
    """The cover laid over one window while the program is locked: who is signed in,
    their password, Unlock and Sign out…; over a window too small for these, only
    the password and the buttons."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, full_name: str, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockPanel")
        self.setAutoFillBackground(True)  # opaque: what lies beneath is not shown
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._full_name = full_name
        self._title = QLabel()
        self._title.setObjectName("lockTitle")
        font = QFont(self._title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)

        self._form = QWidget()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("lockPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_label.setBuddy(self.password)
        self.message = problem_label("lockMessage")
        self._unlock = QPushButton()
        self._unlock.setObjectName("unlockButton")
        self._sign_out = QPushButton()
        self._sign_out.setObjectName("lockSignOutButton")
        self._unlock.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self._sign_out.clicked.connect(self.sign_out_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self._sign_out)
        buttons.addStretch()
        buttons.addWidget(self._unlock)
        form = QVBoxLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        for widget in (self._text, self._password_label, self.password, self.message):
            form.addWidget(widget)
        form.addLayout(buttons)
        # A fixed width (see follow): word-wrapped lines get their height at it.

        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self._title)
        row = QHBoxLayout()  # centred without an alignment, which would lose the
        row.addStretch()     # word-wrapped lines' height for the width
        row.addWidget(self._form)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self.retranslate_ui()
        self.follow(window)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._title.setText(self.tr("Centre Desk is locked"))
        self._text.setText(self.tr(
            "Signed in: %1. Enter your password to continue; nothing you typed is lost.")
            .replace("%1", self._full_name))
        self._password_label.setText(self.tr("&Password:"))
        self._unlock.setText(self.tr("&Unlock"))
        self._sign_out.setText(self.tr("Sign &out…"))

    def title(self) -> str:
        """What the covered window's title says instead of its own."""
        return self._title.text()

    def follow(self, window: QWidget) -> None:
        """Cover the whole of ``window`` (again, after it was resized). Over a small
        window (a question in front, which holds the input) only the password and the
        buttons show, narrower: the password must be typeable wherever the input is."""
        self.setGeometry(window.rect())
        self._form.setFixedWidth(max(160, min(440, window.width() - 24)))
        self._title.show()
        self._text.show()
        room = window.height() - 24
        if self.layout().minimumSize().height() > room:
            self._title.hide()
            self._text.hide()
        self.raise_()

    def refuse(self, text: str) -> None:
        """Say why the password did not unlock, and empty the field."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.password.clear()

    def _submit(self) -> None:
        self.unlock_requested.emit(self.password.text())


class IdleLock(QObject):
    """Watches the whole application's keyboard and mouse input; ``idle_ms`` without
    any locks every open window (``lock``, the timer's slot). The main window's
    ``sign_out`` is what "Sign out…" on a cover calls."""

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, workspace: Workspace, idle_ms: int) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self._panels: dict[QWidget, LockPanel] = {}
        self._titles: dict[QWidget, str] = {}
        self._focus: QWidget | None = None
        self._full_name = ""
        self._asking = False
        """Whether "Sign out…" on a cover is running: what it shows stays uncovered."""
        self.timer = QTimer(self)
        self.timer.setObjectName("idleTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        """Whether the windows are covered now."""
        return bool(self._panels)

    def panels(self) -> list[LockPanel]:
        """The covers laid over the open windows (none while unlocked)."""
        return list(self._panels.values())

    def stop(self) -> None:
        """Watch no more (the user signed out): no lock, no filter."""
        self.timer.stop()
        self._remove_panels()
        QApplication.instance().removeEventFilter(self)

    def lock(self) -> None:
        """Cover every open window and ask for the password; audited."""
        if self.locked or not self._window.isVisible():
            return
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or list would stay above the cover
            popup.close()
            popup = QApplication.activePopupWidget()
        self._focus = QApplication.focusWidget()
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        self._full_name = self._workspace.run(users.get_user,
                                              self._workspace.actor.user_id).full_name
        for window in _open_windows():
            self._cover(window)
        self._workspace.run(session_service.lock)
        front = self._panels.get(active) or self._panels.get(self._window)
        if front is not None:
            front.password.setFocus()
        self.locked_changed.emit(True)

    def unlock(self, password: str) -> bool:
        """Uncover every window if ``password`` is the signed-in user's; else say why
        on every cover and stay locked. Returns whether it unlocked."""
        refusal = self._workspace.run(session_service.unlock, password)
        if refusal is not None:
            for panel in self._panels.values():
                panel.refuse(error_text(refusal))
            return False
        self._remove_panels()
        if self._focus is not None:
            self._focus.setFocus()
        self._focus = None
        self.timer.start()
        self.locked_changed.emit(False)
        return True

    def _cover(self, window: QWidget) -> LockPanel:
        """Lay a cover over ``window`` and hide its title (a file's names its person)."""
        panel = LockPanel(self._full_name, window)
        panel.unlock_requested.connect(self.unlock)
        panel.sign_out_requested.connect(self._sign_out)
        panel.show()
        self._panels[window] = panel
        self._titles[window] = window.windowTitle()
        window.setWindowTitle(panel.title())
        return panel

    def _sign_out(self) -> None:
        self._asking = True  # its question about unsaved changes must be readable
        try:
            self._window.sign_out()
        finally:
            self._asking = False

    def _remove_panels(self) -> None:
        panels, self._panels = list(self._panels.values()), {}
        titles, self._titles = self._titles, {}
        for panel in panels:
            if isValid(panel):  # its window may be gone (closed and deleted meanwhile)
                panel.hide()
                panel.deleteLater()
        for window, title in titles.items():
            if isValid(window):
                window.setWindowTitle(title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        """Override: any input restarts the idle timer; while locked, a covered
        window's input and shortcuts are swallowed, and its cover follows its size."""
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self._window:
            self.stop()  # the program is closing: nothing left to lock
            return False
        if not self._panels:
            if kind in _ACTIVITY:
                self.timer.start()
            return False
        if kind == QEvent.Type.Resize and watched in self._panels:
            self._panels[watched].follow(watched)
            return False
        if kind == QEvent.Type.Show and _is_window(watched) and watched not in self._panels \
                and not self._asking:
            self._cover(watched).password.setFocus()  # it appeared while locked
            return False
        if kind == QEvent.Type.WindowTitleChange and watched in self._panels:
            title = self._panels[watched].title()
            if watched.windowTitle() != title:  # a title set under the cover
                self._titles[watched] = watched.windowTitle()
                watched.setWindowTitle(title)
            return False
        if kind == QEvent.Type.DeferredDelete and watched in self._panels:
            self._titles.pop(watched, None)  # going: its cover goes with it
            self._panels.pop(watched)
            return False
        if kind == QEvent.Type.Shortcut:
            return not (isinstance(watched, QWidget) and self._may_receive(watched))
        if kind in _INPUT and isinstance(watched, QWidget):
            return not self._may_receive(watched)
        return False

    def _may_receive(self, widget: QWidget) -> bool:
        """Whether input may reach ``widget`` while locked: on a cover, or in a window
        opened since (no data of the locked session shows there)."""
        panel = self._panels.get(widget.window())
        if panel is None:
            return True
        return widget is panel or panel.isAncestorOf(widget)


def _is_window(watched: QObject) -> bool:
    """Whether ``watched`` is one of the program's windows (not a menu or a tooltip)."""
    return (isinstance(watched, QWidget) and watched.isWindow()
            and watched.windowType() in _WINDOW_TYPES)


def _open_windows() -> list[QWidget]:
    """The program's windows on the screen now."""
    return [widget for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and _is_window(widget)]
