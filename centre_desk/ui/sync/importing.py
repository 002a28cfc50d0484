"""File → Import sync package…: check the package, say who sent what, apply it on a
yes, then show the import report per table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal, QSize
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QTableView,
    QVBoxLayout, QWidget)

from centre_desk.domain.permissions import Permission
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.modal import may
from centre_desk.ui.toolkit.operations import KINDS, announce
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel
from centre_desk.ui.sync.common import (
    PACKAGE_SUFFIX, CountsModel, file_row, moment_text, refusal_text, rows_view, table_text)
from centre_desk.ui.sync.exporting import table_rows_model
from centre_desk.ui.toolkit.retranslate import Retranslating, set_texts
from centre_desk.ui.toolkit.headings import text_label
from centre_desk.ui.toolkit.buttons import push_button
from centre_desk.ui.toolkit.window_fit import keep_lines_whole
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

TOTAL = ""
"""The table name of the report's last line, the totals."""

REPORT_FIELDS = ("new", "updated", "unchanged", "conflicts", "quarantined")


def _count(what: str):
    return lambda row: QLocale().toString(getattr(row[1], what))


def report_model(parent) -> CountsModel:
    """The import report: one line per table, then the totals."""
    return CountsModel([
        FileColumn(lambda: translate("SyncImportDialog", "Table"),
                   lambda row: translate("SyncImportDialog", "Total") if row[0] == TOTAL
                   else table_text(row[0])),
        FileColumn(lambda: translate("SyncImportDialog", "New"), _count("new")),
        FileColumn(lambda: translate("SyncImportDialog", "Updated"), _count("updated")),
        FileColumn(lambda: translate("SyncImportDialog", "Unchanged"), _count("unchanged")),
        FileColumn(lambda: translate("SyncImportDialog", "Conflicts"), _count("conflicts")),
        FileColumn(lambda: translate("SyncImportDialog", "Quarantined"), _count("quarantined")),
    ], is_total=lambda row: row[0] == TOTAL, parent=parent,
        highlight=lambda row: row[0] != TOTAL and (row[1].conflicts or row[1].quarantined))


def report_rows(report: api.ImportReport) -> list[tuple[str, api.TableReport]]:
    """Lines of the report model: the tables in the user's words' order, then totals."""
    lines = sorted(report.tables.items(), key=lambda item: table_text(item[0]))
    totals = api.TableReport(**{what: report.total(what) for what in REPORT_FIELDS})
    return [*lines, (TOTAL, totals)]


