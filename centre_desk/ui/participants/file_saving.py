"""Saving a participant file's forms: each field checked as it is left, every problem of
both forms at once on saving (the cursor in the first wrong field, top to bottom), a
warning before a likely duplicate is written, then the one service call that fits (a
new participant, a case for a person on file, or changes to both)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from centre_desk.services import cases, duplicates, persons
from centre_desk.services.errors import DuplicateIin, InvalidInput, ServiceError
from centre_desk.services.case_editing import SPECIALISTS
from centre_desk.services.concurrency import FieldConflict
from centre_desk.services.participant_file import save_participant
from centre_desk.services.persons import PersonInput
from centre_desk.ui.toolkit.edit_conflicts import NOT_SAVED, save_resolving, value_text
from centre_desk.ui.toolkit.editors import put_cursor_in, rule_problems
from centre_desk.ui.toolkit.messages import error_text, problem_text
from centre_desk.ui.toolkit.operations import CASES, PERSONS, announce
from centre_desk.ui.participants.file_data import likeness_key
from centre_desk.ui.participants.file_forms import PERSON_FIELDS

_CASE_FIELDS = frozenset(f.name for f in dataclasses.fields(cases.CaseInput))


class FileSaving:
    """Mixed into :class:`~centre_desk.ui.participants.file_window.ParticipantFileDialog`,
    whose forms, banner, message line and state it uses. Texts are translated in the
    dialog's context, the class they show in."""

    def save(self) -> bool:
        """Save the person and the case if valid; True when saved (or nothing to save)."""
        if not self.may_edit or not self.save_button.isEnabled():
            return False
        if self._loaded.person is not None and not self._opening_case and \
                not self.is_modified():
            return True  # Enter on a list row, say: nothing typed, nothing to save
        self._show_message("")
        person, case = self.person_form.value(), self.case_form.value()
        problems = self._problems(person, case)
        if problems:
            self._show_problems(problems, InvalidInput(problems))
            return False
        if self._needs_likeness_check(person) and self._warn_of_likeness(person):
            return False
        try:
            if self._loaded.person is None:
                ids = self._workspace.run(cases.register_participant, person, case)
                self._case_id, self._person_id = ids.case_id, ids.person_id
            elif self._loaded.file is None:
                self._case_id = self._workspace.run(cases.open_case, self._person_id, case)
            elif save_resolving(self, self._save_both, (person, case), self._loaded.seen,
                                self._conflict_name, self._conflict_value) is NOT_SAVED:
                self._show_message(QCoreApplication.translate(
                    "ParticipantFileDialog",
                    "Not saved: someone else changed the same fields."), error=True)
                return False
        except DuplicateIin as refusal:
            self.person_form.clear_problems()
            self.banner.show_iin_taken(refusal)
            self._show_message(QCoreApplication.translate(
                "ParticipantFileDialog", "Not saved: see above."), error=True)
            self.person_form.iin.setFocus()
            return False
        except InvalidInput as refusal:
            self._show_problems(refusal.problems, refusal)
            return False
        except ServiceError as refusal:
            self._show_message(error_text(refusal), error=True)
            return False
        self._opening_case = False
        self._accepted_likeness = None
        self.person_form.clear_problems()
        self.case_form.clear_problems()
        self._clean = self._snapshot()  # saved: the reload shows what is stored now
        was_new = self._loaded.person is None
        self.reload()
        if was_new:  # the history and timeline now have a place to show
            self.resize(max(self.width(), 1180), self.height())
            self._share_width()
        self._show_message(QCoreApplication.translate("ParticipantFileDialog", "Saved."))
        self.changed.emit()
        announce(self._workspace, {PERSONS, CASES})
        return True

    def _save_both(self, inputs: tuple, seen: tuple) -> None:
        """Both halves, checked against what the forms showed when they were filled
        (FileContents.seen): a field another desk saved since is asked about."""
        self._workspace.run(save_participant, self._person_id, inputs[0], self._case_id,
                            inputs[1], seen=seen)

    def _conflict_name(self, conflict: FieldConflict) -> str:
        """A field both this file and another desk changed, as the form labels it."""
        if conflict.table == "person":
            return self.person_form.field_name(conflict.field) or conflict.field
        if conflict.field == "notes":
            return self.case_form.notes_box.title()
        return self.case_form.details.field_name(conflict.field) or conflict.field

    def _conflict_value(self, conflict: FieldConflict, value: object) -> str:
        """A value of such a field in words: the specialists by name."""
        if conflict.field == SPECIALISTS and isinstance(value, frozenset | tuple):
            names = {user.id: user.full_name for user in self._loaded.specialists}
            return value_text(frozenset(names.get(i, str(i)) for i in value))
        return value_text(value)

    def _problems(self, person: PersonInput, case: cases.CaseInput) -> dict[str, str]:
        """Every problem of both forms at once, before anything is written: dates that
        are not dates, then what the services' own checks find."""
        return rule_problems(persons.normalise, person) | self.person_form.local_problems() \
            | self._case_problems(case)

    def _case_problems(self, case: cases.CaseInput | None = None) -> dict[str, str]:
        """What the service's own check of a case (``cases.validate_case``) finds in
        the case form, and dates that are not dates: the case's fields are checked by
        these as they are left."""
        case = case or self.case_form.value()
        return rule_problems(self._workspace.run, cases.validate_case, case) | \
            self.case_form.local_problems()

    def check_fields_as_left(self) -> None:
        """Check the case's fields by the service's rules as they are left (the
        person's are checked by ``persons.normalise``, which needs no database)."""
        self.case_form.set_checker(self._case_problems)

    def save_anyway(self) -> bool:
        """The user checked the likely duplicate and it is someone else: save."""
        self._accepted_likeness = likeness_key(self.person_form.value())
        return self.save()

    def _needs_likeness_check(self, person: PersonInput) -> bool:
        key = likeness_key(person)
        if key == self._accepted_likeness:
            return False
        stored = self._loaded.person
        # Only a new person, or a change to what makes two records look alike, is checked.
        return stored is None or key != likeness_key(stored)

    def _warn_of_likeness(self, person: PersonInput) -> bool:
        try:
            found = self._workspace.run(duplicates.possible_duplicates, person,
                                        self._person_id)
        except InvalidInput:
            return False  # the save reports the problems beside the fields
        if not found or (person.iin and any(c.iin == person.iin for c in found)):
            return False  # the IIN itself is on file: the save refuses it outright
        self.banner.show_candidates(found, may_save_anyway=True)
        self._show_message(QCoreApplication.translate(
            "ParticipantFileDialog", "Not saved yet: see above."), error=True)
        return True

    def _forget_likeness(self) -> None:
        if self.banner.save_anyway_button.isVisibleTo(self.banner):
            self.banner.clear()

    def _show_problems(self, problems: dict[str, str], refusal: InvalidInput) -> None:
        """Each problem beside its field, the cursor in the first wrong field of the
        window, top to bottom (the person's before the case's)."""
        self.person_form.show_problems(
            {k: v for k, v in problems.items() if k in PERSON_FIELDS}, focus=False)
        self.case_form.show_problems({k: v for k, v in problems.items()
                                      if k not in PERSON_FIELDS}, focus=False)
        first = self.person_form.first_wrong_field() or self.case_form.first_wrong_field()
        if first is not None:
            put_cursor_in(first)
        known = PERSON_FIELDS | _CASE_FIELDS
        others = [code for name, code in problems.items() if name not in known]
        self._show_message(problem_text(others[0]) if others else error_text(refusal),
                           error=True)
