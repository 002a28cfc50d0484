"""The assessments page of a participant's file: scoring a new assessment, the latest
scores, the trend chart and the next date, refusals, and who may do what."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from centre_desk.domain.assessments import add_months
from centre_desk.domain.enums import RiskLevel, Role
from centre_desk.services import assessments, cases
from centre_desk.store.models import Assessment, AssessmentScore
from centre_desk.ui.participants.assessment_dialog import AssessmentDialog
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.participants.conftest import TODAY, type_text


def _file(qtbot, workspace, case_id) -> ParticipantFileDialog:
    dialog = ParticipantFileDialog(workspace, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _open_page(qtbot, file) -> AssessmentDialog:
    file.tabs.setCurrentWidget(file.assessments)
    qtbot.mouseClick(file.assessments.new_button, Qt.MouseButton.LeftButton)
    dialog = file.findChild(AssessmentDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_specialist_scores_an_assessment_and_the_file_shows_it(qtbot, db, as_role, centre):
    workspace = as_role(Role.SPECIALIST)
    file = _file(qtbot, workspace, centre.ahmetov_case)
    page = file.assessments
    assert file.tabs.isTabVisible(file.tabs.indexOf(page))
    assert page.next_label.text() == \
        "Not assessed yet: the first assessment is due at intake."
    assert "color" in page.next_label.styleSheet()  # overdue, in the warning colour
    dialog = _open_page(qtbot, file)
    assert dialog.next_due_on.date() == add_months(TODAY, 6)  # the site's rule
    dialog.set_score("views", "justifies_violence", 2)
    dialog.set_score("views", "rejects_others", 1)
    dialog.set_score("protective", "family_support", 3)
    type_text(dialog.scores[("views", "justifies_violence")][1], "Оправдывает насилие")
    dialog.risk_level.set_value(RiskLevel.MEDIUM)
    dialog.accept()
    assert not dialog.isVisible()
    assert _rows(page.latest_model) == [["3/6", "Views and attitudes"],
                                        ["3/3", "Protective factors"]]
    assert [line.code for line in page.chart.trend] == ["views", "protective"]
    assert page.history_model.rowCount() == 1
    assert "Risk: Medium risk." in page.next_label.text()
    assert page.next_label.styleSheet() == ""
    with db.session() as session:
        notes = session.scalars(select(AssessmentScore.note).where(
            AssessmentScore.item_code == "justifies_violence")).all()
    assert notes == ["Оправдывает насилие"]
    assert workspace.run(cases.get_case, centre.ahmetov_case).risk_level is RiskLevel.MEDIUM


def test_an_empty_assessment_is_refused_in_one_sentence_and_nothing_is_saved(
        qtbot, db, as_role, centre):
    file = _file(qtbot, as_role(Role.SPECIALIST), centre.bekova_case)
    dialog = _open_page(qtbot, file)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message() == "Score at least one item or choose the overall risk."
    dialog.assessed_on.setText("01.01.2999")
    dialog.risk_level.set_value(RiskLevel.LOW)
    dialog.accept()
    assert dialog.isVisible() and dialog.error_text("assessed_on")
    with db.session() as session:
        assert session.scalars(select(Assessment)).all() == []


def test_a_reader_sees_the_history_but_cannot_add_or_delete(qtbot, as_role, workspace, centre):
    workspace.run(assessments.record_assessment, centre.zhumabaev_case,
                  assessments.AssessmentInput(dt.date(2024, 2, 1), (), RiskLevel.HIGH), TODAY)
    file = _file(qtbot, as_role(Role.READ_ONLY), centre.zhumabaev_case)
    page = file.assessments
    assert page.history_model.rowCount() == 1
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    assert "Reassessment overdue." in page.next_label.text()


def test_a_supervisor_deletes_an_assessment_made_in_error(qtbot, as_role, workspace, centre,
                                                          monkeypatch):
    for day in (dt.date(2024, 2, 1), dt.date(2024, 5, 1)):
        workspace.run(assessments.record_assessment, centre.zhumabaev_case,
                      assessments.AssessmentInput(day, (), RiskLevel.HIGH), TODAY)
    file = _file(qtbot, as_role(Role.SUPERVISOR), centre.zhumabaev_case)
    page = file.assessments
    monkeypatch.setattr(type(page), "confirm_delete", lambda self: True)
    page.history_view.setCurrentIndex(page.history_model.index(0, 0))
    assert page.delete_selected()
    assert _rows(page.history_model)[0][0] == "01.02.2024"


def test_the_assessment_models_pass_the_model_tester(qtbot, qtmodeltester, workspace, centre):
    workspace.run(assessments.record_assessment, centre.ahmetov_case,
                  assessments.AssessmentInput(dt.date(2024, 2, 1), (
                      assessments.ScoreInput("views", "rejects_others", 2),), RiskLevel.HIGH),
                  TODAY)
    file = _file(qtbot, workspace, centre.ahmetov_case)
    qtmodeltester.check(file.assessments.latest_model)
    qtmodeltester.check(file.assessments.history_model)


def test_the_participants_list_filters_reassessment_overdue(qtbot, workspace, centre):
    from tests.gui.participants.test_participants_tab import _names, _open
    workspace.run(assessments.record_assessment, centre.ahmetov_case,
                  assessments.AssessmentInput(TODAY, (), RiskLevel.LOW), TODAY)
    tab = _open(qtbot, workspace)
    assert tab.reassessment_filter.text() == "Reassessment overd&ue"
    tab.reassessment_filter.setChecked(True)
    assert _names(tab) == ["Бекова Асель", "Жумабаев Нурлан"]  # never assessed


def test_an_intervention_names_the_need_it_addresses(qtbot, db, as_role, centre):
    from centre_desk.store.models import Activity
    from centre_desk.ui.participants.file_intervention import LogInterventionDialog
    file = _file(qtbot, as_role(Role.SPECIALIST), centre.ahmetov_case)
    dialog = file.log_intervention()
    assert isinstance(dialog, LogInterventionDialog)
    needs = [dialog.need.itemText(i) for i in range(dialog.need.count())]
    assert needs == ["None named", "Education and work", "Family and housing",
                     "Health and wellbeing"]
    dialog.need.set_value("family_housing")
    dialog.accept()
    assert not dialog.isVisible()
    with db.session() as session:
        assert session.scalars(select(Activity.need_code)).all() == ["family_housing"]
