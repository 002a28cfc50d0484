"""Person pickers that know their context (issue 14, fault 4), used key by key in
Russian and Kazakh: a colony session never offers the one-year-old, a job placement
never the ten-year-old, Enter among several matches picks nobody, and "Add everyone of
ИК-5" adds exactly the colony's adults with an open case. The letters are typed one
key event at a time (``type_text``: QTest.keyClicks cannot send Cyrillic)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QToolButton
from sqlalchemy import select

from centre_desk.domain.ages import AgeGroup
from centre_desk.domain.enums import ActivityKind, CaseCategory, Programme
from centre_desk.services import activities, persons, picking
from centre_desk.services.activities import ActivityInput, ExpectedPerson
from centre_desk.store.models import Attendance, Placement
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.participants.file_intervention import LogInterventionDialog
from centre_desk.ui.placements.form import PlacementFormDialog
from centre_desk.ui.toolkit.person_field import PersonField
from centre_desk.ui.toolkit.person_picker import PersonPicker
from tests.gui.participants.conftest import type_text
from tests.gui.test_screen_fit import _fits_the_screen
from tests.unit.services.test_picking import TODAY, build_colony
from tests.unit.services.test_placements import snapshot

LANGUAGES = pytest.mark.parametrize("language", ["ru", "kk"])
CHOOSE_HINT = "Several people match: choose one with the arrow keys or the mouse, or type more."


@pytest.fixture
def colony(run):
    return build_colony(run)


def _shown(model) -> list[str]:
    """The names the list shows, one per row."""
    return [str(model.index(row, 0).data()).split(" — ")[0] for row in range(model.rowCount())]


def _present(db, activity_id) -> set:
    with db.session() as session:
        return set(session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == activity_id, Attendance.deleted_at.is_(None))))


def _hint(widget, name: str) -> str:
    label = widget.findChild(QLabel, name)
    return label.text() if label is not None and not label.isHidden() else ""


def _colony_session(workspace) -> uuid.UUID:
    return workspace.run(activities.create_activity, ActivityInput(
        Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, TODAY, facility="ИК-5"))


@LANGUAGES
def test_a_colony_session_never_offers_the_one_year_old(qtbot, db, workspace, colony, modals,
                                                        translations, language):
    translations.apply(language)
    session_id = _colony_session(workspace)
    dialog = ActivityDialog(workspace, Programme.CASE_WORK, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = []

    def pick(picker_dialog):
        search = picker_dialog.picker.search_edit()
        type_text(search, "Сейтов")
        qtbot.waitUntil(lambda: picker_dialog.picker.results().rowCount() > 0)
        offered.extend(_shown(picker_dialog.picker.results()))
        qtbot.keyClick(search, Qt.Key.Key_Return)  # two found, none chosen: nobody
        assert picker_dialog.person() is None
        assert _hint(picker_dialog, "personPickerHint") == QCoreApplication.translate(
            "PersonPicker", CHOOSE_HINT)
        qtbot.keyClick(search, Qt.Key.Key_Down)
        qtbot.keyClick(search, Qt.Key.Key_Return)
        return picker_dialog.person() is not None
    modals.expect(pick)
    qtbot.mouseClick(dialog.checklist.add_button, Qt.MouseButton.LeftButton)
    assert offered == ["Сейтов Арман", "Сейтова Дана"]  # not Сейтов Әлихан, aged one
    # Forced past the picker, the child is refused by the service with one sentence.
    dialog.checklist.model.add_guest(ExpectedPerson(colony.baby, "Сейтов Әлихан", False,
                                                    True, None))
    before = snapshot(db)
    assert not dialog.save()
    assert snapshot(db) == before
    assert "Сейтов Әлихан" in dialog.checklist.message_text()
    dialog.checklist.set_present(colony.baby, False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _present(db, session_id) == {colony.arman}


@LANGUAGES
def test_a_job_placement_never_offers_the_ten_year_old(qtbot, db, workspace, colony,
                                                       translations, language):
    translations.apply(language)
    dialog = PlacementFormDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.person.line_edit()
    edit.setFocus()
    type_text(edit, "Сейтова Айгерім")  # the girl of ten, full name in Kazakh letters
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _shown(dialog.person.matches()) == [] and dialog.person.person_id() is None
    before = snapshot(db)
    dialog.accept()
    assert snapshot(db) == before and dialog.isVisible()
    edit.selectAll()
    type_text(edit, "Сейтова")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # searches: only her mother is offered
    assert _shown(dialog.person.matches()) == ["Сейтова Дана"]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the one match is chosen
    assert dialog.person.person_id() == colony.dana
    with db.session() as session:
        assert session.scalars(select(Placement)).all() == []


@LANGUAGES
def test_enter_among_two_matches_picks_nobody_until_a_row_is_chosen(
        qtbot, workspace, colony, translations, language):
    translations.apply(language)
    nurlanov = workspace.run(persons.get_person, colony.nurlanov)
    dialog = LogInterventionDialog(workspace, nurlanov, ["ИК-12", "ИК-5"], "ИК-5")
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.attendees.picker
    search = picker.search_edit()
    search.setFocus()
    type_text(search, "Сейтов")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert _shown(picker.results()) == ["Сейтов Арман", "Сейтова Дана"]
    assert _shown(dialog.attendees.model) == ["Нурланов Қайрат"]  # nobody added
    assert _hint(picker, "personPickerHint") == QCoreApplication.translate(
        "PersonPicker", CHOOSE_HINT)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert _shown(dialog.attendees.model) == ["Нурланов Қайрат", "Сейтова Дана"]
    # One match (a Kazakh name): Enter picks it at once.
    type_text(search, "Сейтқ")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert _shown(dialog.attendees.model) == ["Нурланов Қайрат", "Сейтова Дана",
                                              "Сейтқали Ғалым"]


@LANGUAGES
def test_a_person_field_does_not_choose_the_first_of_two(qtbot, workspace, colony,
                                                         translations, language):
    translations.apply(language)
    dialog = PlacementFormDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.person.line_edit()
    edit.setFocus()
    type_text(edit, "Сейт")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # searches
    assert _shown(dialog.person.matches()) == ["Сейтқали Ғалым", "Сейтов Арман",
                                               "Сейтова Дана"]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # three matches, none chosen: nobody
    assert dialog.person.person_id() is None
    assert dialog.person.hint_text() == QCoreApplication.translate("PersonField", CHOOSE_HINT)
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.person.person_id() == colony.arman


@LANGUAGES
def test_add_everyone_of_the_colony_logs_its_adults_with_an_open_case(
        qtbot, db, workspace, colony, translations, language):
    translations.apply(language)
    nurlanov = workspace.run(persons.get_person, colony.nurlanov)
    dialog = LogInterventionDialog(workspace, nurlanov, ["ИК-12", "ИК-5"], "ИК-12")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.set_value(ActivityKind.GROUP_TRAINING)
    dialog.facility.lineEdit().selectAll()
    type_text(dialog.facility.lineEdit(), "ИК-5")
    button = dialog.attendees.everyone_button
    assert "ИК-5" in button.text() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # again: nobody listed twice
    assert _shown(dialog.attendees.model) == ["Нурланов Қайрат", "Сейтов Арман",
                                              "Сейтова Дана"]
    dialog.accept()
    assert not dialog.isVisible(), dialog.message()
    # Омаров's case is closed, the children have none: they were not added.
    assert _present(db, dialog.activity_id) == {colony.nurlanov, colony.arman, colony.dana}


@LANGUAGES
def test_a_new_session_in_the_colony_ticks_everyone_of_it_in_one_step(
        qtbot, db, workspace, colony, translations, language):
    translations.apply(language)
    dialog = ActivityDialog(workspace, Programme.CASE_WORK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.set_value(ActivityKind.GROUP_TRAINING)
    dialog.facility.setFocus()
    type_text(dialog.facility, "ИК-5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.checklist is not None, dialog.message_text()
    dialog.checklist.model.add_guest(ExpectedPerson(colony.dana, "Сейтова Дана", False, True,
                                                    None))
    assert "ИК-5" in dialog.everyone_button.text()
    qtbot.mouseClick(dialog.everyone_button, Qt.MouseButton.LeftButton)
    assert dialog.checklist.present_ids() == {colony.arman, colony.dana}
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _present(db, dialog.activity_id) == {colony.arman, colony.dana}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_activity_window_with_its_checklist_fits_a_1366_by_768_screen(
        qtbot, workspace, colony, translations, language):
    translations.apply(language)
    dialog = ActivityDialog(workspace, Programme.CASE_WORK, _colony_session(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= 668  # 768 less the taskbar and the title bar
    _fits_the_screen(qtbot, dialog)
    new = ActivityDialog(workspace, Programme.CASE_WORK)
    qtbot.addWidget(new)
    new.show()
    type_text(new.facility, "ИК-5")
    assert new.save()
    _fits_the_screen(qtbot, new)


def test_the_pickers_models_pass_the_model_tester(qtbot, qtmodeltester, workspace, colony):
    picker = PersonPicker(workspace, context=picking.adults(TODAY, "ИК-5"))
    qtbot.addWidget(picker)
    picker.search_now()  # nothing typed: the colony's participants
    assert _shown(picker.results()) == ["Сейтов Арман", "Сейтова Дана"]
    assert picker.results().index(0).data().endswith("ИК-5")
    qtmodeltester.check(picker.results())
    picker.filters.category.set_value(CaseCategory.AT_RISK)
    assert _shown(picker.results()) == ["Сейтқали Ғалым"]
    qtmodeltester.check(picker.results())
    field = PersonField(workspace, context=picking.adults(TODAY, "ИК-5"))
    qtbot.addWidget(field)
    type_text(field.line_edit(), "Сейт")
    field.search_now()
    qtmodeltester.check(field.matches())


@LANGUAGES
def test_the_filters_narrow_by_category_facility_age_and_role(qtbot, workspace, colony,
                                                             translations, language):
    translations.apply(language)
    picker = PersonPicker(workspace)  # linking a relative: anyone may be picked
    qtbot.addWidget(picker)
    picker.show()
    bar = picker.filters
    bar.role.set_value(picking.PickRole.FAMILY_MEMBER)
    assert _shown(picker.results()) == ["Сейтов Әлихан", "Сейтова Айгерім"]
    bar.age.set_value(AgeGroup.AGE_10_13)
    assert _shown(picker.results()) == ["Сейтова Айгерім"]
    bar.role.set_value(None)
    bar.age.set_value(None)
    bar.facility.set_value("ИК-12")
    assert _shown(picker.results()) == ["Нурланов Қайрат"]
    bar.facility.set_value(None)
    bar.category.set_value(CaseCategory.INMATE)
    type_text(picker.search_edit(), "Сейтов")
    picker.search_now()
    assert _shown(picker.results()) == ["Сейтов Арман", "Сейтова Дана"]
    # An adults' field offers no child's age band at all.
    field = PersonField(workspace, context=picking.adults(TODAY))
    qtbot.addWidget(field)
    field.show()
    assert field.filters.age.values() == [None, AgeGroup.ADULT]
    qtbot.mouseClick(field.findChild(QToolButton, "personFiltersButton"),
                     Qt.MouseButton.LeftButton)
    assert field.filters.isVisible()
    field.filters.category.set_value(CaseCategory.AT_RISK)  # nothing typed yet
    assert _shown(field.matches()) == ["Сейтқали Ғалым"]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_intervention_window_with_its_filters_fits_a_1366_by_768_screen(
        qtbot, workspace, colony, translations, language):
    translations.apply(language)
    nurlanov = workspace.run(persons.get_person, colony.nurlanov)
    dialog = LogInterventionDialog(workspace, nurlanov, ["ИК-12", "ИК-5"], "ИК-5")
    qtbot.addWidget(dialog)
    dialog.show()
    _fits_the_screen(qtbot, dialog)
