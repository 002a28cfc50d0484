"""Reading files: encodings and separators decided robustly, formulas read as the values
saved with them (never evaluated) or refused, sizes bounded, each refusal one sentence."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from centre_desk.services import spreadsheet_import as imports
from centre_desk.services.spreadsheet_import import reading
from tests.unit.services.spreadsheet_import.helpers import write_xlsx

Refused = imports.SpreadsheetRefused


def _refusal(path) -> Refused:
    with pytest.raises(Refused) as refused:
        imports.read_spreadsheet(path)
    sentence = str(refused.value)
    assert sentence.endswith(".") and "\n" not in sentence
    return refused.value


@pytest.mark.parametrize(("data", "encoding"), [
    ("\ufeffФамилия;Имя\nИванов;Иван\n".encode(), "utf-8-sig"),
    ("Фамилия;Имя\nИванов;Иван\n".encode(), "utf-8"),
    ("Фамилия;Имя\nИванов;Иван\n".encode("cp1251"), "cp1251"),
    ("Фамилия\tИмя\nИванов\tИван\n".encode("utf-16"), "utf-16"),  # Excel's Unicode text
])
def test_utf8_with_or_without_bom_and_windows_1251_read_alike(tmp_path, data, encoding):
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    source = imports.read_spreadsheet(path)
    assert source.encoding == encoding
    assert source.sheet().rows == (("Фамилия", "Имя"), ("Иванов", "Иван"))


def test_comma_or_semicolon_and_quoted_fields(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('Фамилия,Адрес\n"Иванов","ул. Абая, 10; ""кв"" 5"\n', encoding="utf-8")
    source = imports.read_spreadsheet(path)
    assert source.delimiter == ","
    assert source.sheet().rows[1] == ("Иванов", 'ул. Абая, 10; "кв" 5')


def test_a_formula_gives_the_value_saved_with_it_never_a_computed_one(tmp_path):
    import xlsxwriter
    path = tmp_path / "formulas.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["Фамилия", "Имя", "Примечание"])
    sheet.write_row(1, 0, ["Иванов", "Иван"])
    # The saved value deliberately disagrees with the formula: evaluating it would say 2.
    sheet.write_formula(1, 2, "=1+1", None, "saved, not computed")
    sheet.write_formula(2, 2, '=WEBSERVICE("http://example.invalid/")', None, "offline")
    workbook.close()
    rows = imports.read_spreadsheet(path).sheet().rows
    assert rows[1][2] == "saved, not computed" and rows[2][2] == "offline"


def test_a_formula_saved_without_its_value_is_refused(tmp_path):
    import openpyxl
    path = tmp_path / "unsaved.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Фамилия", "Имя"])
    workbook.active.append(["Иванов", "=A2&\"a\""])  # openpyxl saves no value with it
    workbook.save(path)
    refused = _refusal(path)
    assert refused.code == "xlsx.formula_without_value" and "B2" in str(refused)


def test_dates_of_an_xlsx_are_dates_and_serial_numbers_count_from_1899(tmp_path):
    path = write_xlsx(tmp_path / "dates.xlsx", [["Дата рождения"], [dt.datetime(1985, 5, 15)],
                                                 [31182]])
    rows = imports.read_spreadsheet(path).sheet().rows
    assert rows[1][0] == dt.datetime(1985, 5, 15)
    from centre_desk.services.spreadsheet_import.checking import read_date
    assert read_date(rows[2][0], serials=True) == dt.date(1985, 5, 15)
    assert read_date("15.05.1985", serials=False) == read_date("1985-05-15", False)
    assert read_date("31.02.1990", serials=False) == "date.invalid"
    assert read_date(31182, serials=False) == "date.invalid"  # a CSV number is no date


def test_a_10_mb_cell_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("Фамилия;Имя\n" + "а" * (10 << 20) + ";Иван\n", encoding="utf-8")
    assert _refusal(path).code == "cell.too_long"


def test_a_million_rows_are_refused(tmp_path):
    path = tmp_path / "million.csv"
    path.write_text("Фамилия;Имя\n" + "а;б\n" * 1_000_000, encoding="utf-8")
    assert _refusal(path).code == "rows.too_many"


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 << 20))
    assert _refusal(path).code == "file.too_large"


@pytest.mark.parametrize(("content", "code"), [
    (b"PK\x03\x04 not really a zip", "xlsx.damaged"),
    (b"\xd0\xcf\x11\xe0 an old .xls", "file.unknown_format"),
    (b"", "file.empty"),
    (b"\x98\x98\x98;\x98", "csv.encoding"),
    ("Фамилия;Имя".encode("utf-16-le"), "csv.encoding"),
    (b"\x01\x02binary\x00", "csv.encoding"),
])
def test_what_is_not_a_spreadsheet_gets_one_sentence(tmp_path, content, code):
    path = tmp_path / "file.xlsx"
    path.write_bytes(content)
    assert _refusal(path).code == code


def test_the_header_row_is_found_below_a_title(tmp_path):
    path = tmp_path / "titled.csv"
    path.write_text("Реестр участников на 01.06.2026;;\n;;\nТегі;Аты;ЖСН\nИванов;Иван;\n",
                    encoding="utf-8")
    sheet = imports.read_spreadsheet(path).sheet()
    assert sheet.header_row == 2
    mapping = imports.guess_mapping(sheet, imports.RowKind.PERSONS)
    assert mapping.columns == {0: "surname", 1: "given_name", 2: "iin"}


def test_column_names_are_the_spreadsheets_letters():
    assert [reading.column_name(i) for i in (0, 25, 26, 701, 702)] == [
        "A", "Z", "AA", "ZZ", "AAA"]


def test_an_iin_in_a_number_cell_gets_its_leading_zero_back():
    from centre_desk.services.spreadsheet_import.checking import read_iin, read_text
    assert read_iin(10207510007.0) == "010207510007"
    assert read_iin(" 0102 0751 0007 ") == "010207510007"
    assert read_text(7701234567.0) == "7701234567"  # a phone typed as a number
