"""What the placement windows refuse, and how they say it: beside the field, in one
sentence, with nothing written; and what read-only users may not touch."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from centre_desk.domain.enums import PlacementKind, PlacementStatus, Role
from centre_desk.services import listing, placements
from centre_desk.services.placements import PlacementInput
from centre_desk.ui.placements.partner_directory import PartnerDirectoryDialog
from centre_desk.ui.placements.dialog import PlacementDialog
from centre_desk.ui.placements.form import PlacementFormDialog
from centre_desk.ui.placements.steps import StatusChangeDialog
from centre_desk.ui.placements.tab import PlacementsTab
from tests.gui.conftest import submit
from tests.unit.services.test_placements import snapshot

TODAY = dt.date.today()
R, P, D, X, E = (PlacementStatus.REQUESTED, PlacementStatus.IN_PROGRESS,
                 PlacementStatus.PLACED, PlacementStatus.DECLINED, PlacementStatus.ENDED)


def _job(workspace, centre, *steps) -> object:
    placement_id = workspace.run(placements.request_placement, PlacementInput(
        kind=PlacementKind.JOB, person_id=centre.worker, organisation_id=centre.employer,
        requested_on=TODAY - dt.timedelta(days=30)))
    for status in steps:
        workspace.run(placements.change_status, placement_id, status, TODAY,
                      "Причина" if status in (X, E) else None)
    return placement_id


def _placement_window(qtbot, workspace, placement_id) -> PlacementDialog:
    dialog = PlacementDialog(workspace, placement_id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_placed_placement_is_offered_only_ending(qtbot, workspace, centre, modals):
    dialog = _placement_window(qtbot, workspace, _job(workspace, centre, P, D))
    offered = []

    def look(status_dialog: StatusChangeDialog) -> bool:
        combo = status_dialog.status
        offered.extend(combo.itemText(row) for row in range(combo.count()))
        return False

    modals.expect(look)
    dialog.change_status_button.click()
    assert offered == ["Ended"]


def test_placed_to_requested_is_refused_beside_the_status_and_nothing_is_written(
        qtbot, db, workspace, centre):
    placement_id = _job(workspace, centre, P, D)
    # As if an older window still offered "Requested": the service has the last word.
    dialog = StatusChangeDialog(workspace, placement_id, (R,), TODAY)
    qtbot.addWidget(dialog)
    before = snapshot(db)
    assert not submit(dialog)
    assert dialog.form.error_text("status") == \
        "A placement cannot move to this status from its current one."
    assert dialog.message.text() == "Please correct the highlighted fields."
    assert snapshot(db) == before


def test_ending_without_a_reason_is_refused_beside_the_note(qtbot, db, workspace, centre):
    dialog = StatusChangeDialog(workspace, _job(workspace, centre, P, D), (E,), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.form._labels["note"].text() == "&Reason:"
    before = snapshot(db)
    assert not submit(dialog)
    assert dialog.form.error_text("note") == "This field is required."
    assert snapshot(db) == before


def test_placing_without_a_partner_says_where_to_choose_one(qtbot, db, workspace, centre):
    placement_id = workspace.run(placements.request_placement, PlacementInput(
        kind=PlacementKind.HOUSING, person_id=centre.mother))
    workspace.run(placements.change_status, placement_id, P, TODAY)
    dialog = StatusChangeDialog(workspace, placement_id, (D, X), TODAY)
    qtbot.addWidget(dialog)
    dialog.status.set_value(D)
    assert not submit(dialog)
    assert "Choose the partner organisation first" in dialog.message.text()


def _new_nursery_form(qtbot, workspace, typed):
    """The form with a nursery place chosen and a person typed in Latin letters (the
    search is transliteration-aware; QTest cannot type Cyrillic)."""
    dialog = PlacementFormDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.set_value(PlacementKind.NURSERY)
    qtbot.keyClicks(dialog.person.line_edit(), typed)
    qtbot.keyClick(dialog.person.line_edit(), Qt.Key.Key_Return)  # search at once
    qtbot.keyClick(dialog.person.line_edit(), Qt.Key.Key_Return)  # choose the first
    return dialog


def test_a_nursery_place_without_a_child_is_refused_beside_the_child(qtbot, db, workspace,
                                                                   centre):
    # Zhumabaev has no child on file: the form says so and the service refuses.
    dialog = _new_nursery_form(qtbot, workspace, "Zhumab")
    assert dialog.person.person_id() == centre.worker
    assert dialog.child.isVisible()
    assert dialog.child.count() == 1
    assert dialog.child.currentText() == "No children are linked to this person"
    before = snapshot(db)
    assert not submit(dialog)
    assert dialog.form.error_text("child") == "This field is required."
    assert dialog.isVisible()
    assert snapshot(db) == before
    assert workspace.run(listing.count_placements) == 0


def test_the_nursery_child_is_chosen_among_the_persons_own_children(qtbot, workspace, centre):
    dialog = _new_nursery_form(qtbot, workspace, "ahmetova")
    assert dialog.person.person_id() == centre.mother
    assert [dialog.child.itemText(row) for row in range(dialog.child.count())] == [
        "\u2014 choose the child \u2014", "Ахметов Арман \u2014 01.06.2021"]
    dialog.child.setCurrentIndex(1)
    assert submit(dialog)
    details = workspace.run(placements.placement_details, dialog.placement_id)
    assert details.placement.child_id == centre.son


def test_the_partner_list_offers_only_partners_that_fit_the_help(qtbot, workspace, centre):
    dialog = PlacementFormDialog(workspace)
    qtbot.addWidget(dialog)
    offered = {}
    for kind in PlacementKind:
        dialog.kind.set_value(kind)
        offered[kind] = [dialog.organisation.itemText(row).split(" (")[0]
                         for row in range(1, dialog.organisation.count())]
    assert offered == {
        PlacementKind.JOB: ["ОФ «Ақниет»", "ТОО «Жұмыс Жолы»"],
        PlacementKind.HOUSING: ["Жилищный фонд акимата", "ОФ «Ақниет»"],
        PlacementKind.NURSERY: ["Детский сад «Балапан»", "ОФ «Ақниет»"],
    }


def test_a_request_without_a_person_is_refused_beside_the_person(qtbot, db, workspace, centre):
    dialog = PlacementFormDialog(workspace)
    qtbot.addWidget(dialog)
    before = snapshot(db)
    assert not submit(dialog)
    assert dialog.form.error_text("person") == "This field is required."
    assert snapshot(db) == before


def test_escape_closes_a_step_without_writing(qtbot, db, workspace, centre):
    dialog = StatusChangeDialog(workspace, _job(workspace, centre), (P, X), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(db)
    qtbot.keyClick(dialog.changed_on, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert snapshot(db) == before


def test_enter_in_the_date_field_records_the_step(qtbot, workspace, centre):
    placement_id = _job(workspace, centre)
    dialog = StatusChangeDialog(workspace, placement_id, (P, X), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.changed_on, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.run(placements.placement_details, placement_id).placement.status is P


# --- roles ------------------------------------------------------------------------------------

@pytest.fixture
def read_only(workspace_as):
    return workspace_as(Role.READ_ONLY)


def test_read_only_users_see_a_placement_but_every_change_is_disabled(qtbot, workspace,
                                                                     read_only, centre):
    placement_id = _job(workspace, centre, P, D)
    dialog = _placement_window(qtbot, read_only, placement_id)
    assert dialog.status_label.text() == f"Placed since {TODAY:%d.%m.%Y}"
    assert dialog.history.rowCount() == 3 and dialog.follow_ups.rowCount() == 1
    dialog.follow_up_view.setCurrentIndex(dialog.follow_ups.index(0, 0))
    for button in (dialog.edit_button, dialog.change_status_button, dialog.mark_done_button,
                   dialog.schedule_button):
        assert not button.isEnabled(), button.objectName()
    assert dialog.delete_button.isHidden()
    dialog.change_status()  # even if called, nothing opens (the modals fixture is absent)


def test_read_only_users_cannot_request_or_edit_partners(qtbot, read_only, centre, modals):
    tab = PlacementsTab(read_only)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.new_button.isEnabled() and not tab.new_action.isEnabled()
    assert tab.partners_button.isEnabled()
    directory = PartnerDirectoryDialog(read_only)
    qtbot.addWidget(directory)
    assert not directory.add_button.isEnabled()
    assert directory.delete_button.isHidden()
    assert directory.edit_button.text() == "&Open\u2026"

    def look(form) -> bool:
        assert form.name.isReadOnly() and not form.kind.isEnabled()
        assert form.buttons.button(form.buttons.StandardButton.Ok).isHidden()
        return False

    modals.expect(look)
    directory.edit_partner()


def test_specialists_change_placements_but_do_not_delete_them(qtbot, workspace, workspace_as,
                                                              centre):
    dialog = _placement_window(qtbot, workspace_as(Role.SPECIALIST), _job(workspace, centre))
    assert dialog.change_status_button.isEnabled() and dialog.edit_button.isEnabled()
    assert dialog.delete_button.isHidden()


def test_a_supervisor_deletes_a_placement_after_saying_yes(qtbot, workspace, workspace_as,
                                                           centre, modals):
    placement_id = _job(workspace, centre)
    dialog = _placement_window(qtbot, workspace_as(Role.SUPERVISOR), placement_id)
    modals.answer(False)
    dialog.delete_button.click()
    assert workspace.run(listing.count_placements) == 1 and not dialog.deleted
    modals.answer(True)
    dialog.delete_button.click()
    assert dialog.deleted and dialog.changed
    assert workspace.run(listing.count_placements) == 0
    assert "Delete this placement" in modals.questions[0]
