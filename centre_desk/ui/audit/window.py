"""File → Audit trail…: who viewed, changed, printed or exported what, and when; filtered
by person, user, action and period, paged from SQL as the lists are, with a line saying
whether the trail's hash chain is intact, and an export to XLSX (itself recorded)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QTableView, QVBoxLayout, QWidget)

from centre_desk.services import audit_trail, persons
from centre_desk.services.audit_chain import ChainCheck, ChainProblem
from centre_desk.services.audit_trail import AuditFilter, AuditKind
from centre_desk.services.workspace import Workspace
from centre_desk.ui.audit.columns import SPEC, export_trail, kind_text
from centre_desk.ui.toolkit.buttons import action_button, close_box
from centre_desk.ui.toolkit.colours import DONE_STYLE, PROBLEM_STYLE
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.labels import date_text
from centre_desk.ui.toolkit.list_export import cancelled_text, failure_text
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.paged_model import PagedTableModel
from centre_desk.ui.toolkit.person_field import PersonField
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.window_memory import open_as_last_closed


class _ChainChecker(QThread):
    """Checks the whole hash chain on its own thread; ``checked`` carries the ChainCheck
    or the exception."""

    checked = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None) -> None:
        super().__init__(parent)
        self._workspace = workspace

    def run(self) -> None:  # QThread.run
        try:
            outcome = self._workspace.run(audit_trail.chain_state)
        except Exception as error:  # noqa: BLE001 - shown in the window, not raised
            outcome = error
        self.checked.emit(outcome)


class AuditTrailWindow(Retranslating, QDialog, ModalHost):
    """The trail, newest first. ``show_person(id)`` narrows it to one person's file and
    to who has seen it; ``export(path)`` does what the button does."""

    chain_checked = Signal()
    """The chain's line now says whether it is intact."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 page_size: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTrailWindow")
        self._workspace = workspace
        self.job: LongWork | None = None
        self._checking = False
        self._check: ChainCheck | None = None
        self.person = PersonField(workspace, self)
        self.user_box = QComboBox(self)
        self.user_box.setObjectName("userBox")
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("kindBox")
        self.since_edit = DateField(self, optional=True)
        self.since_edit.setObjectName("sinceEdit")
        self.until_edit = DateField(self, optional=True)
        self.until_edit.setObjectName("untilEdit")
        self.model = PagedTableModel(workspace, SPEC, *([page_size] if page_size else []),
                                     parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("auditList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chainLabel")
        self.chain_label.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.export_button = action_button("exportButton", self, lambda: self.export())
        self._build_layout()
        self._fill_users()
        self.retranslate_ui()
        self.person.person_changed.connect(lambda _id: self.apply_filter())
        self.user_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.since_edit.date_changed.connect(lambda _d: self.apply_filter())
        self.until_edit.date_changed.connect(lambda _d: self.apply_filter())
        self.model.counts_changed.connect(self._show_count)
        self._show_count()
        self.check_chain()
        open_as_last_closed(self, QSize(1200, 680))

    def _build_layout(self) -> None:
        self._person_label, self._user_label, self._kind_label = (
            QLabel(self), QLabel(self), QLabel(self))
        self._since_label, self._until_label = QLabel(self), QLabel(self)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self._person_label, self.person)
        left.addRow(self._user_label, self.user_box)
        right.addRow(self._kind_label, self.kind_box)
        period = QHBoxLayout()
        period.addWidget(self.since_edit)
        period.addWidget(self._until_label)
        period.addWidget(self.until_edit)
        right.addRow(self._since_label, period)
        filters = QHBoxLayout()
        filters.addLayout(left, 3)
        filters.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.status, 1)
        self._close = close_box(self)
        bottom.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(bottom)

    def _fill_users(self) -> None:
        self.user_box.addItem("", "")
        for name in self._workspace.run(audit_trail.usernames):
            self.user_box.addItem(name, name)
        self.kind_box.addItem("", None)
        for kind in AuditKind:
            self.kind_box.addItem("", kind)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Audit trail"))
        self._person_label.setText(self.tr("&Person:"))
        self._person_label.setBuddy(self.person)
        self.person.set_placeholder(self.tr("Anyone: type a name or an IIN"))
        self._user_label.setText(self.tr("&User:"))
        self._user_label.setBuddy(self.user_box)
        self.user_box.setItemText(0, self.tr("All users"))
        self._kind_label.setText(self.tr("&Action:"))
        self._kind_label.setBuddy(self.kind_box)
        self.kind_box.setItemText(0, self.tr("All actions"))
        for index in range(1, self.kind_box.count()):
            self.kind_box.setItemText(index, kind_text(AuditKind(self.kind_box.itemData(index))))
        self._since_label.setText(self.tr("Pe&riod from:"))
        self._since_label.setBuddy(self.since_edit)
        self._until_label.setText(self.tr("to"))
        self.export_button.setText(self.tr("E&xport to XLSX…"))
        self.model.retranslate()
        self._fit_columns()
        self._show_count()
        if self._check is not None:
            self._show_chain(self._check)

    def _fit_columns(self) -> None:
        """Each column as wide as its header in this language or its usual text (digits
        are the widest characters of a time or an id), whichever is wider."""
        metrics, header = self.view.fontMetrics(), self.view.horizontalHeader()
        for index, column in enumerate(SPEC.columns[:-1]):  # the last takes what is left
            title = header.fontMetrics().horizontalAdvance(column.header()) + 24
            self.view.setColumnWidth(index, max(title, metrics.horizontalAdvance(
                "0" * column.width) + 12))

    # --- filtering ---------------------------------------------------------------------

    def show_person(self, person_id: uuid.UUID) -> None:
        """Who has seen this person's file: their entries that viewed, printed or
        exported it."""
        self.kind_box.setCurrentIndex(self.kind_box.findData(str(AuditKind.SEEN)))
        self.person.set_person(self._workspace.run(persons.get_person, person_id))

    def current_filter(self) -> AuditFilter | None:
        """What the filters say; None (and the problem shown) when a date is wrong."""
        for field in (self.since_edit, self.until_edit):
            if field.text().strip() and field.date() is None:
                self.status.setText(self.tr("Write the dates as dd.mm.yyyy, e.g. 05.03.2024."))
                return None
        since, until = self.since_edit.date(), self.until_edit.date()
        if since and until and until < since:
            self.status.setText(self.tr("The period ends before it starts: give a later "
                                        "end date."))
            return None
        kind = self.kind_box.currentData()  # Qt hands an enum back as its text
        return AuditFilter(person=self.person.person_id(),
                           user=self.user_box.currentData() or "",
                           kind=AuditKind(kind) if kind else None, since=since, until=until)

    def apply_filter(self) -> None:
        """Show the entries the filters admit (nothing changes while a date is wrong)."""
        wanted = self.current_filter()
        if wanted is None:
            return
        self.status.setText("")
        self.model.set_filter(wanted if wanted != AuditFilter() else None)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%1 of %2 entries shown").replace(
            "%1", QLocale().toString(self.model.matching_count())).replace(
            "%2", QLocale().toString(self.model.total_count())))

    # --- the chain ---------------------------------------------------------------------

    def check_chain(self) -> None:
        """Check the hash chain again, off the UI thread (it reads every entry), and
        then say whether it is intact; ``chain_checked`` follows."""
        if self._checking:
            return
        self._checking, self._check = True, None
        self.chain_label.setStyleSheet("")
        self.chain_label.setText(self.tr("Checking that no entry was deleted or altered…"))
        # Owned by the application, not the window: closing the window never waits for
        # the check, nor destroys a running thread.
        checker = _ChainChecker(self._workspace, QCoreApplication.instance())
        checker.checked.connect(self._chain_checked)
        checker.finished.connect(checker.deleteLater)
        checker.start()

    def is_checking(self) -> bool:
        return self._checking

    def _chain_checked(self, outcome) -> None:
        self._checking = False
        if isinstance(outcome, Exception):
            self.chain_label.setStyleSheet(PROBLEM_STYLE)
            self.chain_label.setText(error_text(outcome))
        else:
            self._check = outcome
            self._show_chain(outcome)
        self.chain_checked.emit()

    def _show_chain(self, check: ChainCheck) -> None:
        if check.intact:
            text = self.tr("The audit trail is intact: no entry was deleted or altered "
                           "(%1 entries checked).").replace(
                "%1", QLocale().toString(check.entries))
        elif check.problem is ChainProblem.NO_HEAD:
            text = self.tr("The audit trail is broken: its last record is gone, so deleted "
                           "entries cannot be ruled out.")
        elif check.problem is ChainProblem.MISSING:
            text = self.tr("The audit trail is broken: entry %1 (after %2) was deleted.")
        else:
            text = self.tr("The audit trail is broken: entry %1 (%2) was altered.")
        when = f"{date_text(check.at.date())} {check.at:%H:%M} UTC" if check.at else "—"
        self.chain_label.setText(text.replace("%1", str(check.entry)).replace("%2", when))
        self.chain_label.setStyleSheet(DONE_STYLE if check.intact else PROBLEM_STYLE)

    # --- export ------------------------------------------------------------------------

    def choose_export_path(self) -> str:
        """Ask where to save; blank when the user cancels."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), self.tr("Audit trail") + ".xlsx",
            self.tr("Spreadsheets (*.xlsx)"))
        return path

    def export(self, path: str | None = None) -> LongWork | None:
        """Write the entries shown (all of them, not only those loaded) to an XLSX, off
        the UI thread; recorded in the trail before the file is written."""
        wanted = self.current_filter()
        path = path or self.choose_export_path()
        if wanted is None or not path:
            return None
        total = self.model.matching_count()
        self.job = LongWork(self, self.tr("Export to XLSX"),
                            self.tr("Writing %1 entries…").replace(
                                "%1", QLocale().toString(total)),
                            lambda progress: export_trail(self._workspace, wanted, total, path,
                                                          progress))
        self.job.succeeded.connect(lambda rows: self._exported(rows, path))
        self.job.failed.connect(lambda error: self.status.setText(failure_text(error)))
        self.job.cancelled.connect(lambda: self.status.setText(cancelled_text()))
        self.job.start()
        return self.job

    def _exported(self, rows: int, path: str) -> None:
        self.status.setText(self.tr("Exported %1 entries to %2.").replace(
            "%1", QLocale().toString(rows)).replace("%2", path))
        self.model.reload()  # the export is an entry of its own
