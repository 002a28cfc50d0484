"""The wizard's second page: each column's header and first value with the field it
fills (guessed from the headers, changeable), the table of the words found in coded
columns and the code each means, and a mapping saved to or loaded from a JSON file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWizardPage)

from centre_desk.services.spreadsheet_import import (
    FIELDS, FieldType, Mapping, SpreadsheetRefused, column_name, guess_mapping, load_mapping,
    save_mapping, words_of)
from centre_desk.services.spreadsheet_import.mapping import guess_values
from centre_desk.ui.spreadsheet_import import words
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.colours import problem_label

_SAMPLE_CHARS = 40


def _sample(value) -> str:
    """A cell as the column table shows it: a date as dd.mm.yyyy."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date):
        return labels.date_text(value)
    return "" if value is None else str(value)


class MappingPage(QWizardPage):
    """Which column fills which field, and what the words of coded columns mean."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.setObjectName("importMappingPage")
        self._wizard = wizard
        self.mapping: Mapping | None = None
        self._made_for: tuple | None = None
        self.columns_label = QLabel(self)
        self.columns = QTableWidget(0, 4, self)
        self.columns.setObjectName("importColumns")
        self.values_label = QLabel(self)
        self.values = QTableWidget(0, 3, self)
        self.values.setObjectName("importValues")
        for table, label in ((self.columns, self.columns_label),
                             (self.values, self.values_label)):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(True)
            table.setTabKeyNavigation(False)
            label.setBuddy(table)
        self.columns.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.save_button = action_button("importSaveMapping", self, self.save)
        self.load_button = action_button("importLoadMapping", self, self.load)
        self.message = problem_label("importMappingMessage", self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.values_label)
        layout.addWidget(self.values, 2)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Columns and values"))
        self.setSubTitle(self.tr("Check which field each column fills, and what the words "
                                 "of coded columns mean."))
        self.columns_label.setText(self.tr("C&olumns of the file:"))
        self.values_label.setText(self.tr("&Words in the file and what they mean:"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("First value"),
             self.tr("Imported as")])
        self.values.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the file"), self.tr("Means")])
        self.save_button.setText(self.tr("&Save mapping…"))
        self.load_button.setText(self.tr("&Load mapping…"))
        if self.mapping is not None:
            self._fill()

    # --- the mapping -----------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (QWizardPage.initializePage)
        page = self._wizard.file_page
        made_for = (str(page.source.path), page.kind(), page.sheet_name(), page.header_row())
        if self.mapping is None or made_for != self._made_for:
            sheet = page.source.sheet(page.sheet_name())
            self.mapping = guess_mapping(sheet, page.kind(), page.header_row())
            self._made_for = made_for
        self.message.hide()
        self._fill()
        self.columns.setFocus()

    def sheet(self):
        page = self._wizard.file_page
        return page.source.sheet(page.sheet_name())

    def set_column(self, column: int, field_name: str | None) -> None:
        """Map ``column`` to ``field_name`` (None: not imported), as its combo does."""
        self.mapping = self.mapping.with_column(column, field_name)
        known = {**guess_values(self.sheet(), self.mapping), **self.mapping.values}
        self.mapping = dataclasses.replace(self.mapping, values=known)
        for line in range(self.columns.rowCount()):  # another column may have let it go
            box = self.columns.cellWidget(line, 3)
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(self.mapping.columns.get(line)), 0))
            box.blockSignals(False)
        self._fill_values()

    def set_value(self, field_name: str, word: str, code: str | None) -> None:
        """Say what ``word`` of a coded column means (None: unknown), as its combo does."""
        self.mapping = self.mapping.with_value(field_name, word, code)

    def _fill(self) -> None:
        sheet = self.sheet()
        headers = sheet.headers(self.mapping.header_row)
        first = next((row for row in sheet.rows[self.mapping.header_row + 1:]
                      if any(c is not None for c in row)), ())
        fields = FIELDS[self.mapping.kind]
        self.columns.setRowCount(sheet.width)
        for column in range(sheet.width):
            sample = _sample(first[column] if column < len(first) else None)
            for place, text in enumerate((column_name(column), headers[column],
                                          sample[:_SAMPLE_CHARS])):
                self.columns.setItem(column, place, QTableWidgetItem(text))
            box = QComboBox()
            box.setObjectName(f"importColumnField{column}")
            box.addItem(self.tr("(not imported)"), None)
            for spec in fields:
                box.addItem(words.field_text(spec.name) + (" *" if spec.required else ""),
                            spec.name)
            box.setCurrentIndex(max(box.findData(self.mapping.columns.get(column)), 0))
            box.currentIndexChanged.connect(
                lambda _i, c=column, b=box: self.set_column(c, b.currentData()))
            self.columns.setCellWidget(column, 3, box)
        self.columns.resizeColumnToContents(0)
        self._fill_values()

    def _fill_values(self) -> None:
        coded = {spec.name: spec for spec in FIELDS[self.mapping.kind]
                 if spec.type is FieldType.CODE}
        lines = [(name, word) for name, found in words_of(self.sheet(), self.mapping).items()
                 for word in found]
        self.values.setRowCount(len(lines))
        for line, (name, word) in enumerate(lines):
            self.values.setItem(line, 0, QTableWidgetItem(words.field_text(name)))
            self.values.setItem(line, 1, QTableWidgetItem(word))
            box = QComboBox()
            box.setObjectName(f"importValue{line}")
            box.addItem(self.tr("(unknown: the row is refused)"), None)
            for code in coded[name].codes:
                box.addItem(words.code_text(name, code), code)
            box.setCurrentIndex(max(box.findData(self.mapping.code_of(name, word)), 0))
            box.currentIndexChanged.connect(
                lambda _i, n=name, w=word, b=box: self.set_value(n, w, b.currentData()))
            self.values.setCellWidget(line, 2, box)
        self.values.resizeColumnToContents(0)

    def value_line(self, field_name: str, word: str) -> int:
        """The value table's line for ``word`` of ``field_name`` (-1: none)."""
        label = words.field_text(field_name)
        for line in range(self.values.rowCount()):
            if self.values.item(line, 0).text() == label and \
                    self.values.item(line, 1).text() == word:
                return line
        return -1

    # --- save and load ------------------------------------------------------------------

    def choose_save_path(self) -> str:
        """Where to save the mapping ("" when cancelled); tests replace it."""
        folder = Path(self._wizard.file_page.source.path).parent
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping"), str(folder / "mapping.json"),
            self.tr("Import mappings (*.json)"))
        return path

    def choose_load_path(self) -> str:
        """Which mapping to load ("" when cancelled); tests replace it."""
        folder = Path(self._wizard.file_page.source.path).parent
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load mapping"), str(folder), self.tr("Import mappings (*.json)"))
        return path

    def save(self) -> None:
        path = self.choose_save_path()
        if not path:
            return
        try:
            save_mapping(self.mapping, path)
        except OSError as error:
            self._say(self.tr("The mapping could not be saved: %1.").replace(
                "%1", error.strerror or str(error)))
            return
        self._say(self.tr("The mapping is saved in %1.").replace("%1", path), problem=False)

    def load(self) -> None:
        path = self.choose_load_path()
        if not path:
            return
        try:
            loaded = load_mapping(path)
        except SpreadsheetRefused as refused:
            self._say(words.refusal_text(refused))
            return
        if loaded.kind is not self.mapping.kind:
            self._say(self.tr("This mapping is for other rows: %1.").replace(
                "%1", words.kind_text(loaded.kind)))
            return
        width = self.sheet().width
        columns = {c: f for c, f in loaded.columns.items() if c < width}
        self.mapping = dataclasses.replace(self.mapping, columns=columns, values={
            **guess_values(self.sheet(), dataclasses.replace(self.mapping, columns=columns)),
            **loaded.values})
        self._fill()
        self._say(self.tr("The mapping in %1 is used.").replace("%1", path), problem=False)

    def _say(self, text: str, problem: bool = True) -> None:
        self.message.setStyleSheet("" if not problem else "color: #b00020;")
        self.message.setText(text)
        self.message.show()
