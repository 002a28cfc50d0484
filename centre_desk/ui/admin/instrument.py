"""Settings → Assessment instrument: the administrator words the site's domains (risk,
need, protective) and their items, each item's top score, and how many months pass
before a case is reassessed. One row per item; consecutive rows with the same domain
name make one domain. Past assessments keep the words they were scored with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHeaderView, QMenu, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from centre_desk.domain.assessments import (
    DEFAULT_INSTRUMENT, DEFAULT_SCALE, MAX_REASSESS_MONTHS, MAX_SCALE, Domain, DomainKind,
    Instrument, Item, code_for)
from centre_desk.domain.permissions import Permission
from centre_desk.services import assessment_instrument
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.instrument_words import instrument_text, kind_text
from centre_desk.ui.toolkit.buttons import action_button, button_row, ok_cancel
from centre_desk.ui.toolkit.choices import ValueCombo
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.modal import may
from centre_desk.ui.toolkit.retranslate import Retranslating

translate = QCoreApplication.translate
_CODE = Qt.ItemDataRole.UserRole
DOMAIN, KIND, ITEM, SCALE = range(4)


class InstrumentDialog(Retranslating, QDialog):
    """Edits the instrument as a table of items; saves only a valid one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instrumentDialog")
        self._workspace = workspace
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("instrumentTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in ((DOMAIN, QHeaderView.ResizeMode.Stretch),
                             (KIND, QHeaderView.ResizeMode.ResizeToContents),
                             (ITEM, QHeaderView.ResizeMode.Stretch),
                             (SCALE, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self._form = Form(self)
        self.months = self._form.add("reassess_months", QSpinBox())
        self.months.setObjectName("reassessMonthsSpin")
        self.months.setRange(1, MAX_REASSESS_MONTHS)
        self.months.setMaximumWidth(self.months.fontMetrics().horizontalAdvance("000") * 4)
        self.add_item_button = action_button("addItemButton", self, self.add_item)
        self.add_domain_button = action_button("addDomainButton", self, self.add_domain)
        self.remove_button = action_button("removeItemButton", self, self.remove_item)
        self.up_button = action_button("moveUpButton", self, lambda: self.move(-1))
        self.down_button = action_button("moveDownButton", self, lambda: self.move(1))
        self.default_button = action_button("restoreDefaultButton", self,
                                            lambda: self.show_instrument(DEFAULT_INSTRUMENT))
        self._message = problem_label("instrumentMessage", self, hidden=False)
        self._buttons, self._ok, self._cancel = ok_cancel(self, "saveInstrumentButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self._form)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(
            start=(self.add_item_button, self.add_domain_button, self.up_button,
                   self.down_button, self.remove_button), end=(self.default_button,)))
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self.show_instrument(workspace.run(assessment_instrument.current_instrument))
        self._ok.setEnabled(may(workspace, Permission.CONFIGURE_INSTRUMENT))
        self.resize(980, 600)
        self.retranslate_ui()

    # --- rows -----------------------------------------------------------------------

    def show_instrument(self, instrument: Instrument) -> None:
        """Fill the table with ``instrument``'s items, its words in the UI language."""
        self.table.setRowCount(0)
        for domain in instrument.domains:
            for item in domain.items:
                self._insert(self.table.rowCount(), instrument_text(domain.name), domain.code,
                             domain.kind, instrument_text(item.text), item.code, item.scale_max)
        self.months.setValue(instrument.reassess_months)

    def _insert(self, row: int, domain_name: str, domain_code: str, kind: DomainKind,
                text: str, item_code: str, scale_max: int) -> None:
        self.table.insertRow(row)
        domain = QTableWidgetItem(domain_name)
        domain.setData(_CODE, domain_code)
        item = QTableWidgetItem(text)
        item.setData(_CODE, item_code)
        self.table.setItem(row, DOMAIN, domain)
        self.table.setItem(row, ITEM, item)
        combo = ValueCombo()
        combo.set_choices((kind_text(k), k) for k in DomainKind)
        combo.set_value(kind)
        self.table.setCellWidget(row, KIND, combo)
        scale = QSpinBox()
        scale.setRange(1, MAX_SCALE)
        scale.setValue(scale_max)
        self.table.setCellWidget(row, SCALE, scale)
        for column, name in ((KIND, "kind"), (SCALE, "scale")):
            self.table.cellWidget(row, column).setObjectName(f"{name}_{row}")
        self._word_cells(row)

    def _word_cells(self, row: int) -> None:
        combo = self.table.cellWidget(row, KIND)
        for index, kind in enumerate(combo.values()):
            combo.setItemText(index, kind_text(kind))
        self.table.cellWidget(row, SCALE).setPrefix("0–")

    def _current(self) -> int:
        return self.table.currentRow() if self.table.currentRow() >= 0 else \
            self.table.rowCount() - 1

    def add_item(self) -> None:
        """A new item in the current row's domain, below it."""
        row = self._current()
        if row < 0:
            return self.add_domain()
        domain = self.table.item(row, DOMAIN)
        self._insert(row + 1, domain.text(), domain.data(_CODE),
                     self.table.cellWidget(row, KIND).value(), "", "", DEFAULT_SCALE)
        self.table.setCurrentCell(row + 1, ITEM)
        return None

    def add_domain(self) -> None:
        """A new domain (a need, until changed) with one item, at the end."""
        row = self.table.rowCount()
        self._insert(row, "", "", DomainKind.NEED, "", "", DEFAULT_SCALE)
        self.table.setCurrentCell(row, DOMAIN)

    def remove_item(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def move(self, step: int) -> None:
        """Move the current item up or down one row."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self._row(row)
        self.table.removeRow(row)
        self._insert(target, *values)
        self.table.setCurrentCell(target, ITEM)

    def _row(self, row: int) -> tuple:
        domain, item = self.table.item(row, DOMAIN), self.table.item(row, ITEM)
        return (domain.text().strip(), domain.data(_CODE) or "",
                self.table.cellWidget(row, KIND).value(), item.text().strip(),
                item.data(_CODE) or "", self.table.cellWidget(row, SCALE).value())

    def value(self) -> Instrument:
        """The table as an instrument: runs of rows with one domain name make a domain;
        rows keep their codes, new ones get codes from their words."""
        domains: list[list] = []
        for row in range(self.table.rowCount()):
            name, code, kind, text, item_code, scale = self._row(row)
            if not domains or domains[-1][0] != name:
                domains.append([name, code, kind, []])
            domains[-1][3].append((text, item_code, scale))
        taken = {d[1] for d in domains if d[1]}
        built = []
        for name, code, kind, items in domains:
            if not code or code in {b.code for b in built}:
                code = code_for(name, taken)
                taken.add(code)
            used = {c for _t, c, _s in items if c}
            made = []
            for text, item_code, scale in items:
                if not item_code or item_code in {i.code for i in made}:
                    item_code = code_for(text, used)
                    used.add(item_code)
                made.append(Item(item_code, self._stored_words(text), scale))
            built.append(Domain(code, kind, self._stored_words(name), tuple(made)))
        return Instrument(tuple(built), self.months.value())

    @staticmethod
    def _stored_words(text: str) -> str:
        """The default's English words for a default text shown translated, so it keeps
        translating in every language; an administrator's own words as typed."""
        defaults = {instrument_text(d.name): d.name for d in DEFAULT_INSTRUMENT.domains}
        defaults.update({instrument_text(i.text): i.text for d in DEFAULT_INSTRUMENT.domains
                         for i in d.items})
        return defaults.get(text, text)

    # --- words and saving -------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Assessment instrument"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Domain"), self.tr("Kind"), self.tr("Item"), self.tr("Scale")])
        self._form.set_label("reassess_months", self.tr("&Reassess every (months):"))
        self.add_item_button.setText(self.tr("Add &item"))
        self.add_domain_button.setText(self.tr("Add &domain"))
        self.remove_button.setText(self.tr("Re&move item"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.default_button.setText(self.tr("Restore the de&fault"))
        self._ok.setText(self.tr("&Save"))
        self._cancel.setText(self.tr("Cancel"))
        for row in range(self.table.rowCount()):
            self._word_cells(row)

    def message(self) -> str:
        return self._message.text()

    def accept(self) -> None:  # QDialog.accept
        """Save the instrument; stay open with what is wrong if it is refused."""
        self._message.clear()
        try:
            self._workspace.run(assessment_instrument.save_instrument, self.value())
        except InvalidInput as refusal:
            self._message.setText(self._problem_text(refusal.problems))
            return
        except ServiceError as refusal:
            self._message.setText(error_text(refusal))
            return
        super().accept()

    def _problem_text(self, problems: dict[str, str]) -> str:
        if "domains" in problems:
            return self.tr("Keep at least one domain with one item.")
        if any(key.endswith((".name", ".text")) for key in problems):
            return self.tr("Every domain and every item needs its words.")
        return self.tr("Please correct the instrument: %1.").replace(
            "%1", ", ".join(problems))


class InstrumentAction:
    """Settings → Assessment instrument…, for administrators."""

    def __init__(self, window, menu: QMenu, workspace: Workspace) -> None:
        self._window, self._workspace = window, workspace
        self.action = QAction(window)
        self.action.setObjectName("instrumentAction")
        menu.addAction(self.action)
        self.action.setEnabled(may(workspace, Permission.CONFIGURE_INSTRUMENT))
        self.action.triggered.connect(lambda: self.open())

    def open(self) -> InstrumentDialog | None:
        """The instrument editor (returned, already open)."""
        if not self.action.isEnabled():
            return None
        dialog = InstrumentDialog(self._workspace, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.action.setText(translate("InstrumentDialog", "&Assessment instrument…"))
        self.action.setStatusTip(
            translate("InstrumentDialog", "Domains and items of the risk and needs assessment.")
            if self.action.isEnabled()
            else translate("InstrumentDialog", "Only an administrator may do this."))
