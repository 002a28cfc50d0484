"""The week's plans in the GUI: the week view (week_window), its model (week_model) and
its printed schedule (printing); ``WeekActions`` puts it in the main window's File menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from centre_desk.services.workspace import Workspace

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


class WeekActions(QObject):
    """File → "Week plan…": the week view, one window, raised when asked for again."""

    def __init__(self, window: QWidget, menu: QMenu, workspace: Workspace) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self._open = None
        self.action = QAction(window)
        self.action.setObjectName("weekPlanAction")
        self.action.triggered.connect(lambda: self.open())
        menu.addAction(self.action)

    def retranslate(self) -> None:
        """Set the action's words in the current language."""
        self.action.setText(translate("WeekActions", "&Week plan…"))
        self.action.setStatusTip(translate(
            "WeekActions", "The week's planned, held and missed sessions by day and facility."))

    def open(self):
        """The week view (returned, shown)."""
        from centre_desk.ui.plans.week_window import WeekWindow

        if self._open is not None:
            self._open.raise_()
            self._open.activateWindow()
            return self._open
        window = WeekWindow(self._workspace, self._window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None: setattr(self, "_open", None))
        window.show()
        self._open = window
        return window
