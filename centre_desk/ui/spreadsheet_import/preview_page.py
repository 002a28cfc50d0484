"""The wizard's third page: every row of the file as it would be imported, its problems
beside the cell, the person on file it matches and the earlier row it repeats; per row
create, merge into the person on file (their fields beside the row's) or skip, and the
same choice for every row of a kind at once. The preview is read off the UI thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizardPage)

from centre_desk.services.spreadsheet_import import (
    Action, Choice, Preview, RowStatus, preview_import)
from centre_desk.ui.spreadsheet_import import words
from centre_desk.ui.spreadsheet_import.preview_model import FILTERS, PreviewModel
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.long_work import LongWork

_SIDE_FIELDS = ("surname", "given_name", "patronymic", "iin", "birth_date", "sex", "phone",
                "address", "region", "district")


def _value_text(name: str, value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return labels.date_text(value)
    if name in ("sex", "region", "language"):
        return words.code_text(name, getattr(value, "value", value))
    return str(getattr(value, "value", value))


class PreviewPage(QWizardPage):
    """What would be imported, and the choices for each row."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.setObjectName("importPreviewPage")
        self._wizard = wizard
        self.preview: Preview | None = None
        self.model: PreviewModel | None = None
        self.job: LongWork | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("importPreviewSummary")
        self.summary.setWordWrap(True)
        self.message = problem_label("importPreviewMessage", self)
        self.filter_label, self.filter_box = QLabel(self), QComboBox(self)
        self.filter_box.setObjectName("importPreviewFilter")
        for name in FILTERS:
            self.filter_box.addItem("", name)
        self.filter_label.setBuddy(self.filter_box)
        self.table = QTableView(self)
        self.table.setObjectName("importPreviewTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)  # Enter in the table does not import
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(100)  # widths from 100 rows
        self.create_button = action_button("importRowCreate", self,
                                           lambda: self.choose(Action.CREATE))
        self.merge_button = action_button("importRowMerge", self,
                                          lambda: self.choose(Action.MERGE))
        self.skip_button = action_button("importRowSkip", self, lambda: self.choose(Action.SKIP))
        self.bulk_label, self.bulk_status = QLabel(self), QComboBox(self)
        self.bulk_status.setObjectName("importBulkStatus")
        for status in (RowStatus.NEW, RowStatus.IIN_MATCH, RowStatus.LOOK_ALIKE,
                       RowStatus.SAME_AS_EARLIER_ROW):
            self.bulk_status.addItem("", status)
        self.bulk_label.setBuddy(self.bulk_status)
        self.bulk_action = QComboBox(self)
        self.bulk_action.setObjectName("importBulkAction")
        for action in Action:
            self.bulk_action.addItem("", action)
        self.bulk_button = action_button("importBulkApply", self, self.choose_for_all)
        self.side_label = QLabel(self)
        self.side = QTableWidget(len(_SIDE_FIELDS), 2, self)
        self.side.setObjectName("importSideBySide")
        self.side.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.side.setTabKeyNavigation(False)
        self.side.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.side_label.setBuddy(self.side)
        self.side_label.setWordWrap(True)
        self.match_label, self.match_box = QLabel(self), QComboBox(self)
        self.match_box.setObjectName("importMergeInto")
        self.match_label.setBuddy(self.match_box)
        self.match_box.activated.connect(self._match_chosen)
        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_box)
        top.addStretch(1)
        for button in (self.create_button, self.merge_button, self.skip_button):
            top.addWidget(button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.side_label)
        match = QHBoxLayout()
        match.addWidget(self.match_label)
        match.addWidget(self.match_box, 1)
        side_layout.addLayout(match)
        side_layout.addWidget(self.side, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        bulk = QGridLayout()
        bulk.addWidget(self.bulk_label, 0, 0)
        bulk.addWidget(self.bulk_status, 0, 1)
        bulk.addWidget(self.bulk_action, 0, 2)
        bulk.addWidget(self.bulk_button, 0, 3)
        bulk.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bulk)
        self.filter_box.currentIndexChanged.connect(self._filter_chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Enter in the table is swallowed: the wizard's default button is Import, and
        moving through the rows must never press it."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing is written yet. Choose for each row: create, merge "
                                 "into the person on file, or skip."))
        self.filter_label.setText(self.tr("S&how:"))
        for index, text in enumerate((self.tr("All rows"), self.tr("Rows with problems"),
                                      self.tr("Rows matching people on file"),
                                      self.tr("Rows repeating an earlier row"))):
            self.filter_box.setItemText(index, text)
        self.create_button.setText(self.tr("C&reate"))
        self.merge_button.setText(self.tr("&Merge"))
        self.skip_button.setText(self.tr("S&kip"))
        self.bulk_label.setText(self.tr("&All rows found as:"))
        for index in range(self.bulk_status.count()):
            self.bulk_status.setItemText(index, words.status_text(
                RowStatus(self.bulk_status.itemData(index))))
        for index in range(self.bulk_action.count()):
            self.bulk_action.setItemText(index, words.action_text(
                Action(self.bulk_action.itemData(index))))
        self.bulk_button.setText(self.tr("A&pply to them"))
        self.side.setHorizontalHeaderLabels([self.tr("In the file"), self.tr("On file")])
        self.side.setVerticalHeaderLabels([words.field_text(n) for n in _SIDE_FIELDS])
        self.side_label.setText(self.tr("Ro&w and the person on file:"))
        self.match_label.setText(self.tr("Mer&ge into:"))
        self._summarise()

    # --- reading the preview --------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (QWizardPage.initializePage)
        file_page, mapping = self._wizard.file_page, self._wizard.mapping_page.mapping
        source, run = file_page.source, self._wizard.workspace.run
        self.preview, self.model = None, None
        self.table.setModel(None)
        self.message.hide()
        self.summary.setText(self.tr("Reading the rows…"))
        self.completeChanged.emit()
        self.job = LongWork(self, self.tr("Preview"), self.tr("Checking the rows…"),
                            lambda progress: run(preview_import, source, mapping, progress))
        self.job.succeeded.connect(self._previewed)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self._wizard.back())
        self.job.start()

    def _previewed(self, preview: Preview) -> None:
        self.preview = preview
        self._by_number = {row.number: row for row in preview.rows}
        self.model = PreviewModel(preview, preview.proposed(), self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_side(current))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._summarise()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.summary.setText("")
        self.message.setText(words.refusal_text(error))
        self.message.show()

    def _summarise(self) -> None:
        if self.preview is None:
            return
        counts = ", ".join(f"{words.status_text(s)}: {self.preview.count(s)}"
                           for s in RowStatus if self.preview.count(s))
        text = self.tr("Rows: %1 (%2).").replace("%1", str(len(self.preview.rows))).replace(
            "%2", counts)
        if self.preview.unmapped_required:
            text += " " + self.tr("No column is mapped to: %1.").replace("%1", ", ".join(
                words.field_text(name) for name in self.preview.unmapped_required))
        self.summary.setText(text)

    def isComplete(self) -> bool:  # noqa: N802 (QWizardPage.isComplete)
        return self.preview is not None

    def _filter_chosen(self, _index: int) -> None:
        if self.model is not None:
            self.model.set_filter(self.filter_box.currentData())
            self._show_side(self.table.currentIndex())

    # --- choices -----------------------------------------------------------------------

    def selected_numbers(self) -> list[int]:
        """The file's row numbers of the rows selected (or the current one)."""
        if self.model is None:
            return []
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return [self.model.row(row).number for row in sorted(rows)]

    def select_rows(self, *numbers: int) -> None:
        """Select the file's rows ``numbers`` (as a user would, with Ctrl)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for number in numbers:
            place = self.model.position(number)
            while place is not None and place >= self.model.rowCount() and \
                    self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
            index = self.model.index(place, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Select |
                                      QItemSelectionModel.SelectionFlag.Rows)

    def choose(self, action: Action) -> None:
        """Set the action of the selected rows (merge: into each row's person on file;
        a row with problems or, for merge, without a match is left as it was)."""
        for number in self.selected_numbers():
            row = self._by_number[number]
            if row.status is RowStatus.ERROR and action is not Action.SKIP:
                continue
            if action is Action.MERGE:
                if not row.matches:
                    continue
                choice = Choice(Action.MERGE, self._merge_target(row))
            else:
                choice = Choice(action)
            self.model.set_choice(number, choice)
        self._show_side(self.table.currentIndex())

    def choose_for_all(self) -> None:
        """The bulk choice: every row found as the chosen kind gets the chosen action."""
        choices = self.preview.bulk(self.model.choices, RowStatus(self.bulk_status.currentData()),
                                    Action(self.bulk_action.currentData()))
        self.model.set_choices(choices)

    def choices(self) -> dict[int, Choice]:
        return dict(self.model.choices)

    def _show_side(self, current: QModelIndex) -> None:
        """The current row's fields beside those of the person on file it matches."""
        row = self.model.row(current.row()) if (self.model is not None and
                                                current.isValid()) else None
        match = self._show_matches(row)
        for line, name in enumerate(_SIDE_FIELDS):
            ours = "" if row is None else _value_text(name, row.values.get(name))
            theirs = "" if match is None else _value_text(name, match.on_file.get(name))
            self.side.setItem(line, 0, QTableWidgetItem(ours))
            self.side.setItem(line, 1, QTableWidgetItem(theirs))
        self.merge_button.setEnabled(match is not None)

    def _show_matches(self, row):
        """Fill "Merge into" with the row's people on file (the one chosen first); returns
        the one shown beside the row."""
        self.match_box.clear()
        matches = row.matches if row is not None else ()
        for match in matches:
            born = f", {labels.date_text(match.birth_date)}" if match.birth_date else ""
            iin = f", {match.on_file.get('iin')}" if match.on_file.get("iin") else ""
            self.match_box.addItem(f"{match.full_name}{born}{iin}", match.person_id)
        self.match_box.setEnabled(len(matches) > 1)
        if not matches:
            return None
        chosen = self._merge_target(row)
        self.match_box.setCurrentIndex(max(0, self.match_box.findData(chosen)))
        return next(m for m in matches if m.person_id == self.match_box.currentData())

    def _merge_target(self, row):
        """The person a merge of ``row`` goes into: the one chosen for it, else the
        first match (the most alike)."""
        choice = self.model.choices.get(row.number, row.proposed)
        known = {match.person_id for match in row.matches}
        if choice.action is Action.MERGE and choice.person_id in known:
            return choice.person_id
        return row.matches[0].person_id

    def _match_chosen(self, _index: int) -> None:
        """Another person on file chosen for the current row: it is merged into them."""
        current = self.table.currentIndex()
        if self.model is None or not current.isValid():
            return
        row = self.model.row(current.row())
        self.model.set_choice(row.number, Choice(Action.MERGE, self.match_box.currentData()))
        self._show_side(current)
