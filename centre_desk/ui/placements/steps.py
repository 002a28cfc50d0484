"""Small dialogs that record one step of a placement: a status change, a follow-up
planned, a follow-up done. Each stays open, with messages beside its fields, until the
service accepts what was typed."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QWidget)

from centre_desk.domain.enums import PlacementStatus
from centre_desk.domain.placements import NOTE_REQUIRED
from centre_desk.services import placements
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.operations import PLACEMENTS
from centre_desk.ui.toolkit.steps import StepDialog, note_edit


class _PlacementStep(StepDialog):
    """A step of a placement: an accepted one changes the placements."""

    changes = frozenset({PLACEMENTS})

    def add_date(self, field: str, name: str, earliest: dt.date | None,
                 latest: dt.date | None, shown: dt.date) -> DateField:
        """The step's date on the form: a field named ``name`` that takes dates from
        ``earliest`` to ``latest`` (None: no bound), showing ``shown``."""
        date = self.form.add(field, DateField())
        date.setObjectName(name)
        date.set_range(earliest, latest)
        date.set_date_value(shown)
        return date


class StatusChangeDialog(_PlacementStep):
    """Move a placement to one of the statuses the workflow allows next."""

    def __init__(self, workspace: Workspace, placement_id: uuid.UUID,
                 targets: tuple[PlacementStatus, ...], since: dt.date,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("statusChangeDialog")
        self._placement_id = placement_id
        self._today = today or dt.date.today()
        self.status = self.form.add("status", CodeCombo(targets))
        self.status.setObjectName("statusCombo")
        self.changed_on = self.add_date("changed_on", "statusDateEdit", since, self._today,
                                        max(since, self._today))
        self.note = self.form.add("note", note_edit("statusNoteEdit"))
        self.status.currentIndexChanged.connect(self._label_note)
        self.retranslate_ui()
        self.status.setFocus()

    def field_names(self) -> set[str]:
        return {"status", "changed_on", "note"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Change the placement's status"))
        self.form.set_label("status", self.tr("New &status:"))
        self.form.set_label("changed_on", self.tr("&Date:"))
        self.status.retranslate()
        self._label_note()

    def _label_note(self) -> None:
        needed = self.status.value() in NOTE_REQUIRED
        self.form.set_label("note", self.tr("&Reason:") if needed else self.tr("&Note:"))

    def other_problem(self, field: str, code: str) -> str | None:
        """Override: placing needs a partner, which is chosen in the placement itself."""
        if field == "organisation" and code == "required":
            return self.tr("Choose the partner organisation first: press "
                           "\u201cEdit\u2026\u201d in the placement window.")
        return None

    def submit(self) -> uuid.UUID:
        """Override."""
        return self._workspace.run(placements.change_status, self._placement_id,
                                   self.status.value(), self.changed_on.date_value(),
                                   self.note.toPlainText(), today=self._today)


class ScheduleFollowUpDialog(_PlacementStep):
    """Plan a check on a placement."""

    def __init__(self, workspace: Workspace, placement_id: uuid.UUID, earliest: dt.date,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("scheduleFollowUpDialog")
        self._placement_id = placement_id
        today = today or dt.date.today()
        self.due_on = self.add_date("due_on", "followUpDueEdit", earliest, None,
                                    max(earliest, today + dt.timedelta(days=30)))
        self.note = self.form.add("note", note_edit("followUpNoteEdit"))
        self.retranslate_ui()
        self.due_on.setFocus()

    def field_names(self) -> set[str]:
        return {"due_on", "note"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        self.form.set_label("due_on", self.tr("&Due on:"))
        self.form.set_label("note", self.tr("&What to check:"))

    def submit(self) -> uuid.UUID:
        """Override."""
        return self._workspace.run(placements.schedule_follow_up, self._placement_id,
                                   self.due_on.date_value(), self.note.toPlainText())


class FollowUpDoneDialog(_PlacementStep):
    """Mark a follow-up done, with what was found."""

    def __init__(self, workspace: Workspace, follow_up_id: uuid.UUID,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("followUpDoneDialog")
        self._follow_up_id = follow_up_id
        self._today = today or dt.date.today()
        self.done_on = self.add_date("done_on", "followUpDoneEdit", None, self._today,
                                     self._today)
        self.note = self.form.add("note", note_edit("followUpResultEdit"))
        self.retranslate_ui()
        self.done_on.setFocus()

    def field_names(self) -> set[str]:
        return {"done_on", "note"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Mark the follow-up done"))
        self.form.set_label("done_on", self.tr("&Done on:"))
        self.form.set_label("note", self.tr("&What was found:"))

    def submit(self) -> None:
        """Override."""
        self._workspace.run(placements.complete_follow_up, self._follow_up_id,
                            self.done_on.date_value(), self.note.toPlainText(),
                            today=self._today)
