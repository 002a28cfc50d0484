"""The participant file's timeline opens an activity in its own window, by double-click
or Enter: a group session logged once for many people included."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.domain.enums import ActivityKind, Role
from centre_desk.services import interventions
from centre_desk.services.timeline import TimelineKind
from centre_desk.ui.participants.file_window import ParticipantFileDialog

HELD_ON = dt.date(2024, 3, 5)


@pytest.fixture
def group_session(workspace, centre):
    """A group training attended by three participants, led by two specialists."""
    return workspace.run(interventions.log_intervention, interventions.InterventionInput(
        ActivityKind.GROUP_TRAINING, HELD_ON,
        (centre.ahmetov, centre.bekova, centre.zhumabaev), place="ИК-5, клуб",
        facilitators="Сәрсенова Ә., Жумабаев Н."))


def _file(qtbot, workspace, case_id) -> ParticipantFileDialog:
    file = ParticipantFileDialog(workspace, case_id=case_id)
    qtbot.addWidget(file)
    file.show()
    return file


def _row_of(file, kind: TimelineKind) -> int:
    model = file.timeline.model
    return next(row for row in range(model.rowCount()) if model.row_at(row).kind is kind)


def _opened(modals, seen: list) -> None:
    def look(dialog) -> bool:
        seen.append((dialog.objectName(), dialog.activity_id, dialog.facilitators.text()))
        dialog.reject()
        return False
    modals.expect(look)


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.READ_ONLY])
def test_a_double_click_on_a_group_session_opens_its_activity_window(
        qtbot, modals, as_role, centre, group_session, role):
    file = _file(qtbot, as_role(role), centre.bekova_case)
    view = file.timeline.view
    row = _row_of(file, TimelineKind.INTERVENTION)
    seen: list = []
    _opened(modals, seen)

    rect = view.visualRect(file.timeline.model.index(row, 1))
    # A real double-click is a click and then a double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert seen == [
        ("activityDialog", group_session, "Сәрсенова Ә., Жумабаев Н.")]


def test_enter_on_a_group_session_opens_it_and_does_not_save_the_file(
        qtbot, modals, workspace, centre, group_session):
    file = _file(qtbot, workspace, centre.zhumabaev_case)
    view = file.timeline.view
    view.setFocus()
    view.setCurrentIndex(file.timeline.model.index(
        _row_of(file, TimelineKind.INTERVENTION), 0))
    seen: list = []
    _opened(modals, seen)

    qtbot.keyClick(view, Qt.Key.Key_Return)

    assert [entry[1] for entry in seen] == [group_session]
    assert file.isVisible()  # Enter opened the session; it did not press Save and close


def test_enter_on_a_stage_change_opens_nothing(qtbot, modals, workspace, centre,
                                                group_session):
    file = _file(qtbot, workspace, centre.zhumabaev_case)
    view = file.timeline.view
    view.setFocus()
    view.setCurrentIndex(file.timeline.model.index(
        _row_of(file, TimelineKind.STAGE_CHANGE), 0))

    qtbot.keyClick(view, Qt.Key.Key_Return)  # the modals fixture fails on any window

    assert modals.shown == [] and file.isVisible()
