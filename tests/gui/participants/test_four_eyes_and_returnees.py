"""Four eyes and returnees in the window, in Russian and Kazakh, typed key by key: a
specialist requests "rehabilitated", the file shows it pending, a second supervisor
approves it in the approvals window (the asker's own list stays empty), a request is
returned with its note; a returnee's child goes into the children's register. The
pictures (file with a request pending, the approvals window, the register) are saved
under $CENTRE_DESK_SHOTS when set."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import CaseCategory, Role, Schooling, Sex, Stage
from centre_desk.domain.family import Relation
from centre_desk.services import cases, family, persons, returnees
from centre_desk.services.workspace import Workspace
from centre_desk.ui.participants.approvals import ApprovalsDialog
from centre_desk.ui.participants.file_returnees import ChildRecordDialog
from centre_desk.ui.participants.file_stage import ChangeStageDialog
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.participants.conftest import TODAY, replace_text, type_text
from tests.gui.screens import assert_fits, assert_shows

WORDS = {
    "ru": {"request": "&Запросить утверждение", "pending": "ожидает утверждения вторым "
           "руководителем", "nothing": "Ничто не ожидает вашего утверждения.",
           "rehabilitated": "Реабилитация завершена", "note": "Справка с места работы получена",
           "returned_note": "Нет справки с места работы", "school": "Школа-гимназия № 12",
           "register": "Реестр детей"},
    "kk": {"request": "Бекітуді &сұрау", "pending": "екінші жетекшінің бекітуін күтуде",
           "nothing": "Сіздің бекітуіңізді күтіп тұрған ештеңе жоқ.",
           "rehabilitated": "Оңалту аяқталды", "note": "Жұмыс орнынан анықтама алынды",
           "returned_note": "Жұмыс орнынан анықтама жоқ",
           "school": "Шахтинск қаласының №12 мектебі", "register": "Балалар тізілімі"},
}


@pytest.fixture
def renounced(workspace, centre):
    """Жумабаев, an ex-convict, renounced radical views in March."""
    workspace.run(cases.change_stage, centre.zhumabaev_case, Stage.RENOUNCED,
                  dt.date(2024, 3, 15), "Отказался публично", "Садыков М.")
    return centre.zhumabaev_case


def _in(translations, language: str) -> None:
    translations.apply(language)
    QApplication.processEvents()


def _file(qtbot, workspace, case_id) -> ParticipantFileDialog:
    file = ParticipantFileDialog(workspace, case_id=case_id)
    qtbot.addWidget(file)
    file.show()
    return file


def _request(qtbot, file, to: Stage, note: str) -> ChangeStageDialog:
    dialog = file.change_stage()
    dialog.stage.set_value(to)
    type_text(dialog.note, note)
    dialog.accept()
    return dialog


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_requested_rehabilitation_waits_for_a_second_supervisor_who_approves_it(
        qtbot, qtmodeltester, as_role, renounced, translations, shots, language):
    _in(translations, language)
    words = WORDS[language]
    specialist = as_role(Role.SPECIALIST)
    file = _file(qtbot, specialist, renounced)
    dialog = file.change_stage()
    dialog.stage.set_value(Stage.REHABILITATED)
    assert dialog.findChild(type(file.save_button), "changeStageButton").text() == \
        words["request"]
    type_text(dialog.note, words["note"])
    replace_text(dialog.on, TODAY.strftime("%d.%m.%Y"))
    dialog.accept()
    assert not dialog.isVisible()
    assert words["pending"] in file.approval.text()
    assert specialist.run(cases.get_case, renounced).stage is Stage.RENOUNCED
    qtbot.wait(50)
    assert file.grab().save(str(shots / f"four_eyes_file_pending_{language}.png"))
    assert_fits(file)

    supervisor = as_role(Role.SUPERVISOR)
    approvals = ApprovalsDialog(supervisor)
    qtbot.addWidget(approvals)
    approvals.show()
    qtmodeltester.check(approvals.model)
    assert approvals.model.rowCount() == 1
    assert_shows(approvals, "Жумабаев Нурлан", words["note"], "Test specialist")
    qtbot.wait(50)
    assert approvals.grab().save(str(shots / f"four_eyes_approvals_{language}.png"))
    assert_fits(approvals)
    type_text(approvals.note, words["note"])
    assert approvals.approve()
    assert approvals.model.rowCount() == 0
    assert approvals.intro.text() == words["nothing"]
    file.reload()
    assert words["rehabilitated"] in file.stage.current.text()
    assert not file.approval.isVisibleTo(file)
    assert supervisor.run(cases.get_case, renounced).stage is Stage.REHABILITATED


def test_the_asker_has_nothing_to_approve_and_a_return_needs_its_note(
        qtbot, as_role, renounced, translations, make_user):
    _in(translations, "ru")
    words = WORDS["ru"]
    first = as_role(Role.SUPERVISOR)
    file = _file(qtbot, first, renounced)
    _request(qtbot, file, Stage.REHABILITATED, words["note"])
    own = ApprovalsDialog(first)
    qtbot.addWidget(own)
    assert own.model.rowCount() == 0 and own.intro.text() == words["nothing"]
    assert not own.approve_button.isEnabled()

    second = ApprovalsDialog(Workspace(first.database, make_user(Role.SUPERVISOR, "second")))
    qtbot.addWidget(second)
    second.show()
    assert not second.return_request()  # no note yet
    assert second.message.text() == "Напишите в примечании, почему запрос возвращается."
    type_text(second.note, words["returned_note"])
    assert second.return_request()
    file.reload()
    assert words["returned_note"] in file.approval.text()
    assert first.run(cases.get_case, renounced).stage is Stage.RENOUNCED


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_returnees_daughter_goes_into_the_childrens_register(
        qtbot, qtmodeltester, as_role, workspace, translations, shots, language):
    _in(translations, language)
    words = WORDS[language]
    ids = workspace.run(cases.register_participant, persons.PersonInput(
        "Сапарова", "Айгүл", sex=Sex.FEMALE), cases.CaseInput(CaseCategory.RETURNEE))
    girl = workspace.run(persons.create_person, persons.PersonInput(
        "Сапарова", "Амина", sex=Sex.FEMALE, birth_date=dt.date(2016, 4, 3)))
    workspace.run(family.link_relative, ids.person_id, girl, Relation.CHILD)
    specialist = as_role(Role.SPECIALIST)
    file = _file(qtbot, specialist, ids.case_id)
    section = file.returnee_children
    assert file.tabs.isTabVisible(file.tabs.indexOf(section))
    assert file.tabs.tabText(file.tabs.indexOf(section)) == words["register"]
    dialog = section.add_child()
    assert isinstance(dialog, ChildRecordDialog)
    assert dialog.child.currentText() == "Сапарова Амина"
    dialog.schooling.set_value(Schooling.SCHOOL)
    type_text(dialog.school, words["school"])
    type_text(dialog.health_check_on, "02.09.2024")
    type_text(dialog.health_result, words["note"])
    dialog.sessions.setValue(3)
    type_text(dialog.last_session_on, (TODAY + dt.timedelta(days=2)).strftime("%d.%m.%Y"))
    dialog.accept()
    assert dialog.isVisible()  # the last session is in the future
    assert dialog.form.error_text("last_session_on")
    replace_text(dialog.last_session_on, "01.11.2024")
    dialog.accept()
    assert not dialog.isVisible()
    qtmodeltester.check(section.model)
    assert section.model.rowCount() == 1
    file.tabs.setCurrentWidget(section)
    assert_shows(file, "Сапарова Амина, 03.04.2016", words["school"], "02.09.2024")
    qtbot.wait(50)
    assert file.grab().save(str(shots / f"returnee_register_{language}.png"))
    assert_fits(file)
    line = specialist.run(returnees.children_register, ids.case_id)[0]
    assert (line.record.schooling, line.record.school, line.record.psychologist_sessions,
            line.record.last_session_on) == (Schooling.SCHOOL, words["school"], 3,
                                             dt.date(2024, 11, 1))
