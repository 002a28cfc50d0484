"""An IIN whose digits say another birth date or sex: since Government Decree No. 853 of
26.08.2013 that can be right, so the file warns beside the IIN and saves the person."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.domain.enums import CaseCategory, Sex
from centre_desk.services import cases, persons
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.participants.conftest import iin_for, type_text

DANA_IIN = iin_for(dt.date(1995, 5, 5), Sex.FEMALE)
WARNING = {
    "en": "The birth date or sex differs from the IIN's digits. Since 2013 this can be "
          "right: check them against the identity document.",
    "ru": "Дата рождения или пол не совпадают с цифрами ИИН. С 2013 года так бывает: "
          "сверьте с удостоверением личности.",
    "kk": "Туған күні немесе жынысы ЖСН цифрларымен сәйкес келмейді. 2013 жылдан бері "
          "бұлай болуы мүмкін: жеке куәлікпен салыстырыңыз.",
}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_birth_date_the_iin_does_not_say_is_kept_with_a_warning_and_saved(
        qtbot, workspace, translations, shots, language):
    translations.apply(language)
    file = ParticipantFileDialog(workspace)
    qtbot.addWidget(file)
    file.resize(1366, 768)
    file.show()
    form = file.person_form
    type_text(form.surname, "Сейтқали")
    type_text(form.given_name, "Дана")
    type_text(form.birth_date, "06.05.1995")  # from the identity document
    type_text(form.iin, DANA_IIN)             # whose digits say 05.05.1995
    assert form.birth_date.date() == dt.date(1995, 5, 6)
    assert form.sex.value() is Sex.FEMALE     # a blank sex is filled from the IIN
    warning = form.iin_warning
    assert warning.isVisible() and warning.text() == WARNING[language]
    file.grab().save(str(shots / f"iin-warning-{language}.png"))
    file.case_form.category.set_value(CaseCategory.AT_RISK)
    qtbot.keyClick(form.given_name, Qt.Key.Key_Return)  # Enter saves
    assert file.case_id is not None and not file.is_modified()
    person = workspace.run(persons.get_person,
                           workspace.run(cases.get_case, file.case_id).person_id)
    assert (person.iin, person.birth_date, person.sex) == (
        DANA_IIN, dt.date(1995, 5, 6), Sex.FEMALE)


def test_the_warning_goes_when_the_birth_date_agrees(qtbot, workspace, translations):
    file = ParticipantFileDialog(workspace)
    qtbot.addWidget(file)
    file.show()
    form = file.person_form
    type_text(form.iin, DANA_IIN)
    assert form.birth_date.date() == dt.date(1995, 5, 5)
    assert not form.iin_warning.isVisible()
    form.birth_date.set_date(dt.date(1995, 5, 7))
    assert form.iin_warning.isVisible()
    form.birth_date.set_date(dt.date(1995, 5, 5))
    assert not form.iin_warning.isVisible()
