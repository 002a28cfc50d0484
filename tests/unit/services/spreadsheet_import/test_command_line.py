"""``centre-desk import-spreadsheet``: applies the rows without problems and writes the
report; --dry-run writes only the report; --strict refuses a file with any problem; a
refusal is one line, exit 1, and changes nothing."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import select

from centre_desk import cli
from centre_desk.services import spreadsheet_import as imports
from centre_desk.services.spreadsheet_import.reading import make_sheet
from centre_desk.store.database import open_database
from centre_desk.store.models import Person
from tests.unit.services.spreadsheet_import.helpers import FIXTURES, digest

REGISTER = str(FIXTURES / "register-libreoffice.xlsx")


@pytest.fixture(autouse=True)
def _no_real_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CENTRE_DESK_DATA_DIR", str(tmp_path / "default-data-dir"))


def _digest(installed) -> str:
    database = open_database(installed)
    try:
        return digest(database)
    finally:
        database.close()


def _import(installed, *arguments) -> int:
    return cli.main(["import-spreadsheet", "--data-dir", str(installed.data_dir), *arguments])


def _sheet(path, title) -> list[tuple]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[title].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_the_rows_without_problems_are_imported_and_every_row_reported(
        installed, tmp_path, capsys):
    report = tmp_path / "report.xlsx"
    assert _import(installed, REGISTER, "--as", "participants", "--report", str(report)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (f"Imported 6 rows of register-libreoffice.xlsx: 4 created, 0 merged, "
                      f"1 skipped, 1 refused; report: {report}.")
    assert out[1].startswith("Batch ") and out[1].endswith("(a supervisor can undo it).")
    created = _sheet(report, "Created")
    assert [row[:2] for row in created[1:]] == [
        (2, "Иванов Иван Иванович"), (3, "Сейтқали Әйгерім"), (4, "Ермуханов Нұрлан"),
        (7, "Омаров Серік")]
    [skipped] = _sheet(report, "Skipped")[1:]
    assert skipped[0] == 6 and skipped[3] == "An earlier row of the file is the same person."
    [refused] = _sheet(report, "Refused")[1:]
    assert refused[0] == 5 and "The given name is required and is empty." in refused[3]


def test_a_dry_run_writes_the_report_and_changes_nothing(installed, tmp_path, capsys):
    before = _digest(installed)
    report = tmp_path / "report.xlsx"
    assert _import(installed, REGISTER, "--as", "participants", "--dry-run",
                   "--report", str(report)) == 0
    assert capsys.readouterr().out.startswith("Would import 6 rows")
    assert len(_sheet(report, "Created")) == 5
    assert _digest(installed) == before


def test_a_saved_mapping_is_used(installed, tmp_path, capsys):
    mapping = imports.guess_mapping(imports.read_spreadsheet(REGISTER).sheet(),
                                    imports.RowKind.PERSONS).with_column(3, None)
    imports.save_mapping(mapping, tmp_path / "m.json")
    report = tmp_path / "report.xlsx"
    assert _import(installed, REGISTER, "--as", "persons", "--mapping", str(tmp_path / "m.json"),
                   "--report", str(report)) == 0
    assert "4 created" in capsys.readouterr().out
    database = open_database(installed)
    try:
        with database.session() as session:
            iins = session.scalars(select(Person.iin)).all()
    finally:
        database.close()
    assert len(iins) == 4 and set(iins) == {None}  # the mapping left the IIN column out


@pytest.mark.parametrize(("arguments", "sentence"), [
    (["--strict"], "1 of 6 rows have problems (row 5: The birth date '31.02.1990' is not a "
                   "date that exists (write dd.mm.yyyy).); nothing was imported (--strict)."),
    (["--mapping", "MAPPING"], "The mapping {MAPPING} is for persons, not participants."),
    (["--report", "/no/such/folder/r.xlsx"], "The folder /no/such/folder does not exist: "
                                               "create it or choose another --report."),
])
def test_a_refusal_is_one_line_and_changes_nothing(installed, tmp_path, capsys, arguments,
                                                   sentence):
    mapping = tmp_path / "persons.json"
    imports.save_mapping(imports.guess_mapping(make_sheet("s", [("Фамилия",)]),
                                               imports.RowKind.PERSONS), mapping)
    arguments = [str(mapping) if a == "MAPPING" else a for a in arguments]
    if "--report" not in arguments:
        arguments += ["--report", str(tmp_path / "report.xlsx")]
    before = _digest(installed)
    assert _import(installed, REGISTER, "--as", "participants", *arguments) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.removeprefix("centre-desk: ").strip() == sentence.replace("{MAPPING}",
                                                                         str(mapping))
    assert _digest(installed) == before
    assert not (tmp_path / "report.xlsx").exists()


def test_a_file_that_is_no_spreadsheet_is_refused_in_one_line(installed, tmp_path, capsys):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"PK\x03\x04 not a workbook")
    before = _digest(installed)
    assert _import(installed, str(path), "--as", "persons", "--report",
                   str(tmp_path / "r.xlsx")) == 1
    assert capsys.readouterr().err.startswith("centre-desk: The file is not a readable .xlsx")
    assert _digest(installed) == before
