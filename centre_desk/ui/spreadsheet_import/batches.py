"""File → Imports…: the spreadsheet imports applied at this centre, newest first, and
Undo import for a supervisor, which says what it could not undo (rows changed or
referred to since); and the File menu's two actions, for supervisors and
administrators (others see them disabled and why)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMenu, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from centre_desk.domain.permissions import Permission
from centre_desk.services.errors import InvalidInput
from centre_desk.services.spreadsheet_import import (
    BatchView, RowKind, UndoResult, list_batches, undo_batch)
from centre_desk.services.workspace import Workspace
from centre_desk.ui.spreadsheet_import import words
from centre_desk.ui.spreadsheet_import.report_page import CHANGES
from centre_desk.ui.spreadsheet_import.wizard import ImportWizard
from centre_desk.ui.toolkit import operations
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.retranslate import Retranslating


class ImportsWindow(Retranslating, ModalHost, QDialog):
    """The imports applied here, and undoing one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: LongWork | None = None
        self.setObjectName("importsWindow")
        self._workspace = workspace
        self._listed: list[BatchView] = []
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("importsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.status = QLabel(self)
        self.status.setObjectName("importsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = action_button("undoImportButton", self, self.undo_selected)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1180, 460)  # within 1366 × 768
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Imports"))
        self.table_label.setText(self.tr("&Spreadsheet imports at this centre, newest first:"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Imported"), self.tr("By"), self.tr("File"), self.tr("Rows were"),
            self.tr("Created"), self.tr("Merged"), self.tr("Skipped or refused"),
            self.tr("Undone")])
        self.undo_button.setText(self.tr("&Undo import…"))
        self._close.setText(self.tr("Close"))
        self._fill()

    def refresh(self) -> None:
        self._listed = self._workspace.run(list_batches)
        self._fill()
        self._selection_changed()

    def _fill(self) -> None:
        locale = QLocale()

        def when(moment) -> str:
            return locale.toString(moment.astimezone().replace(tzinfo=None),
                                   QLocale.FormatType.ShortFormat) if moment else ""
        self.table.setRowCount(len(self._listed))
        for line, batch in enumerate(self._listed):
            try:
                kind = words.kind_text(RowKind(batch.kind))
            except ValueError:
                kind = batch.kind
            for column, text in enumerate((
                    when(batch.imported_at), batch.username or "", batch.file_name, kind,
                    str(batch.created), str(batch.merged),
                    str(batch.skipped + batch.refused), when(batch.undone_at))):
                self.table.setItem(line, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        empty = self.tr("No spreadsheet has been imported here yet.")
        if not self._listed:
            self.status.setText(empty)
        elif self.status.text() == empty:
            self.status.clear()

    def selected(self) -> BatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._listed[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> LongWork | None:
        """Undo the chosen import after asking, on a worker with progress and cancel;
        then say what was and was not undone."""
        batch = self.selected()
        if batch is None or batch.undone_at is not None or not self.confirm(
                self.tr("Undo import"),
                self.tr("Undo the import of %1? What it created is deleted and the fields "
                        "it filled in are emptied again, except in rows changed since.")
                .replace("%1", batch.file_name)):
            return None
        self.job = LongWork(self, self.tr("Undo import"), self.tr("Undoing the import…"),
                            lambda progress: self._workspace.run(undo_batch, batch.batch_id,
                                                                 progress))
        self.job.succeeded.connect(self._undone)
        self.job.failed.connect(self._not_undone)
        self.job.cancelled.connect(lambda: self.status.setText(
            self.tr("The undo was cancelled; nothing was changed.")))
        self.job.start()
        return self.job

    def _not_undone(self, error: Exception) -> None:
        if isinstance(error, InvalidInput):
            self.status.setText(self.tr("This import has already been undone."))
            self.refresh()
        else:  # any refusal: one sentence, the window stays open
            self.status.setText(words.refusal_text(error))

    def _undone(self, result: UndoResult) -> None:
        lines = [self.tr("Undone: %1 records deleted, fields put back on %2 persons.")
                 .replace("%1", str(result.tombstoned)).replace("%2", str(result.restored))]
        if result.erased:
            lines.append(self.tr("No sync package had been written since the import, so "
                                 "nothing of it is left in the data; the audit trail keeps "
                                 "the record of the import and of its undo."))
        lines += words.cannot_texts(result.cannot)
        self.refresh()
        self.status.setText("\n".join(lines))
        operations.announce(self._workspace, CHANGES)


class ImportActions(QObject):
    """File → Import from spreadsheet… and File → Imports… in ``window``'s File menu;
    the window calls ``retranslate()`` from its retranslate_ui."""

    def __init__(self, window: QWidget, menu: QMenu, workspace: Workspace) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self._allowed = may(workspace, Permission.MERGE_AND_CLOSE)
        self.import_action = QAction(window)
        self.import_action.setObjectName("importSpreadsheetAction")
        self.imports_action = QAction(window)
        self.imports_action.setObjectName("importsAction")
        for action, slot in ((self.import_action, self.open_wizard),
                             (self.imports_action, self.open_imports)):
            action.setEnabled(self._allowed)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            menu.addAction(action)

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import from spreads&heet…"))
        self.imports_action.setText(self.tr("Imports (undo an i&mport)…"))
        refused = self.tr("Only a supervisor or an administrator may do this.")
        self.import_action.setStatusTip(self.tr(
            "Bring a register kept in Excel or LibreOffice in: participants, club members, "
            "course students, placements or persons.") if self._allowed else refused)
        self.imports_action.setStatusTip(self.tr(
            "The spreadsheet imports made here, and undoing one.")
            if self._allowed else refused)

    def open_wizard(self) -> ImportWizard:
        wizard = ImportWizard(self._workspace, self._window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_imports(self) -> ImportsWindow:
        window = ImportsWindow(self._workspace, self._window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open()
        return window
