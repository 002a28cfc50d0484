"""The partner directory: employers, housing providers, nurseries and NGOs the centre
places people with; searchable, with add, edit and delete."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QSize
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

from centre_desk.domain.enums import OrganisationKind
from centre_desk.domain.permissions import Permission
from centre_desk.domain.regions import stored_region
from centre_desk.services import organisations
from centre_desk.services.errors import InvalidInput
from centre_desk.services.organisations import OrganisationInput, OrganisationView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.toolkit.editors import rule_problems
from centre_desk.ui.toolkit.empty_hint import EmptyHint
from centre_desk.ui.toolkit.messages import problem_text
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.i18n import region_choices, region_text
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import ORGANISATIONS, Operation
from centre_desk.ui.placements.models import organisation_model
from centre_desk.ui.toolkit.steps import StepDialog, note_edit
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.rows_model import read_only_table
from centre_desk.ui.toolkit.search import search_edit, search_pause
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

SHOWN_LIMIT = 500
"""Rows the directory lists at once; a search narrows it."""


def _partner_refusal(error: Exception) -> str | None:
    """Why a partner cannot go, in the placements' words (None: the shared sentence)."""
    if isinstance(error, InvalidInput):
        return " ".join(problem_text(code) for code in error.problems.values())
    return None


class OrganisationFormDialog(StepDialog):
    """Add a partner (``organisation`` None) or correct one; read-only users only look.
    After acceptance ``organisation_id`` is the partner's id."""

    changes = frozenset({ORGANISATIONS})

    def __init__(self, workspace: Workspace, organisation: OrganisationView | None = None,
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("organisationFormDialog")
        self._organisation = organisation
        self.organisation_id = organisation.id if organisation else None
        if organisation is not None and not read_only:
            self.edits_record("organisation", organisation.id, organisation)
        self._read_only = read_only
        form = self.form
        self.name = form.add("name", QLineEdit())
        self.name.setObjectName("organisationNameEdit")
        self.kind = form.add("kind", CodeCombo(OrganisationKind, blank=True))
        self.kind.setObjectName("organisationKindCombo")
        self.address = form.add("address", QLineEdit())
        self.address.setObjectName("organisationAddressEdit")
        self.region = form.add("region", QComboBox())
        self.region.setObjectName("organisationRegionCombo")
        self.region.setEditable(True)
        for region, text in region_choices():
            self.region.addItem(text, region)
        self.region.setCurrentIndex(-1)
        self.contact_person = form.add("contact_person", QLineEdit())
        self.contact_person.setObjectName("organisationContactEdit")
        self.phone = form.add("phone", QLineEdit())
        self.phone.setObjectName("organisationPhoneEdit")
        self.notes = form.add("notes", note_edit("organisationNotesEdit"))
        for edit, limit in ((self.name, 200), (self.contact_person, 200), (self.phone, 40)):
            edit.setMaxLength(limit + 1)  # one over, so "too long" can still be said
        if organisation is not None:
            self._fill(organisation)
        if read_only:
            self.changes = frozenset()  # OK only closes: nothing is stored
            for edit in (self.name, self.address, self.contact_person, self.phone):
                edit.setReadOnly(True)
            self.notes.setReadOnly(True)
            self.kind.setEnabled(False)
            self.region.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.retranslate_ui()
        self.name.setFocus()

    def _fill(self, organisation: OrganisationView) -> None:
        self.name.setText(organisation.name)
        self.kind.set_value(organisation.kind)
        self.address.setText(organisation.address or "")
        self.region.setEditText(region_text(organisation.region))
        self.contact_person.setText(organisation.contact_person or "")
        self.phone.setText(organisation.phone or "")
        self.notes.setPlainText(organisation.notes or "")

    def field_names(self) -> set[str]:
        return {"name", "kind", "address", "region", "contact_person", "phone", "notes"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        if self._organisation is None:
            self.setWindowTitle(self.tr("New partner organisation"))
        else:
            self.setWindowTitle(self.tr("Partner organisation"))
        captions = {"name": self.tr("&Name:"), "kind": self.tr("&Kind:"),
                    "address": self.tr("&Address:"), "region": self.tr("&Region:"),
                    "contact_person": self.tr("&Contact person:"), "phone": self.tr("&Phone:"),
                    "notes": self.tr("N&otes:")}
        for name, text in captions.items():
            self.form.set_label(name, text)
        self.kind.retranslate()
        self.kind.set_blank_text(self.tr("\u2014 choose \u2014"))
        self.phone.setPlaceholderText("+7 701 123 45 67")
        if self._read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("&Close"))

    def data(self) -> OrganisationInput:
        """What was typed."""
        return OrganisationInput(
            name=self.name.text(), kind=self.kind.value(), address=self.address.text(),
            region=stored_region(self.region.currentText()),
            contact_person=self.contact_person.text(),
            phone=self.phone.text(), notes=self.notes.toPlainText())

    def field_problems(self) -> dict[str, str]:
        """Override: each field checked by the directory's own rules as it is left."""
        return rule_problems(organisations.normalise, self.data()) | super().field_problems()

    def submit(self) -> uuid.UUID | list[str]:
        """Override: add the partner, or save the corrections."""
        if self._read_only:
            return []
        if self._organisation is None:
            self.organisation_id = self._workspace.run(organisations.create_organisation,
                                                       self.data())
            return self.organisation_id
        return self.save_checked(lambda data, seen: self._workspace.run(
            organisations.update_organisation, self._organisation.id, data, seen=seen),
            self.data())


class PartnerDirectoryDialog(Retranslating, QDialog, ModalHost):
    """Search the partners, add one, edit or delete the selected one. ``changed`` tells
    the placements tab to refresh its partner filter."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDirectoryDialog")
        self._workspace = workspace
        self.changed = False
        self._may_edit = may(workspace, Permission.EDIT)
        self._may_delete = may(workspace, Permission.MERGE_AND_CLOSE)

        self._search_label = QLabel(self)
        self.search = search_edit("partnerSearchEdit", self, self)
        self._search_label.setBuddy(self.search)
        self.kind = CodeCombo(OrganisationKind, self, blank=True)
        self.kind.setObjectName("partnerKindCombo")
        self._kind_label = QLabel(self)
        self._kind_label.setBuddy(self.kind)
        self.model = organisation_model(self)
        self.view = read_only_table("partnerView", self, self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(lambda _index: self.edit_partner())
        self.view.selectionModel().currentRowChanged.connect(self._enable)
        self.empty_hint = EmptyHint(self.view, self._clear_search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("partnerCountLabel")
        self.message = problem_label("partnerMessage", self)
        self.add_button = action_button("addPartnerButton", self, self.add_partner)
        self.edit_button = action_button("editPartnerButton", self, self.edit_partner)
        self.delete_button = action_button("deletePartnerButton", self, self.delete_partner)
        self.close_button = action_button("closeButton", self, self.accept)

        self._debounce = search_pause(self, self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.reload)

        search_row = QHBoxLayout()
        search_row.addWidget(self._search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self._kind_label)
        search_row.addWidget(self.kind)
        buttons = button_row((self.add_button, self.edit_button, self.delete_button),
                             (self.close_button,))
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        open_as_last_closed(self, QSize(1180, 540))
        self.retranslate_ui()
        self.reload()
        self.search.setFocus()

    # --- own API -----------------------------------------------------------------------

    def reload(self) -> None:
        """Search again for what is typed, keeping the selected partner if still shown."""
        self._debounce.stop()
        chosen = self.current_partner()
        found = self._workspace.run(organisations.find_organisations, self.search.text(),
                                    self.kind.value(), SHOWN_LIMIT)
        self.model.set_rows(found)
        rows = [i for i, view in enumerate(found) if chosen and view.id == chosen.id]
        if found:
            self.view.setCurrentIndex(self.model.index(rows[0] if rows else 0, 0))
        self._fit_columns()
        self._show_count()
        self._enable()

    def _fit_columns(self) -> None:
        """Columns as wide as their words, but none so wide that the phone and address
        leave the window (the full text is in the tooltip)."""
        self.view.resizeColumnsToContents()
        char = self.view.fontMetrics().averageCharWidth()
        header = self.view.horizontalHeader()
        # In average characters: name, kind, region, contact person, phone.
        for column, cap in enumerate((44, 26, 26, 30, 20)):
            header.resizeSection(column, min(header.sectionSize(column), cap * char))

    def current_partner(self) -> OrganisationView | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_partner(self, organisation_id: uuid.UUID) -> None:
        for row, view in enumerate(self.model.rows()):
            if view.id == organisation_id:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Partner organisations"))
        self._search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, contact person, region or phone"))
        self.search.setAccessibleName(self.tr("Search the partners"))
        self._kind_label.setText(self.tr("&Kind:"))
        self.kind.retranslate()
        self.kind.set_blank_text(self.tr("All kinds"))
        self.view.setAccessibleName(self.tr("Partner organisations"))
        self.add_button.setText(self.tr("&Add\u2026"))
        self.edit_button.setText(self.tr("&Edit\u2026") if self._may_edit
                                 else self.tr("&Open\u2026"))
        self.delete_button.setText(self.tr("&Delete"))
        self.close_button.setText(self.tr("&Close"))
        self.model.retranslate()
        self._show_count()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- actions -----------------------------------------------------------------------

    def add_partner(self) -> None:
        """Add a partner through the form and select it."""
        if not self._may_edit:
            return
        dialog = OrganisationFormDialog(self._workspace, parent=self)
        if self.run_dialog(dialog):
            self.changed = True
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.reload()
            self.select_partner(dialog.organisation_id)

    def edit_partner(self) -> None:
        """Open the selected partner: to correct it, or (read-only) to read it."""
        partner = self.current_partner()
        if partner is None:
            return
        dialog = OrganisationFormDialog(self._workspace, partner,
                                        read_only=not self._may_edit, parent=self)
        if self.run_dialog(dialog) and self._may_edit:
            self.changed = True
            self.reload()

    def delete_partner(self) -> None:
        """Delete the selected partner after a confirmation (supervisors)."""
        partner = self.current_partner()
        if partner is None or not self._may_delete:
            return
        question = self.tr("Remove \u201c%1\u201d from the directory? Placements that "
                           "are already closed keep its name.").replace("%1", partner.name)
        if not self.confirm(self.tr("Delete the partner"), question):
            return
        Operation(self, self._workspace, {ORGANISATIONS}, organisations.delete_organisation,
                  partner.id).show_errors_in(self.show_message).worded(
            _partner_refusal).success(self._stored).run()

    def _stored(self, _result=None) -> None:
        self.show_message("")
        self.changed = True
        self.reload()

    # --- reactions ---------------------------------------------------------------------

    def _show_count(self) -> None:
        rows, searched, kind = self.model.rowCount(), self.search.text(), self.kind.value()
        self.count_label.setText(self.tr("Shown: %1").replace("%1", str(rows)))
        self.empty_hint.show_for(rows, searched, kind is not None,
                                 bool(rows or searched.strip() or kind),
                                 new_words=self.add_button.text() if self._may_edit else None)

    def _clear_search(self) -> None:
        self.kind.set_value(None)
        self.search.clear()
        self.reload()

    def _enable(self, *_args) -> None:
        selected = self.current_partner() is not None
        self.add_button.setEnabled(self._may_edit)
        self.edit_button.setEnabled(selected)
        self.delete_button.setVisible(self._may_delete)
        self.delete_button.setEnabled(selected and self._may_delete)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override: Down goes from the search box into the list; Enter there searches at
        once rather than closing the window; Escape clears a search before closing."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.reload()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.reload()
                return True
        return super().eventFilter(watched, event)
