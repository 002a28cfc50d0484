"""The automatic mapping from Russian, Kazakh and English headers and words, corrected
by hand, saved and loaded as JSON."""

from __future__ import annotations

import pytest

from centre_desk.services import spreadsheet_import as imports
from centre_desk.services.spreadsheet_import.reading import make_sheet

K = imports.RowKind


@pytest.mark.parametrize("headers", [
    ("Фамилия", "Имя", "ИИН", "Дата рождения", "Пол", "Категория"),
    ("Тегі", "Аты", "ЖСН", "Туған күні", "Жынысы", "Санаты"),
    ("Surname", "First name", "IIN", "Date of birth", "Sex", "Category"),
])
def test_headers_in_any_of_the_three_languages_map_alike(headers):
    sheet = make_sheet("s", [headers, ("Иванов", "Иван", "", "01.01.1990", "ер", "сотталған")])
    mapping = imports.guess_mapping(sheet, K.PARTICIPANTS)
    assert mapping.columns == {0: "surname", 1: "given_name", 2: "iin", 3: "birth_date",
                               4: "sex", 5: "category"}
    assert mapping.values == {"sex": {"ер": "male"}, "category": {"сотталған": "inmate"}}


def test_a_full_name_column_fills_the_three_name_fields(tmp_path, run):
    path = tmp_path / "fio.csv"
    path.write_text("ФИО;Дата рождения\nИванов Иван Иванович;01.02.1990\n", encoding="utf-8")
    source = imports.read_spreadsheet(path)
    mapping = imports.guess_mapping(source.sheet(), K.PERSONS)
    preview = run(imports.preview_import, source, mapping)
    values = preview.rows[0].values
    assert (values["surname"], values["given_name"], values["patronymic"]) == (
        "Иванов", "Иван", "Иванович")


def test_the_user_corrects_a_column_and_a_word_and_the_mapping_survives_json(tmp_path):
    sheet = make_sheet("Лист1", [("Фамилия", "Имя", "Статус", "Д.Р."),
                                 ("Иванов", "Иван", "осужд.", "01.01.1990")])
    mapping = imports.guess_mapping(sheet, K.PARTICIPANTS)
    assert 2 not in mapping.columns
    mapping = mapping.with_column(2, "category").with_value("category", "осужд.", "inmate")
    mapping = mapping.with_column(3, "birth_date")
    assert mapping.code_of("category", "ОСУЖД.") == "inmate"
    assert imports.words_of(sheet, mapping) == {"category": ("осужд.",)}
    path = tmp_path / "mapping.json"
    imports.save_mapping(mapping, path)
    assert imports.load_mapping(path) == mapping
    # One column per field: mapping another column to it lets the first go.
    assert mapping.with_column(1, "surname").columns == {1: "surname", 2: "category",
                                                         3: "birth_date"}


@pytest.mark.parametrize("text", ["", "{}", "[1]", '{"format": "centre-desk-import-mapping", '
                                  '"version": 1, "kind": "participants", '
                                  '"columns": {"0": "no_such_field"}}'])
def test_a_file_that_is_not_a_mapping_is_refused_in_one_sentence(tmp_path, text):
    path = tmp_path / "mapping.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(imports.SpreadsheetRefused) as refused:
        imports.load_mapping(path)
    assert refused.value.code == "mapping.invalid"
