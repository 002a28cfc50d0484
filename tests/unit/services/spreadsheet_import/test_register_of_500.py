"""A 500-row participants register of which 50 rows are people already on file: 20 by
IIN, 30 by a Latin spelling of a Cyrillic name with the same birth date. The preview
flags exactly those; imported (look-alikes merged too) and undone before any sync
package was written, the database holds what it held, byte for byte (stamps and field
stamps too), but for the audit trail and the batch's record."""

from __future__ import annotations

import datetime as dt
import itertools

from centre_desk.domain.enums import Sex
from centre_desk.domain.iin import iin_check_digit
from centre_desk.services import persons
from centre_desk.services import spreadsheet_import as imports
from tests.unit.services.spreadsheet_import.helpers import data_digest, preview_of, write_csv

S = imports.RowStatus
_LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
          "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
          "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ш": "sh", "ы": "y"}
_STARTS = ["Бай", "Жан", "Сер", "Нур", "Ер", "Кар", "Тол", "Мук", "Аба", "Дос", "Сат",
           "Бек", "Ах", "Шал", "Иса", "Ораз", "Тем", "Кан", "Мур", "Жум"]
_ENDS = ["ибеков", "анов", "ганов", "усов", "илов", "муратов", "баев", "жанов", "ханов",
         "ибаев", "емесов", "тасов", "убеков", "ылов", "арбаев", "ентаев", "ишев", "унов",
         "ахметов", "ысов", "олов", "абеков", "иров", "ажанов", "ушев"]
_GIVEN = ["Нурлан", "Ержан", "Серик", "Канат", "Марат", "Азат", "Болат", "Даурен", "Руслан",
          "Тимур", "Асхат", "Бауыржан", "Жандос", "Алмас", "Берик", "Галым", "Дамир",
          "Ербол", "Жасулан", "Айдос"]


def latin(name: str) -> str:
    """A passport-style Latin spelling."""
    spelled = "".join(_LATIN.get(c, c) for c in name.lower())
    return spelled[:1].upper() + spelled[1:]


def iin_for(birth: dt.date, serial: int) -> str:
    century = "3" if birth.year < 2000 else "5"  # men
    for extra in range(serial, serial + 100):
        first = birth.strftime("%y%m%d") + century + f"{extra % 10000:04d}"
        digit = iin_check_digit(first)
        if digit is not None:
            return first + str(digit)
    raise AssertionError("no IIN")


def register():
    """(file rows, persons on file, row numbers matched by IIN, by name)."""
    names = itertools.product(_STARTS, _ENDS, _GIVEN)
    rows, on_file, by_iin, by_name = [], [], [], []
    for index in range(500):
        start, end, given = next(names)
        surname = start + end.lower() if start.endswith("-") else start + end
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=index * 29)
        number = index + 2  # the header is row 1
        iin = iin_for(birth, index * 3) if index % 2 == 0 else ""
        if index % 10 == 3 and len(by_iin) < 20:  # on file with this IIN, spelled otherwise
            iin = iin_for(birth, index * 3)
            on_file.append(persons.PersonInput(surname.upper(), given, iin=iin))
            by_iin.append(number)
        elif index % 10 == 7 and len(by_name) < 30:  # on file in Cyrillic, file in Latin
            iin = ""
            on_file.append(persons.PersonInput(surname, given, sex=Sex.MALE, birth_date=birth))
            surname, given = latin(surname), latin(given)
            by_name.append(number)
        rows.append([surname, given, iin, birth.strftime("%d.%m.%Y"), "м", "осужденный",
                     f"+7 701 {index:07d}"])
    return rows, on_file, by_iin, by_name


def test_exactly_the_fifty_people_on_file_are_flagged_and_undo_restores(tmp_path, db, run):
    rows, on_file, by_iin, by_name = register()
    assert (len(by_iin), len(by_name)) == (20, 30)
    for data in on_file:
        run(persons.create_person, data)
    before = data_digest(db)
    path = write_csv(tmp_path / "register.csv",
                     [["Фамилия", "Имя", "ИИН", "Дата рождения", "Пол", "Категория",
                       "Телефон"]] + rows)
    preview = preview_of(run, path)
    assert len(preview.rows) == 500
    assert [r.number for r in preview.rows if r.status is S.IIN_MATCH] == by_iin
    assert [r.number for r in preview.rows if r.status is S.LOOK_ALIKE] == by_name
    assert preview.count(S.NEW) == 450
    assert all(r.matches[0].by == "name" for r in preview.rows if r.status is S.LOOK_ALIKE)

    choices = preview.bulk(preview.proposed(), S.LOOK_ALIKE, imports.Action.MERGE)
    result = run(imports.apply_import, preview, choices)
    assert (result.count(imports.Outcome.CREATED), result.count(imports.Outcome.MERGED)) == (
        450, 50)
    merged = run(persons.get_person, result.rows[by_name[0] - 2].person_id)
    assert merged.phone is not None  # a blank field filled from the file
    assert data_digest(db) != before

    undone = run(imports.undo_batch, result.batch_id)
    assert (undone.cannot, undone.erased, undone.restored) == ((), True, 50)
    assert data_digest(db) == before
