"""The wizard's last page: the chosen rows applied in one transaction off the UI thread,
with progress and cancel (toolkit.long_work), then what was done: rows created, merged,
skipped and refused with the reason, and where the XLSX report was saved (beside the
file imported)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWizardPage)

from centre_desk.reports.import_report import write_import_report
from centre_desk.services.spreadsheet_import import (
    ImportCancelled, ImportResult, Outcome, apply_import)
from centre_desk.ui.spreadsheet_import import words
from centre_desk.ui.toolkit import operations
from centre_desk.ui.toolkit.colours import DONE_STYLE, problem_label
from centre_desk.ui.toolkit.long_work import LongWork

CHANGES = (operations.PERSONS, operations.CASES, operations.CLUB, operations.COURSES,
           operations.PLACEMENTS)
"""What an import or its undo may have changed: the lists showing them reload."""


def report_path(source: Path, now: dt.datetime | None = None) -> Path:
    """Where the report of importing ``source`` is saved: beside it, named after it and
    the time of the import."""
    now = now or dt.datetime.now()
    return source.with_name(f"{source.stem} - import report {now:%Y-%m-%d %H-%M-%S}.xlsx")


class ReportPage(QWizardPage):
    """Applying the rows, then what was done."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.setObjectName("importReportPage")
        self._wizard = wizard
        self.job: LongWork | None = None
        self.result: ImportResult | None = None
        self.saved_to: Path | None = None
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.where = QLabel(self)
        self.where.setObjectName("importReportWhere")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = problem_label("importReportMessage", self)
        self.rows_label = QLabel(self)
        self.rows = QStandardItemModel(0, 4, self)
        self.table = QTableView(self)
        self.table.setObjectName("importReportRows")
        self.table.setModel(self.rows)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows_label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.table, 1)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What was imported"))
        self.setSubTitle(self.tr("A supervisor can undo the whole import later: File → "
                                 "Imports…"))
        self.rows_label.setText(self.tr("Rows &not imported and why:"))
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Person"),
                                             self.tr("Outcome"), self.tr("Reason")])
        self._show()

    def initializePage(self) -> None:  # noqa: N802 (QWizardPage.initializePage)
        """Apply the choices at once, with a progress bar and Cancel."""
        preview = self._wizard.preview_page.preview
        choices = self._wizard.preview_page.choices()
        run, source = self._wizard.workspace.run, Path(self._wizard.file_page.source.path)
        self.result, self.saved_to = None, None
        self.message.hide()
        self.counts.setText(self.tr("Importing…"))
        apply = self.apply_function()

        def work(progress):
            result = run(apply, preview, choices, progress)
            target = report_path(source)
            try:
                write_import_report(target, result)
            except OSError as error:
                return result, None, error.strerror or str(error)
            return result, target, None
        self.job = LongWork(self, self.tr("Import"), self.tr("Importing the rows…"), work)
        self.job.succeeded.connect(self._applied)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.start()

    def apply_function(self):
        """The service that applies the rows (tests wrap it)."""
        return apply_import

    def _applied(self, outcome) -> None:
        self.result, self.saved_to, not_saved = outcome
        self._show()
        if not_saved is not None:
            self.message.setText(self.tr("The report could not be saved beside the file: "
                                         "%1.").replace("%1", not_saved))
            self.message.show()
        operations.announce(self._wizard.workspace, CHANGES)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ImportCancelled):
            self._cancelled()
            return
        self.counts.setText("")
        self.message.setText(self.tr("Nothing was imported: %1").replace(
            "%1", words.refusal_text(error)))
        self.message.show()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.counts.setText("")
        self.message.setText(self.tr("The import was cancelled; nothing was changed."))
        self.message.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (QWizardPage.isComplete)
        return self.job is None or not self.job.is_running()

    def _show(self) -> None:
        result = self.result
        if result is None:
            return
        self.counts.setStyleSheet(DONE_STYLE)
        self.counts.setText(self.tr("Created: %1. Merged: %2. Skipped: %3. Refused: %4.")
                            .replace("%1", str(result.count(Outcome.CREATED)))
                            .replace("%2", str(result.count(Outcome.MERGED)))
                            .replace("%3", str(result.count(Outcome.SKIPPED)))
                            .replace("%4", str(result.count(Outcome.REFUSED))))
        self.where.setText(self.tr("The report is saved beside the file: %1").replace(
            "%1", str(self.saved_to)) if self.saved_to else "")
        self.rows.setRowCount(0)
        preview = self._wizard.preview_page.preview
        problems = {row.number: row.problems for row in preview.rows if row.problems} \
            if preview is not None else {}
        for row in result.rows:
            if row.outcome in (Outcome.CREATED, Outcome.MERGED):
                continue
            if row.outcome is Outcome.REFUSED and row.number in problems:
                reason = " ".join(words.problem_text(p) for p in problems[row.number])
            else:
                reason = words.reason_text(row.reason, row.text)
            self.rows.appendRow([QStandardItem(str(row.number)),
                                 QStandardItem(row.full_name),
                                 QStandardItem(words.outcome_text(row.outcome)),
                                 QStandardItem(reason)])
        self.table.resizeColumnsToContents()
