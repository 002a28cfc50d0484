"""One placement's window: its details, where it stands with the whole history, and its
follow-ups, with the buttons that move it on."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QScrollArea, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from centre_desk.domain.enums import PlacementKind
from centre_desk.domain.permissions import Permission
from centre_desk.services import placements
from centre_desk.services.errors import ServiceError
from centre_desk.services.placements import FollowUpView, PlacementDetails
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import PLACEMENTS, Operation
from centre_desk.ui.placements.form import PlacementFormDialog
from centre_desk.ui.placements.models import follow_up_model, history_model
from centre_desk.ui.toolkit.rows_model import read_only_table
from centre_desk.ui.placements.steps import (
    FollowUpDoneDialog, ScheduleFollowUpDialog, StatusChangeDialog)
from centre_desk.ui.toolkit.retranslate import Retranslating, set_texts
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.headings import title_label
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

COL_HISTORY_NOTE, COL_FOLLOW_UP_NOTE = 3, 3
_DETAILS = ("kind", "person", "child", "organisation", "requested_on", "notes")
NOTES_LINES = 6
"""The notes show in full up to this many lines; longer ones scroll."""


class NotesView(QScrollArea):
    """The placement's notes, word-wrapped over the whole width, every line shown: as
    tall as its lines at the width it has, up to ``NOTES_LINES`` lines, past which it
    scrolls. (A wrapped label in a form row gets the height of a guessed width and
    shows only its first words.)"""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self)
        self.label.setObjectName("notesValue")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # as typed, no markup
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWidget(self.label)
        self.viewport().setAutoFillBackground(False)
        self.label.setAutoFillBackground(False)

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # QScrollArea.resizeEvent
        """Override: a new width wraps the words anew."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        wanted = self.label.heightForWidth(self.width()) if self.label.text() else line
        self.setFixedHeight(min(max(wanted, line), line * NOTES_LINES))


