"""The one operation helper: a use case through the workspace, its refusal shown in one
sentence (a message line, or a message box through ModalHost), a success callback, the
slow variant behind a progress dialog, and the "data changed" signal it ends with; the
opener's files open above a modal window and come back when it closes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from centre_desk.domain.enums import Sex
from centre_desk.services import persons
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.toolkit.operations import (
    CASES, CLUB, PERSONS, Operation, data_changes, follow_changes)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _surname(session, person_id, surname: str) -> str:
    """A use case: correct a person's surname; returns the name as stored."""
    person = persons.get_person(session, person_id)
    persons.update_person(session, person_id, PersonInput(
        surname=surname, given_name=person.given_name, sex=person.sex,
        birth_date=person.birth_date))
    return persons.get_person(session, person_id).full_name


def _refused(session, *_args):
    raise NotFound("person", "nobody")


@pytest.fixture
def dana(run):
    return run(persons.create_person, PersonInput(surname="Сапарова", given_name="Дана",
                                                  sex=Sex.FEMALE,
                                                  birth_date=dt.date(1995, 5, 5)))


@pytest.fixture
def heard(workspace):
    """Every "data changed" signal of the workspace, in order."""
    seen: list[frozenset[str]] = []
    data_changes(workspace).changed.connect(seen.append)
    return seen


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_stored_change_calls_back_then_names_what_changed(workspace, dana, heard, host):
    results = []
    operation = Operation(host, workspace, {PERSONS}, _surname, dana, "Ахметова")
    assert operation.success(results.append).run()
    assert results == ["Ахметова Дана"] == [operation.result]
    assert heard == [frozenset({PERSONS})]
    assert workspace.run(persons.get_person, dana).surname == "Ахметова"


def test_a_refusal_shows_its_sentence_in_the_message_line_and_announces_nothing(
        workspace, dana, heard, host):
    line = QLabel(host)
    operation = Operation(host, workspace, {PERSONS}, _surname, dana, "")
    assert not operation.show_errors_in(line.setText).success(heard.append).run()
    assert line.text() == "Please correct the highlighted fields."
    assert isinstance(operation.error, InvalidInput)
    assert heard == []
    assert workspace.run(persons.get_person, dana).surname == "Сапарова"


def test_a_refusal_without_a_message_line_is_a_warning_box(workspace, host, modals, heard):
    modals.expect_warnings(1)
    assert not Operation(host, workspace, {PERSONS}, _refused).run()
    assert modals.warnings == ["This record no longer exists; it may have been deleted."]
    assert heard == []


def test_a_feature_may_word_a_refusal_or_handle_it(workspace, host):
    shown, handled = [], []
    Operation(host, workspace, {CLUB}, _refused).show_errors_in(shown.append).worded(
        lambda error: "Her membership is gone." if isinstance(error, NotFound) else None
    ).run()
    Operation(host, workspace, {CLUB}, _refused).show_errors_in(shown.append).failure(
        handled.append).run()
    assert shown == ["Her membership is gone."]
    assert [type(error) for error in handled] == [NotFound]


def test_a_change_must_name_known_kinds(workspace, host):
    with pytest.raises(ValueError, match="participants"):
        Operation(host, workspace, {"participants"}, _refused)


def test_slow_work_runs_behind_a_progress_dialog_then_announces(
        qtbot, workspace, dana, heard, host):
    steps, results = [], []

    def rename_slowly(session, person_id, surname, progress):
        for done in range(1, 4):
            progress(done, 3)
            steps.append(done)
        return _surname(session, person_id, surname)

    job = Operation(host, workspace, {PERSONS, CASES}, rename_slowly, dana, "Бекова") \
        .success(results.append).run_with_progress("Renaming", "Renaming…")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert steps == [1, 2, 3] and results == ["Бекова Дана"]
    assert heard == [frozenset({PERSONS, CASES})]


def test_slow_work_refused_shows_the_sentence(qtbot, workspace, host, modals, heard):
    modals.expect_warnings(1)
    job = Operation(host, workspace, {PERSONS}, lambda session, progress: _refused(session)) \
        .run_with_progress("Renaming", "Renaming…")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert modals.warnings == ["This record no longer exists; it may have been deleted."]
    assert heard == []


def test_a_listener_hears_only_the_kinds_it_shows_and_dies_with_its_widget(
        qtbot, workspace, host):
    heard = []
    watcher = QWidget(host)
    follow_changes(watcher, workspace, {CLUB}, heard.append)
    data_changes(workspace).announce({PERSONS})
    data_changes(workspace).announce({CLUB, PERSONS})
    assert heard == [frozenset({CLUB, PERSONS})]
    watcher.deleteLater()
    qtbot.waitUntil(lambda: not host.findChildren(QWidget))
    data_changes(workspace).announce({CLUB})
    assert len(heard) == 1


def test_each_workspace_has_its_own_signal(db, admin, workspace):
    assert data_changes(workspace) is data_changes(workspace)
    assert data_changes(Workspace(db, admin)) is not data_changes(workspace)


def test_a_file_opens_above_a_modal_window_and_comes_back_when_it_closes(
        qtbot, workspace, dana, host, monkeypatch):
    monkeypatch.setattr(ParticipantFileDialog, "ask_unsaved", lambda _file, *_: "discard")
    files = ParticipantFiles(workspace, host)
    host.show()
    modal = QDialog(host)
    modal.setModal(True)
    modal.show()  # as exec() would, without waiting
    file = files.open_person(dana)
    assert file.parentWidget() is modal  # usable: the modal window blocks the others
    modal.reject()
    assert file.parentWidget() is host and file.isVisible()
    assert files.open_person(dana) is file and files.open_files() == [file]
