"""The statistics window's "Planned against held" page: a table by facility and one by
programme (services.statistics_plans), each ending with its total, and what they count.
The words are the report's (reports.statistics_plan_words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from centre_desk.reports.statistics_plan_words import (
    PLANS_NOTE, line_name, line_values, plan_headings)
from centre_desk.reports.statistics_words import translated
from centre_desk.services.statistics_plans import COUNTS, PlanLine, PlansAgainstHeld
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, read_only_table

AnyIndex = Any
_TOTAL = "total"


def _name(row: tuple[str, PlanLine]) -> str:
    kind, line = row
    return translated("Total") if kind == _TOTAL else line_name(line, labels.label)


class PlanLinesModel(RowsModel):
    """Lines of planned against held, ``(kind, PlanLine)`` each; the last one, the
    total, in bold; numbers aligned right."""

    def __init__(self, by_programme: bool, parent: QObject | None = None) -> None:
        columns = [FileColumn(lambda: plan_headings(by_programme)[0], _name)]
        columns += [FileColumn(lambda n=n: plan_headings(by_programme)[n],
                               lambda row, n=n: labels.number_text(line_values(row[1])[n - 1]))
                    for n in range(1, len(COUNTS) + 1)]
        super().__init__(columns, parent=parent)

    def show_lines(self, lines: tuple[PlanLine, ...], total: PlanLine) -> None:
        """Show ``lines`` then the total."""
        self.set_rows([*(("line", line) for line in lines), (_TOTAL, total)])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: the numbers aligned right, the total in bold."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.row_at(index.row())[0] == _TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class PlansPage(QWidget):
    """Planned against held for the report shown: by facility, by programme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPlans")
        self.plans: PlansAgainstHeld | None = None
        self.by_facility = PlanLinesModel(False, self)
        self.by_programme = PlanLinesModel(True, self)
        self._facility_title, self._programme_title = QLabel(self), QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.facility_table = self._table("statisticsPlansByFacility", self.by_facility)
        self.programme_table = self._table("statisticsPlansByProgramme", self.by_programme)
        layout = QVBoxLayout(self)
        layout.addWidget(self._facility_title)
        layout.addWidget(self.facility_table, 3)
        layout.addWidget(self._programme_title)
        layout.addWidget(self.programme_table, 2)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def _table(self, name: str, model: PlanLinesModel) -> QTableView:
        table = read_only_table(name, self, model)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def show_plans(self, plans: PlansAgainstHeld) -> None:
        """Show the tables of ``plans``."""
        self.plans = plans
        self.by_facility.show_lines(plans.by_facility, plans.total)
        self.by_programme.show_lines(plans.by_programme, plans.total)

    def retranslate_ui(self) -> None:
        """Set every text in the current language (the window calls it)."""
        self._facility_title.setText(f"<b>{translated('By facility')}</b>")
        self._programme_title.setText(f"<b>{translated('By programme')}</b>")
        self.note.setText(translated(PLANS_NOTE))
        self.by_facility.retranslate()
        self.by_programme.retranslate()
