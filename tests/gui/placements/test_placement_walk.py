"""A worker follows a placement of each kind from request to a follow-up done, through
the placements tab, the new-placement form and the placement window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.domain.enums import PlacementKind, PlacementStatus
from centre_desk.domain.placements import months_later
from centre_desk.services import listing
from centre_desk.ui.placements.dialog import PlacementDialog
from centre_desk.ui.placements.form import PlacementFormDialog
from centre_desk.ui.placements.steps import (
    FollowUpDoneDialog, ScheduleFollowUpDialog, StatusChangeDialog)
from centre_desk.ui.placements.tab import COL_KIND, COL_NAME, COL_STATUS, PlacementsTab
from tests.gui.conftest import submit
from tests.gui.lists import column_texts, shown

TODAY = dt.date.today()

# kind, who asks, for which child, with which partner (names as the combo shows them)
KINDS = {
    "job": (PlacementKind.JOB, "жумаб", None, "ТОО «Жұмыс Жолы»"),
    "housing": (PlacementKind.HOUSING, "ахметова", None, "Жилищный фонд акимата"),
    "nursery": (PlacementKind.NURSERY, "ахметова", "Ахметов Арман", "Детский сад «Балапан»"),
}


def _open_tab(qtbot, workspace) -> PlacementsTab:
    return shown(qtbot, PlacementsTab(workspace), 1100)


def _combo_row(combo, starts_with: str) -> int:
    rows = [row for row in range(combo.count()) if combo.itemText(row).startswith(starts_with)]
    offered = [combo.itemText(row) for row in range(combo.count())]
    assert rows, f"{starts_with!r} not offered: {offered}"
    return rows[0]


def fill_new_placement(kind, typed, child, partner):
    """A handler that fills the new-placement form as a user would, and presses OK."""
    def handle(dialog: PlacementFormDialog) -> bool:
        assert dialog.objectName() == "placementFormDialog"
        dialog.kind.set_value(kind)
        dialog.person.line_edit().setText(typed)
        dialog.person.line_edit().textEdited.emit(typed)
        dialog.person.search_now()
        dialog.person.choose_row(0)
        assert dialog.child.isVisibleTo(dialog) == (kind is PlacementKind.NURSERY) or \
            not dialog.isVisible()
        if child:
            dialog.child.setCurrentIndex(_combo_row(dialog.child, child))
        dialog.organisation.setCurrentIndex(_combo_row(dialog.organisation, partner))
        dialog.notes.setPlainText("Просьба участника")
        return submit(dialog)
    return handle


def move_to(status, note=""):
    """A handler for the status dialog: choose a status, keep today's date, OK."""
    def handle(dialog: StatusChangeDialog) -> bool:
        assert isinstance(dialog, StatusChangeDialog)
        dialog.status.set_value(status)
        assert dialog.status.value() is status
        dialog.note.setPlainText(note)
        return submit(dialog)
    return handle


def schedule(due_on):
    def handle(dialog: ScheduleFollowUpDialog) -> bool:
        assert isinstance(dialog, ScheduleFollowUpDialog)
        dialog.due_on.set_date_value(due_on)
        dialog.note.setPlainText("Позвонить, узнать как дела")
        return submit(dialog)
    return handle


def mark_done(found):
    def handle(dialog: FollowUpDoneDialog) -> bool:
        assert isinstance(dialog, FollowUpDoneDialog)
        assert dialog.done_on.date_value() == TODAY
        dialog.note.setPlainText(found)
        return submit(dialog)
    return handle


