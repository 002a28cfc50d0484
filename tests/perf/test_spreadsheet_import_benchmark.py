"""Spreadsheet import on a region's data (100,000 persons): a 10,000-row participants
register previewed (budget 5 s) and imported (budget 20 s), then undone. The register
holds 500 people on file by IIN and 500 by a Latin spelling with the same birth date.
The region's database is copied first: the seeded one is never written."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time

import pytest
from sqlalchemy import select

from centre_desk.domain.iin import iin_check_digit
from centre_desk.services import spreadsheet_import as imports
from centre_desk.services import users
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.store.models import Person
from tests.perf.conftest import ADMIN, PASSWORD, copy_region
from tests.unit.services.spreadsheet_import.test_register_of_500 import latin

pytestmark = pytest.mark.perf
ROWS = 10_000
BUSY = 2.5
"""Above this load average (other work on the 2 cores) wall time says little about the
import; the process's CPU time is what an idle machine's wall time would be."""


class _Timer:
    """Wall and CPU seconds of named steps."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextlib.contextmanager
    def __call__(self, name: str):
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall[name] = time.perf_counter() - wall
        self.cpu[name] = time.process_time() - cpu

    def say(self, name: str) -> str:
        return f"{self.wall[name]:.1f} s (CPU {self.cpu[name]:.1f} s)"


def _iin(birth: dt.date, serial: int) -> str:
    for extra in range(serial, serial + 50):
        first = birth.strftime("%y%m%d") + "3" + f"{extra % 10000:04d}"
        digit = iin_check_digit(first)
        if digit is not None:
            return first + str(digit)
    return ""


def _register(path, on_file) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Реестр")
    date_format = workbook.add_format({"num_format": "dd.mm.yyyy"})
    for column, title in enumerate(["Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения",
                                    "Пол", "Категория", "Учреждение", "Телефон"]):
        sheet.write_string(0, column, title)
    for index in range(ROWS):
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=(index * 37) % 18000)
        surname, given, iin = f"Импортов{index}", "Арман", _iin(birth, 7000 + index)
        if index < 500:  # on file, by IIN
            surname, given, iin, birth = on_file[index]
        elif index < 1000:  # on file, a Latin spelling with the same birth date
            surname, given, _, birth = on_file[index]
            surname, given, iin = latin(surname), latin(given), ""
        row = index + 1
        sheet.write_string(row, 0, surname)
        sheet.write_string(row, 1, given)
        sheet.write_string(row, 3, iin)
        sheet.write_datetime(row, 4, dt.datetime.combine(birth, dt.time()), date_format)
        sheet.write_string(row, 5, "м")
        sheet.write_string(row, 6, "осужденный")
        sheet.write_string(row, 7, "ИК-3")
        sheet.write_string(row, 8, f"+7 701 {index:07d}")
    workbook.close()


def test_import_a_10000_row_register_into_a_region(region_data_dir, tmp_path):
    database = open_database(copy_region(region_data_dir, tmp_path / "region"))
    try:
        admin = Workspace(database, None).run(users.sign_in, ADMIN, PASSWORD).actor
        desk = Workspace(database, admin)
        with database.session(admin) as session:
            people = session.execute(
                select(Person.surname, Person.given_name, Person.iin, Person.birth_date)
                .where(Person.iin.is_not(None), Person.birth_date.is_not(None),
                       Person.deleted_at.is_(None), Person.sex == "male")
                .order_by(Person.id).limit(1000)).all()
        path = tmp_path / "register.xlsx"
        _register(path, [tuple(p) for p in people])
        load = os.getloadavg()[0]

        timer = _Timer()
        with timer("read"):
            source = imports.read_spreadsheet(path)
            mapping = imports.guess_mapping(source.sheet(), imports.RowKind.PARTICIPANTS)
        with timer("preview"):
            preview = desk.run(imports.preview_import, source, mapping)
        with timer("import"):
            result = desk.run(imports.apply_import, preview)
        with timer("undo"):
            undone = desk.run(imports.undo_batch, result.batch_id)
    finally:
        database.close()
    counts = {s.value: preview.count(s) for s in imports.RowStatus}
    busy = load > BUSY
    print(f"\n[perf] load average: {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the "
          f"end, on {os.cpu_count()} cores" + (" (busy: the budgets are checked against "
                                              "the process's CPU time)" if busy else ""))
    print(f"[perf] {ROWS:,} rows of .xlsx: {timer.say('read')}; preview {timer.say('preview')}"
          f" (budget 5 s) {counts}")
    print(f"[perf] import {timer.say('import')} (budget 20 s): "
          f"{result.count(imports.Outcome.CREATED):,} created, "
          f"{result.count(imports.Outcome.MERGED):,} merged; undo {timer.say('undo')}: "
          f"{undone.tombstoned:,} tombstones, {undone.restored} restored")
    assert counts["iin_match"] >= 500 and counts["look_alike"] >= 500
    measure = timer.cpu if busy else timer.wall
    assert measure["preview"] < 5 and measure["import"] < 20
