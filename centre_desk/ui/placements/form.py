"""The form that requests a new placement or corrects one: kind, person, child (for a
nursery place), partner, date and notes."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QLabel, QWidget

from centre_desk.domain.enums import PlacementKind
from centre_desk.domain.placements import FITTING_ORGANISATIONS
from centre_desk.services import organisations, picking, placements
from centre_desk.services.persons import PersonView
from centre_desk.services.placements import PlacementChanges, PlacementInput, PlacementView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.choices import CodeCombo, ValueCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.i18n import region_text
from centre_desk.ui.toolkit.operations import PLACEMENTS
from centre_desk.ui.toolkit.person_field import PersonField
from centre_desk.ui.toolkit.steps import StepDialog, note_edit

PARTNER_LIMIT = 2000
"""More partners of one kind than any centre has; the list stays a plain combo box."""


class PlacementFormDialog(StepDialog):
    """New placement (``placement`` None) or a correction of one.

    A new placement may start with a person already chosen (from a person's file).
    After acceptance ``placement_id`` is the placement's id.
    """

    changes = frozenset({PLACEMENTS})

    def __init__(self, workspace: Workspace, placement: PlacementView | None = None,
                 person: PersonView | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("placementFormDialog")
        self._placement = placement
        self._today = today or dt.date.today()
        self.placement_id: uuid.UUID | None = placement.id if placement else None
        if placement is not None:
            self.edits_record("placement", placement.id, placement)
        form = self.form
        self.kind = form.add("kind", CodeCombo(PlacementKind))
        self.kind.setObjectName("kindCombo")
        if placement is None:
            self.person = form.add("person", PersonField(
                workspace, context=picking.adults(self._today)))
            self.person.setObjectName("personField")
            self.person.person_changed.connect(self._fill_children)
        else:
            self.person = form.add("person", QLabel(placement.person_name))
            self.person.setObjectName("personLabel")
            self.kind.set_value(placement.kind)
            self.kind.setEnabled(False)
        self.child = form.add("child", ValueCombo(blank=True))
        self.child.setObjectName("childCombo")
        self.organisation = form.add("organisation", ValueCombo(blank=True))
        self.organisation.setObjectName("organisationCombo")
        self.requested_on = form.add("requested_on", DateField())
        self.requested_on.setObjectName("requestedOnEdit")
        self.requested_on.set_range(None, self._today)
        self.requested_on.set_date_value(placement.requested_on if placement else self._today)
        self.requested_on.setEnabled(placement is None)
        self.notes = form.add("notes", note_edit("placementNotesEdit"))
        if placement is not None:
            self.notes.setPlainText(placement.notes or "")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.retranslate_ui()
        self._kind_changed()
        if person is not None and placement is None:
            self.person.set_person(person)
        (self.kind if placement is None else self.organisation).setFocus()

    # --- own API -----------------------------------------------------------------------

    def person_id(self) -> uuid.UUID | None:
        if self._placement is not None:
            return self._placement.person_id
        return self.person.person_id()

    def field_names(self) -> set[str]:
        return {"kind", "person", "child", "organisation", "requested_on", "notes"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        new = self._placement is None
        self.setWindowTitle(self.tr("New placement") if new else self.tr("Edit the placement"))
        labels_ = {"kind": self.tr("&Kind of help:"), "person": self.tr("&Person:"),
                   "child": self.tr("&Child:"), "organisation": self.tr("P&artner:"),
                   "requested_on": self.tr("&Requested on:"), "notes": self.tr("&Notes:")}
        for name, text in labels_.items():
            self.form.set_label(name, text)
        self.kind.retranslate()
        if new:
            self.person.set_placeholder(
                self.tr("Surname and name in any alphabet, or the start of an IIN"))
        self._blank_texts()

    def _blank_texts(self) -> None:
        self.organisation.set_blank_text(self.tr("\u2014 not chosen yet \u2014"))
        self.child.set_blank_text(self.tr("\u2014 choose the child \u2014")
                                  if self.child.count() > 1 else
                                  self.tr("No children are linked to this person"))

    # --- reactions ---------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.value()
        self.form.set_row_visible("child", kind is PlacementKind.NURSERY)
        self._fill_organisations(kind)
        self._fill_children()

    def _fill_organisations(self, kind: PlacementKind) -> None:
        found = self._workspace.run(organisations.find_organisations, "",
                                    FITTING_ORGANISATIONS[kind], PARTNER_LIMIT)
        choices = []
        for partner in found:
            text = (f"{partner.name} ({region_text(partner.region)})" if partner.region
                    else partner.name)
            choices.append((f"{text} \u2014 {labels.label(partner.kind)}", partner.id))
        placement = self._placement
        self._offer(self.organisation, choices, placement and placement.organisation_id,
                    placement and placement.organisation_name)

    def _fill_children(self, *_args) -> None:
        if self.kind.value() is not PlacementKind.NURSERY:
            self.child.set_choices([])
            self._blank_texts()
            return
        person_id = self.person_id()
        children = self._workspace.run(placements.children_of, person_id) if person_id else []
        choices = []
        for child in children:
            born = labels.date_text(child.birth_date)
            choices.append((f"{child.full_name} \u2014 {born}" if born else child.full_name,
                            child.id))
        placement = self._placement
        self._offer(self.child, choices, placement and placement.child_id,
                    placement and placement.child_name)

    def _offer(self, combo: ValueCombo, choices: list[tuple[str, uuid.UUID]],
               stored_id: uuid.UUID | None, stored_name: str | None) -> None:
        """Offer ``choices``, keeping what is chosen (at first, the placement's own). The
        placement's own stays offered when no longer found (a partner since removed from
        the directory, a child since unlinked), so saving the notes does not drop it."""
        chosen = combo.value()
        if chosen is None and self._placement is not None:
            chosen = stored_id
        if stored_id and stored_id not in {value for _text, value in choices}:
            choices.append((stored_name or "", stored_id))
        combo.set_choices(choices)
        combo.set_value(chosen)
        self._blank_texts()

    def submit(self) -> uuid.UUID | list[str]:
        """Override: request the placement, or save the corrections."""
        child = self.child.value() if self.kind.value() is PlacementKind.NURSERY else None
        if self._placement is None:
            self.placement_id = self._workspace.run(
                placements.request_placement, PlacementInput(
                    kind=self.kind.value(), person_id=self.person.person_id(), child_id=child,
                    organisation_id=self.organisation.value(),
                    requested_on=self.requested_on.date_value(),
                    notes=self.notes.toPlainText()), today=self._today)
            return self.placement_id
        return self.save_checked(lambda data, seen: self._workspace.run(
            placements.update_placement, self._placement.id, data, seen=seen),
            PlacementChanges(child_id=child, organisation_id=self.organisation.value(),
                             notes=self.notes.toPlainText()))
