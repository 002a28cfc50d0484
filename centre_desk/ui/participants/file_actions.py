"""What a participant file does besides saving its forms: change the stage, log an
intervention, link and unlink relatives, merge two records of one person."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from centre_desk.services import duplicates, family
from centre_desk.services.participant_file import persons_by_id
from centre_desk.services.persons import PersonView
from centre_desk.ui.toolkit.operations import (
    ACTIVITIES, CASES, KINDS, PERSONS, Operation, announce)
from centre_desk.ui.participants.file_family import LinkRelativeDialog
from centre_desk.ui.participants.file_intervention import LogInterventionDialog
from centre_desk.ui.participants.file_stage import ChangeStageDialog
from centre_desk.ui.toolkit.person_picker import PersonPickerDialog


class FileActions:
    """Mixed into :class:`~centre_desk.ui.participants.file_window.ParticipantFileDialog`, whose
    widgets and state it uses. Sub-dialogs open with ``open()`` and are returned, so a
    test can fill them in; questions go through ``confirm_*`` methods a test replaces.
    Texts are translated in the dialog's context, the class they show in."""

    def change_stage(self) -> ChangeStageDialog | None:
        """Open the stage dialog; the file reloads once a change is recorded."""
        if not self.stage.change_button.isEnabled():
            return None
        dialog = ChangeStageDialog(self._workspace, self._case_id,
                                   self._loaded.file.case.stage, self.may_merge_and_close,
                                   self)
        return self._open_sub_dialog(dialog, {CASES})

    def log_intervention(self) -> LogInterventionDialog | None:
        """Open the intervention dialog with this person as the first attendee."""
        if not self.timeline.log_button.isEnabled():
            return None
        case = self._loaded.file.case
        dialog = LogInterventionDialog(self._workspace, self._loaded.person,
                                       self._loaded.facilities, case.facility, self)
        return self._open_sub_dialog(dialog, {ACTIVITIES})

    def link_relative(self) -> LinkRelativeDialog | None:
        """Open the dialog that links an existing or new person as a relative."""
        if not self.family.link_button.isEnabled():
            return None
        return self._open_sub_dialog(LinkRelativeDialog(self._workspace, self._loaded.person,
                                                        self), {PERSONS})

    def unlink_relative(self, relationship_id: uuid.UUID) -> bool:
        """Remove a family link after asking; True when removed."""
        if not self.family.unlink_button.isEnabled():
            return False
        relative = next(r for r in self._loaded.relatives
                        if r.relationship_id == relationship_id)
        if not self.confirm_unlink(relative.full_name):
            return False
        return self._run_and_reload({PERSONS}, family.unlink_relative, relationship_id)

    def merge_with(self) -> PersonPickerDialog | None:
        """Ask which record is the same person as this one, then merge it into this one."""
        if not self.merge_button.isEnabled():
            return None
        prompt = QCoreApplication.translate(
            "ParticipantFileDialog", "Choose the other record of %1. Everything recorded "
            "for it moves to this file, and it is then removed.")
        dialog = PersonPickerDialog(
            self._workspace, QCoreApplication.translate("ParticipantFileDialog", "Merge with…"),
            prompt.replace("%1", self._loaded.person.full_name), self)
        dialog.picker.set_excluded({self._person_id})
        file = self._loaded.file
        if file is not None and file.possible_duplicates:
            dialog.picker.set_suggestions(self._workspace.run(
                persons_by_id, [c.person_id for c in file.possible_duplicates]))
        dialog.accepted.connect(lambda: self._merge(dialog.person()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _merge(self, duplicate: PersonView | None) -> None:
        if duplicate is None or not self.confirm_merge(self._loaded.person, duplicate):
            return
        # Everything recorded for the duplicate moves: any list may show it.
        if self._run_and_reload(KINDS, duplicates.merge_persons, self._person_id,
                                duplicate.id):
            done = QCoreApplication.translate(
                "ParticipantFileDialog", "Merged: everything recorded for %1 is now in "
                "this file.")
            self._show_message(done.replace("%1", duplicate.full_name))

    def _open_sub_dialog(self, dialog: QDialog, changes: set[str]) -> QDialog:
        """Open a sub-dialog; once it stored something (accepted), the file reloads and
        ``changes`` are announced."""
        dialog.accepted.connect(lambda: self._after_change(changes))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_change(self, changes: set[str]) -> None:
        self._stored()
        announce(self._workspace, changes)

    def _run_and_reload(self, changes, use_case, *args) -> bool:
        return Operation(self, self._workspace, changes, use_case, *args).show_errors_in(
            lambda text: self._show_message(text, error=True)).success(self._stored).run()

    def _stored(self, _result=None) -> None:
        self.reload()
        self.changed.emit()

    # --- questions (replaced in tests) -------------------------------------------------

    def confirm_merge(self, survivor: PersonView, duplicate: PersonView) -> bool:
        """Whether to merge ``duplicate`` into ``survivor``; it cannot be undone."""
        question = QCoreApplication.translate(
            "ParticipantFileDialog", "Merge %1 into %2? Everything recorded for %1 moves "
            "to %2's file, and the record of %1 is removed.")
        answer = QMessageBox.question(
            self, QCoreApplication.translate("ParticipantFileDialog", "Merge records"),
            question.replace("%1", duplicate.full_name).replace("%2", survivor.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_unlink(self, relative_name: str) -> bool:
        """Whether to remove the family link to this relative."""
        question = QCoreApplication.translate(
            "ParticipantFileDialog", "Remove the family link to %1? Their own record stays.")
        answer = QMessageBox.question(
            self, QCoreApplication.translate("ParticipantFileDialog", "Unlink relative"),
            question.replace("%1", relative_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
