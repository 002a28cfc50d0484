"""One row's cells read into field values, each cell's problems beside it: dates in the
forms this region writes them (and Excel serials), IINs (a number cell keeps its
leading zeros), coded words through the mapping, lengths, required fields; then the
person's own rules (persons.normalise: IIN against birth date and sex, dates in the
future, phone)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from centre_desk.domain.enums import Language, Sex
from centre_desk.domain.iin import check_iin
from centre_desk.services.errors import InvalidInput
from centre_desk.services.persons import PersonInput, normalise
from centre_desk.services.spreadsheet_import.fields import (
    FIELDS, IMPORTED_STAGES, FieldSpec, FieldType)
from centre_desk.services.spreadsheet_import.mapping import Mapping, fold
from centre_desk.services.spreadsheet_import.reading import Cell, column_name
from centre_desk.services.spreadsheet_import.results import CellProblem

_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
EARLIEST = dt.date(1900, 1, 1)

PERSON_NAMES = tuple(f.name for f in dataclasses.fields(PersonInput))

_TEXTS = {
    "required": "{label} is required and is empty.",
    "too_long": "{label} is longer than {limit} characters.",
    "date.invalid": "{label} {value!r} is not a date that exists (write dd.mm.yyyy).",
    "date.out_of_range": "{label} {value!r} is before 1900 or after today.",
    "in_future": "{label} is in the future.",
    "code.unknown": "{label} {value!r} is not a known value: map it in the value table.",
    "iin.not_12_digits": "The IIN {value!r} is not 12 digits.",
    "iin.bad_century_digit": "The IIN {value!r} has an impossible 7th digit.",
    "iin.bad_birth_date": "The IIN {value!r} does not begin with a real birth date.",
    "iin.bad_check_digit": "The IIN {value!r} has a wrong digit (its check digit fails).",
    "iin.on_deleted_person": "The IIN {value!r} belongs to a deleted record: restore or merge "
                             "that record first.",
    "iin_mismatch": "{label} does not agree with the IIN.",
    "stage.not_imported": "{label} {value!r} is recorded in the case (with its witness, or a "
                          "second supervisor's approval), not imported: import the row as "
                          "intake or active.",
    "invalid": "{label} {value!r} is not valid.",
    "before_start": "{label} is before the start of the sentence.",
    "course.unknown": "No open course is titled {value!r}: create it first or correct the "
                      "title.",
    "organisation.unknown": "No partner organisation is named {value!r}: add it first or "
                            "correct the name.",
}
_LABELS = {"iin": "The IIN", "full_name": "The full name", "given_name": "The given name",
           "birth_date": "The birth date", "placement_kind": "The kind of help"}


def problem_text(code: str, field_name: str, value: Any = None, limit: int | None = None) -> str:
    """One English sentence for a cell's problem (the GUI words the code itself)."""
    label = _LABELS.get(field_name, "The " + field_name.replace("_", " "))
    template = _TEXTS.get(code, "{label} has a problem ({code}).")
    shown = str(value)[:60] if value is not None else ""
    return template.format(label=label, value=shown, limit=limit, code=code)


def read_date(cell: Cell, serials: bool) -> dt.date | str:
    """A date from a cell, or a problem code: date cells as they are, text as dd.mm.yyyy
    or yyyy-mm-dd, a number as an Excel serial (XLSX only)."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, (int, float)) and serials:
        if not 1 <= cell < 2958466:  # 9999-12-31
            return "date.invalid"
        return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
    text = str(cell).strip()
    match = _DMY.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif match := _YMD.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        return "date.invalid"
    try:
        return dt.date(year, month, day)
    except ValueError:
        return "date.invalid"


def read_text(cell: Cell) -> str:
    """A cell as text: a whole number without its ".0", a date as dd.mm.yyyy."""
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    if isinstance(cell, dt.datetime) and cell.time() == dt.time():
        cell = cell.date()
    if isinstance(cell, dt.date) and not isinstance(cell, dt.datetime):
        return cell.strftime("%d.%m.%Y")
    return " ".join(str(cell).split())


def read_iin(cell: Cell) -> str:
    """An IIN from a cell; a number cell lost its leading zeros, which come back."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and \
            float(cell).is_integer() and 0 <= cell < 1e12:
        return str(int(cell)).zfill(12)
    return "".join(read_text(cell).split())


