"""File → Backups…: the backups in backups/ with their date, size and counts; Back up
now… into any folder (a USB stick) and Restore… (administrators), both off the UI
thread with progress (toolkit.long_work). The automatic backup when the program
closes is ``automatic_backup`` (shell)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer,
                            Signal)
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from centre_desk.domain.enums import Role
from centre_desk.services import backup, restore
from centre_desk.services.errors import NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.window_fit import keep_lines_whole

log = logging.getLogger(__name__)


def automatic_backup(workspace: Workspace,
                     progress: backup.Progress | None = None) -> backup.BackupInfo | None:
    """The backup made as the program closes, at most once a day (None: not due)."""
    return workspace.run(lambda session: backup.automatic_backup(
        workspace.database, session, progress=progress))


class BackupsWindow(Retranslating, ModalHost, QDialog):
    """The list of backups and what can be done with them."""

    restored = Signal(object)
    """A restore went through (its RestoreResult): the open windows show old data."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsWindow")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self.job: LongWork | None = None
        self._listed: list[backup.BackupInfo] = []
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.back_up_button = QPushButton(self)
        self.back_up_button.setObjectName("backUpNowButton")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self._administrator = (workspace.actor is not None
                               and workspace.actor.role is Role.ADMINISTRATOR)
        self.back_up_button.setEnabled(self._administrator)
        self.restore_button.setEnabled(False)
        for button in (self.back_up_button, self.restore_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.back_up_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 480)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self._intro.setText(self.tr(
            "Backups are made when the program closes, at most once a day, and kept for "
            "the last 7 days, 4 weeks and 12 months. Restoring replaces all the data with "
            "the chosen backup; the current data are backed up first."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("People"), self.tr("Cases")])
        self.back_up_button.setText(self.tr("&Back up now…"))
        self.restore_button.setText(self.tr("&Restore…"))
        self._close.setText(self.tr("Close"))
        if not self._administrator:
            tip = self.tr("Only an administrator may do this.")
            self.back_up_button.setToolTip(tip)
            self.restore_button.setToolTip(tip)
        self._fill()

    def refresh(self) -> None:
        """Read the backups folder again."""
        self._listed = backup.list_backups(self._workspace.database)
        self._fill()

    def _fill(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self._listed))
        for row, info in enumerate(self._listed):
            made = (locale.toString(info.made_at.astimezone().replace(tzinfo=None),
                                    QLocale.FormatType.ShortFormat)
                    if info.made_at else info.path.name)
            if info.before_restore:
                made = self.tr("%1 (before a restore)").replace("%1", made)
            size = self.tr("%1 MB").replace("%1", locale.toString(info.size / 1e6, "f", 1))
            for column, value in enumerate((made, size, locale.toString(info.people),
                                            locale.toString(info.cases))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        empty = self.tr("There are no backups in %1 yet.").replace(
            "%1", str(self._workspace.database.paths.backups))
        if not self._listed:
            self.status.setText(empty)
        elif self.status.text() == empty:
            self.status.clear()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._administrator and bool(self.selected()))

    def selected(self) -> backup.BackupInfo | None:
        """The backup chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self._listed[rows[0].row()] if rows else None

    def choose_folder(self) -> str:
        """Ask for the folder to back up into ("" when cancelled); tests replace it."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Back up into"), str(self._workspace.database.paths.backups))

    def back_up_now(self) -> LongWork | None:
        """Back up into a chosen folder, with progress; returns the running job."""
        folder = self.choose_folder()
        if not folder:
            return None
        database = self._workspace.database

        def work(progress):
            return self._workspace.run(lambda session: backup.make_backup(
                database, session, Path(folder), progress=progress))
        self.job = LongWork(self, self.tr("Back up"), self.tr("Backing up…"), work)
        self.job.succeeded.connect(self._backed_up)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self.status.setText(
            self.tr("The backup was cancelled; nothing was kept.")))
        self.job.start()
        return self.job

    def _backed_up(self, info: backup.BackupInfo) -> None:
        self.status.setText(self.tr("Backed up to %1.").replace("%1", str(info.path)))
        self.refresh()

    def restore_selected(self) -> LongWork | None:
        """Restore the chosen backup after asking; returns the running job."""
        chosen = self.selected()
        if chosen is None or not self.confirm(
                self.tr("Restore"),
                self.tr("Replace all the data with the backup of %1? The current data "
                        "are backed up first.").replace("%1", self.table.item(
                            self.table.currentRow(), 0).text())):
            return None
        workspace = self._workspace

        def work(progress):
            return restore.restore(workspace.database, workspace.actor, chosen.path,
                                   progress=progress)
        self.job = LongWork(self, self.tr("Restore"), self.tr("Restoring…"), work)
        self.job.succeeded.connect(self._restored)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self.status.setText(
            self.tr("The restore was cancelled; nothing was changed.")))
        self.job.start()
        return self.job

    def _restored(self, result: restore.RestoreResult) -> None:
        self.status.setText(self.tr(
            "Restored. The data as they were before are backed up in %1. The next sync "
            "package to each connected centre asks it for a full package.").replace(
                "%1", str(result.before.path)))
        self.refresh()
        self.restored.emit(result)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, backup.BackupRefused):
            text = {
                "missing": self.tr("The backup file no longer exists."),
                "unreadable": self.tr("This file is damaged or is not a backup of this "
                                      "database."),
                "damaged": self.tr("This backup is damaged (incomplete or altered): it was "
                                   "not used and nothing was changed."),
                "foreign": self.tr("This backup is of another centre's database: nothing "
                                   "was changed."),
                "newer": self.tr("This backup was made by a newer version of Centre Desk: "
                                 "update the program first."),
            }[error.reason]
        elif isinstance(error, backup.ServerDatabase):
            text = self.tr("The data are kept in a PostgreSQL database: back it up and "
                           "restore it with the server's own tools.")
        elif isinstance(error, NotPermitted):
            text = self.tr("Only an administrator may do this.")
        elif isinstance(error, OSError):
            text = self.tr("The backup could not be written: %1.").replace(
                "%1", error.strerror or str(error))
        else:
            text = self.tr("The work failed; nothing was changed.")
        self.status.setText(text)
        self.warn(self.windowTitle(), text)


