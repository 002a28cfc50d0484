"""The assessments page of a participant's file: the next reassessment date (overdue in
red), the latest scores by domain, their trend as a small chart, and every assessment
before; "New assessment…" opens the scoring dialog. It adds itself to the file's tabs
and reads its data itself, so the file window only tells it which case to show."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from centre_desk.domain.permissions import Permission
from centre_desk.reports.assessment_trend import legend_rows, paint_trend
from centre_desk.services import assessments
from centre_desk.services.assessments import AssessmentHistory
from centre_desk.services.errors import ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.instrument_words import instrument_text
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.toolkit.colours import PROBLEM_STYLE
from centre_desk.ui.toolkit.modal import may
from centre_desk.ui.toolkit.operations import CASES, announce
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, file_table

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def _score(domain) -> str:
    return f"{domain.total}/{domain.maximum}"


LATEST_COLUMNS = (
    FileColumn(lambda: translate("AssessmentsSection", "Score"), _score),
    # Last, so the name takes the width left over; its kind (risk, need, protective) is
    # the line's dash in the chart beside it, and the share of the top score its height.
    FileColumn(lambda: translate("AssessmentsSection", "Domain"),
               lambda d: instrument_text(d.name)),
)
HISTORY_COLUMNS = (
    FileColumn(lambda: translate("AssessmentsSection", "Date"),
               lambda a: labels.date_text(a.assessed_on)),
    FileColumn(lambda: translate("AssessmentsSection", "Risk"),
               lambda a: labels.label(a.risk_level) if a.risk_level else ""),
    FileColumn(lambda: translate("AssessmentsSection", "Assessed by"),
               lambda a: a.assessed_by_name or ""),
    FileColumn(lambda: translate("AssessmentsSection", "Scores"),
               lambda a: "; ".join(f"{instrument_text(d.name)} {d.total}/{d.maximum}"
                                   for d in a.domains)),
)


class TrendChart(QWidget):
    """The domains' scores over time (reports.assessment_trend), as the print has it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTrendChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 150)
        self.trend = ()

    def show_trend(self, trend) -> None:
        self.trend = tuple(trend)
        self.update()

    def sizeHint(self) -> QSize:  # QWidget.sizeHint
        """Room for the lines and a legend of two rows."""
        return QSize(420, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:  # QWidget.paintEvent
        """Paint the chart on the base colour, or say there is nothing to draw."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        margin = self.fontMetrics().height() / 2
        area = QRectF(margin, margin, self.width() - 2 * margin, self.height() - 2 * margin)
        if self.trend:
            font = QFont(self.font())
            if legend_rows(self.trend, area.width(), font, instrument_text) > 2:
                font.setPointSizeF(max(font.pointSizeF() * 0.85, 6))
            paint_trend(painter, area, self.trend, font, labels.date_text, instrument_text)
        else:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, translate(
                "AssessmentsSection", "No assessment scored yet."))
        painter.end()


class AssessmentsSection(Retranslating, QWidget):
    """A case's assessments: a page of ``tabs``, shown while a case is open."""

    changed = Signal()
    """An assessment was recorded or deleted here."""

    def __init__(self, workspace: Workspace, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.setObjectName("assessmentsSection")
        self._workspace = workspace
        self._tabs = tabs
        self._case_id: uuid.UUID | None = None
        self.history: AssessmentHistory | None = None
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextAssessmentLabel")
        self.next_label.setWordWrap(True)
        self.new_button = action_button("newAssessmentButton", self, self.new_assessment)
        self.delete_button = action_button("deleteAssessmentButton", self,
                                           self.delete_selected)
        self.latest_model = RowsModel(LATEST_COLUMNS, row_id=lambda d: d.code, parent=self)
        self.latest_view = file_table(self.latest_model, "latestScoresView", self, widest=12)
        self.chart = TrendChart(self)
        self.history_model = RowsModel(HISTORY_COLUMNS, row_id=lambda a: a.id, parent=self)
        self.history_view = file_table(self.history_model, "assessmentHistoryView", self,
                                       widest=14)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.latest_view)
        top.addWidget(self.chart)
        top.setChildrenCollapsible(False)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        heading = QHBoxLayout()
        heading.addWidget(self.next_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(top, 3)
        layout.addWidget(self.history_view, 2)
        layout.addLayout(button_row(start=(self.new_button,), end=(self.delete_button,)))
        self._tab_index = tabs.addTab(self, "")
        self.retranslate_ui()

    def show_case(self, case_id: uuid.UUID | None, today: dt.date | None = None) -> None:
        """Read the case's assessments (none for a person without a case)."""
        self._case_id, self.history = case_id, None
        if case_id is not None:
            try:
                self.history = self._workspace.run(assessments.assessment_history, case_id,
                                                   today)
            except ServiceError:
                self.history = None  # the file itself says why it cannot show the case
        history = self.history
        self._tabs.setTabVisible(self._tabs.indexOf(self), case_id is not None)
        self.latest_model.set_rows(history.latest.domains if history and history.latest
                                   else ())
        self.chart.show_trend(history.trend if history else ())
        self.history_model.set_rows(history.assessments if history else ())
        self.new_button.setEnabled(case_id is not None and may(self._workspace,
                                                               Permission.EDIT))
        self.delete_button.setEnabled(bool(history and history.assessments) and may(
            self._workspace, Permission.MERGE_AND_CLOSE))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._tabs.setTabText(self._tabs.indexOf(self),
                              translate("AssessmentsSection", "Assessments"))
        self.new_button.setText(translate("AssessmentsSection", "New assessment…"))
        self.delete_button.setText(translate("AssessmentsSection", "Delete assessment"))
        self.delete_button.setToolTip(translate(
            "AssessmentsSection", "Only a supervisor may delete an assessment made in error."))
        self.latest_view.setAccessibleName(translate("AssessmentsSection", "Latest scores"))
        self.history_view.setAccessibleName(translate("AssessmentsSection",
                                                      "Assessment history"))
        self.latest_model.retranslate()
        self.history_model.retranslate()
        self.next_label.setText(self.next_text())
        overdue = bool(self.history and self.history.overdue)
        self.next_label.setStyleSheet(PROBLEM_STYLE if overdue else "")
        self.chart.update()

    def next_text(self) -> str:
        """The line above the scores: when the next assessment is due, and the latest."""
        history = self.history
        if history is None:
            return ""
        if history.latest is None:
            return translate("AssessmentsSection",
                             "Not assessed yet: the first assessment is due at intake.")
        latest = history.latest
        text = translate("AssessmentsSection", "Latest assessment: %1. Next: %2.").replace(
            "%1", labels.date_text(latest.assessed_on)).replace(
            "%2", labels.date_text(history.next_due_on))
        if latest.risk_level is not None:
            text += " " + translate("AssessmentsSection", "Risk: %1.").replace(
                "%1", labels.label(latest.risk_level))
        if history.overdue:
            text += " " + translate("AssessmentsSection", "Reassessment overdue.")
        return text

    def new_assessment(self):
        """Open the scoring dialog (returned, already open); the page reloads once saved."""
        from centre_desk.ui.participants.assessment_dialog import AssessmentDialog

        if not self.new_button.isEnabled():
            return None
        dialog = AssessmentDialog(self._workspace, self._case_id, self)
        dialog.accepted.connect(self._stored)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def selected_assessment(self) -> uuid.UUID | None:
        index = self.history_view.currentIndex()
        if not index.isValid():
            return None
        return self.history_model.row_at(index.row()).id

    def delete_selected(self) -> bool:
        """Delete the assessment chosen in the history, after asking; True when done."""
        assessment_id = self.selected_assessment()
        if assessment_id is None or not self.delete_button.isEnabled():
            return False
        if not self.confirm_delete():
            return False
        try:
            self._workspace.run(assessments.delete_assessment, assessment_id)
        except ServiceError:
            return False
        self._stored()
        return True

    def confirm_delete(self) -> bool:
        """Ask before deleting (replaced in tests)."""
        from centre_desk.ui.toolkit.modal import ModalHost

        return ModalHost.confirm(self, translate("AssessmentsSection", "Delete assessment"),
                                 translate("AssessmentsSection",
                                           "Delete the chosen assessment made in error?"))

    def _stored(self) -> None:
        self.show_case(self._case_id)
        announce(self._workspace, {CASES})
        self.changed.emit()
