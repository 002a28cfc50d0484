"""Spreadsheet import on a region's data (100,000 persons): a 10,000-row participants
register previewed (budget 5 s) and imported (budget 20 s), then undone. The register
holds 500 people on file by IIN and 500 by a Latin spelling with the same birth date.
The region's database is copied first: the seeded one is never written."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time

import pytest
from sqlalchemy import select

from centre_desk.config import Paths
from centre_desk.domain.iin import iin_check_digit
from centre_desk.services import spreadsheet_import as imports
from centre_desk.services import users
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.store.models import Person
from tests.perf.conftest import ADMIN, PASSWORD
from tests.unit.services.spreadsheet_import.test_register_of_500 import latin

pytestmark = pytest.mark.perf
ROWS = 10_000


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
    paths = Paths(tmp_path / "region")
    paths.make_dirs()
    for file in ("centre-desk.sqlite3", "centre-desk.sqlite3-wal", "settings.json"):
        if (region_data_dir / file).exists():
            shutil.copy(region_data_dir / file, paths.data_dir / file)
    database = open_database(paths)
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

        started = time.perf_counter()
        source = imports.read_spreadsheet(path)
        mapping = imports.guess_mapping(source.sheet(), imports.RowKind.PARTICIPANTS)
        read = time.perf_counter() - started
        started = time.perf_counter()
        preview = desk.run(imports.preview_import, source, mapping)
        previewed = time.perf_counter() - started
        started = time.perf_counter()
        result = desk.run(imports.apply_import, preview)
        imported = time.perf_counter() - started
        started = time.perf_counter()
        undone = desk.run(imports.undo_batch, result.batch_id)
        undo_time = time.perf_counter() - started
    finally:
        database.close()
    counts = {s.value: preview.count(s) for s in imports.RowStatus}
    print(f"\n[perf] load average at the start: {load:.1f} on {os.cpu_count()} cores")
    print(f"[perf] read {ROWS:,} rows of .xlsx: {read:.1f} s; preview: {previewed:.1f} s "
          f"(budget 5 s) {counts}")
    print(f"[perf] import: {imported:.1f} s (budget 20 s), "
          f"{result.count(imports.Outcome.CREATED):,} created, "
          f"{result.count(imports.Outcome.MERGED):,} merged; undo: {undo_time:.1f} s "
          f"({undone.tombstoned:,} tombstones, {undone.restored} restored)")
    assert counts["iin_match"] == 500 and counts["look_alike"] >= 500
    assert previewed < 5 and imported < 20
