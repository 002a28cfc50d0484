"""A participant's file: who they are, their case, stage history, timeline and family,
in one window that saves only when valid and asks before losing changes.

Open one through :class:`~centre_desk.ui.participants.opener.ParticipantFiles`
(which also follows links to relatives and duplicates), or directly::

    ParticipantFileDialog(workspace, case_id=...)     # an existing case
    ParticipantFileDialog(workspace, person_id=...)   # a person without a case
    ParticipantFileDialog(workspace)                  # a new participant

Every question it asks goes through a ``confirm_*`` method and every sub-dialog is
opened with ``open()`` and returned, so tests answer them without a real modal.
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QScrollArea,
    QSplitter, QTabWidget, QVBoxLayout, QWidget)

from centre_desk.domain.enums import Programme
from centre_desk.domain.permissions import Permission, allows
from centre_desk.services.participant_file import FileContents, load_file
from centre_desk.services.workspace import Workspace
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.participants.file_approval import ApprovalLine
from centre_desk.ui.participants.file_assessments import AssessmentsSection
from centre_desk.ui.participants.file_documents import DocumentsSection
from centre_desk.ui.participants.file_events import ChildEventsSection
from centre_desk.ui.participants.file_actions import FileActions
from centre_desk.ui.participants.file_duplicates import DuplicateBanner
from centre_desk.ui.participants.file_forms import CaseForm, PersonForm
from centre_desk.ui.participants.file_saving import FileSaving
from centre_desk.ui.participants.file_returnees import ReturneeChildrenSection
from centre_desk.ui.participants.file_sections import FamilySection, StageSection, TimelineSection
from centre_desk.ui.participants.file_stage import stage_targets
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import DONE_STYLE, PROBLEM_STYLE
from centre_desk.ui.toolkit.headings import title_label
from centre_desk.ui.toolkit.modal import ModalHost


class ParticipantFileDialog(Retranslating, FileActions, FileSaving, QDialog, ModalHost):
    """One participant's file. Enter (or Ctrl+S) saves, Esc closes."""

    person_requested = Signal(uuid.UUID)
    """Open this person's file (a relative, the holder of an IIN, a likely duplicate)."""
    seen_requested = Signal(uuid.UUID)
    """Who has seen this person's file: the audit trail, for supervisors."""
    changed = Signal()
    """Something was saved here (what it touched is announced through
    ``toolkit.operations``, which the lists follow)."""

    def __init__(self, workspace: Workspace, case_id: uuid.UUID | None = None,
                 person_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantFile")
        self._workspace = workspace
        self._case_id, self._person_id = case_id, person_id
        role = workspace.actor.role
        self.may_edit = allows(role, Permission.EDIT)
        self.may_merge_and_close = allows(role, Permission.MERGE_AND_CLOSE)
        self._loaded: FileContents | None = None
        self._opening_case = False
        self._accepted_likeness: tuple | None = None
        self._clean: tuple = ()
        self._build()
        self.reload()
        # A new participant has no history yet: the form alone, narrower. 680 px tall
        # fits a 768 px screen less the taskbar and the title bar.
        self.resize(1180 if self._loaded.person is not None else 640, 680)
        self._share_width()
        self._focus_first_field()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self._title = title_label("fileTitle", self, scale=1.35)
        self._subtitle = QLabel(self)
        self._subtitle.setObjectName("fileSubtitle")
        self.banner = DuplicateBanner(self)
        self.banner.open_person.connect(self.person_requested)
        self.banner.save_anyway.connect(self.save_anyway)

        self.person_form = PersonForm()
        self.case_form = CaseForm()
        self.check_fields_as_left()
        self._person_box = self._group(self.person_form)
        self.open_case_button = action_button("openCaseButton", self, self.start_case)
        details = QWidget()
        column = QVBoxLayout(details)
        for widget in (self._person_box, self.open_case_button, self.case_form):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("detailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        scroll.setMinimumWidth(400)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it

        self.stage = StageSection()
        self.stage.change_requested.connect(self.change_stage)
        self.approval = ApprovalLine(self._workspace, self.stage)  # four eyes
        self.stage.layout().insertWidget(1, self.approval)
        self._stage_box = self._group(self.stage)
        self.timeline = TimelineSection()
        self.timeline.log_requested.connect(self.log_intervention)
        self.timeline.activity_requested.connect(self.open_activity)
        self.family = FamilySection()
        self.family.link_requested.connect(self.link_relative)
        self.family.open_requested.connect(self.person_requested)
        self.family.unlink_requested.connect(self.unlink_relative)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("fileTabs")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.family, "")
        self.child_events = ChildEventsSection(self._workspace, self.tabs)  # hidden if none
        self.assessments = AssessmentsSection(self._workspace, self.tabs)  # a case's only
        self.assessments.changed.connect(self._stored)
        self.returnee_children = ReturneeChildrenSection(self._workspace, self.tabs)
        self.returnee_children.changed.connect(self._stored)
        self.documents = DocumentsSection(self._workspace, self.tabs)  # once on file
        self.finished.connect(self.documents.close_copies)  # the opened copies go
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._stage_box)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setChildrenCollapsible(False)
        self._right = right
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(scroll)
        body.addWidget(right)
        body.setStretchFactor(0, 4)
        body.setStretchFactor(1, 7)
        body.setChildrenCollapsible(False)
        self._body, self._details, self._scroll = body, details, scroll

        self._message = QLabel(self)
        self._message.setObjectName("fileMessage")
        self._message.setWordWrap(True)
        self.merge_button = action_button("mergeButton", self)
        self.merge_button.clicked.connect(self.merge_with)
        self.print_button = action_button("printFileButton", self, self.print_file)
        self.seen_button = action_button("whoHasSeenButton", self, self.who_has_seen)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_file)
        self.save_button = action_button("saveButton", self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = action_button("closeButton", self, self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.seen_button)
        buttons.addWidget(self._message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.person_form.changed.connect(self._forget_likeness)
        self.setTabOrder(self.person_form.editors()[-1], self.open_case_button)

    def _share_width(self) -> None:
        # The form as wide as its longest label and fields need (Russian and Kazakh
        # labels differ by a third), the lists the rest: they hold the long texts.
        form = self._details.sizeHint().width() + \
            self._scroll.verticalScrollBar().sizeHint().width() + 2 * self._scroll.frameWidth()
        self._body.setSizes([form, max(self.width() - form, 400)])

    def _focus_first_field(self) -> None:
        if self.open_case_button.isVisibleTo(self) and self.open_case_button.isEnabled():
            self.open_case_button.setFocus()
        elif self.may_edit:
            self.person_form.surname.setFocus()
        else:
            self.stage.view.setFocus()

    def _group(self, content: QWidget) -> QGroupBox:
        box = QGroupBox(self)
        layout = QVBoxLayout(box)
        layout.addWidget(content)
        return box


    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        person = self._loaded.person if self._loaded else None
        if person is None:
            self.setWindowTitle(self.tr("New participant"))
            self._title.setText(self.tr("New participant"))
        else:
            self.setWindowTitle(self.tr("%1 — participant file").replace(
                "%1", person.full_name))
            self._title.setText(person.full_name)
        self._subtitle.setText(self._subtitle_text())
        self._person_box.setTitle(self.tr("Person"))
        self._stage_box.setTitle(self.tr("Stage and its history"))
        self.tabs.setTabText(0, self.tr("Ti&meline"))
        self.tabs.setTabText(1, self.tr("Famil&y"))
        self.open_case_button.setText(self.tr("&Open a case file for this person…"))
        self.merge_button.setText(self.tr("Merge &with…"))
        self.merge_button.setToolTip(
            self.tr("Make one record of two records of the same person.")
            if self.may_merge_and_close else self.tr("Only a supervisor can merge records."))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.seen_button.setText(self.tr("Who has seen &this file…"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Enter or Ctrl+S"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Esc"))
        if not self.may_edit:
            self._show_message(self.tr("Your role can view this file but not change it."))

    def _subtitle_text(self) -> str:
        loaded = self._loaded
        if loaded is None or loaded.file is None:
            if loaded is not None and loaded.person is not None:
                return self.tr("No case file: the person's details are shown read-only.")
            return self.tr("Fill in the person and the case, then save.")
        case = loaded.file.case
        parts = [labels.label(case.category), case.facility or "",
                 labels.label(case.stage)]
        return " · ".join(part for part in parts if part)

    # --- loading -----------------------------------------------------------------------

    @property
    def case_id(self) -> uuid.UUID | None:
        return self._case_id

    @property
    def person_id(self) -> uuid.UUID | None:
        return self._person_id

    def reload(self) -> None:
        """Read the file again (the service records that it was viewed). Typing not yet
        saved survives: after a stage change, say, the forms keep what is in them."""
        keep_forms = self._loaded is not None and self.is_modified()
        loaded = self._workspace.run(load_file, self._case_id, self._person_id)
        if keep_forms and loaded.file is not None:  # the typing was against what they showed
            loaded = dataclasses.replace(loaded, seen=self._loaded.seen)
        self._loaded = loaded
        file = loaded.file
        if loaded.person is not None:
            self._person_id = loaded.person.id
        assigned = [user.id for user in file.specialists] if file else []
        self.case_form.set_choices(loaded.facilities, loaded.specialists,
                                   () if keep_forms else assigned)
        if not keep_forms:
            self.person_form.set_person(loaded.person)
            self.case_form.set_case(file.case if file else None, assigned)
        self.stage.set_stage(file.case.stage if file else None,
                             file.case.stage_since if file else None,
                             file.stage_history if file else ())
        self.timeline.model.set_rows(loaded.timeline)
        self.family.model.set_rows(loaded.relatives)
        self.child_events.show_person(self._person_id if loaded.person else None)
        self.assessments.show_case(file.case.id if file else None)
        self.documents.show_person(self._person_id if loaded.person else None,
                                   file.case.id if file else None)
        self.approval.show_case(file.case.id if file else None)
        self.returnee_children.show_case(file.case.id if file else None,
                                         file.case.category if file else None)
        candidates = file.possible_duplicates if file else ()
        self.banner.show_candidates(candidates, may_save_anyway=False)
        self._apply_mode()
        self.retranslate_ui()
        if not keep_forms:
            self._clean = self._snapshot()

    def _apply_mode(self) -> None:
        loaded = self._loaded
        has_case = loaded.file is not None
        person_only = loaded.person is not None and not has_case
        case_shown = has_case or loaded.person is None or self._opening_case
        self.case_form.setVisible(case_shown)
        self.open_case_button.setVisible(person_only and not self._opening_case)
        self.open_case_button.setEnabled(self.may_edit)
        self._stage_box.setVisible(has_case)
        self._right.setVisible(loaded.person is not None)
        self.family.link_button.setEnabled(self.may_edit and loaded.person is not None)
        self.family.unlink_button.setEnabled(self.may_edit and loaded.person is not None)
        self.person_form.set_editable(self.may_edit and not person_only)
        self.case_form.set_editable(self.may_edit)
        self.save_button.setEnabled(self.may_edit and case_shown)
        self.timeline.log_button.setEnabled(self.may_edit and has_case)
        self.stage.change_button.setEnabled(
            self.may_edit and has_case and
            bool(stage_targets(loaded.file.case.stage, self.may_merge_and_close)))
        self.merge_button.setVisible(loaded.person is not None)  # nothing to merge yet
        self.merge_button.setEnabled(self.may_merge_and_close and loaded.person is not None)
        self.print_button.setVisible(loaded.person is not None)  # nothing saved to print
        self.print_button.setEnabled(loaded.person is not None)
        self.seen_button.setVisible(loaded.person is not None and allows(
            self._workspace.actor.role, Permission.VIEW_AUDIT_TRAIL))

    def _snapshot(self) -> tuple:
        return (self.person_form.snapshot(),
                self.case_form.snapshot() if self.case_form.isVisibleTo(self) else None)

    def is_modified(self) -> bool:
        """Whether the forms hold changes not yet saved."""
        return self.may_edit and self._snapshot() != self._clean

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setStyleSheet(PROBLEM_STYLE if error else DONE_STYLE)
        self._message.setText(text)

    def message(self) -> str:
        """The sentence shown beside the buttons ('' when none)."""
        return self._message.text()

    def start_case(self) -> None:
        """Show the empty case form for a person who has no case yet."""
        self._opening_case = True
        self.case_form.set_case(None)
        self._apply_mode()
        self.case_form.category.setFocus()

    def open_activity(self, programme: Programme, activity_id: uuid.UUID):
        """An activity of the timeline in its own window (read-only for a read-only
        user), as the programme's tab opens it; the file reloads if it was changed.
        Returns the window, closed by then."""
        dialog = ActivityDialog(self._workspace, programme, activity_id, parent=self)
        self.run_dialog(dialog)
        if dialog.changed or dialog.deleted:
            self._stored()
        return dialog

    def print_file(self):
        """Open the print dialog for this person's file (Ctrl+P); returns it."""
        if not self.print_button.isEnabled():
            return None
        from centre_desk.ui.participants.print_dialog import PrintFilesDialog  # loads Qt printing

        dialog = PrintFilesDialog(self._workspace, [self._person_id],
                                  title=self._loaded.person.full_name, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- Qt overrides ------------------------------------------------------------------

    def who_has_seen(self) -> None:
        """Ask for the audit trail of this person's file (the shell opens it)."""
        person = self._loaded.person if self._loaded else None
        if not self.seen_button.isHidden() and person is not None:
            self.seen_requested.emit(person.id)

    def reject(self) -> None:  # QDialog.reject; Esc and the window's X
        """Close, asking first if changes would be lost (ModalHost.ask_unsaved): Save,
        the default, stores them and closes; Discard closes; Cancel stays."""
        if self.is_modified():
            answer = self.ask_unsaved(self.tr("Unsaved changes"), self.tr(
                "This file has changes that are not saved. Save them before closing?"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
        super().reject()