@pytest.mark.parametrize("name", list(KINDS))
def test_a_placement_walks_from_request_to_a_follow_up_done(qtbot, workspace, centre, modals,
                                                            name):
    kind, typed, child, partner = KINDS[name]
    tab = _open_tab(qtbot, workspace)
    assert tab.view().model().rowCount() == 0
    seen = {}

    def work_on_the_placement(dialog: PlacementDialog) -> bool:
        assert isinstance(dialog, PlacementDialog)
        assert dialog.status_label.text() == f"Requested since {TODAY:%d.%m.%Y}"
        modals.expect(move_to(PlacementStatus.IN_PROGRESS))
        dialog.change_status_button.click()
        modals.expect(move_to(PlacementStatus.PLACED))
        dialog.change_status_button.click()
        assert dialog.status_label.text() == f"Placed since {TODAY:%d.%m.%Y}"
        history = dialog.history
        seen["history"] = [history.data(history.index(row, 2))
                           for row in range(history.rowCount())]
        seen["who"] = history.data(history.index(0, 4))
        follow_ups = dialog.follow_ups
        if kind is PlacementKind.JOB:
            # Placing someone in a job plans the three-month check by itself.
            assert follow_ups.rowCount() == 1
            assert follow_ups.data(follow_ups.index(0, 0)) == \
                f"{months_later(TODAY, 3):%d.%m.%Y}"
        else:
            assert follow_ups.rowCount() == 0
            modals.expect(schedule(TODAY + dt.timedelta(days=14)))
            dialog.schedule_button.click()
            assert follow_ups.rowCount() == 1
        assert follow_ups.data(follow_ups.index(0, 1)) == "Planned"
        assert dialog.mark_done_button.isEnabled()
        modals.expect(mark_done("Всё хорошо"))
        dialog.mark_done_button.click()
        assert follow_ups.data(follow_ups.index(0, 1)) == "Done"
        assert follow_ups.data(follow_ups.index(0, 2)) == f"{TODAY:%d.%m.%Y}"
        assert not dialog.mark_done_button.isEnabled()
        assert dialog.changed
        return True

    modals.expect(fill_new_placement(kind, typed, child, partner), work_on_the_placement)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)

    assert modals.shown == ["placementFormDialog", "placementDialog", "statusChangeDialog",
                            "statusChangeDialog"] + \
        ([] if kind is PlacementKind.JOB else ["scheduleFollowUpDialog"]) + \
        ["followUpDoneDialog"]
    assert seen["history"] == ["Placed", "In progress", "Requested"]
    assert seen["who"] == "Әлия Сәрсенова"
    # Back in the list, the row shows where the placement now stands.
    assert column_texts(tab, COL_KIND) == [{"job": "Job", "housing": "Housing",
                                       "nursery": "Nursery place"}[name]]
    assert column_texts(tab, COL_STATUS) == ["Placed"]
    assert column_texts(tab, COL_NAME)[0].lower().startswith(typed)
    [row] = workspace.run(listing.placements_page).rows
    assert row.next_follow_up is None and not row.overdue


def test_enter_on_a_row_opens_the_placement_and_the_list_follows_its_changes(
        qtbot, workspace, centre, modals):
    modals.expect(fill_new_placement(*KINDS["job"]), lambda dialog: True)
    tab = _open_tab(qtbot, workspace)
    tab.new_button.click()
    assert column_texts(tab, COL_STATUS) == ["Requested"]

    def decline(dialog: PlacementDialog) -> bool:
        modals.expect(move_to(PlacementStatus.DECLINED, "Работодатель отказал"))
        dialog.change_status_button.click()
        assert not dialog.change_status_button.isEnabled()  # declined is final
        return False  # closed with Escape: the change is kept all the same

    modals.expect(decline)
    tab.view().setFocus()
    tab.view().selectRow(0)
    qtbot.keyClick(tab.view(), Qt.Key.Key_Return)
    assert column_texts(tab, COL_STATUS) == ["Declined"]


def test_ctrl_n_in_the_tab_starts_a_new_placement(qtbot, workspace, centre, modals):
    tab = PlacementsTab(workspace)
    qtbot.addWidget(tab)
    with qtbot.waitActive(tab):  # shortcuts need an active window
        tab.show()
        tab.activateWindow()
    modals.expect(lambda dialog: False)  # Escape at once
    tab.view().setFocus()
    qtbot.keyClick(tab.view(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert modals.shown == ["placementFormDialog"]
