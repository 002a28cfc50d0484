"""Sync conflicts: the open same-field races side by side, decided by a supervisor, and
the rows waiting in quarantine with the reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QSize
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from centre_desk.domain.permissions import Permission
from centre_desk.services.errors import InvalidInput
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from centre_desk.ui.toolkit.messages import problem_text
from centre_desk.ui.toolkit.modal import may
from centre_desk.ui.toolkit.operations import KINDS, announce
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, column
from centre_desk.ui.sync.common import (
    field_text, moment_text, quarantine_text, refusal_text, rows_view, site_names,
    stamp_time, table_text, value_text)
from centre_desk.ui.toolkit.retranslate import Retranslating, set_texts
from centre_desk.ui.toolkit.buttons import close_box, push_button
from centre_desk.ui.toolkit.headings import text_label
from centre_desk.ui.toolkit.window_fit import keep_lines_whole
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def record_text(row) -> str:
    """Whose record a conflict or quarantined row is, else its id, short enough to
    read out and find again."""
    return row.record or str(row.row_id)[:8]


TABLE_AND_RECORD = (
    column(lambda: translate("ConflictReviewWindow", "Table"), "table_name", table_text),
    FileColumn(lambda: translate("ConflictReviewWindow", "Record"), record_text),
)
"""The first columns of both lists: which table, whose record."""


def conflicts_model(parent) -> RowsModel:
    """Open conflicts: table, record, field, when."""
    return RowsModel([
        *TABLE_AND_RECORD,
        column(lambda: translate("ConflictReviewWindow", "Field"), "field", field_text),
        column(lambda: translate("ConflictReviewWindow", "When"), "created_at", moment_text),
    ], row_id=lambda c: c.id, parent=parent)


def quarantine_model(parent) -> RowsModel:
    """Rows waiting in quarantine: table, record, why, since when, tries."""
    return RowsModel([
        *TABLE_AND_RECORD,
        column(lambda: translate("ConflictReviewWindow", "Received"), "received_at",
               moment_text),
        FileColumn(lambda: translate("ConflictReviewWindow", "Tries"),
                   lambda q: QLocale().toString(q.attempts)),
        FileColumn(lambda: translate("ConflictReviewWindow", "Why"),
                   lambda q: quarantine_text(q.reason, q.detail)),
    ], row_id=lambda q: q.id, parent=parent)


class ConflictReviewWindow(Retranslating, QDialog):
    """The conflict queue and the quarantine; deciding a conflict is a new change that
    syncs onward. ``keep_kept()``, ``keep_lost()`` and ``use_typed()`` decide the
    selected conflict as the three buttons do."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictReviewWindow")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self.may_decide = may(workspace, Permission.REVIEW_CONFLICTS)
        self._names: dict[str, str] = {}

        self._conflicts_title = QLabel(self)
        self.conflicts = conflicts_model(self)
        self.conflicts_view = self._table(self.conflicts, "conflictList")
        self.conflicts_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_selected())

        self.kept_box, self.kept_value, self.kept_stamp, self.keep_kept_button = \
            self._side("keptValue", self.keep_kept)
        self.lost_box, self.lost_value, self.lost_stamp, self.keep_lost_button = \
            self._side("lostValue", self.keep_lost)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typedValue")
        self.typed.returnPressed.connect(self.use_typed)
        self._typed_label = QLabel(self)
        self._typed_label.setBuddy(self.typed)
        self.typed_button = push_button("useTypedButton", self, self.use_typed)
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)

        sides = QHBoxLayout()
        sides.addWidget(self.kept_box)
        sides.addWidget(self.lost_box)
        typed_row = QHBoxLayout()
        typed_row.addWidget(self._typed_label)
        typed_row.addWidget(self.typed, 1)
        typed_row.addWidget(self.typed_button)

        top = QWidget(self)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(self._conflicts_title)
        top_column.addWidget(self.conflicts_view, 1)
        top_column.addLayout(sides)
        top_column.addLayout(typed_row)
        top_column.addWidget(self.message)

        bottom = QWidget(self)
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        self._quarantine_title = QLabel(self)
        self.quarantine = quarantine_model(self)
        self.quarantine_view = self._table(self.quarantine, "quarantineList")
        bottom_column.addWidget(self._quarantine_title)
        bottom_column.addWidget(self.quarantine_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = close_box(self)
        column = QVBoxLayout(self)
        column.addWidget(splitter, 1)
        column.addWidget(buttons)
        self.reload()
        self.retranslate_ui()
        open_as_last_closed(self, QSize(820, 640))

    def _table(self, model: RowsModel, name: str) -> QTableView:
        view = rows_view(model, name, self)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        return view

    def _side(self, name: str, decide) -> tuple[QGroupBox, QLabel, QLabel, QPushButton]:
        box = QGroupBox(self)
        value = text_label(name, box)
        value.setStyleSheet("font-size: 12pt; font-weight: bold;")
        stamp = QLabel(box)
        stamp.setWordWrap(True)
        button = QPushButton(box)
        button.clicked.connect(decide)
        grid = QGridLayout(box)
        grid.addWidget(value, 0, 0)
        grid.addWidget(stamp, 1, 0)
        grid.addWidget(button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        return box, value, stamp, button

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.kept_box.setTitle(self.tr("In the record now (newer)"))
        self.lost_box.setTitle(self.tr("The other value (lost the race)"))
        set_texts([
            (self.keep_kept_button, self.tr("&Keep this")),
            (self.keep_lost_button, self.tr("Keep the &other")),
            (self._typed_label, self.tr("Or type a &new value:")),
            (self.typed_button, self.tr("&Use typed value")),
        ])
        self.conflicts.retranslate()
        self.quarantine.retranslate()
        self._show_counts()
        self._show_selected()

    def reload(self) -> None:
        """Read the open conflicts and the quarantine again; select the first conflict."""
        self._names = site_names(self._workspace)
        self.conflicts.set_rows(self._workspace.run(api.list_conflicts))
        self.quarantine.set_rows(self._workspace.run(api.list_quarantine))
        for view in (self.conflicts_view, self.quarantine_view):
            view.resizeColumnsToContents()
        if self.conflicts.rowCount():
            self.conflicts_view.selectRow(0)
        self._show_counts()
        self._show_selected()

    def selected(self) -> api.ConflictView | None:
        """The conflict shown side by side."""
        index = self.conflicts_view.currentIndex()
        return self.conflicts.row_at(index.row()) if index.isValid() else None

    def select_conflict(self, row: int) -> None:
        """Show another conflict side by side, as a click on its line does."""
        self.conflicts_view.selectRow(row)

    def keep_kept(self) -> bool:
        """Decide for the value in the record now."""
        return self._decide(api.KEEP_KEPT)

    def keep_lost(self) -> bool:
        """Decide for the value that lost the race."""
        return self._decide(api.KEEP_LOST)

    def use_typed(self) -> bool:
        """Decide for the value typed in the line edit."""
        return self._decide(api.TYPED, self.typed.text())

    def _decide(self, choice: str, typed: str | None = None) -> bool:
        conflict = self.selected()
        if conflict is None or not self.may_decide:
            return False
        try:
            self._workspace.run(api.decide_conflict, conflict.id, choice, typed)
        except InvalidInput as error:
            code = next(iter(error.problems.values()))
            if code == "already_decided":
                self.reload()
                self._show_message(self.tr("This conflict was already decided."), True)
            else:
                self._show_message(problem_text(code), True)
            return False
        except Exception as error:  # noqa: BLE001  (every refusal becomes one sentence)
            self._show_message(refusal_text(error), True)
            return False
        self.typed.clear()
        self.reload()
        announce(self._workspace, KINDS)  # the decided field may show in any list
        self._show_message(self.tr("Decided: the field “%1” of %2 %3 is now “%4”. The "
                                   "decision reaches the other sites with the next export.")
                           .replace("%1", field_text(conflict.field))
                           .replace("%2", table_text(conflict.table_name))
                           .replace("%3", record_text(conflict))
                           .replace("%4", self._decided_value(conflict, choice, typed)))
        return True

    def _decided_value(self, conflict: api.ConflictView, choice: str, typed: str | None) -> str:
        value = {api.KEEP_KEPT: conflict.kept_value, api.KEEP_LOST: conflict.lost_value}.get(
            choice, (typed or "").strip() or None)
        return value_text(conflict.table_name, conflict.field, value)

    def _show_selected(self) -> None:
        conflict = self.selected()
        for widget in (self.kept_box, self.lost_box, self.typed, self.typed_button):
            widget.setEnabled(conflict is not None and self.may_decide)
        if conflict is None:
            for label in (self.kept_value, self.kept_stamp, self.lost_value, self.lost_stamp):
                label.setText("")
            return
        for value, stamp, text, hlc, site_id in (
                (self.kept_value, self.kept_stamp, conflict.kept_value, conflict.kept_hlc,
                 conflict.kept_site),
                (self.lost_value, self.lost_stamp, conflict.lost_value, conflict.lost_hlc,
                 conflict.lost_site)):
            value.setText(value_text(conflict.table_name, conflict.field, text))
            stamp.setText(self.tr("Changed at %1, %2").replace(
                "%1", self._names.get(site_id, site_id)).replace("%2", stamp_time(hlc)))

    def _show_counts(self) -> None:
        self._conflicts_title.setText(self.tr("Open conflicts: %1").replace(
            "%1", QLocale().toString(self.conflicts.rowCount())))
        self._quarantine_title.setText(self.tr(
            "Rows held back from packages: %1 (each says why, and whether it is tried again)"
        ).replace(
                "%1", QLocale().toString(self.quarantine.rowCount())))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #8f1d1d;" if error else "")
        self.message.setText(text)
