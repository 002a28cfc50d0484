"""Linking a relative to a participant: someone already registered, or a new person
entered with the short person form, and how they are related."""

from __future__ import annotations

import uuid


from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QHBoxLayout, QLabel, QRadioButton,
    QStackedWidget, QVBoxLayout, QWidget)

from centre_desk.domain.family import Relation
from centre_desk.services import family
from centre_desk.services.errors import DuplicateIin, InvalidInput, ServiceError
from centre_desk.services.participant_file import register_and_link
from centre_desk.services.persons import PersonView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.participants.file_forms import PersonForm
from centre_desk.ui.toolkit.person_picker import PersonPicker
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.buttons import ok_cancel
from centre_desk.ui.toolkit.window_memory import open_as_last_closed


class LinkRelativeDialog(Retranslating, QDialog):
    """Asks who the relative is and how they are related, then links them."""

    def __init__(self, workspace: Workspace, person: PersonView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkRelativeDialog")
        self._workspace, self._person = workspace, person
        self.relative_id: uuid.UUID | None = None
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._form = Form(self)
        self.relation = self._form.add("relation", CodeCombo(tuple(Relation), blank=True))
        self.relation.setObjectName("relationCombo")
        self.existing = QRadioButton(self)
        self.existing.setObjectName("existingPersonRadio")
        self.new = QRadioButton(self)
        self.new.setObjectName("newPersonRadio")
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.existing, 0)
        self._choice.addButton(self.new, 1)
        choices = QWidget(self)
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.existing)
        row.addWidget(self.new)
        row.addStretch(1)
        self._form.add("who", choices)
        self.picker = PersonPicker(workspace)
        self.picker.setObjectName("relativePicker")
        self.picker.set_excluded({person.id})
        self.person_form = PersonForm(minimal=True)
        self.person_form.setObjectName("newRelativeForm")
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.picker)
        self._stack.addWidget(self.person_form)
        self._form.add("relative", self._stack)
        self._choice.idToggled.connect(self._show_choice)
        self.existing.setChecked(True)
        self._message = problem_label("relativeMessage", self, hidden=False)
        # Enter in the picker picks; the button links.
        self._buttons, self._ok, self._cancel = ok_cancel(self, "linkButton")
        layout = QVBoxLayout(self)
        for widget in (self._intro, self._form, self._message, self._buttons):
            layout.addWidget(widget)
        open_as_last_closed(self, QSize(560, 520))
        self.retranslate_ui()
        self.relation.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Link relative"))
        self._intro.setText(self.tr("A relative of %1.").replace("%1", self._person.full_name))
        self._form.set_label("relation", self.tr("The relative is their:"))
        self._form.set_label("who", self.tr("Who:"))
        self._form.set_label("relative", "")
        self.existing.setText(self.tr("&Already registered"))
        self.new.setText(self.tr("&New person"))
        self._ok.setText(self.tr("&Link"))
        self._cancel.setText(self.tr("Cancel"))
        self.relation.retranslate()

    def error_text(self, name: str) -> str:
        """The message beside a field of this dialog or of the new person's form."""
        if name in {"relation", "relative"}:
            return self._form.error_text(name)
        return self.person_form.error_text(name)

    def message(self) -> str:
        return self._message.text()

    def _show_choice(self, choice: int, checked: bool) -> None:
        if checked:
            self._stack.setCurrentIndex(choice)
            (self.picker if choice == 0 else self.person_form.surname).setFocus()

    def accept(self) -> None:  # QDialog.accept
        """Link the relative; stay open with the problems shown if it is refused."""
        self._message.clear()
        self.person_form.clear_problems()
        relation = self.relation.value()
        problems = {} if relation is not None else {"relation": "required"}
        if self.existing.isChecked():
            chosen = self.picker.current_person()
            if chosen is None:
                problems["relative"] = "required"
        else:
            person_problems = self.person_form.local_problems()
            if person_problems:
                self.person_form.show_problems(person_problems)
                problems.setdefault("relative", "invalid")
        if problems:
            self._form.show_problems(problems)
            return
        self._form.clear_problems()
        try:
            if self.existing.isChecked():
                self._workspace.run(family.link_relative, self._person.id, chosen.id, relation)
                self.relative_id = chosen.id
            else:
                self.relative_id = self._workspace.run(
                    register_and_link, self._person.id, self.person_form.value(), relation)
        except DuplicateIin as refusal:
            self._offer_existing(refusal)
            return
        except InvalidInput as refusal:
            self._show_refusal(refusal)
            return
        except ServiceError as refusal:
            self._message.setText(error_text(refusal))
            return
        super().accept()

    def _show_refusal(self, refusal: InvalidInput) -> None:
        mine = {k: v for k, v in refusal.problems.items() if k in {"relation", "relative"}}
        self._form.show_problems(mine)
        self.person_form.show_problems(
            {k: v for k, v in refusal.problems.items() if k not in mine})
        self._message.setText("" if mine else error_text(refusal))

    def _offer_existing(self, refusal: DuplicateIin) -> None:
        # The person is on file already: find them for the user instead of a dead end.
        self._message.setText(error_text(refusal) + " " + self.tr(
            "They are shown under \u201cAlready registered\u201d: choose them and link."))
        self.existing.setChecked(True)
        self.picker.search_edit().setText(refusal.iin)
        self.picker.search_now()
