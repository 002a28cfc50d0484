"""Windows that open as they were last closed: at the size the user gave them, and
maximised if they were, for the rest of the session.

    open_as_last_closed(self, QSize(960, 680))  # in the window's constructor

A window is known by its object name, so each placement window opens as the last one
closed. What was remembered is kept within the screen the window opens on (a size from
a larger monitor, or a maximised window's, shrinks to what the screen has less the
taskbar); the first size, the window's own default, is chosen to fit 1366 × 768."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Remembered:
    """How a window was when it was closed."""

    size: QSize
    maximised: bool = False


_REMEMBERED: dict[str, Remembered] = {}


def remembered(name: str) -> Remembered | None:
    """How the window of this object name was last closed (None: not yet this session)."""
    return _REMEMBERED.get(name)


def forget_all() -> None:
    """Forget every window (for tests, which start as a new session does)."""
    _REMEMBERED.clear()


class _Memory(QObject):
    """Notes a window's size and whether it is maximised each time it hides."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        """Override: remember the window as it hides; the event goes on as ever."""
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and \
                watched.isWindow() and watched.objectName():
            maximised = watched.isMaximized()
            size = watched.normalGeometry().size() if maximised else watched.size()
            if not size.isValid():
                size = watched.size()
            _REMEMBERED[watched.objectName()] = Remembered(size, maximised)
        return False


def room(window: QWidget) -> QSize:
    """What the screen the window opens on has for it, less the taskbar."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def open_as_last_closed(window: QWidget, default: QSize) -> None:
    """Size the window (named by ``setObjectName`` first) as the last one of its name
    was closed, within the screen, or at ``default`` the first time; and remember it
    as it closes."""
    window.installEventFilter(_Memory(window))
    last = _REMEMBERED.get(window.objectName())
    if last is None:
        window.resize(default)
        return
    window.resize(last.size.boundedTo(room(window)).expandedTo(window.minimumSizeHint()))
    if last.maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
