"""The wizard's first page: the file (.xlsx or .csv), what its rows are, and the sheet
and header row (guessed, changeable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox,
    QWizardPage)

from centre_desk.services.spreadsheet_import import (
    RowKind, SourceFile, SpreadsheetRefused, read_spreadsheet)
from centre_desk.ui.spreadsheet_import import words
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.colours import problem_label


class FilePage(QWizardPage):
    """Choose the file and say what its rows are."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.setObjectName("importFilePage")
        self._wizard = wizard
        self.source: SourceFile | None = None
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importFilePath")
        self.path_edit.setReadOnly(True)
        self.choose_button = action_button("importChooseFile", self, self.choose)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("importKind")
        for kind in RowKind:
            self.kind_box.addItem("", kind)
        self.sheet_box = QComboBox(self)
        self.sheet_box.setObjectName("importSheet")
        self.sheet_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_box.setMinimumContentsLength(16)
        self.header_box = QSpinBox(self)
        self.header_box.setObjectName("importHeaderRow")
        self.header_box.setRange(1, 20)
        self.summary = QLabel(self)
        self.summary.setObjectName("importFileSummary")
        self.summary.setWordWrap(True)
        self.message = problem_label("importFileMessage", self)
        self._labels = [QLabel(self) for _ in range(4)]
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, field in zip(self._labels, (row, self.kind_box, self.sheet_box,
                                               self.header_box)):
            form.addRow(label, field)
        self._labels[0].setBuddy(self.choose_button)
        self._labels[1].setBuddy(self.kind_box)
        self._labels[2].setBuddy(self.sheet_box)
        self._labels[3].setBuddy(self.header_box)
        form.addRow(self.summary)
        form.addRow(self.message)
        self.sheet_box.currentIndexChanged.connect(self._sheet_chosen)
        self.header_box.valueChanged.connect(lambda _value: self._describe())
        self.kind_box.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The file and its rows"))
        self.setSubTitle(self.tr("Choose an .xlsx or .csv file, and say what its rows are."))
        for label, text in zip(self._labels, (self.tr("&File:"), self.tr("&Rows are:"),
                                              self.tr("S&heet:"),
                                              self.tr("Hea&der row:"))):
            label.setText(text)
        self.choose_button.setText(self.tr("&Choose…"))
        for index in range(self.kind_box.count()):
            kind = RowKind(self.kind_box.itemData(index))
            self.kind_box.setItemText(index, words.kind_text(kind))
        self._describe()

    # --- the file -----------------------------------------------------------------------

    def choose_file(self) -> str:
        """Ask for the file to import ("" when cancelled); tests replace it."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from spreadsheet"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv)"))
        return path

    def choose(self) -> None:
        path = self.choose_file()
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Read the file; its sheets and guessed header row fill the page, or one sentence
        says why it cannot be read."""
        self.message.hide()
        try:
            source = read_spreadsheet(path)
        except SpreadsheetRefused as refused:
            self.source = None
            self.path_edit.setText(str(path))
            self.sheet_box.clear()
            self.message.setText(words.refusal_text(refused))
            self.message.show()
            self._describe()
            self.completeChanged.emit()
            return False
        self.source = source
        self.path_edit.setText(str(Path(path)))
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in source.sheets:
            self.sheet_box.addItem(sheet.name, sheet.name)
        self.sheet_box.setCurrentIndex(source.sheet_index)
        self.sheet_box.blockSignals(False)
        self._sheet_chosen()
        self.completeChanged.emit()
        return True

    def _sheet_chosen(self, _index: int = 0) -> None:
        if self.source is None or self.sheet_box.currentIndex() < 0:
            return
        sheet = self.source.sheets[self.sheet_box.currentIndex()]
        self.header_box.setValue(max(sheet.header_row, 0) + 1)
        self._describe()

    def _describe(self) -> None:
        if self.source is None:
            self.summary.setText("")
            return
        sheet = self.source.sheets[max(self.sheet_box.currentIndex(), 0)]
        rows = max(len(sheet.rows) - self.header_box.value(), 0)
        headers = ", ".join(h for h in sheet.headers(self.header_row()) if h)
        self.summary.setText(self.tr("Data rows below the header: %1. Headers: %2").replace(
            "%1", str(rows)).replace("%2", headers[:400]))

    # --- what the next page needs ----------------------------------------------------

    def kind(self) -> RowKind:
        return RowKind(self.kind_box.currentData())

    def set_kind(self, kind: RowKind) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def sheet_name(self) -> str | None:
        return self.sheet_box.currentData()

    def header_row(self) -> int:
        """The header row as an index into the sheet's rows."""
        return self.header_box.value() - 1

    def isComplete(self) -> bool:  # noqa: N802 (QWizardPage.isComplete)
        return self.source is not None

    def initializePage(self) -> None:  # noqa: N802 (QWizardPage.initializePage)
        self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)