def _table(name: str, parent: QWidget) -> QTableView:
    view = read_only_table(name, parent)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class PlacementDialog(Retranslating, QDialog, ModalHost):
    """Shows a placement and records what happens to it. ``changed`` tells the list to
    reload after it closes; ``deleted`` that the placement is gone."""

    def __init__(self, workspace: Workspace, placement_id: uuid.UUID,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementDialog")
        self._workspace = workspace
        self._placement_id = placement_id
        self._today = today
        self._details: PlacementDetails | None = None
        self.changed = False
        self.deleted = False
        self._may_edit = may(workspace, Permission.EDIT)
        self._may_delete = may(workspace, Permission.MERGE_AND_CLOSE)

        self._title = title_label("placementTitle", self)

        self._details_box = QGroupBox(self)
        details_form = QFormLayout()
        details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._detail_captions: dict[str, QLabel] = {}
        self._detail_values: dict[str, QLabel] = {}
        for name in _DETAILS:
            caption = QLabel(self)
            self._detail_captions[name] = caption
            if name == "notes":
                self.notes_view = NotesView(self)
                details_form.addRow(caption, self.notes_view)
                continue
            value = QLabel(self)
            value.setObjectName(f"{name}Value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details_form.addRow(caption, value)
            self._detail_values[name] = value
        self._details_form = details_form
        self.edit_button = action_button("editPlacementButton", self, self.edit_placement)
        details_layout = QHBoxLayout(self._details_box)
        details_layout.addLayout(details_form, 1)
        details_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self._status_box = QGroupBox(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusValue")
        self.change_status_button = action_button("changeStatusButton", self, self.change_status)
        self.history = history_model(self)
        self.history_view = _table("historyView", self)
        self.history_view.setModel(self.history)
        self.history_view.horizontalHeader().setSectionResizeMode(
            COL_HISTORY_NOTE, QHeaderView.ResizeMode.Stretch)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.change_status_button)
        status_layout = QVBoxLayout(self._status_box)
        status_layout.addLayout(status_row)
        status_layout.addWidget(self.history_view, 1)

        self._follow_up_box = QGroupBox(self)
        self.follow_ups = follow_up_model(self)
        self.follow_up_view = _table("followUpView", self)
        self.follow_up_view.setModel(self.follow_ups)
        self.follow_up_view.horizontalHeader().setSectionResizeMode(
            COL_FOLLOW_UP_NOTE, QHeaderView.ResizeMode.Stretch)
        self.follow_up_view.activated.connect(lambda _index: self.mark_done())
        self.follow_up_view.selectionModel().currentRowChanged.connect(self._enable)
        self.mark_done_button = action_button("markDoneButton", self, self.mark_done)
        self.schedule_button = action_button("scheduleFollowUpButton", self,
                                             self.schedule_follow_up)
        follow_up_buttons = button_row((self.mark_done_button, self.schedule_button))
        follow_up_layout = QVBoxLayout(self._follow_up_box)
        follow_up_layout.addWidget(self.follow_up_view, 1)
        follow_up_layout.addLayout(follow_up_buttons)

        self.message = problem_label("placementMessage", self)
        self.delete_button = action_button("deletePlacementButton", self, self.delete_placement)
        self.close_button = action_button("closeButton", self, self.accept)
        bottom = button_row((self.delete_button,), (self.close_button,))

        # One above the other, full width: long partner names, Kazakh column titles and
        # the notes of the history and the follow-ups all have room.
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._details_box)
        layout.addWidget(self._status_box, 1)
        layout.addWidget(self._follow_up_box, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        # First within a 1366 × 768 screen, less the taskbar; then as last closed.
        open_as_last_closed(self, QSize(960, 680))
        self.retranslate_ui()
        self.reload()
        self.change_status_button.setFocus()

    # --- own API -----------------------------------------------------------------------

    def details(self) -> PlacementDetails | None:
        return self._details

    def reload(self) -> None:
        """Read the placement again and show it."""
        try:
            self._details = self._workspace.run(placements.placement_details,
                                                self._placement_id, today=self._today)
        except ServiceError as error:
            self._details = None
            self.show_message(error_text(error))
        self._show()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Placement"))
        captions = {"kind": self.tr("Kind of help:"), "person": self.tr("Person:"),
                    "child": self.tr("Child:"), "organisation": self.tr("Partner:"),
                    "requested_on": self.tr("Requested on:"), "notes": self.tr("Notes:")}
        for name, text in captions.items():
            self._detail_captions[name].setText(text)
        self._details_box.setTitle(self.tr("Details"))
        self._status_box.setTitle(self.tr("Status and history"))
        self._follow_up_box.setTitle(self.tr("Follow-ups"))
        set_texts([
            (self.edit_button, self.tr("&Edit\u2026")),
            (self.change_status_button, self.tr("Change &status\u2026")),
            (self.mark_done_button, self.tr("&Mark done\u2026")),
            (self.schedule_button, self.tr("Sc&hedule follow-up\u2026")),
            (self.delete_button, self.tr("&Delete placement")),
            (self.close_button, self.tr("&Close")),
        ])
        self.history.retranslate()
        self.follow_ups.retranslate()
        self._show()

    # --- actions -----------------------------------------------------------------------

    def change_status(self) -> None:
        """Ask for the next status, its date and a note, then record it."""
        details = self._details
        if details is None or not details.next_statuses or not self._may_edit:
            return
        dialog = StatusChangeDialog(self._workspace, self._placement_id,
                                    details.next_statuses, details.placement.status_since,
                                    self, today=self._today)
        self._after(self.run_dialog(dialog))

    def schedule_follow_up(self) -> None:
        """Plan a check."""
        if self._details is None or not self._may_edit:
            return
        dialog = ScheduleFollowUpDialog(self._workspace, self._placement_id,
                                        self._details.placement.requested_on, self,
                                        today=self._today)
        self._after(self.run_dialog(dialog))

    def mark_done(self) -> None:
        """Mark the selected follow-up done."""
        follow_up = self.current_follow_up()
        if follow_up is None or follow_up.done_on is not None or not self._may_edit:
            return
        dialog = FollowUpDoneDialog(self._workspace, follow_up.id, self, today=self._today)
        self._after(self.run_dialog(dialog))

    def edit_placement(self) -> None:
        """Correct the child, partner or notes."""
        if self._details is None or not self._may_edit:
            return
        dialog = PlacementFormDialog(self._workspace, self._details.placement, parent=self,
                                     today=self._today)
        self._after(self.run_dialog(dialog))

    def delete_placement(self) -> None:
        """Delete after a confirmation (supervisors)."""
        if self._details is None or not self._may_delete:
            return
        if not self.confirm(self.tr("Delete the placement"), self.tr(
                "Delete this placement and its follow-ups? Other sites learn of the "
                "deletion at the next sync.")):
            return
        Operation(self, self._workspace, {PLACEMENTS}, placements.delete_placement,
                  self._placement_id).show_errors_in(self.show_message).success(
            self._deleted).run()

    def _deleted(self, _result=None) -> None:
        self.changed = self.deleted = True
        self.accept()

    def current_follow_up(self) -> FollowUpView | None:
        index = self.follow_up_view.currentIndex()
        return self.follow_ups.row_at(index.row()) if index.isValid() else None

    # --- showing -----------------------------------------------------------------------

    def _after(self, accepted: bool) -> None:
        if accepted:
            self.changed = True
            self.show_message("")
            self.reload()

    def _show(self) -> None:
        details = self._details
        if details is None:
            self.history.set_rows(())
            self.follow_ups.set_rows(())
            self._enable()
            return
        view = details.placement
        self._title.setText(f"{labels.label(view.kind)} \u2014 {view.person_name}")
        values = {"kind": labels.label(view.kind), "person": view.person_name,
                  "child": view.child_name or "",
                  "organisation": self._organisation_text(details),
                  "requested_on": labels.date_text(view.requested_on)}
        for name, text in values.items():
            self._detail_values[name].setText(text)
        self.notes_view.set_text(view.notes or "")
        self._details_form.setRowVisible(_DETAILS.index("child"),
                                         view.kind is PlacementKind.NURSERY)
        self.status_label.setText(
            self.tr("%1 since %2").replace("%1", labels.label(view.status))
            .replace("%2", labels.date_text(view.status_since)))
        self.history.set_rows(details.history)
        row = self.follow_up_view.currentIndex().row()
        self.follow_ups.set_rows(details.follow_ups)
        if details.follow_ups:
            open_rows = [i for i, f in enumerate(details.follow_ups) if f.done_on is None]
            row = row if 0 <= row < len(details.follow_ups) else \
                (open_rows[0] if open_rows else 0)
            self.follow_up_view.setCurrentIndex(self.follow_ups.index(row, 0))
        self._enable()

    def _organisation_text(self, details: PlacementDetails) -> str:
        organisation = details.organisation
        if organisation is None:
            return self.tr("not chosen yet")
        parts = [organisation.name, labels.label(organisation.kind),
                 organisation.contact_person or "", organisation.phone or ""]
        text = ", ".join(p for p in parts if p)
        if organisation.deleted:
            text += " " + self.tr("(removed from the directory)")
        return text

    def _enable(self, *_args) -> None:
        details = self._details
        present = details is not None
        can_move = present and bool(details.next_statuses)
        self.edit_button.setEnabled(present and self._may_edit)
        self.change_status_button.setEnabled(can_move and self._may_edit)
        self.change_status_button.setToolTip(
            "" if can_move or not present else
            self.tr("Declined and ended placements do not change any more."))
        follow_up = self.current_follow_up()
        self.mark_done_button.setEnabled(self._may_edit and follow_up is not None and
                                         follow_up.done_on is None)
        self.schedule_button.setEnabled(present and self._may_edit)
        self.delete_button.setVisible(self._may_delete)
        self.delete_button.setEnabled(present and self._may_delete)
