"""The placements tab's filter row narrows the list in SQL, and every model the placement
windows show passes Qt's model tester."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import OrganisationKind, PlacementKind, PlacementStatus
from centre_desk.services import placements
from centre_desk.services.listing import PlacementFilter
from centre_desk.services.placements import PlacementInput
from centre_desk.ui.placements.partner_directory import PartnerDirectoryDialog
from centre_desk.ui.placements.dialog import PlacementDialog
from centre_desk.ui.toolkit.person_field import PersonField
from centre_desk.ui.placements.tab import COL_KIND, COL_NAME, COL_STATUS, PlacementsTab
from tests.gui.conftest import submit
from tests.gui.lists import choose_text, column_texts, shown, status_text

TODAY = dt.date.today()
P, D, X = PlacementStatus.IN_PROGRESS, PlacementStatus.PLACED, PlacementStatus.DECLINED


@pytest.fixture
def several(workspace, centre):
    """A placed job whose three-month check is overdue, a declined job, a housing request
    and a nursery place in progress."""
    run = workspace.run

    def request(kind, person, organisation, child=None, days_ago=200):
        return run(placements.request_placement, PlacementInput(
            kind=kind, person_id=person, child_id=child, organisation_id=organisation,
            requested_on=TODAY - dt.timedelta(days=days_ago)))
    ids = types.SimpleNamespace()
    ids.job = request(PlacementKind.JOB, centre.worker, centre.employer)
    run(placements.change_status, ids.job, P, TODAY - dt.timedelta(days=190))
    run(placements.change_status, ids.job, D, TODAY - dt.timedelta(days=180))
    ids.declined = request(PlacementKind.JOB, centre.worker, centre.ngo, days_ago=20)
    run(placements.change_status, ids.declined, X, TODAY - dt.timedelta(days=10), "Нет мест")
    ids.housing = request(PlacementKind.HOUSING, centre.mother, centre.landlord, days_ago=5)
    ids.nursery = request(PlacementKind.NURSERY, centre.grandmother, centre.nursery,
                          child=centre.granddaughter, days_ago=40)
    run(placements.change_status, ids.nursery, P, TODAY - dt.timedelta(days=30))
    return ids


def _open_tab(qtbot, workspace) -> PlacementsTab:
    return shown(qtbot, PlacementsTab(workspace), 1200)


def test_the_filter_row_offers_kinds_statuses_partners_and_regions(qtbot, workspace,
                                                                   several):
    tab = _open_tab(qtbot, workspace)
    texts = {combo.objectName(): [combo.itemText(row) for row in range(combo.count())]
             for combo in (tab.kind_filter, tab.status_filter, tab.partner_filter,
                           tab.region_filter)}
    assert texts == {
        "kindFilter": ["All kinds", "Job", "Housing", "Nursery place"],
        "statusFilter": ["All statuses", "Requested", "In progress", "Placed", "Declined",
                         "Ended"],
        "partnerFilter": ["All partners", "Детский сад «Балапан»", "Жилищный фонд акимата",
                          "ОФ «Ақниет»", "ТОО «Жұмыс Жолы»"],
        "regionFilter": ["All regions", "Almaty", "Astana", "Shymkent"],
    }
    assert tab.overdue_filter.text() == "Follow-&up overdue"
    assert status_text(tab) == "Shown: 4 of 4"


@pytest.mark.parametrize("combo, text, names", [
    ("kind_filter", "Job", ["Жумабаев Нурлан", "Жумабаев Нурлан"]),
    ("status_filter", "In progress", ["Бекова Сауле"]),
    ("partner_filter", "Жилищный фонд акимата", ["Ахметова Айгерим"]),
    ("region_filter", "Astana", ["Бекова Сауле"]),
])
def test_each_filter_narrows_the_list(qtbot, workspace, several, combo, text, names):
    tab = _open_tab(qtbot, workspace)
    choose_text(getattr(tab, combo), text)
    assert column_texts(tab, COL_NAME) == names
    assert status_text(tab) == f"Shown: {len(names)} of 4"


def test_follow_up_overdue_keeps_the_late_checks_and_filters_combine(qtbot, workspace,
                                                                     several):
    tab = _open_tab(qtbot, workspace)
    qtbot.mouseClick(tab.overdue_filter, Qt.MouseButton.LeftButton)
    assert column_texts(tab, COL_STATUS) == ["Placed"]
    assert tab.current_filter() == PlacementFilter(overdue_only=True)
    choose_text(tab.kind_filter, "Housing")
    assert column_texts(tab, COL_NAME) == [] and status_text(tab) == "Shown: 0 of 4"
    tab.overdue_filter.setChecked(False)
    assert column_texts(tab, COL_KIND) == ["Housing"]
    choose_text(tab.kind_filter, "All kinds")
    assert tab.current_filter() is None and status_text(tab) == "Shown: 4 of 4"


def test_filters_and_the_search_box_work_together(qtbot, workspace, several):
    tab = _open_tab(qtbot, workspace)
    choose_text(tab.status_filter, "Declined")
    search = tab.findChild(type(tab._search), "searchEdit")
    for character in "жума":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     character))
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert column_texts(tab, COL_STATUS) == ["Declined"]
    assert status_text(tab) == "Shown: 1 of 4"


def test_a_new_partner_appears_in_the_partner_filter(qtbot, workspace, several, modals):
    tab = _open_tab(qtbot, workspace)

    def add_partner(directory: PartnerDirectoryDialog) -> bool:
        def fill(form) -> bool:
            form.name.setText("ИП Садыков")
            form.kind.set_value(OrganisationKind.EMPLOYER)
            return submit(form)
        modals.expect(fill)
        directory.add_button.click()
        return True

    modals.expect(add_partner)
    tab.partners_button.click()
    assert tab.partner_filter.findText("ИП Садыков") > 0


# --- model tester -----------------------------------------------------------------------------

def test_the_placement_window_models_pass_the_model_tester(qtbot, qtmodeltester, workspace,
                                                           several):
    dialog = PlacementDialog(workspace, several.job)
    qtbot.addWidget(dialog)
    assert dialog.history.rowCount() == 3 and dialog.follow_ups.rowCount() == 1
    # The job's automatic check is three months after placing: overdue by now, in red.
    index = dialog.follow_ups.index(0, 1)
    assert dialog.follow_ups.data(index) == "Overdue"
    assert dialog.follow_ups.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(dialog.history)
    qtmodeltester.check(dialog.follow_ups)


def test_the_partner_directory_model_passes_the_model_tester(qtbot, qtmodeltester, workspace,
                                                             centre):
    directory = PartnerDirectoryDialog(workspace)
    qtbot.addWidget(directory)
    assert directory.model.rowCount() == 4
    qtmodeltester.check(directory.model)


def test_empty_models_pass_the_model_tester(qtbot, qtmodeltester, workspace, centre):
    placement_id = workspace.run(placements.request_placement, PlacementInput(
        kind=PlacementKind.HOUSING, person_id=centre.mother))
    dialog = PlacementDialog(workspace, placement_id)
    qtbot.addWidget(dialog)
    assert dialog.follow_ups.rowCount() == 0
    qtmodeltester.check(dialog.follow_ups)
    directory = PartnerDirectoryDialog(workspace)
    qtbot.addWidget(directory)
    directory.search.setText("нет такого")
    directory.reload()
    assert directory.model.rowCount() == 0
    qtmodeltester.check(directory.model)


def test_the_person_field_matches_pass_the_model_tester(qtbot, qtmodeltester, workspace,
                                                        centre):
    field = PersonField(workspace)
    qtbot.addWidget(field)
    field.line_edit().setText("бекова")
    field.search_now()
    assert field.matches().rowCount() == 2
    qtmodeltester.check(field.matches())