@dataclasses.dataclass
class RowReading:
    """A row's values by field, the cell text shown for each, and its problems."""

    values: dict[str, Any] = dataclasses.field(default_factory=dict)
    cells: dict[str, str] = dataclasses.field(default_factory=dict)
    problems: list[CellProblem] = dataclasses.field(default_factory=list)
    columns: dict[str, int] = dataclasses.field(default_factory=dict)

    def add(self, field_name: str, code: str, value: Any = None,
            limit: int | None = None) -> None:
        if any(p.field == field_name for p in self.problems):
            return  # one problem per cell: the first found
        self.values.pop(field_name, None)
        self.problems.append(CellProblem(field_name, self.columns.get(field_name), code,
                                         problem_text(code, field_name, value, limit)))


def _split_full_name(text: str) -> dict[str, str]:
    words = text.split()
    parts = {"surname": words[0] if words else "", "given_name": " ".join(words[1:2])}
    if len(words) > 2:
        parts["patronymic"] = " ".join(words[2:])
    return {name: value for name, value in parts.items() if value}


def _read_cell(reading: RowReading, spec: FieldSpec, cell: Cell, mapping: Mapping,
               serials: bool) -> None:
    name = spec.name
    if spec.type is FieldType.DATE:
        value = read_date(cell, serials)
        if isinstance(value, str):
            reading.add(name, value, read_text(cell))
        elif value < EARLIEST:
            reading.add(name, "date.out_of_range", read_text(cell))
        else:
            reading.values[name] = value
        return
    if spec.type is FieldType.IIN:
        iin = read_iin(cell)
        problem = check_iin(iin)
        if problem is not None:
            reading.add(name, f"iin.{problem.value}", iin)
        else:
            reading.values[name] = iin
        return
    text = read_text(cell)
    replaced = mapping.code_of(name, text) if mapping.values.get(name) or \
        spec.type is FieldType.CODE else None
    if spec.type is FieldType.CODE:
        code = replaced or next((c for c in spec.codes if fold(c) == fold(text)), None)
        if code is None or code not in spec.codes:
            reading.add(name, "code.unknown", text)
        elif name == "stage" and code not in IMPORTED_STAGES:
            reading.add(name, "stage.not_imported", text)
        else:
            reading.values[name] = code
        return
    text = replaced or text
    if spec.limit and len(text) > spec.limit:
        reading.add(name, "too_long", text, spec.limit)
    elif name == "full_name":
        for part, value in _split_full_name(text).items():
            reading.values.setdefault(part, value)
    else:
        reading.values[name] = text


def read_row(row: tuple[Cell, ...], mapping: Mapping, specs: dict[str, FieldSpec],
             serials: bool, today: dt.date) -> RowReading:
    """Read one data row under the mapping and check each cell and the person's rules."""
    reading = RowReading()
    for column, name in mapping.columns.items():
        reading.columns[name] = column
        if name == "full_name":
            for part in ("surname", "given_name", "patronymic"):
                reading.columns.setdefault(part, column)
    for column, name in mapping.columns.items():
        cell = row[column] if column < len(row) else None
        if cell is None:
            continue
        reading.cells[name] = read_text(cell)[:200]
        _read_cell(reading, specs[name], cell, mapping, serials)
    for spec in FIELDS[mapping.kind]:
        if spec.required and spec.name not in reading.values and \
                not any(p.field == spec.name for p in reading.problems):
            reading.add(spec.name, "required")
    _check_person(reading, today)
    return reading


def _check_person(reading: RowReading, today: dt.date) -> None:
    values = reading.values
    if any(p.field in ("surname", "given_name", "iin") for p in reading.problems):
        return
    person = person_input(values)
    try:
        normalised = normalise(person, today)
    except InvalidInput as refused:
        for name, code in refused.problems.items():
            reading.add(name, code, reading.cells.get(name))
        return
    values["birth_date"], values["sex"] = normalised.birth_date, normalised.sex
    for name in ("birth_date", "sex"):
        if values[name] is None:
            del values[name]


def person_input(values: dict[str, Any]) -> PersonInput:
    """The person part of a row's values, as persons.create_person takes it."""
    data = {name: values.get(name) for name in PERSON_NAMES}
    data["sex"] = Sex(data["sex"]) if data["sex"] else None
    data["language"] = Language(data["language"]) if data["language"] else None
    return PersonInput(**data)


def specs_of(mapping: Mapping) -> dict[str, FieldSpec]:
    """The mapping's kind's fields by name."""
    return {spec.name: spec for spec in FIELDS[mapping.kind]}


def column_label(column: int | None) -> str:
    """A column as the spreadsheet names it ("C"), or "" for a row's problem."""
    return "" if column is None else column_name(column)
