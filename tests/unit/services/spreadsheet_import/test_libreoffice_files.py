"""Files written by LibreOffice Calc (tests/fixtures/spreadsheets/make_fixtures.sh): an
.xlsx, a UTF-8 CSV with ";" and a Windows-1251 CSV with "," import as expected."""

from __future__ import annotations

import datetime as dt

import pytest

from centre_desk.domain.enums import CaseCategory, Sex
from centre_desk.services import cases, persons
from centre_desk.services import spreadsheet_import as imports
from tests.unit.services.spreadsheet_import.helpers import FIXTURES, preview_of

S = imports.RowStatus
FILES = ["register-libreoffice.xlsx", "register-utf8-semicolon.csv"]


@pytest.mark.parametrize("name", FILES)
def test_a_register_saved_by_calc_previews_row_by_row(name, run):
    preview = preview_of(run, FIXTURES / name)
    assert [(r.number, r.status) for r in preview.rows] == [
        (2, S.NEW), (3, S.NEW), (4, S.NEW), (5, S.ERROR), (6, S.SAME_AS_EARLIER_ROW),
        (7, S.NEW)]
    ivanov, seitkali, yermukhanov, petrov, latin, omarov = preview.rows
    assert ivanov.values["birth_date"] == dt.date(1985, 5, 15)
    assert ivanov.values["address"] == 'г. Алматы, ул. Абая 10; кв. "5"'
    assert ivanov.values["notes"] == "Этап 2"  # a formula: the value Calc saved with it
    assert (seitkali.values["surname"], seitkali.values["category"]) == ("Сейтқали", "inmate")
    assert yermukhanov.values["iin"] == "010207510007"
    assert {(p.field, p.code) for p in petrov.problems} == {
        ("given_name", "required"), ("birth_date", "date.invalid")}
    assert latin.same_as == (4,)
    # No birth date column value: it comes from the IIN, as the person form does it.
    assert omarov.values["birth_date"] == dt.date(1978, 1, 1)
    assert omarov.values["category"] == "at_risk"


@pytest.mark.parametrize("name", FILES)
def test_a_register_saved_by_calc_is_imported(name, run):
    preview = preview_of(run, FIXTURES / name)
    result = run(imports.apply_import, preview)
    outcomes = [r.outcome.value for r in result.rows]
    assert outcomes == ["created", "created", "created", "refused", "skipped", "created"]
    ivanov = run(persons.get_person, result.rows[0].person_id)
    assert (ivanov.full_name, ivanov.iin, ivanov.sex, ivanov.birth_date) == (
        "Иванов Иван Иванович", "850515310003", Sex.MALE, dt.date(1985, 5, 15))
    case = run(cases.get_case, run(cases.case_for_person, ivanov.id))
    assert (case.category, case.facility) == (CaseCategory.INMATE, "ИК-1")


def test_a_windows_1251_csv_reads_as_its_utf8_twin_where_cp1251_has_the_letters(run):
    source = imports.read_spreadsheet(FIXTURES / "register-cp1251-comma.csv")
    assert (source.encoding, source.delimiter) == ("cp1251", ",")
    twin = imports.read_spreadsheet(FIXTURES / "register-utf8-semicolon.csv")
    assert (source.encoding, twin.encoding, twin.delimiter) == ("cp1251", "utf-8", ";")
    assert source.sheet().rows[1] == twin.sheet().rows[1]  # Иванов: Russian letters only
    preview = preview_of(run, FIXTURES / "register-cp1251-comma.csv")
    # Calc wrote "?" for the Kazakh letters Windows-1251 lacks: the word is not known.
    assert ("category", "code.unknown") in {(p.field, p.code)
                                            for p in preview.rows[1].problems}
    assert preview.rows[0].status is S.NEW
