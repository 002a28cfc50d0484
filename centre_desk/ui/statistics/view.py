"""The statistics window: a period (half-year by default) and optional facility or
region, the ministry's figures in a table beside three charts, on a second tab planned
against held per facility and programme, and exports to XLSX and PDF.

The report is made off the UI thread (about a second on a region's data) through
:class:`~centre_desk.ui.toolkit.long_work.LongWork`; Enter or a double-click on a figure opens
the people or activities behind it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout,
    QWidget)
from PySide6.QtWidgets import QFrame, QScrollArea

from centre_desk.reports.statistics_charts import charts
from centre_desk.reports.statistics_export import ReportFormat, save_report
from centre_desk.services import statistics, statistics_plans
from centre_desk.services.statistics import Figure, HalfYearReport, ReportScope, half_year
from centre_desk.services.statistics_plans import PlansAgainstHeld
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.i18n import region_choices, relist_regions
from centre_desk.ui.toolkit.list_export import cancelled_text, failure_text
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.messages import error_text, problem_text
from centre_desk.ui.toolkit.paged_model import ROW_ROLE
from centre_desk.ui.statistics.charts import StatisticsChart
from centre_desk.ui.statistics.models import COL_FIGURE, COL_VALUE, FiguresModel
from centre_desk.ui.statistics.plans import PlansPage
from centre_desk.ui.statistics.rows import RowsBehindDialog
from centre_desk.ui.toolkit.retranslate import Retranslating

HALF_YEARS_OFFERED = 6
"""The current half-year and the five before it are offered in the picker."""


def _recent_half_years(today: dt.date) -> list[tuple[dt.date, dt.date]]:
    periods = [half_year(today)]
    while len(periods) < HALF_YEARS_OFFERED:
        periods.append(half_year(periods[-1][0] - dt.timedelta(days=1)))
    return periods


class StatisticsView(Retranslating, QWidget):
    """The half-year statistics for supervisors and administrators."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statisticsView")
        self._workspace = workspace
        self._periods = _recent_half_years(today or dt.date.today())
        self.report: HalfYearReport | None = None
        self.plans: PlansAgainstHeld | None = None
        self.job: LongWork | None = None
        self.dialogs: list[RowsBehindDialog] = []

        self._period_label, self._from_label, self._to_label = QLabel(), QLabel(), QLabel()
        self._facility_label, self._region_label = QLabel(), QLabel()
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("statisticsPeriod")
        self.start_edit, self.end_edit = DateField(self), DateField(self)
        self.facility_box, self.region_box = QComboBox(self), QComboBox(self)
        for box in (self.facility_box, self.region_box):
            box.setMinimumContentsLength(14)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.facility_box.addItem("", None)
        for facility in workspace.run(statistics.facilities):
            self.facility_box.addItem(facility, facility)
        self.region_box.addItem("", None)
        for region, _text in region_choices():
            self.region_box.addItem("", region)  # named in retranslate_ui
        self.show_button = QPushButton(self)
        self.show_button.setDefault(True)
        self.xlsx_button, self.pdf_button = QPushButton(self), QPushButton(self)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(False)  # until figures are shown
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.figures = FiguresModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("statisticsFigures")
        self.table.setModel(self.figures)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(COL_FIGURE,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_VALUE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self.open_figure)
        self.charts = [StatisticsChart(self) for _ in range(3)]
        self.plans_page = PlansPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statisticsTabs")

        self._lay_out()
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.show_button.clicked.connect(self.refresh)
        self.xlsx_button.clicked.connect(lambda: self.export(ReportFormat.XLSX))
        self.pdf_button.clicked.connect(lambda: self.export(ReportFormat.PDF))
        self.retranslate_ui()
        self._period_chosen(0)
        self.resize(1250, 680)  # within a 1366 × 768 screen, less the taskbar

    def _lay_out(self) -> None:
        filters = QGridLayout()
        for column, (label, field) in enumerate((
                (self._period_label, self.period_box), (self._from_label, self.start_edit),
                (self._to_label, self.end_edit), (self._facility_label, self.facility_box),
                (self._region_label, self.region_box))):
            label.setBuddy(field)
            filters.addWidget(label, 0, column)
            filters.addWidget(field, 1, column)
        filters.addWidget(self.show_button, 1, 5)
        filters.setColumnStretch(6, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        chart_box = QWidget(self)
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 0, 0, 0)
        for chart in self.charts:
            chart_column.addWidget(chart)
        chart_column.addStretch(1)  # charts at the top, each as tall as it needs
        # The three charts scroll when the window is shorter than they are (a 768 px
        # screen), rather than pushing the export buttons off the bottom.
        right = QScrollArea(self)
        right.setObjectName("statisticsCharts")
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.setWidget(chart_box)
        right.setMinimumHeight(240)  # a chart, whole
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 770])  # the charts' month and stage names need the width
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.plans_page, "")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Statistics"))
        self._period_label.setText(self.tr("&Period:"))
        self._from_label.setText(self.tr("&From:"))
        self._to_label.setText(self.tr("&To:"))
        self._facility_label.setText(self.tr("F&acility:"))
        self._region_label.setText(self.tr("&Region:"))
        for index, (start, _end) in enumerate(self._periods):
            text = self.half_year_text(start)
            if index < self.period_box.count():
                self.period_box.setItemText(index, text)
            else:
                self.period_box.addItem(text, (start, _end))
        if self.period_box.count() == len(self._periods):
            self.period_box.addItem("", None)
        self.period_box.setItemText(len(self._periods), self.tr("Other period"))
        self.facility_box.setItemText(0, self.tr("All facilities"))
        self.region_box.setItemText(0, self.tr("All regions"))
        relist_regions(self.region_box, first=1)
        self.show_button.setText(self.tr("&Show"))
        self.xlsx_button.setText(self.tr("Export &XLSX…"))
        self.pdf_button.setText(self.tr("Export P&DF…"))
        self.tabs.setTabText(0, self.tr("F&igures"))
        self.tabs.setTabText(1, self.tr("Pla&nned against held"))
        self.figures.retranslate()
        self.plans_page.retranslate_ui()
        if self.report is not None:
            self._show_charts(self.report)

    # --- the period and filters ----------------------------------------------------------

    def _period_chosen(self, index: int) -> None:
        period = self.period_box.itemData(index)
        custom = period is None
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(custom)
        if not custom:
            self.start_edit.set_date_value(period[0])
            self.end_edit.set_date_value(period[1])

    def period_problem(self) -> str | None:
        """What is wrong with the period typed (None: nothing)."""
        for edit in (self.start_edit, self.end_edit):
            if code := edit.problem():
                edit.setFocus()
                return problem_text(code)
        if self.end_edit.date_value() < self.start_edit.date_value():
            return problem_text("before_start")
        return None

    def scope(self) -> ReportScope:
        """What the filters ask for."""
        return ReportScope(self.start_edit.date(), self.end_edit.date(),
                           self.facility_box.currentData(), self.region_box.currentData())

    # --- making and showing the report ---------------------------------------------------

    def refresh(self) -> None:
        """Make the report for the chosen scope off the UI thread, then show it."""
        if self.job is not None and self.job.is_running():
            return
        if problem := self.period_problem():
            self.status.setText(problem)
            return
        scope = self.scope()
        self.status.setText(self.tr("Counting…"))
        self.show_button.setEnabled(False)
        run = self._workspace.run
        self.job = LongWork(self, self.tr("Statistics"), self.tr("Counting the figures…"),
                            lambda _progress: (
                                run(statistics.half_year_report, scope),
                                run(statistics_plans.plans_against_held, scope)))
        self.job.succeeded.connect(lambda made: self.show_report(*made))
        self.job.failed.connect(lambda error: self._ended(error_text(error)))
        self.job.cancelled.connect(lambda: self._ended(self.tr("Counting cancelled.")))
        self.job.start()

    def _ended(self, text: str) -> None:
        self.show_button.setEnabled(True)
        self.status.setText(text)

    def show_report(self, report: HalfYearReport,
                    plans: PlansAgainstHeld | None = None) -> None:
        """Show a report's figures and charts, and its planned against held."""
        self.report, self.plans = report, plans
        self.figures.set_rows(report.figures)
        self._show_charts(report)
        if plans is not None:
            self.plans_page.show_plans(plans)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(True)
        self._ended(self.tr("Figures for %1 to %2.").replace(
            "%1", labels.date_text(report.scope.start)).replace(
            "%2", labels.date_text(report.scope.end)))

    def _show_charts(self, report: HalfYearReport) -> None:
        for view, data in zip(self.charts, charts(report, labels.label)):
            view.show_data(data)

    def open_figure(self, index) -> None:
        """Open the people or activities behind the figure at ``index``."""
        figure: Figure = self.figures.data(index, ROW_ROLE)
        if figure is None or self.report is None:
            return
        dialog = RowsBehindDialog(self._workspace, self.report.scope, figure, self)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog))
        dialog.show()

    # --- exports ------------------------------------------------------------------------

    def half_year_text(self, start: dt.date) -> str:
        """"First half of 2026", in the UI language, for a half-year starting on ``start``."""
        return (self.tr("First half of %1") if start.month == 1
                else self.tr("Second half of %1")).replace("%1", str(start.year))

    def export_name(self, file_format: ReportFormat) -> str:
        """The file name first offered: the period in words a worker reads one way
        ("Статистика, первое полугодие 2026 года.xlsx"), or its first and last day
        ("Статистика, 01.01.2026–15.03.2026.xlsx"), never a bare year and month."""
        start, end = self.start_edit.date_value(), self.end_edit.date_value()
        if (start, end) == half_year(start):
            period = self.half_year_text(start)
            period = period[:1].lower() + period[1:]
        else:
            period = f"{labels.date_text(start)}–{labels.date_text(end)}"
        return self.tr("Statistics, %1").replace("%1", period) + f".{file_format.value}"

    def choose_export_path(self, file_format: ReportFormat) -> str:
        """Ask where to save; blank when the user cancels."""
        name = self.export_name(file_format)
        pattern = (self.tr("Spreadsheets (*.xlsx)") if file_format is ReportFormat.XLSX
                   else self.tr("PDF files (*.pdf)"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the statistics"),
                                                    name, pattern)
        return path

    def export(self, file_format: ReportFormat) -> None:
        """Save the report shown (or, if none, the chosen scope's) to a chosen file."""
        if problem := self.period_problem():
            self.status.setText(problem)
            return
        path = self.choose_export_path(file_format)
        if not path:
            return
        scope = self.scope()
        report = self.report if self.report and self.report.scope == scope else None
        plans = self.plans if report is not None else None
        self.job = LongWork(self, self.tr("Export"), self.tr("Writing %1…").replace("%1", path),
                            lambda progress: save_report(
                                self._workspace, scope, file_format, path, labels.label,
                                report, progress, plans))
        self.job.succeeded.connect(lambda _report: self.status.setText(
            self.tr("Saved the statistics to %1.").replace("%1", path)))
        self.job.failed.connect(lambda error: self.status.setText(failure_text(error)))
        self.job.cancelled.connect(lambda: self.status.setText(cancelled_text()))
        self.job.start()
