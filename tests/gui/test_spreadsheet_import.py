"""File → Import from spreadsheet… driven as a user would with the register LibreOffice
wrote (tests/fixtures/spreadsheets): a column let go and a word given another meaning,
the problems in the preview, a row skipped and one merged into the person on file, the
import applied, and what the database holds; a cancel changes nothing; the Imports list
undoes it. The preview's model passes Qt's model tester and stays quick at 10,000 rows."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QWizard

from centre_desk.domain.enums import CaseCategory, Role, Sex
from centre_desk.services import cases, persons
from centre_desk.services import spreadsheet_import as imports
from centre_desk.services.persons import PersonInput
from centre_desk.services.spreadsheet_import import (
    Action, Choice, Mapping, Preview, RowKind, RowPreview, RowStatus)
from centre_desk.services.spreadsheet_import.results import CellProblem, PersonMatch
from centre_desk.services.workspace import Workspace
from centre_desk.ui.spreadsheet_import.batches import ImportActions, ImportsWindow
from centre_desk.ui.spreadsheet_import.preview_model import (
    FIXED, PROBLEMS, PreviewModel)
from centre_desk.ui.spreadsheet_import.report_page import ReportPage
from centre_desk.ui.spreadsheet_import.wizard import ImportWizard
from tests.unit.services.spreadsheet_import.helpers import (
    FIXTURES, content_digest, data_digest, digest, write_csv)

IVANOV_IIN = "850515310003"
NOTES, CATEGORY = 9, 6  # the register's columns J (Примечание) and G (Категория)


@pytest.fixture
def register(tmp_path):
    """The LibreOffice register, copied where its report may be written beside it."""
    folder = tmp_path / "registers"
    folder.mkdir()
    return shutil.copy(FIXTURES / "register-libreoffice.xlsx", folder / "register.xlsx")


@pytest.fixture
def ivanov(run):
    """Иванов is on file already (with his IIN), without address or case."""
    return run(persons.create_person, PersonInput(
        "Иванов", "Иван", "Иванович", iin=IVANOV_IIN, sex=Sex.MALE,
        birth_date=dt.date(1985, 5, 15)))


def open_wizard(qtbot, workspace: Workspace, path) -> ImportWizard:
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.file_page.choose_file = lambda: str(path)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.choose_button.click()
    return wizard


def next_page(qtbot, wizard: ImportWizard) -> None:
    """Press Next (or Import) and wait for the page's work to end."""
    button = wizard.button(QWizard.WizardButton.CommitButton if
                           wizard.currentPage().isCommitPage() else
                           QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    button.click()
    page = wizard.currentPage()
    job = getattr(page, "job", None)
    if job is not None:
        qtbot.waitUntil(lambda: not job.is_running(), timeout=30_000)


def to_preview(qtbot, wizard: ImportWizard) -> None:
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)


def cell(model: PreviewModel, number: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(model.position(number), column), role)


def field_column(model: PreviewModel, name: str) -> int:
    return FIXED + model.field_names().index(name)


