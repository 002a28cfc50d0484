"""The person picker as a user types into it, and every item model the participant
file adds, through the model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from centre_desk.services import persons
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.toolkit.person_picker import PersonListModel, PersonPicker
from tests.gui.participants.conftest import type_text


def _picker(qtbot, workspace) -> PersonPicker:
    picker = PersonPicker(workspace)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def _lines(picker) -> list[str]:
    model = picker.results()
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def test_typing_finds_persons_after_a_pause_in_any_alphabet(qtbot, workspace, centre):
    picker = _picker(qtbot, workspace)
    type_text(picker.search_edit(), "ahmet")
    assert _lines(picker) == []  # not yet: the picker waits for a pause
    qtbot.waitUntil(lambda: picker.results().rowCount() == 2)
    assert [line.split(" — ")[0] for line in _lines(picker)] == [
        "Ахметов Арман", "Ахметов Ерлан"]
    assert _lines(picker)[0] == "Ахметов Арман — 01.06.2015"
    assert _lines(picker)[1].startswith("Ахметов Ерлан — 01.01.1990 — 900101")


def test_keys_move_through_the_results_and_enter_picks(qtbot, workspace, centre):
    picker = _picker(qtbot, workspace)
    type_text(picker.search_edit(), "ахметов")
    picker.search_now()
    # Two found, none chosen yet: the first Down chooses the first, the next the second.
    qtbot.keyClick(picker.search_edit(), Qt.Key.Key_Down)
    qtbot.keyClick(picker.search_edit(), Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.keyClick(picker.search_edit(), Qt.Key.Key_Return)
    assert picked.args[0].id == centre.ahmetov


def test_excluded_persons_are_never_offered_and_misses_say_so(qtbot, workspace, centre):
    picker = _picker(qtbot, workspace)
    picker.set_excluded({centre.son})
    type_text(picker.search_edit(), "ахметов")
    picker.search_now()
    assert [line.split(" — ")[0] for line in _lines(picker)] == ["Ахметов Ерлан"]
    picker.search_edit().setText("щщщ")
    picker.search_now()
    assert _lines(picker) == []
    assert picker.findChild(QLabel, "personPickerHint").text() == \
        "Nobody found: check the spelling or type less."


def test_the_person_list_model_passes_the_model_tester(qtmodeltester, workspace, centre):
    model = PersonListModel()
    model.set_persons(workspace.run(persons.find_persons, "ахметов"))
    qtmodeltester.check(model)
    assert model.append(model.person_at(0)) is False  # listed once
    model.remove(0)
    qtmodeltester.check(model)


def test_the_file_models_pass_the_model_tester(qtbot, qtmodeltester, workspace, centre):
    file = ParticipantFileDialog(workspace, case_id=centre.zhumabaev_case)
    qtbot.addWidget(file)
    for model in (file.stage.model, file.timeline.model, file.family.model):
        qtmodeltester.check(model)
    assert file.stage.model.rowCount() == 2 and file.timeline.model.rowCount() == 2
    empty = ParticipantFileDialog(workspace)
    qtbot.addWidget(empty)
    for model in (empty.stage.model, empty.timeline.model, empty.family.model):
        assert model.rowCount() == 0
        qtmodeltester.check(model)
