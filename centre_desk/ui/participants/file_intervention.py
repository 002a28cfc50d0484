"""Logging an intervention from a participant's file: a consultation for one person, or
a group session logged once with everyone who attended (adults only; a session held in a
facility can list all its participants in one step)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable


from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from centre_desk.services import interventions, picking
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.persons import PersonView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.participants.file_fields import TextCombo, clean
from centre_desk.services.assessment_instrument import current_instrument
from centre_desk.ui.toolkit.instrument_words import instrument_text
from centre_desk.ui.toolkit.choices import CodeCombo, ValueCombo
from centre_desk.ui.toolkit.person_picker import PersonListModel, PersonPicker
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.buttons import action_button, button_row, ok_cancel
from centre_desk.ui.toolkit.search import found_list
from centre_desk.ui.toolkit.pick_filters import everyone_of


FACILITY_SHOWN = 28
"""The most letters of a facility's name the "Add everyone of…" button shows."""


class AttendeesBox(Retranslating, QWidget):
    """Who attended: the participant first, more added with the person picker, which
    offers adults only and the session's facility's participants first; "Add everyone
    of <facility>" lists all of them at once, those listed already skipped."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.model = PersonListModel(self)
        self._list = found_list("attendeesList", self, self.model)
        self._remove = action_button("removeAttendeeButton", self, self._remove_current)
        self.everyone_button = action_button("addEveryoneButton", self, self.add_everyone)
        self._add_label = QLabel(self)
        self.picker = PersonPicker(workspace, self, picking.adults())
        self.picker.setObjectName("attendeePicker")
        self._add_label.setBuddy(self.picker.search_edit())
        self.picker.picked.connect(self.add)
        row = button_row(start=(self.everyone_button,), end=(self._remove,))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list, 1)
        layout.addLayout(row)
        layout.addWidget(self._add_label)
        layout.addWidget(self.picker, 1)
        self.retranslate_ui()

    def set_session(self, held_on: dt.date | None, facility: str | None) -> None:
        """The session's day and facility: adults on that day are offered, the
        facility's participants first."""
        self.picker.set_context(picking.adults(held_on, (facility or "").strip() or None))
        self._word_everyone()

    def facility(self) -> str:
        return self.picker.context().facility or ""

    def add_everyone(self) -> int:
        """List every adult whose open case names the session's facility, skipping
        those listed already; returns how many were added."""
        if not self.facility():
            return 0
        found = self._workspace.run(picking.facility_participants, self.facility(),
                                    self.picker.context())
        added = sum(self.model.append(candidate.person) for candidate in found)
        self.picker.set_excluded(self.ids())
        return added

    def _word_everyone(self) -> None:
        facility = self.facility()
        self.everyone_button.setText(everyone_of(facility, FACILITY_SHOWN))
        self.everyone_button.setToolTip(self.tr(
            "List every adult with an open case in the facility chosen on the left"))
        self.everyone_button.setEnabled(bool(facility))

    def retranslate_ui(self) -> None:
        self._word_everyone()
        self._remove.setText(self.tr("&Remove from the list"))
        self._add_label.setText(self.tr("&Add an attendee (Enter adds the highlighted "
                                        "person):"))
        self._list.setAccessibleName(self.tr("Attendees"))

    def add(self, person: PersonView) -> None:
        """List one more attendee and get the picker ready for the next."""
        self.model.append(person)
        self.picker.set_excluded(self.ids())
        self.picker.clear()
        self.picker.setFocus()

    def ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(person.id for person in self.model.persons())

    def _remove_current(self) -> None:
        index = self._list.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self.picker.set_excluded(self.ids())