def test_a_libreoffice_register_imported_as_chosen(qtbot, db, workspace, register, ivanov,
                                                  translations):
    wizard = open_wizard(qtbot, workspace, register)
    page = wizard.file_page
    assert (page.sheet_box.currentText(), page.header_box.value()) == ("Участники", 1)
    assert page.kind() is RowKind.PARTICIPANTS
    assert "Data rows below the header: 6" in page.summary.text()

    next_page(qtbot, wizard)
    mapping_page = wizard.mapping_page
    assert mapping_page.mapping.columns[NOTES] == "notes"  # guessed from "Примечание"
    mapping_page.columns.cellWidget(NOTES, 3).setCurrentIndex(0)  # not imported
    line = mapping_page.value_line("category", "в группе риска")
    means = mapping_page.values.cellWidget(line, 2)
    assert means.currentData() == "at_risk"
    means.setCurrentIndex(means.findData("ex_convict"))
    assert NOTES not in mapping_page.mapping.columns
    assert mapping_page.mapping.code_of("category", "в группе риска") == "ex_convict"

    next_page(qtbot, wizard)
    preview = wizard.preview_page
    model = preview.model
    assert "Rows: 6" in preview.summary.text()
    # Петров (row 5): no given name, 31 February; beside the cells and in the column.
    assert "Given name is empty but required." in cell(model, 5, PROBLEMS)
    born = field_column(model, "birth_date")
    assert cell(model, 5, born) == "31.02.1990"
    assert "not a date that exists" in cell(model, 5, born, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 5, born, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(model, 2, 4).startswith("Иванов Иван Иванович")  # the person on file
    assert [cell(model, n, 1) for n in range(2, 8)] == [
        "Merge", "Create", "Create", "Skip", "Skip", "Create"]
    preview.table.setFocus()
    qtbot.keyClick(preview.table, Qt.Key.Key_Return)  # moving through rows never imports
    assert wizard.currentPage() is preview
    preview.select_rows(2)
    assert preview.side.item(0, 0).text() == preview.side.item(0, 1).text() == "Иванов"
    preview.select_rows(3)  # Сейтқали: skipped
    preview.skip_button.click()
    preview.select_rows(5)  # a row with problems cannot be created
    preview.create_button.click()
    assert (cell(model, 3, 1), cell(model, 5, 1)) == ("Skip", "Skip")

    next_page(qtbot, wizard)
    report = wizard.report_page
    assert report.counts.text() == "Created: 2. Merged: 1. Skipped: 2. Refused: 1."
    assert report.saved_to.parent == register.parent and report.saved_to.exists()
    assert str(report.saved_to) in report.where.text()
    reasons = [report.rows.item(r, 3).text() for r in range(report.rows.rowCount())]
    assert "Skipped as chosen." in reasons

    merged = workspace.run(persons.get_person, ivanov)
    assert merged.address == 'г. Алматы, ул. Абая 10; кв. "5"'
    assert merged.notes is None  # the notes column was let go
    case = workspace.run(cases.get_case, workspace.run(cases.case_for_person, ivanov))
    assert (case.category, case.facility) == (CaseCategory.INMATE, "ИК-1")
    created = {r.full_name: r.person_id for r in report.result.rows if r.person_id}
    assert "Сейтқали Әйгерім" not in created
    omarov = workspace.run(cases.case_for_person, created["Омаров Серік"])
    assert workspace.run(cases.get_case, omarov).category is CaseCategory.EX_CONVICT


def test_a_cancelled_import_changes_nothing(qtbot, db, workspace, register, ivanov,
                                            translations, monkeypatch):
    asked = []

    def cancelling(session, preview, choices, progress):  # Cancel after the first row
        return imports.apply_import(session, preview, choices, progress,
                                    cancelled=lambda: bool(asked.append(1)) or len(asked) > 2)
    monkeypatch.setattr(ReportPage, "apply_function", lambda _page: cancelling)
    wizard = open_wizard(qtbot, workspace, register)
    to_preview(qtbot, wizard)
    before = digest(db)
    next_page(qtbot, wizard)
    assert len(asked) > 2
    assert wizard.report_page.message.text() == \
        "The import was cancelled; nothing was changed."
    assert digest(db) == before
    assert not list(register.parent.glob("*import report*"))


def test_undo_from_the_imports_list_puts_the_database_back(qtbot, db, workspace, register,
                                                           ivanov, translations, modals):
    before = data_digest(db)
    wizard = open_wizard(qtbot, workspace, register)
    to_preview(qtbot, wizard)
    next_page(qtbot, wizard)
    assert content_digest(db) != before
    window = ImportsWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.table.rowCount() == 1
    assert window.table.item(0, 2).text() == "register.xlsx"
    window.table.selectRow(0)
    modals.answer(True)
    window.undo_button.click()
    qtbot.waitUntil(lambda: not window.job.is_running(), timeout=30_000)
    assert data_digest(db) == before  # nothing was sent: the import is taken out whole
    assert window.status.text().startswith("Undone: ")
    assert "No sync package had been written since the import" in window.status.text()
    assert not window.undo_button.isEnabled()  # the import is marked undone
    assert window.table.item(0, 7).text()


def test_undo_says_what_it_left(qtbot, db, workspace, register, ivanov, translations,
                                modals):
    wizard = open_wizard(qtbot, workspace, register)
    to_preview(qtbot, wizard)
    next_page(qtbot, wizard)
    created = wizard.report_page.result.rows[1].person_id  # Сейтқали, created
    person = workspace.run(persons.get_person, created)
    workspace.run(persons.update_person, created, dataclasses_replace(person, phone="+7 700"))
    window = ImportsWindow(workspace)
    qtbot.addWidget(window)
    window.table.selectRow(0)
    modals.answer(True)
    window.undo_button.click()
    qtbot.waitUntil(lambda: not window.job.is_running(), timeout=30_000)
    assert "changed after the import: rows 3." in window.status.text()


def test_an_undo_cancelled_midway_changes_nothing(qtbot, db, workspace, register, ivanov,
                                                 translations, modals, monkeypatch):
    wizard = open_wizard(qtbot, workspace, register)
    to_preview(qtbot, wizard)
    next_page(qtbot, wizard)
    before = digest(db)
    window = ImportsWindow(workspace)
    qtbot.addWidget(window)
    window.table.selectRow(0)
    modals.answer(True)
    real, started, go_on = imports.undo_batch, threading.Event(), threading.Event()

    def undo_paused_at_its_first_step(session, batch_id, progress):
        def step(done, total):
            started.set()
            go_on.wait(10)
            progress(done, total)
        return real(session, batch_id, step)

    monkeypatch.setattr("centre_desk.ui.spreadsheet_import.batches.undo_batch",
                        undo_paused_at_its_first_step)
    window.undo_button.click()
    qtbot.waitUntil(started.is_set, timeout=30_000)
    window.job.dialog.findChild(QPushButton).click()  # Cancel, as the user presses it
    go_on.set()
    qtbot.waitUntil(lambda: not window.job.is_running(), timeout=30_000)
    assert window.status.text() == "The undo was cancelled; nothing was changed."
    assert digest(db) == before
    assert window.undo_button.isEnabled()  # still to be undone


def dataclasses_replace(view, **changes) -> PersonInput:
    import dataclasses
    data = {f.name: getattr(view, f.name) for f in dataclasses.fields(PersonInput)}
    return PersonInput(**(data | changes))


def test_only_supervisors_and_administrators_may_import(qtbot, db, make_user, translations):
    from PySide6.QtWidgets import QMainWindow
    for role, allowed in ((Role.SPECIALIST, False), (Role.SUPERVISOR, True)):
        window = QMainWindow()
        qtbot.addWidget(window)
        actions = ImportActions(window, window.menuBar().addMenu("File"),
                                Workspace(db, make_user(role)))
        actions.retranslate()
        assert actions.import_action.isEnabled() is allowed
        assert actions.imports_action.isEnabled() is allowed
        if not allowed:
            assert actions.import_action.statusTip() == \
                "Only a supervisor or an administrator may do this."


def test_a_file_that_is_no_spreadsheet_is_refused_in_one_sentence(qtbot, workspace, tmp_path,
                                                                  translations):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    wizard = open_wizard(qtbot, workspace, bad)
    assert wizard.file_page.message.text() == (
        "This is not an .xlsx or .csv file: save it as .xlsx or .csv and import that.")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_mapping_saved_and_loaded(qtbot, workspace, register, tmp_path, translations):
    wizard = open_wizard(qtbot, workspace, register)
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    page.columns.cellWidget(NOTES, 3).setCurrentIndex(0)
    saved = tmp_path / "mapping.json"
    page.choose_save_path = lambda: str(saved)
    page.save_button.click()
    assert Mapping.from_json(saved.read_text(encoding="utf-8")).columns == page.mapping.columns
    page.columns.cellWidget(NOTES, 3).setCurrentIndex(
        page.columns.cellWidget(NOTES, 3).findData("notes"))
    page.choose_load_path = lambda: str(saved)
    page.load_button.click()
    assert NOTES not in page.mapping.columns
    assert page.columns.cellWidget(NOTES, 3).currentIndex() == 0


def synthetic_preview(count: int) -> Preview:
    mapping = Mapping(RowKind.PARTICIPANTS, {0: "surname", 1: "given_name", 2: "birth_date",
                                             3: "category"})
    someone = PersonMatch(uuid.uuid4(), "Иванов Иван", dt.date(1990, 1, 1), None, "name",
                          0.9, {"surname": "Иванов"})
    rows = []
    for number in range(2, count + 2):
        kind = number % 4
        problems = (CellProblem("birth_date", 2, "date.invalid", "bad"),) if kind == 1 else ()
        status = (RowStatus.ERROR if kind == 1 else RowStatus.LOOK_ALIKE if kind == 2
                  else RowStatus.NEW)
        rows.append(RowPreview(
            number, {"surname": f"Фамилия{number}", "given_name": "Имя"},
            {"surname": f"Фамилия{number}", "birth_date": "31.02.1990"}, problems,
            (someone,) if kind == 2 else (), (), status,
            Choice(Action.SKIP) if kind in (1, 2) else Choice(Action.CREATE)))
    return Preview(RowKind.PARTICIPANTS, "big.xlsx", mapping, tuple(rows))


def test_the_preview_model_passes_the_model_tester(qtmodeltester, translations):
    preview = synthetic_preview(2500)
    model = PreviewModel(preview, preview.proposed())
    qtmodeltester.check(model)
    model.set_filter("problems")
    qtmodeltester.check(model)


def test_ten_thousand_rows_stay_responsive(qtbot, translations):
    from PySide6.QtWidgets import QTableView
    preview = synthetic_preview(10_000)
    started = time.perf_counter()
    model = PreviewModel(preview, preview.proposed())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    view.scrollToBottom()
    model.set_choices(preview.bulk(model.choices, RowStatus.LOOK_ALIKE, Action.MERGE))
    model.set_filter("matches")
    model.set_filter("all")
    elapsed = time.perf_counter() - started
    assert model.rowCount() == 1000  # a page at a time again after the filter
    assert elapsed < 2.0, f"{elapsed:.2f} s"


def test_a_row_alike_two_people_on_file_is_merged_into_the_one_chosen(
        qtbot, db, workspace, ivanov, tmp_path, translations):
    other = workspace.run(persons.create_person, PersonInput(
        "Иванов", "Иван", "Петрович", sex=Sex.MALE, birth_date=dt.date(1985, 5, 15)))
    path = write_csv(tmp_path / "register.csv", [
        ["Фамилия", "Имя", "Дата рождения", "Пол", "Категория", "Телефон"],
        ["Ivanov", "Ivan", "15.05.1985", "м", "осужденный", "+7 701 555 44 33"]])
    wizard = open_wizard(qtbot, workspace, path)
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    preview.select_rows(2)
    box = preview.match_box
    assert box.isEnabled() and box.count() == 2
    assert box.itemText(0).startswith("Иванов Иван Иванович, 15.05.1985")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the second person on file, by keyboard
    assert cell(preview.model, 2, 1) == "Merge"
    assert cell(preview.model, 2, 4).startswith("Иванов Иван Петрович")
    assert preview.side.item(2, 1).text() == "Петрович"  # beside the row: the one chosen

    next_page(qtbot, wizard)
    assert wizard.report_page.counts.text().startswith("Created: 0. Merged: 1.")
    assert workspace.run(persons.get_person, other).phone == "+7 701 555 44 33"
    assert workspace.run(persons.get_person, ivanov).phone is None
