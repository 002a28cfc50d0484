"""Help → User guide (F1): the short user guide shipped in resources/guide, in the UI
language, shown offline in a window of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from centre_desk.ui.toolkit.buttons import close_box
from centre_desk.ui.toolkit.i18n import current_language
from centre_desk.ui.toolkit.resources import resource_path
from centre_desk.ui.toolkit.retranslate import Retranslating


def guide_path(language: str) -> Path:
    """The shipped guide for a language ("ru", "kk" or "en"; English for any other)."""
    path = resource_path("guide", f"{language}.html")
    return path if path.exists() else resource_path("guide", "en.html")


class UserGuideWindow(Retranslating, QDialog):
    """The guide in a read-only browser beside the main window (not modal: a worker
    reads it while working): its contents link within the page, nothing is fetched
    from the network; a language switch shows the guide in the new one. Esc closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuideWindow")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: the guide's own anchors only
        self.language = ""
        buttons = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)  # within a 1366 × 768 screen, less the taskbar
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Show the guide in the current language (loaded again only when it changed)."""
        self.setWindowTitle(self.tr("Centre Desk — user guide"))
        language = current_language()
        if language != self.language:
            self.language = language
            self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))

    def title(self) -> str:
        """The guide's own title, as its page names it."""
        return self.browser.documentTitle()


def open_guide(parent: QWidget) -> UserGuideWindow:
    """Show the guide beside ``parent``: the one already open, raised, or a new one."""
    window = parent.findChild(UserGuideWindow, "userGuideWindow")
    if window is None:
        window = UserGuideWindow(parent)
    if window.isVisible():  # behind the main window: bring it forward
        window.raise_()
    window.show()
    window.activateWindow()
    return window
