"""Family links from a participant's file, and the two guards against a second record
of one person: the IIN refusal and the look-alike warning; then a supervisor's merge."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from centre_desk.domain.enums import ActivityKind, CaseCategory, Role, Sex
from centre_desk.domain.family import Relation
from centre_desk.services import cases, family, interventions, listing, persons
from centre_desk.services.errors import NotFound
from centre_desk.services.persons import PersonInput
from centre_desk.services.timeline import TimelineKind, person_timeline
from centre_desk.ui.participants.file_family import LinkRelativeDialog
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit.person_picker import PersonPickerDialog
from tests.gui.participants.conftest import iin_for, type_text

AKHMETOV_IIN = iin_for(dt.date(1990, 1, 1), Sex.MALE)


@pytest.fixture
def files(qtbot, workspace):
    """The opener the participants tab holds, on a window of its own."""
    def opener(for_workspace=workspace) -> ParticipantFiles:
        from PySide6.QtWidgets import QWidget

        window = QWidget()
        qtbot.addWidget(window)
        return ParticipantFiles(for_workspace, window)
    return opener


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _link_dialog(qtbot, file) -> LinkRelativeDialog:
    file.tabs.setCurrentWidget(file.family)
    qtbot.mouseClick(file.family.link_button, Qt.MouseButton.LeftButton)
    return file.findChild(LinkRelativeDialog)


def test_a_new_child_is_registered_and_linked_in_one_step(qtbot, files, workspace, centre):
    file = files().open_case(centre.bekova_case)
    dialog = _link_dialog(qtbot, file)
    dialog.relation.set_value(Relation.CHILD)
    qtbot.mouseClick(dialog.new, Qt.MouseButton.LeftButton)
    form = dialog.person_form
    type_text(form.surname, "Бекова")
    type_text(form.given_name, "Дана")
    type_text(form.birth_date, "02.02.2018")
    form.sex.set_value(Sex.FEMALE)
    qtbot.keyClick(form.given_name, Qt.Key.Key_Return)  # Enter links
    assert not dialog.isVisible()
    assert _rows(file.family.model) == [["Child", "Бекова Дана", "02.02.2018", ""]]
    child, = workspace.run(family.family_of, centre.bekova)
    assert (child.full_name, child.relation, child.birth_date) == (
        "Бекова Дана", Relation.CHILD, dt.date(2018, 2, 2))


def test_an_existing_person_is_linked_and_a_wrong_link_refused(qtbot, files, workspace,
                                                               centre):
    file = files().open_case(centre.bekova_case)
    dialog = _link_dialog(qtbot, file)
    dialog.relation.set_value(Relation.CHILD)
    type_text(dialog.picker.search_edit(), "ахметов ер")
    dialog.picker.search_now()
    dialog.accept()
    # Ахметов Ерлан (1990) cannot be the child of Бекова Асель (1991).
    assert dialog.isVisible()
    assert dialog.error_text("relative") == \
        "The birth dates do not fit: a parent must be older than the child."
    assert workspace.run(family.family_of, centre.bekova) == ()
    dialog.relation.set_value(Relation.SPOUSE)
    dialog.accept()
    assert not dialog.isVisible()
    assert _rows(file.family.model) == [["Spouse", "Ахметов Ерлан", "01.01.1990", "Yes"]]


def test_a_relative_opens_with_a_click_and_can_be_given_a_case(qtbot, files, workspace,
                                                                centre):
    opener = files()
    file = opener.open_case(centre.ahmetov_case)
    file.tabs.setCurrentWidget(file.family)
    assert _rows(file.family.model) == [["Child", "Ахметов Арман", "01.06.2015", ""]]
    view = file.family.view
    view.setCurrentIndex(file.family.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    son = opener.open_files()[-1]
    assert son is not file and son.person_id == centre.son
    # No case yet: the details are read-only, with the offer to open one.
    assert son.person_form.surname.isReadOnly() and not son.case_form.isVisibleTo(son)
    assert son.findChild(QLabel, "fileSubtitle").text() == \
        "No case file: the person's details are shown read-only."
    assert _rows(son.family.model) == [["Parent", "Ахметов Ерлан", "01.01.1990", "Yes"]]
    qtbot.mouseClick(son.open_case_button, Qt.MouseButton.LeftButton)
    son.case_form.category.set_value(CaseCategory.AT_RISK)
    assert son.save()
    assert son.case_id == workspace.run(cases.case_for_person, centre.son)
    assert son.stage.current.text().startswith("Stage: Intake since ")
    # Opening the same person again brings the same window forward.
    assert opener.open_person(centre.son) is son


def test_an_iin_on_file_is_refused_with_a_way_to_the_existing_file(qtbot, files, workspace,
                                                                    centre):
    opener = files()
    file = opener.new_participant()
    before = workspace.run(listing.count_participants)
    type_text(file.person_form.surname, "Ахмет")
    type_text(file.person_form.given_name, "Ерлан")
    type_text(file.person_form.iin, AKHMETOV_IIN)
    file.case_form.category.set_value(CaseCategory.INMATE)
    assert not file.save()
    assert file.banner.text() == "A person with this IIN is already registered."
    assert file.message() == "Not saved: see above."
    assert workspace.run(listing.count_participants) == before
    qtbot.mouseClick(file.banner.open_button, Qt.MouseButton.LeftButton)
    existing = opener.open_files()[-1]
    assert existing.case_id == centre.ahmetov_case
    assert existing.windowTitle() == "Ахметов Ерлан — participant file"


def test_a_look_alike_warns_and_saves_only_when_asked_again(qtbot, files, workspace, centre):
    file = files().new_participant()
    before = workspace.run(listing.count_participants)
    type_text(file.person_form.surname, "Akhmetov")  # the same name, typed in Latin
    type_text(file.person_form.given_name, "Yerlan")
    type_text(file.person_form.birth_date, "01.01.1990")
    file.case_form.category.set_value(CaseCategory.AT_RISK)
    assert not file.save()
    assert file.banner.text() == (
        f"Possible duplicate of Ахметов Ерлан (01.01.1990, {AKHMETOV_IIN}). "
        "Check it is not the same person; if it is not, save anyway.")
    assert file.banner.save_anyway_button.isVisible()
    assert file.message() == "Not saved yet: see above."
    assert not file.save()  # pressing Enter again is not the second, explicit yes
    assert workspace.run(listing.count_participants) == before

    qtbot.mouseClick(file.banner.save_anyway_button, Qt.MouseButton.LeftButton)
    assert file.message() == "Saved."
    assert workspace.run(listing.count_participants) == before + 1
    # The saved file still says whom it looks like, without offering to save again.
    assert file.banner.text().startswith("Possible duplicate of Ахметов Ерлан")
    assert not file.banner.save_anyway_button.isVisibleTo(file)


def test_changing_the_name_after_a_warning_checks_again(qtbot, files, workspace, centre):
    file = files().new_participant()
    type_text(file.person_form.surname, "Ахметов")
    type_text(file.person_form.given_name, "Ерлан")
    type_text(file.person_form.birth_date, "01.01.1990")
    file.case_form.category.set_value(CaseCategory.AT_RISK)
    assert not file.save() and file.banner.text()
    type_text(file.person_form.patronymic, "Б")
    assert file.banner.text() == ""  # the warning was about other typing
    assert not file.save() and file.banner.text().startswith("Possible duplicate")


@pytest.fixture
def duplicate(workspace, centre):
    """A second record of Ахметов Ерлан, typed in Latin, who attended a consultation."""
    person_id = workspace.run(persons.create_person, PersonInput(
        surname="Akhmetov", given_name="Erlan", birth_date=dt.date(1990, 1, 1),
        sex=Sex.MALE, phone="+7 777 123 45 67"))
    workspace.run(interventions.log_intervention, interventions.InterventionInput(
        ActivityKind.INDIVIDUAL_CONSULTATION, dt.date(2024, 5, 6), (person_id,),
        place="Центр"))
    return person_id


def test_a_supervisor_merges_a_duplicate_into_the_file(qtbot, files, as_role, workspace,
                                                       centre, duplicate, monkeypatch):
    file = files(as_role(Role.SUPERVISOR)).open_case(centre.ahmetov_case)
    assert file.banner.text().startswith("Possible duplicate of Akhmetov Erlan (01.01.1990)")
    asked = []
    monkeypatch.setattr(file, "confirm_merge",
                        lambda survivor, dup: asked.append((survivor.id, dup.id)) or True)
    qtbot.mouseClick(file.merge_button, Qt.MouseButton.LeftButton)
    picker = file.findChild(PersonPickerDialog)
    # The look-alike is offered before anything is typed.
    assert [p.id for p in picker.picker.results().persons()] == [duplicate]
    qtbot.keyClick(picker.picker.search_edit(), Qt.Key.Key_Return)
    assert asked == [(centre.ahmetov, duplicate)]
    assert file.message() == \
        "Merged: everything recorded for Akhmetov Erlan is now in this file."
    assert file.banner.text() == ""
    assert ["Individual consultation", "Центр"] == _rows(file.timeline.model)[0][1:]
    with pytest.raises(NotFound):
        workspace.run(persons.get_person, duplicate)
    survivor = workspace.run(persons.get_person, centre.ahmetov)
    assert survivor.phone == "+7 777 123 45 67"  # a blank filled from the duplicate
    kinds = [e.kind for e in workspace.run(person_timeline, centre.ahmetov)]
    assert TimelineKind.INTERVENTION in kinds


def test_a_merge_that_is_not_confirmed_changes_nothing(qtbot, files, as_role, workspace,
                                                       centre, duplicate, monkeypatch):
    file = files(as_role(Role.SUPERVISOR)).open_case(centre.ahmetov_case)
    monkeypatch.setattr(file, "confirm_merge", lambda survivor, dup: False)
    picker = file.merge_with()
    picker.accept()
    assert workspace.run(persons.get_person, duplicate).surname == "Akhmetov"
    assert file.message() == ""


def test_a_specialist_cannot_merge(qtbot, files, as_role, centre, duplicate):
    file = files(as_role(Role.SPECIALIST)).open_case(centre.ahmetov_case)
    assert file.banner.text().startswith("Possible duplicate")
    assert not file.merge_button.isEnabled() and file.merge_with() is None


def test_unlinking_a_relative_asks_first(qtbot, files, workspace, centre, monkeypatch):
    file = files().open_case(centre.ahmetov_case)
    file.tabs.setCurrentWidget(file.family)
    file.family.view.setCurrentIndex(file.family.model.index(0, 0))
    asked = []
    monkeypatch.setattr(file, "confirm_unlink", lambda name: asked.append(name) or False)
    qtbot.mouseClick(file.family.unlink_button, Qt.MouseButton.LeftButton)
    assert asked == ["Ахметов Арман"] and file.family.model.rowCount() == 1
    monkeypatch.setattr(file, "confirm_unlink", lambda name: asked.append(name) or True)
    qtbot.mouseClick(file.family.unlink_button, Qt.MouseButton.LeftButton)
    assert file.family.model.rowCount() == 0
    assert workspace.run(family.family_of, centre.ahmetov) == ()
    assert workspace.run(persons.get_person, centre.son).given_name == "Арман"  # kept
