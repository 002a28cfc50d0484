"""Opens participant files as windows, one per person for the whole application, and
follows their links: a relative, the holder of an IIN, a likely duplicate."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from centre_desk.services import cases
from centre_desk.services.workspace import Workspace
from centre_desk.ui.participants.file_window import ParticipantFileDialog


class ParticipantFiles(QObject):
    """The open participant files. The main window owns the one instance and hands it
    to every tab and window that opens a file, so a person's file is open at most once:
    opening an open one brings it forward. What a file stores is announced through
    ``toolkit.operations``, so every list showing it reloads.

    A file opens beside ``window``, or above the modal window in front (an event, a
    member's history) while one is open: parented to the main window it would wait
    behind the modal one. It goes back to ``window`` when that modal window hides."""

    seen_requested = Signal(uuid.UUID)
    """A file's "Who has seen this file…": the shell opens the audit trail for this
    person."""

    def __init__(self, workspace: Workspace, window: QWidget | None = None) -> None:
        super().__init__(window)
        self._workspace = workspace
        self._window = window
        self._dialogs: list[ParticipantFileDialog] = []
        self._modals: list[QWidget] = []

    def open_files(self) -> list[ParticipantFileDialog]:
        """The files open now, oldest first."""
        return list(self._dialogs)

    def open_case(self, case_id: uuid.UUID) -> ParticipantFileDialog:
        """Show a participant's file by its case."""
        for dialog in self._dialogs:
            if dialog.case_id == case_id:
                return self._raise(dialog)
        return self._show(ParticipantFileDialog(self._workspace, case_id=case_id,
                                                parent=self._host()))

    def open_person(self, person_id: uuid.UUID) -> ParticipantFileDialog:
        """Show a person's file: their case if they have one, else their details."""
        for dialog in self._dialogs:
            if dialog.person_id == person_id:
                return self._raise(dialog)
        case_id = self._workspace.run(cases.case_for_person, person_id)
        if case_id is not None:
            return self.open_case(case_id)
        return self._show(ParticipantFileDialog(self._workspace, person_id=person_id,
                                                parent=self._host()))

    def new_participant(self) -> ParticipantFileDialog:
        """An empty file for someone not registered yet."""
        return self._show(ParticipantFileDialog(self._workspace, parent=self._host()))

    def _show(self, dialog: ParticipantFileDialog) -> ParticipantFileDialog:
        dialog.person_requested.connect(self.open_person)
        dialog.seen_requested.connect(self.seen_requested)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self._dialogs.append(dialog)
        dialog.show()  # a new window comes up in front by itself
        return dialog

    def _raise(self, dialog: ParticipantFileDialog) -> ParticipantFileDialog:
        host = self._host()
        if not _inside(dialog, host):
            _move(dialog, host)
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _host(self) -> QWidget | None:
        """The modal window in front while one is open (unless it holds the main
        window), else the main window."""
        modal = QApplication.activeModalWidget()
        if modal is None or (self._window is not None and _inside(self._window, modal)):
            return self._window
        if modal not in self._modals:
            self._modals.append(modal)
            modal.installEventFilter(self)
        return modal

    def _modal_hidden(self, modal: QWidget) -> None:
        self._modals.remove(modal)
        modal.removeEventFilter(self)
        for dialog in self._dialogs:
            if dialog.parentWidget() is modal:
                _move(dialog, self._window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        """Override: a modal window that hosts files hands them back as it hides (it
        may be deleted next, and its children with it)."""
        if event.type() == QEvent.Type.Hide and watched in self._modals:
            self._modal_hidden(watched)
        return False

    def _forget(self, dialog: ParticipantFileDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()


def _inside(widget: QWidget, ancestor: QWidget | None) -> bool:
    """Whether ``widget`` is ``ancestor`` or one of its descendants (None: top level)."""
    if ancestor is None:
        return widget.parentWidget() is None
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def _move(dialog: QDialog, parent: QWidget | None) -> None:
    """Hang an open file under another window, where it stays as it was."""
    geometry, visible = dialog.geometry(), dialog.isVisible()
    dialog.setParent(parent, dialog.windowFlags())
    dialog.setGeometry(geometry)
    if visible:
        dialog.show()
