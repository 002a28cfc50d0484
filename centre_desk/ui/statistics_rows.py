"""The people or activities behind one statistics figure, in a window of their own: the
first page is read off the UI thread, the rest as the list is scrolled."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView,
    QVBoxLayout, QWidget)

from centre_desk.reports.statistics_words import figure_title, narrowing_text, period_text
from centre_desk.services.statistics import Figure, ReportScope
from centre_desk.services.statistics_rows import PAGE_SIZE, rows_behind
from centre_desk.services.workspace import Workspace
from centre_desk.ui import labels
from centre_desk.ui.long_work import LongWork
from centre_desk.ui.messages import error_text
from centre_desk.ui.statistics_models import RowsBehindModel


class RowsBehindDialog(QDialog):
    """A read-only list of what one figure counts."""

    def __init__(self, workspace: Workspace, scope: ReportScope, figure: Figure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsRowsBehind")
        self._workspace, self._scope, self._figure = workspace, scope, figure
        self.model = RowsBehindModel(figure, self._page, self)
        self._heading, self._status = QLabel(self), QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._status)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(900, 560)
        self.job = LongWork(self, self.tr("Statistics"), self.tr("Reading the list…"),
                            lambda _progress: self._page(0))
        self.job.succeeded.connect(self._first_page)
        self.job.failed.connect(lambda error: self._status.setText(error_text(error)))
        self.job.start()

    def _page(self, offset: int):
        return self._workspace.run(rows_behind, self._scope, self._figure, PAGE_SIZE, offset)

    def _first_page(self, lines) -> None:
        self.model.add_rows(lines)
        self.table.resizeColumnsToContents()
        self._status.setText(self.tr("%1 in all").replace(
            "%1", QLocale().toString(self._figure.value)))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        title = figure_title(self._figure, labels.label)
        self.setWindowTitle(title)
        self._heading.setText(f"<b>{html.escape(title)}</b><br>"
                              f"{html.escape(period_text(self._scope))}; "
                              f"{html.escape(narrowing_text(self._scope))}")
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def done(self, result: int) -> None:  # QDialog.done
        if self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().done(result)
