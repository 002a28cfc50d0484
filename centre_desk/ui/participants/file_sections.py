"""The participant file's lists with their actions: stage and its history, the
timeline of everything about the person, and the family."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QVBoxLayout,
    QWidget)

from centre_desk.domain.enums import Programme, Stage
from centre_desk.services.timeline import TimelineEntry, TimelineKind
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.toolkit.paged_model import PERSON_ID_ROLE
from centre_desk.ui.toolkit.rows_model import file_table
from centre_desk.ui.participants.file_models import (
    family_model, history_model, timeline_model)
from centre_desk.ui.toolkit.retranslate import Retranslating


class _EnterOpens(QObject):
    """Enter on a row opens it and stops there: it must not also press the file's
    default button (Save)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override."""
        if event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched.activated.emit(watched.currentIndex())
            return True
        return super().eventFilter(watched, event)


class StageSection(Retranslating, QWidget):
    """Where the participant stands, since when, and every change before."""

    change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage: Stage | None = None
        self._since: dt.date | None = None
        self.current = QLabel(self)
        self.current.setObjectName("currentStageLabel")
        font = QFont(self.current.font())
        font.setBold(True)
        self.current.setFont(font)
        self.change_button = action_button("changeStageButton", self)
        self.change_button.clicked.connect(self.change_requested)
        self.model = history_model(self)
        # Narrow columns: the note, last, gets the room; the stage is spelled out above.
        self.view = file_table(self.model, "stageHistoryView", self, widest=20)
        top = QHBoxLayout()
        top.addWidget(self.current, 1)
        top.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def set_stage(self, stage: Stage | None, since: dt.date | None, history) -> None:
        self._stage, self._since = stage, since
        self.model.set_rows(history)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        if self._stage is None:
            self.current.setText(self.tr("Stage: not yet recorded"))
        else:
            self.current.setText(self.tr("Stage: %1 since %2")
                                 .replace("%1", labels.label(self._stage))
                                 .replace("%2", labels.date_text(self._since)))
        self.change_button.setText(self.tr("Chan&ge stage…"))
        self.view.setAccessibleName(self.tr("Stage history"))
        self.model.retranslate()


PROGRAMME_OF = {TimelineKind.INTERVENTION: Programme.CASE_WORK,
                TimelineKind.CLUB_MEETING: Programme.MOTHERS_CLUB,
                TimelineKind.CHILDREN_EVENT: Programme.CHILDREN_EVENTS,
                TimelineKind.COURSE_LESSON: Programme.ARABIC_COURSES}
"""The timeline entries that are activities (their ``source_id`` the activity's), by
the programme whose activity window opens them."""


class TimelineSection(Retranslating, QWidget):
    """One list of everything about the person, newest first. Enter or a double-click
    on an activity (a consultation, a group session with many attendees, a club
    meeting, an event, a lesson) asks for its activity window."""

    log_requested = Signal()
    activity_requested = Signal(object, object)
    """Open this activity: the Programme it belongs to, its id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_button = action_button("logInterventionButton", self)
        self.log_button.clicked.connect(self.log_requested)
        self.model = timeline_model(self)
        self.view = file_table(self.model, "timelineView", self)
        self.view.activated.connect(self._open)
        self._enter_opens = _EnterOpens(self)
        self.view.installEventFilter(self._enter_opens)
        top = button_row(end=(self.log_button,))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.log_button.setText(self.tr("Log intervention…"))
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setToolTip(self.tr("Enter or a double-click opens a session, meeting, "
                                     "event or lesson."))
        self.model.retranslate()

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry: TimelineEntry = self.model.row_at(index.row())
        if entry.kind in PROGRAMME_OF:
            self.activity_requested.emit(PROGRAMME_OF[entry.kind], entry.source_id)


class FamilySection(Retranslating, QWidget):
    """The person's relatives; Enter or a double-click opens one."""

    link_requested = Signal()
    unlink_requested = Signal(uuid.UUID)
    """The relationship to remove."""
    open_requested = Signal(uuid.UUID)
    """The relative (a person id) to open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = family_model(self)
        self.view = file_table(self.model, "familyView", self)
        self.view.activated.connect(self._open)
        self._enter_opens = _EnterOpens(self)
        self.view.installEventFilter(self._enter_opens)
        self.link_button = action_button("linkRelativeButton", self)
        self.link_button.clicked.connect(self.link_requested)
        self.open_button = action_button("openRelativeButton", self)
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.unlink_button = action_button("unlinkRelativeButton", self, self._unlink)
        buttons = button_row((self.open_button, self.unlink_button), (self.link_button,))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.link_button.setText(self.tr("Lin&k relative…"))
        self.open_button.setText(self.tr("Open relative"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.view.setAccessibleName(self.tr("Family"))
        self.model.retranslate()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(PERSON_ID_ROLE))

    def _unlink(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.unlink_requested.emit(self.model.row_at(index.row()).relationship_id)
