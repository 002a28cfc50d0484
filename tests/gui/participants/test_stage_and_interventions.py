"""Stages and interventions from a participant's file: the dialogs, their refusals, and
what the history, the timeline and the database hold afterwards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from centre_desk.domain.enums import ActivityKind, Role, Stage
from centre_desk.services import cases
from centre_desk.services.timeline import TimelineKind, person_timeline
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.file_intervention import LogInterventionDialog
from centre_desk.ui.participants.file_models import HISTORY_COLUMNS
from centre_desk.ui.participants.file_stage import ChangeStageDialog
from tests.gui.participants.conftest import TODAY, replace_text, type_text


def _file(qtbot, workspace, case_id) -> ParticipantFileDialog:
    dialog = ParticipantFileDialog(workspace, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _stage_dialog(qtbot, file) -> ChangeStageDialog:
    qtbot.mouseClick(file.stage.change_button, Qt.MouseButton.LeftButton)
    dialog = file.findChild(ChangeStageDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_stage_change_needs_a_note_and_is_kept_as_history(qtbot, as_role, centre):
    workspace = as_role(Role.SPECIALIST)
    file = _file(qtbot, workspace, centre.ahmetov_case)
    dialog = _stage_dialog(qtbot, file)
    # Closing is a supervisor's decision: a specialist is offered only the next step.
    assert dialog.stage.values() == [Stage.ACTIVE]
    assert dialog.on.text() == TODAY.strftime("%d.%m.%Y")
    qtbot.mouseClick(dialog.findChild(type(file.save_button), "changeStageButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("note") == "This field is required."
    assert workspace.run(cases.get_case, centre.ahmetov_case).stage is Stage.INTAKE

    type_text(dialog.note, "Took part in two group trainings; open to talk.")
    dialog.accept()
    assert not dialog.isVisible()
    assert file.stage.current.text() == f"Stage: Active since {TODAY:%d.%m.%Y}"
    assert _rows(file.stage.model) == [
        [TODAY.strftime("%d.%m.%Y"), "Active", "", "Test specialist",
         "Took part in two group trainings; open to talk."],
        ["10.01.2024", "Intake", "", "Әлия Сәрсенова", ""]]
    assert [column.header() for column in HISTORY_COLUMNS] == [
        "Date", "Stage", "Witness", "Recorded by", "Note"]
    assert _rows(file.timeline.model)[0][:2] == [TODAY.strftime("%d.%m.%Y"), "Stage change"]
    case = workspace.run(cases.get_case, centre.ahmetov_case)
    assert (case.stage, case.stage_since) == (Stage.ACTIVE, TODAY)


def test_a_renunciation_records_its_witness(qtbot, workspace, centre):
    file = _file(qtbot, workspace, centre.zhumabaev_case)
    dialog = _stage_dialog(qtbot, file)
    assert dialog.stage.values() == [Stage.RENOUNCED, Stage.RELAPSED, Stage.CLOSED]
    dialog.stage.set_value(Stage.RELAPSED)
    assert not dialog.witness.isVisibleTo(dialog)  # only a renunciation has a witness
    dialog.stage.set_value(Stage.RENOUNCED)
    assert dialog.witness.isVisibleTo(dialog)
    type_text(dialog.note, "Renounced before the colony's council.")
    dialog.accept()
    assert dialog.error_text("witness") == "This field is required."
    type_text(dialog.witness, "Садыков М., замначальника ИК-12")
    replace_text(dialog.on, "01.01.2024")  # before the last change, 01.02.2024
    dialog.accept()
    assert dialog.error_text("on") == "The date is before the last stage change."
    replace_text(dialog.on, "15.03.2024")
    dialog.accept()
    assert not dialog.isVisible()
    newest = _rows(file.stage.model)[0]
    assert newest == ["15.03.2024", "Renounced radical views",
                      "Садыков М., замначальника ИК-12", "Әлия Сәрсенова",
                      "Renounced before the colony's council."]
    history = workspace.run(cases.stage_history, centre.zhumabaev_case)
    assert history[0].witness == "Садыков М., замначальника ИК-12"


def test_only_a_supervisor_is_offered_closing_which_waits_for_a_second(qtbot, as_role, centre):
    file = _file(qtbot, as_role(Role.SUPERVISOR), centre.bekova_case)
    dialog = _stage_dialog(qtbot, file)
    assert dialog.stage.values() == [Stage.ACTIVE, Stage.CLOSED]
    dialog.stage.set_value(Stage.CLOSED)
    assert dialog.findChild(type(file.save_button), "changeStageButton").text() == \
        "&Request approval"
    type_text(dialog.note, "Moved abroad with her family.")
    dialog.accept()
    assert not dialog.isVisible()
    assert file.stage.current.text().startswith("Stage: Intake since ")  # not closed yet
    assert file.approval.text().startswith("Closed on ")
    assert "pending approval by a second supervisor" in file.approval.text()
    # A specialist cannot reopen or close: the choices are not theirs.
    specialist_file = _file(qtbot, as_role(Role.SPECIALIST), centre.bekova_case)
    assert specialist_file.approval.isVisibleTo(specialist_file)


def test_a_group_session_is_logged_once_for_three_people(qtbot, workspace, centre):
    file = _file(qtbot, workspace, centre.ahmetov_case)
    qtbot.mouseClick(file.timeline.log_button, Qt.MouseButton.LeftButton)
    dialog = file.findChild(LogInterventionDialog)
    attendees = dialog.attendees
    assert [p.full_name for p in attendees.model.persons()] == ["Ахметов Ерлан"]
    dialog.kind.set_value(ActivityKind.GROUP_TRAINING)
    assert dialog.facility.currentText() == "ИК-5"  # the participant's own facility
    type_text(dialog.facilitators, "Теолог Абдуллаев Р., психолог Ким Е.")
    for typed in ("бек", "zhumab"):
        search = attendees.picker.search_edit()
        type_text(search, typed)
        qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter searches and adds the top match
    assert [p.full_name for p in attendees.model.persons()] == [
        "Ахметов Ерлан", "Бекова Асель", "Жумабаев Нурлан"]
    qtbot.mouseClick(dialog.findChild(type(file.save_button), "logButton"),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert _rows(file.timeline.model)[0] == [
        TODAY.strftime("%d.%m.%Y"), "Group training", "ИК-5"]
    for person_id in (centre.ahmetov, centre.bekova, centre.zhumabaev):
        entries = workspace.run(person_timeline, person_id)
        sessions = [e for e in entries if e.kind is TimelineKind.INTERVENTION]
        assert [(e.activity_kind, e.on) for e in sessions] == [
            (ActivityKind.GROUP_TRAINING, TODAY)]
    assert len({e.source_id for p in (centre.ahmetov, centre.bekova, centre.zhumabaev)
                for e in workspace.run(person_timeline, p)
                if e.kind is TimelineKind.INTERVENTION}) == 1


def test_an_individual_consultation_is_for_one_person(qtbot, workspace, centre):
    file = _file(qtbot, workspace, centre.ahmetov_case)
    dialog = file.log_intervention()
    dialog.kind.set_value(ActivityKind.INDIVIDUAL_CONSULTATION)
    type_text(dialog.attendees.picker.search_edit(), "бекова")
    qtbot.keyClick(dialog.attendees.picker.search_edit(), Qt.Key.Key_Return)
    replace_text(dialog.held_on, (TODAY + dt.timedelta(days=3)).strftime("%d.%m.%Y"))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("person_ids") == \
        "An individual consultation has exactly one attendee."
    assert dialog.error_text("held_on") == "The date is in the future."
    assert [e for e in workspace.run(person_timeline, centre.bekova)
            if e.kind is TimelineKind.INTERVENTION] == []
