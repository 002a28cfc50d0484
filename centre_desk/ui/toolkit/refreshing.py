"""What other desks saved, on this screen: F5 (File → Refresh lists) and the program
coming back to the front read every list again. Changes made here reach the lists by
the "data changed" signal (toolkit.operations); changes another desk saves into the
same database send none, so these announce every kind of data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.operations import KINDS, announce


class ListRefresh(QObject):
    """The main window's "Refresh lists" (F5), put in ``menu``, and the same when the
    program is made the active one again (the worker comes back from another program;
    moving between the program's own windows does not count)."""

    def __init__(self, window: QWidget, menu: QMenu, workspace: Workspace) -> None:
        super().__init__(window)
        self._workspace = workspace
        self.action = QAction(window)
        self.action.setObjectName("refreshListsAction")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.triggered.connect(self.refresh)
        menu.addAction(self.action)
        self._away = False
        QGuiApplication.instance().applicationStateChanged.connect(self._state_changed)

    def retranslate(self) -> None:
        """Set the action's words in the current language."""
        self.action.setText(QCoreApplication.translate("ListRefresh", "Refresh lists"))
        self.action.setStatusTip(QCoreApplication.translate(
            "ListRefresh", "Show what other desks have saved since the lists were read."))

    def refresh(self) -> None:
        """Every list (and every window following the data) reads its rows again: the
        one on screen now, the others when next shown."""
        announce(self._workspace, KINDS)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            if self._away:
                self._away = False
                self.refresh()
        else:
            self._away = True
