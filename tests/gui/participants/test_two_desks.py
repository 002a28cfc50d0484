"""Two desks on one database, in the participant file: a save of a field another desk
saved since the file opened shows both values side by side (who, when), and the
worker keeps theirs, takes the other's, or saves nothing; what the other desk changed
alone is kept without a question."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton

from centre_desk.domain.enums import Role
from centre_desk.services import cases, editing, persons
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.toolkit.edit_conflicts import EditConflictDialog
from tests.gui.participants.conftest import replace_text, type_text
from tests.unit.services.test_two_desks import digest


@pytest.fixture
def other_desk(installed, staff):
    """The same database opened by a second desk, where the specialist works."""
    database = open_database(installed)
    yield Workspace(database, staff[Role.SPECIALIST])
    database.close()


def _saved_at_the_other_desk(desk: Workspace, centre) -> None:
    """The other desk opens Ахметов's file after ours and saves a facility and a phone."""
    seen_person = desk.run(editing.seen_record, "person", centre.ahmetov)
    seen_case = desk.run(editing.seen_record, "case_file", centre.ahmetov_case)
    person = desk.run(persons.get_person, centre.ahmetov)
    case = desk.run(cases.get_case, centre.ahmetov_case)
    data = cases.CaseInput(**{f.name: getattr(case, f.name)
                              for f in dataclasses.fields(cases.CaseInput)})
    desk.run(cases.update_case, centre.ahmetov_case,
             dataclasses.replace(data, facility="ИК-3"), seen=seen_case)
    fields = {f.name: getattr(person, f.name) for f in dataclasses.fields(persons.PersonInput)}
    desk.run(persons.update_person, centre.ahmetov,
             persons.PersonInput(**{**fields, "phone": "+7 702 123 45 67"}), seen=seen_person)


@pytest.fixture
def file(qtbot, workspace, centre, other_desk):
    """Ахметов's file open here, with the facility and the district typed, after the
    other desk saved its facility and phone."""
    opened = ParticipantFileDialog(workspace, case_id=centre.ahmetov_case)
    qtbot.addWidget(opened)
    opened.show()
    _saved_at_the_other_desk(other_desk, centre)
    replace_text(opened.case_form.facility.lineEdit(), "ИК-7")
    opened.person_form.district.setFocus()
    type_text(opened.person_form.district, "Медеуский район")
    return opened


def _press(dialog: QDialog, button) -> bool:
    button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def _rows(dialog: EditConflictDialog) -> list[tuple[str, str, str, str]]:
    """Each conflicting field as the dialog shows it: name, mine, theirs, and who
    saved theirs when."""
    return [(dialog.findChild(QLabel, f"{c.field}Field").text(),
             dialog.findChild(QLabel, f"{c.field}MineValue").text(),
             dialog.findChild(QLabel, f"{c.field}TheirsValue").text(),
             dialog.findChild(QLabel, f"{c.field}Who").text())
            for c in dialog.conflicts]


@pytest.mark.parametrize("take_theirs", [False, True], ids=["keep mine", "take theirs"])
def test_the_same_field_saved_at_another_desk_is_asked_about(qtbot, workspace, centre, file,
                                                              modals, take_theirs):
    shown = []

    def choose(dialog: EditConflictDialog) -> bool:
        shown.extend(_rows(dialog))
        if take_theirs:
            qtbot.mouseClick(dialog.findChild(QRadioButton, "facilityTheirs"),
                             Qt.MouseButton.LeftButton)
        return _press(dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    modals.expect(choose)
    qtbot.keyClick(file.person_form.district, Qt.Key.Key_Return)  # Enter saves
    assert modals.shown == ["editConflictDialog"]
    ((name, mine, theirs, who),) = shown  # only the facility: the phone was not typed
    assert (name, mine, theirs) == ("Facility", "ИК-7", "ИК-3")
    assert who.startswith("Saved by specialist, ")
    assert file.message() == "Saved."
    case = workspace.run(cases.get_case, centre.ahmetov_case)
    person = workspace.run(persons.get_person, centre.ahmetov)
    assert case.facility == ("ИК-3" if take_theirs else "ИК-7")
    assert (person.district, person.phone) == ("Медеуский район", "+7 702 123 45 67")
    assert file.case_form.facility.currentText() == case.facility  # the file shows it
    assert file.person_form.phone.text() == "+7 702 123 45 67"


def test_cancelling_the_question_saves_nothing_and_keeps_the_typing(qtbot, db, file, modals):
    before = digest(db)
    modals.expect(lambda dialog: _press(
        dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)))
    qtbot.keyClick(file.person_form.district, Qt.Key.Key_Return)
    assert digest(db) == before
    assert file.message() == "Not saved: someone else changed the same fields."
    assert file.is_modified() and file.case_form.facility.currentText() == "ИК-7"


def test_nothing_is_asked_when_the_other_desk_changed_other_fields(qtbot, workspace, centre,
                                                                    other_desk, modals):
    opened = ParticipantFileDialog(workspace, case_id=centre.ahmetov_case)
    qtbot.addWidget(opened)
    opened.show()
    _saved_at_the_other_desk(other_desk, centre)
    opened.person_form.district.setFocus()
    type_text(opened.person_form.district, "Медеуский район")
    qtbot.keyClick(opened.person_form.district, Qt.Key.Key_Return)
    assert modals.shown == []
    assert opened.message() == "Saved."
    person = workspace.run(persons.get_person, centre.ahmetov)
    assert (person.district, person.phone) == ("Медеуский район", "+7 702 123 45 67")
    assert workspace.run(cases.get_case, centre.ahmetov_case).facility == "ИК-3"
