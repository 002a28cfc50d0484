"""File → Sign out: every other window of the program closes first, each asking
about its unsaved changes as it does when closed by hand (Cancel on any keeps the user
signed in, and everything as it was); then the sign-out is audited and the main window
goes, leaving the database open for the next user's sign-in window (app.Shell)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from centre_desk.services import session

if TYPE_CHECKING:
    from centre_desk.ui.shell.main_window import MainWindow

_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def other_windows(window: QWidget) -> list[QWidget]:
    """The program's windows on the screen besides ``window``, those opened over
    others first (a file opened above an event closes before the event)."""
    others = [widget for widget in QApplication.topLevelWidgets()
              if widget is not window and widget.isVisible()
              and widget.windowType() in _WINDOW_TYPES
              and not widget.objectName() == "lockPanel"]
    return sorted(others, key=_depth, reverse=True)


def sign_out(window: MainWindow) -> bool:
    """Close the other windows (asking), audit, hide ``window`` and emit its
    ``signed_out``. False, with the user still signed in, if any window stayed open."""
    for other in other_windows(window):
        if other.isVisible() and not other.close():
            return False
    window.workspace.run(session.sign_out)
    window._remember_size()  # the window goes without closeEvent, which closes the data
    window.signed_out.emit()  # the sign-in window shows first: the program never
    window.hide()              # has no window, which would end it
    window.deleteLater()
    return True
