"""The main window opens as large as when it was last closed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from centre_desk.config import Paths, Settings


def restore_size(window: QMainWindow, settings: Settings) -> None:
    """Open as large as when last closed (within reason), maximised if it was."""
    size = settings.window_size_to_open
    if size is not None:
        window.resize(*size)
    if settings.window_maximised is True:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_size(window: QMainWindow, paths: Paths, settings: Settings) -> Settings:
    """The settings with the window's size saved for the next start (unchanged if they
    cannot be read or written: not worth an error)."""
    size = window.normalGeometry().size() if window.isMaximized() else window.size()
    if size.isEmpty():
        size = window.size()
    try:
        settings = dataclasses.replace(
            Settings.load(paths), window_size=[size.width(), size.height()],
            window_maximised=window.isMaximized())
        settings.save(paths)
    except (OSError, ValueError):
        pass
    return settings
