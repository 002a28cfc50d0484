"""Scoring a new assessment of a case against the site's instrument: the day, every
domain's items (risk, needs, protective factors) with a score and a note each, an
overall risk level, notes, and the next date (the site's rule unless changed)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLineEdit, QPlainTextEdit, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from centre_desk.domain.assessments import add_months
from centre_desk.domain.enums import RiskLevel
from centre_desk.services import assessment_instrument, assessments
from centre_desk.services.assessments import AssessmentInput, ScoreInput
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.instrument_words import instrument_text, kind_text
from centre_desk.ui.toolkit.buttons import ok_cancel
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.retranslate import Retranslating

NOT_SCORED = -1


class AssessmentDialog(Retranslating, QDialog):
    """Records one assessment; nothing is saved until the service accepts it."""

    def __init__(self, workspace: Workspace, case_id: uuid.UUID, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self._workspace = workspace
        self._case_id = case_id
        self._today = today or dt.date.today()
        self.assessment_id: uuid.UUID | None = None
        self.instrument = workspace.run(assessment_instrument.current_instrument)
        self._form = Form(self)
        self.assessed_on = self._form.add("assessed_on", DateField())
        self.assessed_on.setObjectName("assessedOnEdit")
        self.assessed_on.set_date(self._today)
        self.risk_level = self._form.add("risk_level", CodeCombo(tuple(RiskLevel), blank=True))
        self.risk_level.setObjectName("assessmentRiskCombo")
        self.next_due_on = self._form.add("next_due_on", DateField())
        self.next_due_on.setObjectName("nextDueOnEdit")
        self._due_by_rule = True
        self._set_due_by_rule()
        self.assessed_on.date_changed.connect(self._assessed_on_changed)
        self.next_due_on.textEdited.connect(self._due_typed)
        self.notes = self._form.add("notes", QPlainTextEdit())
        self.notes.setObjectName("assessmentNotesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("assessmentItemsTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.scores: dict[tuple[str, str], tuple[QSpinBox, QLineEdit]] = {}
        self._headings: list[tuple[int, object]] = []
        self._fill_items()
        self._message = problem_label("assessmentMessage", self, hidden=False)
        self._buttons, self._ok, self._cancel = ok_cancel(self, "saveAssessmentButton")
        left = QVBoxLayout()
        left.addWidget(self._form)
        left.addStretch(1)  # the fields at the top, not spread down the dialog
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.table, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self.resize(1100, 620)
        self.retranslate_ui()
        self.assessed_on.setFocus()

    def _fill_items(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for domain in self.instrument.domains:
            row = self.table.rowCount()
            self.table.insertRow(row)
            heading = QTableWidgetItem()
            heading.setFont(bold)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 3)
            self._headings.append((row, domain))
            for item in domain.items:
                row = self.table.rowCount()
                self.table.insertRow(row)
                words = QTableWidgetItem(instrument_text(item.text))
                words.setToolTip(words.text())
                self.table.setItem(row, 0, words)
                score = QSpinBox()
                score.setObjectName(f"score_{domain.code}_{item.code}")
                score.setRange(NOT_SCORED, item.scale_max)
                score.setValue(NOT_SCORED)
                score.setSpecialValueText("—")
                score.setSuffix(f" / {item.scale_max}")
                note = QLineEdit()
                note.setObjectName(f"note_{domain.code}_{item.code}")
                self.table.setCellWidget(row, 1, score)
                self.table.setCellWidget(row, 2, note)
                self.scores[(domain.code, item.code)] = (score, note)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New assessment"))
        for name, text in {"assessed_on": self.tr("Assessed &on:"),
                           "risk_level": self.tr("Overall &risk:"),
                           "next_due_on": self.tr("Ne&xt assessment:"),
                           "notes": self.tr("No&tes:")}.items():
            self._form.set_label(name, text)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Score"), self.tr("Note")])
        for row, domain in self._headings:
            self.table.item(row, 0).setText(
                f"{instrument_text(domain.name)} — {kind_text(domain.kind)}")
        for score, note in self.scores.values():
            score.setAccessibleName(self.tr("Score"))
            note.setAccessibleName(self.tr("Note"))
        self.table.setAccessibleName(self.tr("Items and scores"))
        self.next_due_on.setToolTip(self.tr("%1 months after the assessment unless changed")
                                    .replace("%1", str(self.instrument.reassess_months)))
        self._ok.setText(self.tr("&Save assessment"))
        self._cancel.setText(self.tr("Cancel"))
        self.risk_level.retranslate()
        self.assessed_on.retranslate_ui()
        self.next_due_on.retranslate_ui()

    def _set_due_by_rule(self) -> None:
        day = self.assessed_on.date()
        if day is not None:
            self.next_due_on.set_date(add_months(day, self.instrument.reassess_months))

    def _assessed_on_changed(self, _value=None) -> None:
        if self._due_by_rule:
            self._set_due_by_rule()

    def _due_typed(self, _text: str) -> None:
        self._due_by_rule = False

    def set_score(self, domain_code: str, item_code: str, score: int,
                  note: str = "") -> None:
        """Score one item (as a user would)."""
        spin, edit = self.scores[(domain_code, item_code)]
        spin.setValue(score)
        edit.setText(note)

    def value(self) -> AssessmentInput:
        """What the dialog holds, as the service takes it."""
        scores = tuple(ScoreInput(domain, item, spin.value(), edit.text().strip() or None)
                       for (domain, item), (spin, edit) in self.scores.items()
                       if spin.value() != NOT_SCORED)
        return AssessmentInput(self.assessed_on.date(), scores, self.risk_level.value(),
                               self.notes.toPlainText().strip() or None,
                               self.next_due_on.date())

    def message(self) -> str:
        return self._message.text()

    def error_text(self, name: str) -> str:
        return self._form.error_text(name)

    def accept(self) -> None:  # QDialog.accept
        """Save the assessment; stay open with the problems shown if it is refused."""
        self._message.clear()
        for name, field in (("assessed_on", self.assessed_on),
                            ("next_due_on", self.next_due_on)):
            if field.date() is None:
                self._form.show_problems({name: field.problem() or "required"})
                return
        try:
            self.assessment_id = self._workspace.run(
                assessments.record_assessment, self._case_id, self.value(), self._today)
        except InvalidInput as refusal:
            self._form.show_problems({k: v for k, v in refusal.problems.items()
                                      if k in ("assessed_on", "risk_level", "next_due_on",
                                               "notes")})
            self._message.setText(self._problem_sentence(refusal))
            return
        except ServiceError as refusal:
            self._message.setText(error_text(refusal))
            return
        super().accept()

    def _problem_sentence(self, refusal: InvalidInput) -> str:
        if refusal.problems.get("scores") == "required":
            return self.tr("Score at least one item or choose the overall risk.")
        return error_text(refusal)
