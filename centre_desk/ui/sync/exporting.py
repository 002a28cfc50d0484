"""File → Export for sync…: choose peers, write one package off the UI thread, say what
went into it."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QSize
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from centre_desk.services import site
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.rows_model import FileColumn
from centre_desk.ui.sync.common import (
    PACKAGE_SUFFIX, CountsModel, file_row, refusal_text, size_text, stamp_time, table_text)
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.headings import text_label
from centre_desk.ui.toolkit.i18n import region_text
from centre_desk.ui.toolkit.window_fit import keep_lines_whole
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

COL_CENTRE, COL_REGION, COL_SITE, COL_ACKNOWLEDGED = range(4)


def table_rows_model(parent) -> CountsModel:
    """Rows per table, as (table name, count) pairs."""
    return CountsModel([
        FileColumn(lambda: translate("SyncExportDialog", "Table"), lambda row: table_text(row[0])),
        FileColumn(lambda: translate("SyncExportDialog", "Rows"),
                   lambda row: QLocale().toString(row[1])),
    ], parent=parent)


class ExportDialog(Retranslating, QDialog):
    """Peers to export for, the full-package choice, the file, and the outcome.

    ``export(path)`` starts the work (asking for the file when no path is given);
    ``job`` is the running LongWork, ``summary`` the last ExportSummary."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncExportDialog")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self._site = workspace.run(site.this_site)
        self.peers = workspace.run(api.list_peers)
        self.job: LongWork | None = None
        self.summary: api.ExportSummary | None = None

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.peer_list = QTreeWidget(self)
        self.peer_list.setObjectName("exportPeers")
        self.peer_list.setRootIsDecorated(False)
        self.peer_list.setColumnCount(4)
        for peer in self.peers:
            item = QTreeWidgetItem([peer.centre_name, region_text(peer.region), str(peer.id), ""])
            item.setData(COL_CENTRE, Qt.ItemDataRole.UserRole, peer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(COL_CENTRE, Qt.CheckState.Checked if len(self.peers) == 1
                               else Qt.CheckState.Unchecked)
            self.peer_list.addTopLevelItem(item)
        self.peer_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.peer_list.itemChanged.connect(lambda *_: self._update_buttons())
        self.no_peers = QLabel(self)
        self.no_peers.setObjectName("noPeers")
        self.no_peers.setWordWrap(True)
        self.no_peers.setVisible(not self.peers)
        self.peer_list.setVisible(bool(self.peers))
        self.full = QCheckBox(self)
        self.full.setObjectName("fullPackage")

        self.target = QLineEdit(self)
        self.target.setObjectName("exportTarget")
        self.target.setText(str(Path.home() / self.default_file_name()))
        self._target_label = QLabel(self)
        self._browse = QPushButton(self)
        self._browse.clicked.connect(self._browse_target)
        target_row = file_row(self._target_label, self.target, self._browse)

        self.message = text_label("exportMessage", self)
        self.rows_model = table_rows_model(self)
        self.rows_view = QTableView(self)
        self.rows_view.setObjectName("exportedRows")
        self.rows_view.setModel(self.rows_model)
        self.rows_view.verticalHeader().hide()
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.rows_view.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.export())
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        column = QVBoxLayout(self)
        for widget in (self._intro, self.peer_list, self.no_peers, self.full):
            column.addWidget(widget)
        column.addLayout(target_row)
        column.addWidget(self.message)
        column.addWidget(self.rows_view)
        column.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_buttons()
        open_as_last_closed(self, QSize(680, 460))
        self.setMinimumWidth(460)  # room for the file name beside its label

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Export for sync"))
        self._intro.setText(self.tr(
            "Choose the sites to send this centre's changes to. The package holds every "
            "change they have not acknowledged yet, encrypted so only they can read it."))
        self.peer_list.setHeaderLabels([self.tr("Centre"), self.tr("Region"),
                                        self.tr("Site id"), self.tr("Last acknowledged")])
        for index, peer in enumerate(self.peers):
            self.peer_list.topLevelItem(index).setText(
                COL_ACKNOWLEDGED, stamp_time(peer.acknowledged_up_to) or self.tr("never"))
        self.no_peers.setText(self.tr(
            "This centre has no peers yet: open File → Peers…, save this site's card for "
            "the other site and add the card it sends back."))
        self.full.setText(self.tr("Everything (full package, for a new peer)"))
        self.full.setToolTip(self.tr(
            "Send every record, not only the changes the chosen peers have not seen."))
        self._target_label.setText(self.tr("&File:"))
        self._browse.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self.rows_model.retranslate()

    def default_file_name(self) -> str:
        """The centre's name and today's date, as a package file name."""
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in
                       self._site.centre_name).strip() or "centre"
        return f"{name} {dt.date.today().isoformat()}{PACKAGE_SUFFIX}"

    def chosen_peer_ids(self) -> list[uuid.UUID]:
        """The ticked peers."""
        chosen = []
        for index in range(self.peer_list.topLevelItemCount()):
            item = self.peer_list.topLevelItem(index)
            if item.checkState(COL_CENTRE) == Qt.CheckState.Checked:
                chosen.append(item.data(COL_CENTRE, Qt.ItemDataRole.UserRole))
        return chosen

    def set_peer_checked(self, peer_id: uuid.UUID, checked: bool = True) -> None:
        """Tick or untick one peer, as a click on its box does."""
        for index in range(self.peer_list.topLevelItemCount()):
            item = self.peer_list.topLevelItem(index)
            if item.data(COL_CENTRE, Qt.ItemDataRole.UserRole) == peer_id:
                item.setCheckState(COL_CENTRE, Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def choose_target(self) -> str:
        """Ask where to write the package ('' when cancelled)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export for sync"), self.target.text(),
            self.tr("Centre Desk sync packages (*%1)").replace("%1", PACKAGE_SUFFIX))
        if path and not path.lower().endswith(PACKAGE_SUFFIX):
            path += PACKAGE_SUFFIX
        return path

    def _browse_target(self) -> None:
        path = self.choose_target()
        if path:
            self.target.setText(path)

    def export(self, path: str | None = None) -> LongWork | None:
        """Write the package for the ticked peers off the UI thread; asks for the file
        unless ``path`` is given. Returns the running work (None if nothing started)."""
        if not self.export_button.isEnabled():
            return None
        if path is None:
            path = self.choose_target()
            if not path:
                return None
        self.target.setText(path)
        target = Path(path)
        database, actor = self._workspace.database, self._workspace.actor
        peer_ids, full = self.chosen_peer_ids(), self.full.isChecked()

        def work(progress):
            return api.export_package(database, actor, peer_ids, target, full=full,
                                      progress=progress)

        self.summary = None
        self.rows_view.setVisible(False)
        self.message.setText("")
        job = LongWork(self, self.tr("Export for sync"),
                       self.tr("Writing the sync package…"), work)
        job.succeeded.connect(self._show_summary)
        job.failed.connect(lambda error: self._show_message(refusal_text(error), error=True))
        job.cancelled.connect(lambda: self._show_message(
            self.tr("Export cancelled; no file was written.")))
        job.finished.connect(self._update_buttons)
        self.job = job
        self.export_button.setEnabled(False)
        job.start()
        return job

    def _show_summary(self, summary: api.ExportSummary) -> None:
        self.summary = summary
        self._show_message(self.tr("Wrote %1 rows for %2 to %3 (%4).")
                           .replace("%1", QLocale().toString(summary.total_rows))
                           .replace("%2", ", ".join(summary.peers))
                           .replace("%3", str(summary.path))
                           .replace("%4", size_text(summary.size_bytes)))
        self.rows_model.set_rows(sorted(summary.rows.items(),
                                        key=lambda item: table_text(item[0])))
        self.rows_view.resizeColumnsToContents()
        self.rows_view.setVisible(bool(summary.rows))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #8f1d1d;" if error else "")
        self.message.setText(text)

    def _update_buttons(self) -> None:
        running = self.job is not None and self.job.is_running()
        self.export_button.setEnabled(bool(self.chosen_peer_ids()) and not running)

    def reject(self) -> None:  # QDialog.reject; Esc, Close and the X
        """Close; an export still running is cancelled first, so no half file is left."""
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().reject()
