"""The participants tab's filter row, specialists column and ways into a file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QLineEdit

from centre_desk.domain.enums import CaseCategory, Role, Stage
from centre_desk.domain.names import search_key, sort_key
from centre_desk.services import listing
from centre_desk.services.listing import ParticipantFilter
from centre_desk.store.models import Case, Person
from centre_desk.ui.toolkit.paged_model import ID_ROLE, PagedTableModel
from centre_desk.ui.participants import tab as participants
from centre_desk.ui.participants.tab import (
    COL_NAME, COL_SPECIALISTS, COL_STAGE, ParticipantsTab)
from tests.gui.conftest import open_files
from tests.gui.lists import shown, status_text


def _open(qtbot, workspace) -> ParticipantsTab:
    return shown(qtbot, ParticipantsTab(workspace, open_files(qtbot, workspace)), 1300,
                 active=True)


def _names(tab) -> list[str]:
    model = tab.model()
    return [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]




def _choose(combo, value) -> None:
    """Open the box and pick a value, as a user would."""
    combo.ensure_loaded()
    combo.setCurrentIndex(combo.values().index(value))


def test_the_filter_row_offers_every_choice_with_all_first(qtbot, workspace, centre):
    tab = _open(qtbot, workspace)

    def texts(combo):
        combo.ensure_loaded()  # as opening the box does
        return [combo.itemText(i) for i in range(combo.count())]

    assert texts(tab.category_filter) == [
        "All categories", "Inmate", "Ex-convict", "At-risk citizen",
        "Returnee from a conflict zone"]
    assert texts(tab.stage_filter)[:3] == ["All stages", "Intake", "Active"]
    assert texts(tab.facility_filter) == ["All facilities", "ИК-12", "ИК-5"]
    assert "Test specialist" in texts(tab.specialist_filter)
    assert texts(tab.region_filter) == ["All regions", "Almaty", "Astana"]
    assert tab.overdue_filter.text() == "&Overdue follow-up only"
    assert tab.current_filter() is None


@pytest.mark.parametrize("combo, value, expected", [
    ("category_filter", CaseCategory.INMATE, ["Ахметов Ерлан"]),
    ("stage_filter", Stage.ACTIVE, ["Жумабаев Нурлан"]),
    ("facility_filter", "ИК-12", ["Жумабаев Нурлан"]),
    ("region_filter", "Алматы", ["Ахметов Ерлан", "Жумабаев Нурлан"]),
])
def test_each_filter_narrows_the_list(qtbot, workspace, centre, combo, value, expected):
    tab = _open(qtbot, workspace)
    _choose(getattr(tab, combo), value)
    assert _names(tab) == expected
    assert status_text(tab) == f"Shown: {len(expected)} of 3"
    _choose(getattr(tab, combo), None)
    assert len(_names(tab)) == 3 and tab.current_filter() is None


def test_specialist_and_overdue_filters_combine_with_the_search(qtbot, workspace, centre):
    tab = _open(qtbot, workspace)
    _choose(tab.specialist_filter, centre.specialist_id)
    assert _names(tab) == ["Ахметов Ерлан"]
    _choose(tab.specialist_filter, None)
    tab.overdue_filter.setChecked(True)
    assert _names(tab) == ["Ахметов Ерлан"]
    assert tab.current_filter() == ParticipantFilter(overdue_only=True)
    tab.overdue_filter.setChecked(False)
    _choose(tab.region_filter, "Алматы")
    search = tab.findChild(QLineEdit, "searchEdit")
    search.setText("zhum")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert _names(tab) == ["Жумабаев Нурлан"]


def test_the_specialists_column_names_who_is_assigned(qtbot, workspace, centre):
    tab = _open(qtbot, workspace)
    model = tab.model()
    assert model.headerData(COL_SPECIALISTS, Qt.Orientation.Horizontal) == "Specialists"
    column = {model.data(model.index(r, COL_NAME)): model.data(model.index(r, COL_SPECIALISTS))
              for r in range(model.rowCount())}
    assert column == {"Ахметов Ерлан": "Test specialist", "Бекова Асель": "",
                      "Жумабаев Нурлан": ""}


def test_the_filtered_model_passes_the_model_tester(qtbot, qtmodeltester, workspace, centre):
    tab = _open(qtbot, workspace)
    _choose(tab.region_filter, "Алматы")
    qtmodeltester.check(tab.model())


@pytest.fixture
def many_participants(db, admin):
    """250 participants: every third an inmate at ИК-3, the rest at risk."""
    with db.session(admin) as session, session.begin():
        for number in range(250):
            person = Person(surname=f"Участник{number:03d}", given_name="Тест",
                            search_key=search_key(f"Участник{number:03d}", "Тест"),
                            sort_key=sort_key(f"Участник{number:03d}", "Тест"))
            session.add(person)
            session.flush()
            inmate = number % 3 == 0
            session.add(Case(person_id=person.id, stage=Stage.ACTIVE,
                             category=CaseCategory.INMATE if inmate else CaseCategory.AT_RISK,
                             facility="ИК-3" if inmate else None,
                             stage_since=dt.date(2024, 1, 1)))


def test_filters_run_in_sql_so_the_model_holds_one_page(qtbot, workspace, many_participants):
    model = PagedTableModel(workspace, participants.SPEC, page_size=20)
    model.set_filter(ParticipantFilter(category=CaseCategory.INMATE, facility="ИК-3"))
    # 84 inmates match; only the first page of them was fetched, in name order.
    assert model.matching_count() == 84 and model.total_count() == 250
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    names = [model.data(model.index(row, COL_NAME)) for row in range(20)]
    assert names == [f"Участник{n:03d} Тест" for n in range(0, 60, 3)]
    model.sort(COL_STAGE, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 20 and model.matching_count() == 84


def test_new_participant_opens_an_empty_file_by_button_and_ctrl_n(qtbot, workspace, centre):
    tab = _open(qtbot, workspace)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    tab.findChild(QLineEdit, "searchEdit").setFocus()
    qtbot.keyClick(tab.findChild(QLineEdit, "searchEdit"), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    opened = tab.files.open_files()
    assert [f.windowTitle() for f in opened] == ["New participant", "New participant"]
    assert all(f.person_form.surname.text() == "" for f in opened)


def test_enter_and_double_click_open_the_participants_file_once(qtbot, workspace, centre):
    tab = _open(qtbot, workspace)
    view = tab.view()
    view.setFocus()
    view.setCurrentIndex(tab.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    file, = tab.files.open_files()
    assert file.case_id == tab.model().index(1, 0).data(ID_ROLE) == centre.bekova_case
    rect = view.visualRect(tab.model().index(1, 0))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.files.open_files() == [file]  # the open file came forward; no second one


def test_a_saved_file_refreshes_the_list_and_its_filter_choices(qtbot, workspace, centre):
    tab = _open(qtbot, workspace)
    file = tab.files.open_case(centre.bekova_case)
    file.case_form.facility.setEditText("ИК-2")
    assert file.save()
    tab.facility_filter.ensure_loaded()  # as opening the box does
    assert "ИК-2" in tab.facility_filter.values()
    _choose(tab.facility_filter, "ИК-2")
    assert _names(tab) == ["Бекова Асель"]


def test_read_only_users_cannot_start_a_file(qtbot, as_role, centre):
    tab = _open(qtbot, as_role(Role.READ_ONLY))
    assert not tab.new_button.isEnabled() and not tab.new_action.isEnabled()
    qtbot.keyClick(tab.findChild(QLineEdit, "searchEdit"), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert tab.new_participant() is None and tab.files.open_files() == []


def test_the_filter_values_are_read_only_when_reached_for(qtbot, workspace, centre,
                                                           monkeypatch):
    read = []
    real = listing.participant_regions
    monkeypatch.setattr(listing, "participant_regions",
                        lambda session: read.append(True) or real(session))
    tab = _open(qtbot, workspace)
    assert read == [] and tab.region_filter.count() == 1  # opening the tab is not slowed
    tab.region_filter.setFocus()  # Tab into the box: the arrow keys now have values
    assert read == [True] and tab.region_filter.count() == 3
    tab.region_filter.ensure_loaded()  # as opening the box does
    assert read == [True]  # read once


class _Shouting(QTranslator):
    """A 'language' that upper-cases the participants' strings, to watch a live switch."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in {"ParticipantsTab", "ParticipantFileDialog", "ParticipantFile",
                       "PersonForm", "Labels", "StageSection"}:
            return source.upper()
        return ""

    def isEmpty(self):  # Qt sends no LanguageChange for an empty one
        return False


def test_a_language_switch_retranslates_the_tab_and_an_open_file(qtbot, workspace, centre):
    tab = _open(qtbot, workspace)
    file = tab.files.open_case(centre.ahmetov_case)
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    QCoreApplication.processEvents()  # LanguageChange is posted, not sent
    try:
        assert tab.category_filter.itemText(0) == "ALL CATEGORIES"
        assert tab.category_filter.itemText(1) == "INMATE"
        assert tab.new_button.text() == "&NEW PARTICIPANT…"
        assert file.save_button.text() == "&SAVE"
        assert file.person_form.error_text("surname") == ""
        assert file.stage.model.headerData(0, Qt.Orientation.Horizontal) == "DATE"
        assert file.stage.current.text().startswith("STAGE: INTAKE SINCE ")
        assert file.timeline.model.data(file.timeline.model.index(0, 1)) == "STAGE CHANGE"
        assert file.family.model.data(file.family.model.index(0, 0)) == "CHILD"
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.processEvents()
    assert file.save_button.text() == "&Save"