class LogInterventionDialog(Retranslating, QDialog):
    """Records one activity with its attendance; nothing is saved until it is valid."""

    def __init__(self, workspace: Workspace, person: PersonView, facilities: Iterable[str],
                 facility: str | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logInterventionDialog")
        self._workspace = workspace
        self.activity_id: uuid.UUID | None = None
        self._form = Form(self)
        self.kind = self._form.add("kind", CodeCombo(tuple(interventions.INTERVENTION_KINDS)))
        self.kind.setObjectName("interventionKindCombo")
        self.held_on = self._form.add("held_on", DateField())
        self.held_on.setObjectName("heldOnEdit")
        self.held_on.set_date(today or dt.date.today())
        self.facility = self._form.add("facility", TextCombo())
        self.facility.setObjectName("interventionFacilityCombo")
        self.facility.set_choices(facilities)
        self.facility.set_text(facility)
        self.place = self._form.add("place", QLineEdit())
        self.place.setObjectName("placeEdit")
        self.facilitators = self._form.add("facilitators", QLineEdit())
        self.facilitators.setObjectName("facilitatorsEdit")
        self.need = self._form.add("need_code", ValueCombo(blank=True))
        self.need.setObjectName("interventionNeedCombo")
        self._needs = workspace.run(current_instrument).needs()
        self.notes = self._form.add("notes", QPlainTextEdit())
        self.notes.setObjectName("interventionNotesEdit")
        self.notes.setTabChangesFocus(True)
        self._people = Form(self)
        self.attendees = self._people.add("person_ids", AttendeesBox(workspace))
        self.attendees.add(person)
        self.held_on.date_changed.connect(self._session_changed)
        self.facility.currentTextChanged.connect(self._session_changed)
        self._session_changed()
        self._message = problem_label("interventionMessage", self, hidden=False)
        # Enter in the picker adds a person, not the log.
        self._buttons, self._ok, self._cancel = ok_cancel(self, "logButton")
        columns = QHBoxLayout()
        columns.addWidget(self._form, 1)
        columns.addWidget(self._people, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self.resize(860, 520)
        self.retranslate_ui()
        self.kind.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Log intervention"))
        for name, text in {"kind": self.tr("&Kind:"), "held_on": self.tr("&Date:"),
                           "facility": self.tr("&Facility:"), "place": self.tr("&Place:"),
                           "facilitators": self.tr("Fac&ilitators:"),
                           "need_code": self.tr("&Need addressed:"),
                           "notes": self.tr("N&otes:")}.items():
            self._form.set_label(name, text)
        self._people.set_label("person_ids", self.tr("Attendees:"))
        self.place.setPlaceholderText(self.tr("Where, if not in a facility"))
        self.facilitators.setPlaceholderText(self.tr("Who held it"))
        self._ok.setText(self.tr("&Log"))
        self._cancel.setText(self.tr("Cancel"))
        self.kind.retranslate()
        self.held_on.retranslate_ui()
        self.need.set_choices((instrument_text(d.name), d.code) for d in self._needs)
        self.need.setItemText(0, self.tr("None named"))

    def _session_changed(self, _value=None) -> None:
        self.attendees.set_session(self.held_on.date(), self.facility.currentText())

    def error_text(self, name: str) -> str:
        """The message shown beside a field ('' when none)."""
        form = self._people if name == "person_ids" else self._form
        return form.error_text(name)

    def message(self) -> str:
        return self._message.text()

    def value(self) -> interventions.InterventionInput:
        """What the dialog holds, as the service takes it."""
        return interventions.InterventionInput(
            kind=self.kind.value(), held_on=self.held_on.date(),
            person_ids=self.attendees.ids(), place=clean(self.place.text()),
            facility=clean(self.facility.currentText()),
            facilitators=clean(self.facilitators.text()),
            notes=clean(self.notes.toPlainText()), need_code=self.need.value())

    def _show_problems(self, problems: dict[str, str]) -> None:
        self._form.show_problems({k: v for k, v in problems.items() if k != "person_ids"})
        self._people.show_problems({k: v for k, v in problems.items() if k == "person_ids"})

    def accept(self) -> None:  # QDialog.accept
        """Log the activity; stay open with the problems shown if it is refused."""
        self._message.clear()
        data = self.value()
        if data.held_on is None:
            self._show_problems({"held_on": self.held_on.problem() or "required"})
            return
        try:
            self.activity_id = self._workspace.run(interventions.log_intervention, data)
        except InvalidInput as refusal:
            self._show_problems(refusal.problems)
            self._message.setText(error_text(refusal))
            return
        except ServiceError as refusal:
            self._show_problems({})
            self._message.setText(error_text(refusal))
            return
        super().accept()