class ImportDialog(Retranslating, QDialog):
    """Choose a package, see who sent it and what it holds, apply it, read the report.

    ``check(path)`` verifies the package off the UI thread (asking for the file when no
    path is given); ``apply()`` imports the checked package. ``job`` is the running
    LongWork, ``info`` the checked package and ``report`` the last import report."""

    conflicts_requested = Signal()
    """The user asked to review the conflicts this import queued."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncImportDialog")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self.job: LongWork | None = None
        self.info: api.PackageInfo | None = None
        self.report: api.ImportReport | None = None
        self._path: Path | None = None

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setObjectName("importSource")
        self.source.setReadOnly(True)
        self._source_label = QLabel(self)
        self._browse = push_button("chooseButton", self, self.check)
        source_row = file_row(self._source_label, self.source, self._browse)

        self.message = text_label("importMessage", self)
        self.contents_model = table_rows_model(self)
        self.contents_view = self._table(self.contents_model, "packageContents")
        self.report_model = report_model(self)
        self.report_view = self._table(self.report_model, "importReport")
        self.notes = QLabel(self)
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.conflicts_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setObjectName("reviewConflictsButton")
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(lambda: self.apply())
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(self._intro)
        column.addLayout(source_row)
        for widget in (self.message, self.contents_view, self.report_view, self.notes,
                       self.buttons):
            column.addWidget(widget)
        self.retranslate_ui()
        open_as_last_closed(self, QSize(720, 480))
        self.setMinimumWidth(460)  # room for the file name beside its label

    def _table(self, model: RowsModel, name: str) -> QTableView:
        view = rows_view(model, name, self)
        view.setVisible(False)
        return view

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Import sync package"))
        self._intro.setText(self.tr(
            "Choose a package another centre sent. It is checked before anything changes: "
            "who signed it, that it is for this site and that it is complete."))
        set_texts([
            (self._source_label, self.tr("&File:")),
            (self._browse, self.tr("&Choose…")),
            (self.apply_button, self.tr("&Apply")),
            (self.conflicts_button, self.tr("&Review conflicts…")),
        ])
        self.contents_model.retranslate()
        self.report_model.retranslate()
        if self.report is not None:
            self._show_report(self.report)
        elif self.info is not None:
            self._show_info(self.info)

    def choose_source(self) -> str:
        """Ask which package to import ('' when cancelled)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import sync package"), self.source.text(),
            self.tr("Centre Desk sync packages (*%1);;All files (*)")
            .replace("%1", PACKAGE_SUFFIX))
        return path

    def check(self, path: str | None = None) -> LongWork | None:
        """Verify a package without applying it; asks for the file unless given."""
        if self._running():
            return None
        if path is None:
            path = self.choose_source()
            if not path:
                return None
        self._path = Path(path)
        self.source.setText(path)
        self.info, self.report = None, None
        self._reset_views()
        database, source = self._workspace.database, self._path

        def work(progress):
            progress(0, 1)
            return api.inspect_package(database, source)

        return self._start(self.tr("Checking the package…"), work, self._show_info)

    def apply(self) -> LongWork | None:
        """Import the checked package in one transaction, then show the report."""
        if self.info is None or self._running() or self._path is None:
            return None
        database, actor, source = (self._workspace.database, self._workspace.actor,
                                   self._path)

        def work(progress):
            return api.import_package(database, actor, source, progress=progress)

        return self._start(self.tr("Importing the package…"), work, self._show_report)

    def _start(self, label: str, work, done) -> LongWork:
        job = LongWork(self, self.tr("Import sync package"), label, work)
        job.succeeded.connect(done)
        job.failed.connect(self._refused)
        job.cancelled.connect(lambda: self._show_message(
            self.tr("Cancelled; nothing was changed.")))
        job.finished.connect(self._update_buttons)
        self.job = job
        self._update_buttons()
        self.apply_button.setEnabled(False)
        self._browse.setEnabled(False)
        job.start()
        return job

    def _show_info(self, info: api.PackageInfo) -> None:
        self.info = info
        kind = self.tr("a full package") if info.full else self.tr("changes")
        self._show_message(self.tr(
            "From %1, made %2: %3 (%4 rows). Apply it to this centre's database?")
            .replace("%1", info.sender_name).replace("%2", moment_text(info.created_at))
            .replace("%3", kind).replace("%4", QLocale().toString(info.total_rows)))
        self.contents_model.set_rows(sorted(info.rows.items(),
                                            key=lambda item: table_text(item[0])))
        self.contents_view.resizeColumnsToContents()
        self.contents_view.setVisible(bool(info.rows))

    def _show_report(self, report: api.ImportReport) -> None:
        self.report, self.info = report, None
        announce(self._workspace, KINDS)  # a package may change any record
        self._show_message(self.tr("Imported the package from %1.")
                           .replace("%1", report.package.sender_name))
        self.contents_view.setVisible(False)
        self.report_model.set_rows(report_rows(report))
        self.report_view.resizeColumnsToContents()
        self.report_view.setVisible(True)
        notes = []
        conflicts = report.total("conflicts")
        if conflicts:
            notes.append(self.tr(
                "%n field(s) changed here and at the other site: the newer value is in the "
                "record, the other one waits in the conflict queue.", "", conflicts))
        if report.retried:
            notes.append(self.tr("%n row(s) held back earlier applied this time.", "",
                                 report.retried))
        if report.still_quarantined:
            notes.append(self.tr(
                "%n row(s) could not be applied and wait in quarantine; Sync conflicts… says "
                "why for each.", "", report.still_quarantined))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.conflicts_button.setVisible(
            conflicts > 0 and may(self._workspace, Permission.REVIEW_CONFLICTS))

    def _refused(self, error: Exception) -> None:
        self.info = None
        self._reset_views()
        self._show_message(refusal_text(error), error=True)

    def _reset_views(self) -> None:
        self.message.setText("")
        for view in (self.contents_view, self.report_view, self.notes, self.conflicts_button):
            view.setVisible(False)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #8f1d1d;" if error else "")
        self.message.setText(text)

    def _running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _update_buttons(self) -> None:
        running = self._running()
        self._browse.setEnabled(not running)
        self.apply_button.setEnabled(self.info is not None and not running)

    def reject(self) -> None:  # QDialog.reject; Esc, Close and the X
        """Close; an import under way is finished first (it is one transaction)."""
        if self._running():
            self.job.wait()
        super().reject()

