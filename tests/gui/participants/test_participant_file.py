"""A participant's file as a specialist meets it: register someone, find them again,
correct the file, and the form's refusals, questions and keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, CaseCategory, RiskLevel, Role, Sex
from centre_desk.services import cases, listing, persons
from centre_desk.store.models import AuditEvent
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.tab import COL_NAME, ParticipantsTab
from tests.gui.conftest import open_files
from tests.gui.participants.conftest import iin_for, replace_text, type_text
from tests.gui.lists import shown

DANA_IIN = iin_for(dt.date(1995, 5, 5), Sex.FEMALE)


def _open_tab(qtbot, workspace) -> ParticipantsTab:
    # active: shortcuts such as Ctrl+N need an active window
    return shown(qtbot, ParticipantsTab(workspace, open_files(qtbot, workspace)), 1200,
                 active=True)


def _file(qtbot, workspace, **which) -> ParticipantFileDialog:
    dialog = ParticipantFileDialog(workspace, **which)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _names(tab) -> list[str]:
    model = tab.model()
    return [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]


def _search(qtbot, tab, text):
    search = tab.findChild(QLineEdit, "searchEdit")
    search.clear()
    type_text(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    return _names(tab)


def _fill_dana(file: ParticipantFileDialog) -> None:
    form, case = file.person_form, file.case_form
    type_text(form.surname, "Сейтқали")
    type_text(form.given_name, "Дана")
    type_text(form.iin, DANA_IIN)
    case.category.set_value(CaseCategory.AT_RISK)
    type_text(case.referral_source, "Акимат")
    case.risk_level.set_value(RiskLevel.MEDIUM)


def test_a_new_participant_is_registered_and_found_in_every_alphabet(qtbot, workspace,
                                                                      centre):
    tab = _open_tab(qtbot, workspace)
    tab.findChild(QLineEdit, "searchEdit").setFocus()
    qtbot.keyClick(tab.findChild(QLineEdit, "searchEdit"), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    file, = tab.files.open_files()
    qtbot.addWidget(file)
    assert file.windowTitle() == "New participant"
    _fill_dana(file)
    # The IIN fills the birth date and sex as it is typed.
    assert file.person_form.birth_date.text() == "05.05.1995"
    assert file.person_form.sex.value() is Sex.FEMALE
    specialists = file.case_form.specialists
    specialists.item(0).setCheckState(Qt.CheckState.Checked)
    file.case_form.consent_given.setChecked(True)
    type_text(file.case_form.consent_on, "01.03.2024")
    qtbot.keyClick(file.person_form.given_name, Qt.Key.Key_Return)  # Enter saves

    assert file.message() == "Saved."
    assert file.windowTitle() == "Сейтқали Дана — participant file"
    assert file.case_id is not None and not file.is_modified()
    case = workspace.run(cases.get_case, file.case_id)
    person = workspace.run(persons.get_person, case.person_id)
    assert (person.surname, person.given_name, person.iin, person.birth_date, person.sex) == (
        "Сейтқали", "Дана", DANA_IIN, dt.date(1995, 5, 5), Sex.FEMALE)
    assert (case.category, case.referral_source, case.risk_level, case.consent_on) == (
        CaseCategory.AT_RISK, "Акимат", RiskLevel.MEDIUM, dt.date(2024, 3, 1))
    assert case.specialist_ids == (specialists.item(0).data(Qt.ItemDataRole.UserRole),)
    assert file.stage.current.text().startswith("Stage: Intake since ")

    # The list reloads by itself, and the search finds her however she is typed.
    assert "Сейтқали Дана" in _names(tab)
    assert _search(qtbot, tab, "сейтқали") == ["Сейтқали Дана"]
    assert _search(qtbot, tab, "seitkali") == ["Сейтқали Дана"]
    assert _search(qtbot, tab, "Seytqali d") == ["Сейтқали Дана"]
    assert _search(qtbot, tab, DANA_IIN[:4]) == ["Сейтқали Дана"]


def test_problems_show_beside_the_fields_and_nothing_is_saved(qtbot, workspace, centre):
    file = _file(qtbot, workspace)
    before = workspace.run(listing.count_participants)
    type_text(file.person_form.iin, "950505400001")
    type_text(file.case_form.sentence_start, "31.02.2020")
    assert not file.save()
    assert file.person_form.error_text("surname") == "This field is required."
    assert file.person_form.error_text("given_name") == "This field is required."
    assert file.case_form.error_text("category") == "This field is required."
    assert file.case_form.error_text("sentence_start") == "This value is not valid."
    assert file.message() == "Please correct the highlighted fields."

    # Fixed locally, the service finds the rest: a bad IIN, a sentence ending before it began.
    replace_text(file.person_form.surname, "Сейтқали")
    type_text(file.person_form.given_name, "Дана")
    file.case_form.category.setCurrentIndex(0)
    replace_text(file.case_form.sentence_start, "01.01.2020")
    type_text(file.case_form.sentence_end, "01.01.2019")
    assert not file.save()
    assert file.person_form.error_text("iin") == \
        "The IIN's last digit does not match: check for a typo."
    assert file.case_form.error_text("sentence_end") == "The end date is before the start date."
    assert file.person_form.error_text("surname") == ""
    assert workspace.run(listing.count_participants) == before


def test_an_existing_file_shows_its_case_and_saves_corrections(qtbot, workspace, centre):
    file = _file(qtbot, workspace, case_id=centre.ahmetov_case)
    assert file.person_form.surname.text() == "Ахметов"
    assert file.case_form.facility.currentText() == "ИК-5"
    assert file.findChild(QLabel, "fileSubtitle").text() == "Inmate · ИК-5 · Intake"
    assert not file.is_modified()
    replace_text(file.case_form.offence_article, "ст. 256 УК РК")
    type_text(file.person_form.phone, "+7 701 555 11 22")
    assert file.is_modified()
    qtbot.keyClick(file.case_form.offence_article, Qt.Key.Key_Return)
    assert file.message() == "Saved." and not file.is_modified()
    assert workspace.run(cases.get_case, centre.ahmetov_case).offence_article == "ст. 256 УК РК"
    assert workspace.run(persons.get_person, centre.ahmetov).phone == "+7 701 555 11 22"


def test_opening_a_file_records_who_viewed_it(qtbot, db, workspace, centre):
    _file(qtbot, workspace, case_id=centre.bekova_case)
    with db.session() as session:
        viewed = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.VIEWED,
            AuditEvent.entity_id == str(centre.bekova_case))).all()
    assert [event.username for event in viewed] == ["admin"]


def test_closing_with_unsaved_changes_asks_first(qtbot, workspace, centre, monkeypatch):
    file = _file(qtbot, workspace, case_id=centre.bekova_case)
    asked = []
    monkeypatch.setattr(file, "ask_unsaved", lambda *_: asked.append(True) or "cancel")
    type_text(file.case_form.offence_article, "ст. 174")
    qtbot.keyClick(file.case_form.offence_article, Qt.Key.Key_Escape)
    assert asked == [True] and file.isVisible()  # "Cancel": the typing stays
    assert file.case_form.offence_article.text() == "ст. 174"

    monkeypatch.setattr(file, "ask_unsaved", lambda *_: asked.append(True) or "discard")
    file.close_button.click()
    assert asked == [True, True] and not file.isVisible()
    assert workspace.run(cases.get_case, centre.bekova_case).offence_article is None


def test_closing_an_unchanged_file_does_not_ask(qtbot, workspace, centre, monkeypatch):
    file = _file(qtbot, workspace, case_id=centre.bekova_case)
    monkeypatch.setattr(file, "ask_unsaved", lambda *_: pytest.fail("asked needlessly"))
    qtbot.keyClick(file.person_form.surname, Qt.Key.Key_Escape)
    assert not file.isVisible()


def test_a_specialist_may_edit_but_not_merge(qtbot, as_role, centre):
    file = _file(qtbot, as_role(Role.SPECIALIST), case_id=centre.ahmetov_case)
    assert file.save_button.isEnabled() and not file.person_form.surname.isReadOnly()
    assert file.stage.change_button.isEnabled() and file.timeline.log_button.isEnabled()
    assert not file.merge_button.isEnabled()
    assert file.merge_button.toolTip() == "Only a supervisor can merge records."


def test_the_cursor_starts_in_the_surname_and_tab_walks_the_form(qtbot, workspace, centre):
    file = ParticipantFileDialog(workspace, case_id=centre.ahmetov_case)
    qtbot.addWidget(file)
    with qtbot.waitActive(file):
        file.show()
        file.activateWindow()
    walked = []
    for _ in range(16):
        walked.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert walked == [
        "surnameEdit", "givenNameEdit", "patronymicEdit", "iinEdit", "sexCombo",
        "birthDateEdit", "phoneEdit", "addressEdit", "regionCombo", "districtEdit",
        "categoryCombo", "facilityCombo", "offenceEdit", "sentenceStartEdit",
        "sentenceEndEdit", "referralEdit"]
