"""Fuzz: malformed spreadsheet files (broken zips, wrong encodings, ragged rows,
formulas, huge cells, empty sheets, merged cells, dates out of range) go through the
whole import, a dry run: each is refused with one sentence or previewed with each
problem in one sentence; nothing crashes and the database is unchanged (digest).

The module is marked ``fuzz``. The normal run tries a few examples;
``CENTRE_DESK_FUZZ_EXAMPLES=2000`` (or more) is the long run::

    CENTRE_DESK_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest -m fuzz \\
        tests/unit/services/spreadsheet_import/test_fuzz_files.py
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from centre_desk.services import spreadsheet_import as imports
from centre_desk.services.spreadsheet_import.reading import MAX_CELL_CHARS
from tests.unit.services.spreadsheet_import.helpers import FIXTURES, digest

pytestmark = [pytest.mark.fuzz, pytest.mark.sqlite_only(
    "the fuzz is about files; the preview's database work runs on both engines elsewhere")]

EXAMPLES = int(os.environ.get("CENTRE_DESK_FUZZ_EXAMPLES", "30"))
VALID_XLSX = (FIXTURES / "register-libreoffice.xlsx").read_bytes()
VALID_CSV = (FIXTURES / "register-utf8-semicolon.csv").read_bytes()
HEADER = ["Фамилия", "Имя", "ИИН", "Дата рождения", "Пол", "Категория", "Тегі", "Туған күні"]

cells = st.one_of(
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=30),
    st.text(max_size=5), st.sampled_from(["", "31.02.1990", "00.00.0000", "9999-99-99",
                                           "01.01.1899", "м", "ж", "осужденный", "=1+1",
                                           '"', ";", ",", "\n", "850515310003",
                                           "000000000000", "12.12.2100"]),
    st.integers(-10**12, 10**12).map(str))


@st.composite
def ragged_csv(draw) -> bytes:
    rows = [draw(st.lists(st.sampled_from(HEADER), max_size=9))]
    rows += draw(st.lists(st.lists(cells, max_size=12), max_size=15))
    delimiter = draw(st.sampled_from([";", ",", "\t", "|"]))
    quoting = draw(st.booleans())
    lines = [delimiter.join(f'"{c}"' if quoting else c for c in row) for row in rows]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16", "koi8-r",
                                     "latin-1"]))
    return "\n".join(lines).encode(encoding, errors="replace")


@st.composite
def damaged_bytes(draw) -> bytes:
    data = bytearray(draw(st.sampled_from([VALID_XLSX, VALID_CSV])))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    return bytes(data)


@st.composite
def odd_workbook(draw) -> bytes:
    import xlsxwriter
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    day = workbook.add_format({"num_format": "dd.mm.yyyy"})
    for _ in range(draw(st.integers(1, 3))):
        sheet = workbook.add_worksheet()
        if draw(st.booleans()):
            continue  # an empty sheet
        sheet.write_row(0, 0, draw(st.lists(st.sampled_from(HEADER), max_size=8)))
        for row in range(1, draw(st.integers(1, 8))):
            for column in range(draw(st.integers(0, 8))):
                kind = draw(st.sampled_from(["text", "number", "date", "formula", "bool",
                                             "huge"]))
                if kind == "text":
                    sheet.write_string(row, column, draw(cells))
                elif kind == "number":  # in a date column: a serial, maybe out of range
                    sheet.write_number(row, column, draw(st.floats(-1e7, 1e7)), day)
                elif kind == "date":
                    sheet.write_datetime(row, column, draw(st.datetimes(
                        dt.datetime(1900, 1, 1), dt.datetime(9999, 1, 1))), day)
                elif kind == "formula":
                    sheet.write_formula(row, column, "=1/0", None, draw(cells))
                elif kind == "bool":
                    sheet.write_boolean(row, column, draw(st.booleans()))
                else:
                    sheet.write_string(row, column, "ж" * (MAX_CELL_CHARS + 1))
        if draw(st.booleans()):
            sheet.merge_range(1, 0, 2, 2, draw(cells))
    workbook.close()
    return buffer.getvalue()


@st.composite
def zip_oddities(draw) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in draw(st.lists(st.sampled_from([
                "xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml",
                "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]), max_size=5,
                unique=True)):
            archive.writestr(name, draw(st.binary(max_size=200)))
    return buffer.getvalue()


files = st.one_of(ragged_csv().map(lambda d: ("csv", d)),
                  damaged_bytes().map(lambda d: ("damaged", d)),
                  odd_workbook().map(lambda d: ("workbook", d)),
                  zip_oddities().map(lambda d: ("zip", d)),
                  st.binary(max_size=300).map(lambda d: ("bytes", d)))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(data=files)
@example(data=("csv", b"a;b\n" + "я".encode() * (10 << 20) + b";c\n"))  # a 10 MB cell
@example(data=("bytes", b""))
def test_a_malformed_file_gets_sentences_and_changes_nothing(tmp_path_factory, db, run, data):
    made_as, content = data
    path = tmp_path_factory.mktemp("fuzz") / "file"
    path.write_bytes(content)
    before = digest(db)
    try:
        source = imports.read_spreadsheet(path)
    except imports.SpreadsheetRefused as refused:
        event(f"{made_as} refused: {refused.code}")
        sentence = str(refused)
        assert sentence.endswith(".") and "\n" not in sentence and len(sentence) < 400
        assert digest(db) == before
        return
    for kind in (imports.RowKind.PARTICIPANTS, imports.RowKind.CLUB_MEMBERS):
        mapping = imports.guess_mapping(source.sheet(), kind)
        preview = run(imports.preview_import, source, mapping)
        for row in preview.rows:
            for problem in row.problems:
                assert problem.text.endswith(".") and "\n" not in problem.text
        result = run(imports.apply_import, preview, dry_run=True)
        assert len(result.rows) == len(preview.rows)
    event(f"{made_as} previewed")
    assert digest(db) == before