class BackupActions(QObject):
    """File → Back up now… and File → Restore from backup… in ``window``'s File menu
    (appended to ``menu`` where they are made), and the automatic backup as the
    window closes. The window calls ``retranslate()`` from its retranslate_ui."""

    def __init__(self, window, menu) -> None:
        super().__init__(window)
        self._window = window
        self.back_up_action = menu.addAction("")
        self.restore_action = menu.addAction("")
        actor = window.workspace.actor
        self._administrator = actor is not None and actor.role is Role.ADMINISTRATOR
        self.back_up_action.setEnabled(self._administrator)
        self.restore_action.setEnabled(self._administrator)
        self.back_up_action.triggered.connect(lambda: self.open(back_up=True))
        self.restore_action.triggered.connect(lambda: self.open())
        self.window: BackupsWindow | None = None

    def retranslate(self) -> None:
        self.back_up_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("Res&tore from backup…"))
        refused = self.tr("Only an administrator may do this.")
        self.back_up_action.setStatusTip(self.tr(
            "Back all the data up into a folder, a USB stick for instance.")
            if self._administrator else refused)
        self.restore_action.setStatusTip(self.tr(
            "The backups, and replacing the data with one of them.")
            if self._administrator else refused)

    def open(self, back_up: bool = False) -> BackupsWindow:
        """The backups window (returned, already open); with ``back_up`` it asks for a
        folder and backs up into it at once."""
        self.window = BackupsWindow(self._window.workspace, self._window)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Every open window shows the data before the restore, and the accounts may
        # differ: the user signs in again (asked about unsaved changes as ever).
        self.window.restored.connect(lambda _result: QTimer.singleShot(
            0, self._window.sign_out))
        self.window.open()
        if back_up:
            self.window.back_up_now()
        return self.window

    def automatic_backup(self) -> None:
        """As the window closes: a backup into backups/ at most once a day, on a worker
        thread behind a progress bar; returns once it is over. A failure is logged,
        never stops the program from closing.

        While it runs only the worker's queued signals and repaints are delivered: no
        input, no deferred deletion, no other handler runs inside the closing window's
        closeEvent (a nested event loop there would)."""
        workspace = self._window.workspace
        try:
            if not backup.automatic_backup_due(workspace.database):
                return
        except OSError:
            log.exception("The backups folder cannot be read")
            return

        job = LongWork(self._window, self.tr("Closing"),
                       self.tr("Backing up the data before closing…"),
                       lambda progress: automatic_backup(workspace, progress))
        job.failed.connect(lambda error: log.error("The automatic backup failed: %s", error))
        job.dialog.setCancelButton(None)  # input is not read until it is over
        job.start()
        while not job.wait(50):
            _deliver_progress()
        _deliver_progress()  # the worker's last signals: the bar closes


def _deliver_progress() -> None:
    """Deliver queued signals (the progress) and repaint, nothing else."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
