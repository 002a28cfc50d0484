"""A cancel or a failure leaves the database as it was; undo leaves what was touched
since and says so; only supervisors and administrators import and undo."""

from __future__ import annotations

import dataclasses

import pytest

from centre_desk.domain.enums import Role
from centre_desk.services import persons
from centre_desk.services import spreadsheet_import as imports
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.services.workspace import Workspace
from tests.unit.services.spreadsheet_import.helpers import (
    content_digest, digest, preview_of, write_csv)

HEADER = ["Фамилия", "Имя", "Дата рождения", "Пол", "Категория", "Телефон"]
ROWS = [["Иванов", "Иван", "01.02.1990", "м", "осужденный", ""],
        ["Петрова", "Анна", "02.03.1991", "ж", "в группе риска", ""],
        ["Сидоров", "Олег", "03.04.1992", "м", "освобожденный", "+7 701 555 1234"]]


@pytest.fixture
def register(tmp_path):
    return write_csv(tmp_path / "register.csv", [HEADER] + ROWS)


def test_a_cancel_midway_leaves_the_database_as_it_was(db, run, register):
    preview = preview_of(run, register)
    before = digest(db)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) == 3  # after two rows were written

    with pytest.raises(imports.ImportCancelled) as refused:
        run(imports.apply_import, preview, cancelled=cancelled)
    assert str(refused.value) == "The import was cancelled; nothing was changed."
    assert digest(db) == before


def test_a_failure_midway_leaves_the_database_as_it_was(db, run, register):
    preview = preview_of(run, register)
    before = digest(db)
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        raise OSError("disk full")  # any failure, after rows were written

    with pytest.raises(OSError):
        run(imports.apply_import, preview, progress=progress)
    assert digest(db) == before


def test_undo_leaves_a_row_touched_since_and_says_so(db, run, register):
    before = content_digest(db)
    sidorov = run(persons.create_person, persons.PersonInput("Сидоров", "Олег"))
    preview = preview_of(run, register)
    choices = preview.proposed() | {4: imports.Choice(imports.Action.MERGE, sidorov)}
    result = run(imports.apply_import, preview, choices)
    assert [r.outcome for r in result.rows] == [imports.Outcome.CREATED] * 2 + [
        imports.Outcome.MERGED]
    assert run(persons.get_person, sidorov).phone == "+7 701 555 1234"
    ivanov = result.rows[0].person_id
    edited = dataclasses.replace(run(persons.get_person, ivanov), notes="seen at intake")
    run(persons.update_person, ivanov, persons.PersonInput(
        **{f.name: getattr(edited, f.name) for f in dataclasses.fields(persons.PersonInput)}))

    undone = run(imports.undo_batch, result.batch_id)
    assert undone.cannot == (("import.changed_since", "Row 2: its person was changed after "
                                                      "the import, so the row is left as it is."),)
    assert undone.restored == 1
    restored = run(persons.get_person, sidorov)
    assert (restored.phone, restored.birth_date) == (None, None)  # filled fields put back
    assert run(persons.get_person, ivanov).notes == "seen at intake"
    assert content_digest(db) != before
    with pytest.raises(InvalidInput) as refused:
        run(imports.undo_batch, result.batch_id)
    assert refused.value.problems == {"batch": "import.already_undone"}
    [batch] = run(imports.list_batches)
    assert (batch.file_name, batch.created, batch.merged, batch.undone_at is not None) == (
        "register.csv", 2, 1, True)


def test_a_specialist_may_neither_import_nor_undo(db, run, register, make_user):
    specialist = Workspace(db, make_user(Role.SPECIALIST))
    source = imports.read_spreadsheet(register)
    mapping = imports.guess_mapping(source.sheet(), imports.RowKind.PARTICIPANTS)
    with pytest.raises(NotPermitted):
        specialist.run(imports.preview_import, source, mapping)
    preview = run(imports.preview_import, source, mapping)
    with pytest.raises(NotPermitted):
        specialist.run(imports.apply_import, preview)
    result = run(imports.apply_import, preview)
    with pytest.raises(NotPermitted):
        specialist.run(imports.undo_batch, result.batch_id)


def test_a_cancel_after_a_merged_first_row_leaves_the_database_as_it_was(db, run, register):
    """A merge as the file's first row writes inside a savepoint: its release must not
    commit the row (pysqlite begins no transaction before a SAVEPOINT; applying._begin)."""
    ivanov = run(persons.create_person, persons.PersonInput("Иванов", "Иван"))
    preview = preview_of(run, register)
    choices = preview.proposed() | {2: imports.Choice(imports.Action.MERGE, ivanov)}
    before = digest(db)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) == 2  # after the merge of the first row

    with pytest.raises(imports.ImportCancelled):
        run(imports.apply_import, preview, choices, cancelled=cancelled)
    assert digest(db) == before
    assert run(persons.get_person, ivanov).birth_date is None
