"""The people or activities behind one statistics figure, in a window of their own: the
first page is read off the UI thread, the rest as the list is scrolled."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHeaderView, QLabel, QTableView,
    QVBoxLayout, QWidget)

from centre_desk.reports.statistics_words import figure_title, narrowing_text, period_text
from centre_desk.services.statistics import Figure, ReportScope
from centre_desk.services.statistics_rows import rows_behind
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.statistics.models import RowsBehindModel
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.buttons import close_box

PAGE_SIZE = 200
"""Rows read at a time, about a window and a half: the people behind a large figure are
found by walking persons in name order (services.statistics_rows), so a page costs in
proportion to how far down it ends (the first 200 of a half-year's 30,000 people
involved at 100,000 persons: 50 ms of CPU, the first 1,000: 220 ms)."""


class RowsBehindDialog(Retranslating, QDialog):
    """A read-only list of what one figure counts."""

    def __init__(self, workspace: Workspace, scope: ReportScope, figure: Figure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsRowsBehind")
        self._workspace, self._scope, self._figure = workspace, scope, figure
        self.job: LongWork | None = None
        self.model = RowsBehindModel(figure, self._read_page, PAGE_SIZE, self)
        self._heading, self._status = QLabel(self), QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._status)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(900, 560)
        self.model.fetchMore()

    def _read_page(self, offset: int) -> None:
        """Read the page at ``offset`` off the UI thread (asked by the model)."""
        scope, figure, run = self._scope, self._figure, self._workspace.run
        self.job = LongWork(self, self.tr("Statistics"), self.tr("Reading the list…"),
                            lambda _progress: run(rows_behind, scope, figure, PAGE_SIZE,
                                                  offset))
        self.job.succeeded.connect(self._page_read)
        self.job.failed.connect(self._reading_failed)
        self.job.cancelled.connect(self.model.reading_failed)
        self.job.start()

    def _page_read(self, lines) -> None:
        first = self.model.rowCount() == 0
        self.model.add_rows(lines)
        if first:
            self.table.resizeColumnsToContents()
        self._status.setText(self.tr("%1 of %2 shown").replace(
            "%1", QLocale().toString(self.model.rowCount())).replace(
            "%2", QLocale().toString(self._figure.value)))

    def _reading_failed(self, error: Exception) -> None:
        self.model.reading_failed()
        self._status.setText(error_text(error))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        title = figure_title(self._figure, labels.label)
        self.setWindowTitle(title)
        self._heading.setText(f"<b>{html.escape(title)}</b><br>"
                              f"{html.escape(period_text(self._scope))}; "
                              f"{html.escape(narrowing_text(self._scope))}")
        self.model.retranslate()

    def done(self, result: int) -> None:  # QDialog.done
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().done(result)
