"""Opens participant files as windows beside the list, one per person, and follows
their links: a relative, the holder of an IIN, a likely duplicate."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from centre_desk.services import cases
from centre_desk.services.workspace import Workspace
from centre_desk.ui.participants.file_window import ParticipantFileDialog


class ParticipantFiles(QObject):
    """The open participant files of one window; opening an open one brings it forward."""

    changed = Signal()
    """A file saved something: lists of participants should reload."""

    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self._workspace = workspace
        self._window = window
        self._dialogs: list[ParticipantFileDialog] = []

    def open_files(self) -> list[ParticipantFileDialog]:
        """The files open now, oldest first."""
        return list(self._dialogs)

    def open_case(self, case_id: uuid.UUID) -> ParticipantFileDialog:
        """Show a participant's file by its case."""
        for dialog in self._dialogs:
            if dialog.case_id == case_id:
                return self._raise(dialog)
        return self._show(ParticipantFileDialog(self._workspace, case_id=case_id,
                                                parent=self._window))

    def open_person(self, person_id: uuid.UUID) -> ParticipantFileDialog:
        """Show a person's file: their case if they have one, else their details."""
        for dialog in self._dialogs:
            if dialog.person_id == person_id:
                return self._raise(dialog)
        case_id = self._workspace.run(cases.case_for_person, person_id)
        if case_id is not None:
            return self.open_case(case_id)
        return self._show(ParticipantFileDialog(self._workspace, person_id=person_id,
                                                parent=self._window))

    def new_participant(self) -> ParticipantFileDialog:
        """An empty file for someone not registered yet."""
        return self._show(ParticipantFileDialog(self._workspace, parent=self._window))

    def _show(self, dialog: ParticipantFileDialog) -> ParticipantFileDialog:
        dialog.person_requested.connect(self.open_person)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self._dialogs.append(dialog)
        dialog.show()  # a new window comes up in front by itself
        return dialog

    @staticmethod
    def _raise(dialog: ParticipantFileDialog) -> ParticipantFileDialog:
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, dialog: ParticipantFileDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()
