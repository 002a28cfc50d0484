"""The participant file's two forms: who the person is, and their case."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from centre_desk.domain.enums import CaseCategory, RiskLevel, Sex
from centre_desk.domain.iin import check_iin, decode_iin
from centre_desk.domain.regions import stored_region
from centre_desk.services.cases import CaseInput
from centre_desk.services.persons import PersonInput, PersonView, iin_mismatches, normalise
from centre_desk.services.users import UserView
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.editors import put_cursor_in, rule_problems
from centre_desk.ui.toolkit.forms import Checker, Form
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.participants.file_fields import (
    SpecialistsList, TextCombo, clean, set_editable)
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.colours import WARNING
from centre_desk.ui.toolkit.i18n import region_choices, region_text
from centre_desk.ui.toolkit.retranslate import Retranslating

PERSON_FIELDS = frozenset(f.name for f in dataclasses.fields(PersonInput)) - {"notes"}
"""Problem codes for these fields belong beside the person form; the rest (the case's
own notes among them) beside the case form. The person's notes are not edited here."""

_LINE_LIMIT = 100  # the store's width for names and short texts


def _line(name: str, limit: int = _LINE_LIMIT) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    return edit


class PersonForm(Retranslating, Form):
    """A person's identity and contacts; a valid IIN fills the birth date and sex.

    ``minimal`` keeps the names, IIN, sex and birth date: enough to register a
    relative from inside someone else's file."""

    changed = Signal()
    """Anything was typed or chosen."""

    def __init__(self, minimal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimal = minimal
        self._person: PersonView | None = None
        self.surname = self.add("surname", _line("surnameEdit"))
        self.given_name = self.add("given_name", _line("givenNameEdit"))
        self.patronymic = self.add("patronymic", _line("patronymicEdit"))
        self.iin = self.add("iin", _line("iinEdit", 12))
        self.sex = self.add("sex", CodeCombo(tuple(Sex), blank=True))
        self.sex.setObjectName("sexCombo")
        self.birth_date = self.add("birth_date", DateField(optional=True))
        self.birth_date.setObjectName("birthDateEdit")
        self._fields: list[QWidget] = [self.surname, self.given_name, self.patronymic,
                                        self.iin, self.sex, self.birth_date]
        if not minimal:
            self.phone = self.add("phone", _line("phoneEdit", 40))
            self.address = self.add("address", _line("addressEdit", 300))
            self.region = self.add("region", TextCombo())
            self.region.setObjectName("regionCombo")
            self.region.set_choices((text for _region, text in region_choices()),
                                    in_order=True)
            self.region.set_text("")
            self.district = self.add("district", _line("districtEdit"))
            self._fields += [self.phone, self.address, self.region, self.district]
        for editor in self._fields:
            signal = editor.currentIndexChanged if isinstance(editor, CodeCombo) else \
                editor.editTextChanged if isinstance(editor, TextCombo) else editor.textChanged
            signal.connect(self.changed)
        self.iin.textChanged.connect(self._fill_from_iin)
        # Beside the IIN: its digits say another birth date or sex (allowed since 2013).
        self.iin_warning = QLabel(self)
        self.iin_warning.setObjectName("iinWarningLabel")
        self.iin_warning.setWordWrap(True)
        self.iin_warning.setStyleSheet(f"color: {WARNING};")
        self.iin_warning.hide()
        self.iin.parentWidget().layout().addWidget(self.iin_warning)
        for signal in (self.iin.textChanged, self.sex.currentIndexChanged,
                       self.birth_date.date_changed):
            signal.connect(self._show_iin_warning)
        self.set_checker(self.field_problems)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = {"surname": self.tr("S&urname:"), "given_name": self.tr("&Name:"),
                 "patronymic": self.tr("P&atronymic:"), "iin": self.tr("&IIN:"),
                 "sex": self.tr("Se&x:"), "birth_date": self.tr("&Birth date:")}
        if not self._minimal:
            texts |= {"phone": self.tr("P&hone:"), "address": self.tr("A&ddress:"),
                      "region": self.tr("Region:"), "district": self.tr("District:")}
        for name, text in texts.items():
            self.set_label(name, text)
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.sex.retranslate()
        self.birth_date.retranslate_ui()
        self._show_iin_warning()

    # --- own API -----------------------------------------------------------------------

    def editors(self) -> list[QWidget]:
        return list(self._fields)

    def set_person(self, person: PersonView | None) -> None:
        """Show a stored person (None: an empty form for a new one)."""
        self._person = person
        self._filled_from_iin = (None, None)
        self.surname.setText(person.surname if person else "")
        self.given_name.setText(person.given_name if person else "")
        self.patronymic.setText(person.patronymic or "" if person else "")
        self.iin.setText(labels.private_text(person.iin) if person else "")
        self.sex.set_value(person.sex if person else None)
        self.birth_date.set_date(person.birth_date if person else None)
        if not self._minimal:
            self.phone.setText(labels.private_text(person.phone) if person else "")
            self.address.setText(labels.private_text(person.address) if person else "")
            self.region.set_text(region_text(person.region) if person else "")
            self.district.setText(person.district or "" if person else "")
        self.clear_problems()

    def value(self) -> PersonInput:
        """What the form holds, as the services take it; fields this form does not
        show keep their stored values."""
        kept = self._person or PersonInput(surname="", given_name="")
        values = {
            "surname": self.surname.text(), "given_name": self.given_name.text(),
            "patronymic": clean(self.patronymic.text()), "iin": clean(self.iin.text()),
            "sex": self.sex.value(), "birth_date": self.birth_date.date()}
        if not self._minimal:
            values |= {"phone": clean(self.phone.text()), "address": clean(self.address.text()),
                       "region": clean(stored_region(self.region.currentText())),
                       "district": clean(self.district.text())}
        else:
            values |= {name: getattr(kept, name)
                       for name in ("phone", "address", "region", "district")}
        return PersonInput(**values, language=kept.language, notes=kept.notes)

    def local_problems(self) -> dict[str, str]:
        """What is wrong before asking the database: a date that is not a date."""
        problem = self.birth_date.problem()
        return {"birth_date": problem} if problem else {}

    def field_problems(self) -> dict[str, str]:
        """The form's checker: what the service's own rules (``persons.normalise``: a required
        name, the IIN by ``domain.iin``, a phone) find in what is typed, and a birth
        date that is not a date; each field is checked by these as it is left."""
        return rule_problems(normalise, self.value()) | self.local_problems()

    def snapshot(self) -> tuple:
        """The raw contents, to tell whether anything was changed."""
        return tuple(e.currentText() if isinstance(e, CodeCombo | TextCombo) else e.text()
                     for e in self._fields)

    def set_editable(self, editable: bool) -> None:
        set_editable(self._fields, editable)

    # --- reactions ---------------------------------------------------------------------

    def _show_iin_warning(self, *_args) -> None:
        """Say so beside the IIN when the birth date or sex differs from its digits: a
        warning, not a refusal (Government Decree No. 853 of 26.08.2013)."""
        if not hasattr(self, "iin_warning"):
            return  # still being built
        differs = iin_mismatches(self.value())
        if differs:
            self.iin_warning.setText(self.tr(
                "The birth date or sex differs from the IIN's digits. Since 2013 this can "
                "be right: check them against the identity document."))
        self.iin_warning.setVisible(bool(differs))

    def _fill_from_iin(self, text: str) -> None:
        if self.iin.isReadOnly() or check_iin(text) is not None:
            return
        # Only a blank field, or one an earlier IIN filled, takes the IIN's reading: a
        # birth date typed from the documents stays (the digits need not match it).
        info, filled = decode_iin(text), getattr(self, "_filled_from_iin", (None, None))
        if self.birth_date.date() in (None, filled[0]):
            self.birth_date.set_date(info.birth_date)
        if self.sex.value() in (None, filled[1]):
            self.sex.set_value(info.sex)
        self._filled_from_iin = (info.birth_date, info.sex)


class CaseForm(Retranslating, QWidget):
    """A participant's case: why they are here, their sentence, risk, specialists and
    consent (``details``), and free notes (``notes``), in two titled sections."""

    changed = Signal()
    """Anything was typed, chosen or ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = Form(self)
        self.category = self.details.add("category", CodeCombo(tuple(CaseCategory)))
        self.category.setObjectName("categoryCombo")
        self.facility = self.details.add("facility", TextCombo())
        self.facility.setObjectName("facilityCombo")
        self.offence_article = self.details.add("offence_article", _line("offenceEdit"))
        self.sentence_start = self.details.add("sentence_start", DateField(optional=True))
        self.sentence_start.setObjectName("sentenceStartEdit")
        self.sentence_end = self.details.add("sentence_end", DateField(optional=True))
        self.sentence_end.setObjectName("sentenceEndEdit")
        self.referral_source = self.details.add("referral_source",
                                                _line("referralEdit", 200))
        self.risk_level = self.details.add("risk_level", CodeCombo(tuple(RiskLevel), blank=True))
        self.risk_level.setObjectName("riskCombo")
        self.specialists = self.details.add("specialist_ids", SpecialistsList())
        self.specialists.setObjectName("specialistsList")
        self.specialists.setMaximumHeight(96)
        self.consent_given = self.details.add("consent_given", QCheckBox(), wide=True)
        self.consent_given.setObjectName("consentCheck")
        self.consent_on = self.details.add("consent_on", DateField(optional=True))
        self.consent_on.setObjectName("consentDateEdit")
        self.next_follow_up = self.details.add("next_follow_up", DateField(optional=True))
        self.next_follow_up.setObjectName("nextFollowUpEdit")
        self.notes = Form(self)
        self.notes_edit = self.notes.add("notes", QPlainTextEdit(), wide=True)
        self.notes_edit.setObjectName("caseNotesEdit")
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.set_checker(self.local_problems)
        self._editors: list[QWidget] = [
            self.category, self.facility, self.offence_article, self.sentence_start,
            self.sentence_end, self.referral_source, self.risk_level, self.specialists,
            self.consent_given, self.consent_on, self.next_follow_up, self.notes_edit]
        self._dates = {"sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
                       "consent_on": self.consent_on, "next_follow_up": self.next_follow_up}
        for editor in (self.offence_article, self.referral_source, *self._dates.values(),
                       self.notes_edit):
            editor.textChanged.connect(self.changed)
        self.category.currentIndexChanged.connect(self.changed)
        self.risk_level.currentIndexChanged.connect(self.changed)
        self.facility.editTextChanged.connect(self.changed)
        self.specialists.changed.connect(self.changed)
        self.consent_given.toggled.connect(self.changed)
        self.consent_given.toggled.connect(self._consent_toggled)
        self._editable = True
        self.case_box, self.notes_box = QGroupBox(self), QGroupBox(self)
        for box, content in ((self.case_box, self.details), (self.notes_box, self.notes)):
            QVBoxLayout(box).addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_box)
        layout.addWidget(self.notes_box)
        self._consent_toggled(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = {"category": self.tr("&Category:"), "facility": self.tr("&Facility:"),
                 "offence_article": self.tr("&Offence article:"),
                 "sentence_start": self.tr("Sentence from:"),
                 "sentence_end": self.tr("Sentence until:"),
                 "referral_source": self.tr("&Referred by:"),
                 "risk_level": self.tr("Risk le&vel:"),
                 "specialist_ids": self.tr("Assigned specia&lists:"),
                 "consent_on": self.tr("Consent d&ate:"),
                 "next_follow_up": self.tr("Next follow-up:")}
        for name, text in texts.items():
            self.details.set_label(name, text)
        self.case_box.setTitle(self.tr("Case"))
        self.notes_box.setTitle(self.tr("Notes"))
        self.consent_given.setText(self.tr("The participant gave written cons&ent"))
        self.facility.lineEdit().setPlaceholderText(self.tr("Penal colony, e.g. ИК-5"))
        self.notes_edit.setPlaceholderText(self.tr("Anything the next specialist should know"))
        for combo in (self.category, self.risk_level):
            combo.retranslate()
        for field in self._dates.values():
            field.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def editors(self) -> list[QWidget]:
        return list(self._editors)

    def set_choices(self, facilities: Iterable[str], specialists: Iterable[UserView],
                    assigned: Iterable[uuid.UUID] = ()) -> None:
        """The facilities in use and the staff who can be assigned."""
        self.facility.set_choices(facilities)
        self.specialists.set_specialists(specialists, assigned)

    def set_case(self, case, specialist_ids: Iterable[uuid.UUID] = ()) -> None:
        """Show a stored case (None: an empty form for a new one)."""
        self.category.set_value(case.category if case else None)
        self.facility.set_text(case.facility if case else "")
        self.offence_article.setText(case.offence_article or "" if case else "")
        for name, field in self._dates.items():
            field.set_date(getattr(case, name) if case else None)
        self.referral_source.setText(case.referral_source or "" if case else "")
        self.risk_level.set_value(case.risk_level if case else None)
        self.specialists.set_checked(specialist_ids)
        self.consent_given.setChecked(bool(case and case.consent_given))
        self.notes_edit.setPlainText(case.notes or "" if case else "")
        self.clear_problems()

    def value(self) -> CaseInput:
        """What the form holds, as the services take it."""
        consent = self.consent_given.isChecked()
        return CaseInput(
            category=self.category.value(), facility=clean(self.facility.currentText()),
            offence_article=clean(self.offence_article.text()),
            sentence_start=self.sentence_start.date(), sentence_end=self.sentence_end.date(),
            referral_source=clean(self.referral_source.text()),
            risk_level=self.risk_level.value(), consent_given=consent,
            consent_on=self.consent_on.date() if consent else None,
            next_follow_up=self.next_follow_up.date(),
            notes=clean(self.notes_edit.toPlainText()),
            specialist_ids=self.specialists.checked_ids())

    def local_problems(self) -> dict[str, str]:
        """A category not chosen and dates that are not dates, found before asking the
        database (a new file starts with no category, so nobody files one by default)."""
        problems = {} if self.category.value() is not None else {"category": "required"}
        return problems | {name: problem for name, field in self._dates.items()
                           if (problem := field.problem())}

    def set_checker(self, checker: Checker) -> None:
        """Check the fields as they are left with this (the case's rules as the
        service has them, ``cases.validate_case``), not only ``local_problems``."""
        self.details.set_checker(checker)
        self.notes.set_checker(checker)

    def show_problems(self, problems: dict[str, str], focus: bool = True) -> None:
        """Show each problem beside its field; with ``focus``, the cursor goes to the
        first wrong one, top to bottom."""
        notes = {k: v for k, v in problems.items() if k == "notes"}
        self.details.show_problems({k: v for k, v in problems.items() if k != "notes"},
                                   focus=False)
        self.notes.show_problems(notes, focus=False)
        if focus and (first := self.first_wrong_field()) is not None:
            put_cursor_in(first)

    def first_wrong_field(self) -> QWidget | None:
        """The first field, top to bottom, whose problem shows (None: none does)."""
        return self.details.first_wrong_field() or self.notes.first_wrong_field()

    def clear_problems(self) -> None:
        self.details.clear_problems()
        self.notes.clear_problems()

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        return (self.notes if name == "notes" else self.details).error_text(name)

    def snapshot(self) -> tuple:
        """The raw contents, to tell whether anything was changed."""
        return (self.category.currentIndex(), self.facility.currentText(),
                self.offence_article.text(), *(f.text() for f in self._dates.values()),
                self.referral_source.text(), self.risk_level.currentIndex(),
                self.specialists.checked_ids(), self.consent_given.isChecked(),
                self.notes_edit.toPlainText())

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        set_editable(self._editors, editable)
        self._consent_toggled(self.consent_given.isChecked())

    # --- reactions ---------------------------------------------------------------------

    def _consent_toggled(self, given: bool) -> None:
        self.consent_on.setReadOnly(not (given and self._editable))
        self.details.set_row_visible("consent_on", given)
