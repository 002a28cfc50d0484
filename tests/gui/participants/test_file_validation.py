"""The participant file checks each field as it is left, by the service's own rules (the
IIN by ``domain.iin``, a required surname): the sentence shows beside the field, goes as
soon as the field is put right, and a refused save puts the cursor in the first wrong
field of the window, top to bottom. Typed key by key, in Russian and Kazakh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_shows
from tests.unit.services.test_placements import snapshot

TWELVE = {"ru": "ИИН состоит ровно из 12 цифр.", "kk": "ЖСН дәл 12 цифрдан тұрады."}
CHECK_DIGIT = {"ru": "Контрольная цифра ИИН не сходится: проверьте, нет ли опечатки.",
               "kk": "ЖСН-нің бақылау цифры сәйкес келмейді: қате терілмегенін тексеріңіз."}
REQUIRED = {"ru": "Это поле обязательно.", "kk": "Бұл өрісті толтыру міндетті."}


def _active_file(qtbot, workspace, **which) -> ParticipantFileDialog:
    file = ParticipantFileDialog(workspace, **which)
    qtbot.addWidget(file)
    with qtbot.waitActive(file):
        file.show()
        file.activateWindow()
    return file


def _tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_bad_iin_is_said_beside_it_when_left_and_goes_when_put_right(
        qtbot, workspace, centre, translations, language):
    translations.apply(language)
    file = _active_file(qtbot, workspace)
    form = file.person_form
    form.iin.setFocus()
    qtbot.keyClicks(form.iin, "95050540")
    assert form.error_text("iin") == ""  # nothing said while it is being typed
    _tab(qtbot)
    assert QApplication.focusWidget() is form.sex
    assert form.error_text("iin") == TWELVE[language]
    assert_shows(file, TWELVE[language])

    form.iin.setFocus()
    qtbot.keyClicks(form.iin, "0001")  # twelve digits, the check digit wrong
    assert form.error_text("iin") == TWELVE[language]  # still wrong: still said
    _tab(qtbot)
    assert form.error_text("iin") == CHECK_DIGIT[language]

    form.iin.setFocus()
    qtbot.keyClick(form.iin, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.iin, "9")  # 950505400009: a real IIN
    assert form.error_text("iin") == ""  # gone at once, before the field is left
    assert form.birth_date.text() == "05.05.1995"


def test_a_surname_left_blank_is_required_and_typing_one_clears_it(
        qtbot, workspace, centre, translations):
    translations.apply("kk")
    file = _active_file(qtbot, workspace)
    form = file.person_form
    assert QApplication.focusWidget() is form.surname
    _tab(qtbot)
    assert form.error_text("surname") == REQUIRED["kk"]
    assert form.error_text("given_name") == ""  # not left yet: not judged yet
    form.surname.setFocus()
    type_text(form.surname, "Сейтқали")
    assert form.error_text("surname") == ""


def test_a_refused_save_puts_the_cursor_in_the_first_wrong_field(
        qtbot, db, workspace, centre, translations):
    translations.apply("ru")
    file = _active_file(qtbot, workspace)
    before = snapshot(db)
    # Only the given name and a sentence end are typed: the surname (the first field)
    # and the category (the first of the case) are missing.
    file.person_form.given_name.setFocus()
    type_text(file.person_form.given_name, "Дана")
    file.case_form.sentence_end.setFocus()
    qtbot.keyClicks(file.case_form.sentence_end, "01.01.2019")
    assert not file.save()
    assert QApplication.focusWidget() is file.person_form.surname
    assert file.person_form.error_text("surname") == REQUIRED["ru"]
    assert file.case_form.error_text("category") == REQUIRED["ru"]
    assert snapshot(db) == before

    type_text(file.person_form.surname, "Сейтқали")
    assert file.person_form.error_text("surname") == ""
    assert not file.save()  # the category is still missing: the cursor goes there
    assert QApplication.focusWidget() is file.case_form.category
    assert snapshot(db) == before


def test_a_refused_case_field_is_said_when_left_by_the_services_rule(
        qtbot, workspace, centre, translations):
    file = _active_file(qtbot, workspace, case_id=centre.bekova_case)
    case = file.case_form
    case.sentence_start.setFocus()
    qtbot.keyClicks(case.sentence_start, "01.01.2020")
    case.sentence_end.setFocus()
    qtbot.keyClicks(case.sentence_end, "01.01.2019")
    _tab(qtbot)
    assert case.error_text("sentence_end") == "The end date is before the start date."
    case.sentence_end.setFocus()
    case.sentence_end.selectAll()
    qtbot.keyClicks(case.sentence_end, "01.01.2021")
    assert case.error_text("sentence_end") == ""
