"""Read, map, preview, apply and undo a small register, as the wizard does."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from centre_desk.domain.enums import CaseCategory, Sex, Stage
from centre_desk.services import cases, persons
from centre_desk.services import spreadsheet_import as imports
from centre_desk.store.models import Case, Person, StageChange
from tests.unit.services.spreadsheet_import.helpers import (
    content_digest, digest, preview_of, write_csv)

HEADER = ["Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Пол", "Категория",
          "Учреждение"]


def test_a_small_register_is_imported_and_undone(tmp_path, db, run):
    before = content_digest(db)
    path = write_csv(tmp_path / "register.csv", [
        HEADER,
        ["Иванов", "Иван", "Иванович", "", "01.02.1990", "м", "осужденный", "ИК-1"],
        ["Сатпаева", "Айгерим", "", "", "1991-03-04", "Ж", "сотталған", ""],
        ["Petrov", "", "", "", "31.02.1990", "x", "unknown", ""],
    ])
    preview = preview_of(run, path)
    assert [r.status for r in preview.rows] == [
        imports.RowStatus.NEW, imports.RowStatus.NEW, imports.RowStatus.ERROR]
    codes = {(p.field, p.code) for p in preview.rows[2].problems}
    assert codes == {("given_name", "required"), ("birth_date", "date.invalid"),
                     ("sex", "code.unknown"), ("category", "code.unknown")}
    result = run(imports.apply_import, preview)
    assert [r.outcome for r in result.rows] == [
        imports.Outcome.CREATED, imports.Outcome.CREATED, imports.Outcome.REFUSED]
    stored = run(persons.get_person, result.rows[1].person_id)
    assert (stored.surname, stored.birth_date, stored.sex) == (
        "Сатпаева", dt.date(1991, 3, 4), Sex.FEMALE)
    case_id = run(cases.case_for_person, result.rows[0].person_id)
    assert run(cases.get_case, case_id).category is CaseCategory.INMATE
    assert content_digest(db) != before

    undone = run(imports.undo_batch, result.batch_id)
    assert undone.cannot == () and undone.tombstoned >= 4
    assert content_digest(db) == before
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)
                              .where(Person.deleted_at.is_(None))) == 0
        assert session.scalar(select(func.count()).select_from(Case)
                              .where(Case.deleted_at.is_(None))) == 0


def test_a_dry_run_changes_nothing(tmp_path, db, run):
    before = digest(db)
    path = write_csv(tmp_path / "register.csv", [
        HEADER, ["Иванов", "Иван", "", "", "01.02.1990", "м", "осужденный", ""]])
    preview = preview_of(run, path)
    result = run(imports.apply_import, preview, dry_run=True)
    assert result.batch_id is None and result.count(imports.Outcome.CREATED) == 1
    assert digest(db) == before


def test_a_stage_column_brings_a_case_to_active_and_refuses_outcomes(tmp_path, db, run):
    path = write_csv(tmp_path / "реестр.csv", [
        ["Фамилия", "Имя", "Дата рождения", "Пол", "Категория", "Этап"],
        ["Ахметов", "Руслан", "01.02.1990", "м", "осужденный", "в работе"],
        ["Бекова", "Дана", "03.04.1991", "ж", "осужденный", "приём"],
        ["Нұрланов", "Ерлан", "05.06.1992", "м", "сотталған", "реабилитирован"],
    ])
    preview = preview_of(run, path)
    assert [r.status for r in preview.rows] == [
        imports.RowStatus.NEW, imports.RowStatus.NEW, imports.RowStatus.ERROR]
    assert [(p.field, p.code) for p in preview.rows[2].problems] == [
        ("stage", "stage.not_imported")]
    result = run(imports.apply_import, preview)
    assert [r.outcome for r in result.rows] == [
        imports.Outcome.CREATED, imports.Outcome.CREATED, imports.Outcome.REFUSED]
    with db.session() as session:
        stages = dict(session.execute(select(Person.surname, Case.stage).join(
            Case, Case.person_id == Person.id)).all())
        notes = session.scalars(select(StageChange.note).where(
            StageChange.to_stage == Stage.ACTIVE)).all()
    assert stages == {"Ахметов": Stage.ACTIVE, "Бекова": Stage.INTAKE}
    assert notes == ["реестр.csv"]
