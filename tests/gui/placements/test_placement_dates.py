"""Placement dates typed key by key, stored as written: the day a placement was asked for
and the day of a status change. A typed date outside what the window allows (later than
today, before the last change) is refused beside the field, never moved to the limit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from centre_desk.domain.enums import PlacementKind, PlacementStatus
from centre_desk.services import placements
from centre_desk.services.placements import PlacementInput
from centre_desk.ui.placements.form import PlacementFormDialog
from centre_desk.ui.placements.steps import StatusChangeDialog
from tests.gui.conftest import submit
from tests.gui.test_date_field import type_date
from tests.unit.services.test_placements import snapshot

JUNE_1 = dt.date(2026, 6, 1)
TODAY = dt.date(2026, 12, 2)


def _request_form(qtbot, workspace):
    dialog = PlacementFormDialog(workspace, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.set_value(PlacementKind.JOB)
    qtbot.keyClicks(dialog.person.line_edit(), "Zhumab")
    qtbot.keyClick(dialog.person.line_edit(), Qt.Key.Key_Return)  # search at once
    qtbot.keyClick(dialog.person.line_edit(), Qt.Key.Key_Return)  # choose the first
    return dialog


def test_a_request_typed_01_06_2026_is_asked_for_on_1_june(qtbot, workspace, centre,
                                                            translations):
    translations.apply("ru")
    dialog = _request_form(qtbot, workspace)
    type_date(qtbot, dialog.requested_on, "01.06.2026")
    assert submit(dialog)
    details = workspace.run(placements.placement_details, dialog.placement_id)
    assert details.placement.requested_on == JUNE_1


def test_a_request_typed_after_today_is_refused_beside_the_field(qtbot, db, workspace,
                                                                 centre):
    dialog = _request_form(qtbot, workspace)
    before = snapshot(db)
    type_date(qtbot, dialog.requested_on, "03.12.2026")
    assert not submit(dialog)
    assert dialog.form.error_text("requested_on") == "The date is later than allowed."
    assert snapshot(db) == before


def _requested(workspace, centre):
    return workspace.run(placements.request_placement, PlacementInput(
        kind=PlacementKind.JOB, person_id=centre.worker, organisation_id=centre.employer,
        requested_on=dt.date(2026, 5, 20)))


def test_a_status_change_typed_key_by_key(qtbot, workspace, centre, translations):
    translations.apply("ru")
    placement_id = _requested(workspace, centre)
    dialog = StatusChangeDialog(workspace, placement_id, (PlacementStatus.IN_PROGRESS,),
                                dt.date(2026, 5, 20), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.changed_on, "01.06.2026")
    assert submit(dialog)
    details = workspace.run(placements.placement_details, placement_id, today=TODAY)
    assert details.history[0].changed_on == JUNE_1


def test_a_status_change_before_the_last_one_is_refused_not_clamped(qtbot, db, workspace,
                                                                    centre):
    placement_id = _requested(workspace, centre)
    dialog = StatusChangeDialog(workspace, placement_id, (PlacementStatus.IN_PROGRESS,),
                                dt.date(2026, 5, 20), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(db)
    type_date(qtbot, dialog.changed_on, "19.05.2026")
    assert not submit(dialog)
    assert dialog.form.error_text("changed_on") == "The date is earlier than allowed."
    assert dialog.changed_on.text() == "19.05.2026" and snapshot(db) == before
