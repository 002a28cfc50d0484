"""Returnees from conflict zones: their category, their children's register (schooling,
health check, psychologist) and the two statistics figures counting them."""

from __future__ import annotations

import datetime as dt

import pytest

from centre_desk.domain.enums import CaseCategory, Schooling, Sex, Stage
from centre_desk.domain.family import Relation
from centre_desk.services import cases, family, persons, returnees, statistics
from centre_desk.services.errors import InvalidInput
from centre_desk.services.statistics import FigureKey as F
from centre_desk.services.statistics_rows import rows_behind
from tests.approving import approved_stage
from tests.unit.sync.sites import database_digest

TODAY = dt.date(2024, 11, 20)
HALF_YEAR = statistics.ReportScope(dt.date(2024, 7, 1), dt.date(2024, 12, 31))
SCHOOLGIRL = returnees.ChildRecord(
    schooling=Schooling.SCHOOL, school="Школа-гимназия № 12", health_check_on=dt.date(2024, 9, 2),
    health_result="Здорова", psychologist_sessions=3, last_session_on=dt.date(2024, 11, 1))


def _returnee(run, surname="Сапарова", given="Айгүл", category=CaseCategory.RETURNEE,
              on=dt.date(2024, 8, 1)):
    return run(cases.register_participant,
               persons.PersonInput(surname=surname, given_name=given, sex=Sex.FEMALE),
               cases.CaseInput(category=category, referral_source="Операция «Жусан»"), on)


def _child(run, mother, given, born):
    child = run(persons.create_person, persons.PersonInput(
        surname="Сапарова", given_name=given, birth_date=born, sex=Sex.FEMALE))
    run(family.link_relative, mother.person_id, child, Relation.CHILD)
    return child


def test_a_returnees_children_are_kept_in_the_register_with_school_health_and_sessions(
        db, run):
    mother = _returnee(run)
    girl = _child(run, mother, "Амина", dt.date(2016, 4, 3))
    baby = _child(run, mother, "Зейнеп", dt.date(2023, 1, 9))
    assert {c.person_id for c in run(returnees.children_to_register, mother.case_id)} == {
        girl, baby}
    run(returnees.register_child, mother.case_id, girl, SCHOOLGIRL, TODAY)
    run(returnees.register_child, mother.case_id, baby,
        returnees.ChildRecord(schooling=Schooling.UNDER_AGE), TODAY)
    register = run(returnees.children_register, mother.case_id)
    assert [(c.full_name, c.record.schooling, c.record.psychologist_sessions)
            for c in register] == [("Сапарова Амина", Schooling.SCHOOL, 3),
                                   ("Сапарова Зейнеп", Schooling.UNDER_AGE, 0)]
    assert register[0].record == SCHOOLGIRL
    assert run(returnees.children_to_register, mother.case_id) == []
    changed = run(returnees.update_child, register[1].id, returnees.ChildRecord(
        schooling=Schooling.NURSERY, school="Ясли-сад «Балапан»"), TODAY)
    assert changed == ["schooling", "school"]
    run(returnees.remove_child, register[1].id)
    assert [c.full_name for c in run(returnees.children_register, mother.case_id)] == [
        "Сапарова Амина"]


@pytest.mark.parametrize("who, record, problems", [
    ("stranger", returnees.ChildRecord(), {"person": "returnee.not_child"}),
    ("girl", returnees.ChildRecord(psychologist_sessions=-1, school="ш" * 201,
                                   health_check_on=TODAY + dt.timedelta(days=1)),
     {"psychologist_sessions": "invalid", "school": "too_long",
      "health_check_on": "in_future"}),
    ("girl", returnees.ChildRecord(last_session_on=TODAY),
     {"last_session_on": "returnee.no_sessions"}),
    ("twice", returnees.ChildRecord(), {"person": "returnee.already_registered"}),
])
def test_a_wrong_line_of_the_register_is_refused_and_changes_nothing(
        db, run, who, record, problems):
    mother = _returnee(run)
    girl = _child(run, mother, "Амина", dt.date(2016, 4, 3))
    stranger = run(persons.create_person, persons.PersonInput("Чужой", "Ребёнок"))
    if who == "twice":
        run(returnees.register_child, mother.case_id, girl, SCHOOLGIRL, TODAY)
    before = database_digest(db)
    with pytest.raises(InvalidInput) as refused:
        run(returnees.register_child, mother.case_id, stranger if who == "stranger" else girl,
            record, TODAY)
    assert refused.value.problems == problems
    assert database_digest(db) == before


def test_only_a_returnees_case_has_a_childrens_register(db, run):
    inmate = _returnee(run, "Ахметов", "Ерлан", CaseCategory.INMATE)
    with pytest.raises(InvalidInput) as refused:
        run(returnees.children_to_register, inmate.case_id)
    assert refused.value.problems == {"case": "returnee.not_returnee"}


def test_the_statistics_count_returnees_in_work_and_their_children_in_the_register(db, run):
    mother = _returnee(run)
    girl = _child(run, mother, "Амина", dt.date(2016, 4, 3))
    _child(run, mother, "Зейнеп", dt.date(2023, 1, 9))  # linked, not in the register
    run(returnees.register_child, mother.case_id, girl, SCHOOLGIRL, TODAY)
    _returnee(run, "Жумабаева", "Салтанат", on=dt.date(2024, 7, 5))  # no children yet
    _returnee(run, "Кенжебаева", "Гүлнар", on=dt.date(2025, 1, 10))  # taken in after
    closed = _returnee(run, "Омарова", "Дана", on=dt.date(2024, 1, 10))
    approved_stage(run, closed.case_id, Stage.CLOSED, dt.date(2024, 6, 1), "Уехала",
                   today=TODAY)  # closed before the period: not in work
    _returnee(run, "Ахметов", "Ерлан", CaseCategory.INMATE)
    report = run(statistics.half_year_report, HALF_YEAR)
    assert (report.value(F.RETURNEES), report.value(F.RETURNEE_CHILDREN)) == (2, 1)
    lines = run(rows_behind, HALF_YEAR, statistics.Figure(F.RETURNEES, 2))
    assert [(line.full_name, line.on, line.activities) for line in lines] == [
        ("Жумабаева Салтанат", dt.date(2024, 7, 5), 0),
        ("Сапарова Айгүл", dt.date(2024, 8, 1), 1)]
    children = run(rows_behind, HALF_YEAR, statistics.Figure(F.RETURNEE_CHILDREN, 1))
    assert [(c.full_name, c.on, c.detail) for c in children] == [
        ("Сапарова Амина", dt.date(2024, 9, 2), "Школа-гимназия № 12")]


def test_a_merge_keeps_the_register_and_this_sites_request_with_the_survivor(db, run, make_user):
    from centre_desk.domain.enums import Role
    from centre_desk.services import approvals, duplicates
    from centre_desk.services.workspace import Workspace
    mother = _returnee(run)
    twin = _returnee(run, "Saparova", "Aigul")  # the same woman, typed in Latin
    girl = _child(run, twin, "Амина", dt.date(2016, 4, 3))
    girl_again = run(persons.create_person, persons.PersonInput(
        surname="Сапарова", given_name="Амина", birth_date=dt.date(2016, 4, 3)))
    run(returnees.register_child, twin.case_id, girl, SCHOOLGIRL, TODAY)
    specialist = Workspace(db, make_user(Role.SPECIALIST)).run
    run(cases.change_stage, twin.case_id, Stage.ACTIVE, TODAY, "Работа", None, TODAY)
    run(cases.change_stage, twin.case_id, Stage.RENOUNCED, TODAY, "Отказ", "С.", TODAY)
    request = specialist(approvals.request_outcome, twin.case_id, Stage.REHABILITATED, TODAY,
                         "Трудоустроена", None, TODAY)
    run(duplicates.merge_persons, mother.person_id, twin.person_id)
    run(duplicates.merge_persons, girl_again, girl)
    register = run(returnees.children_register, mother.case_id)
    assert [(c.person_id, c.record.school) for c in register] == [
        (girl_again, SCHOOLGIRL.school)]
    assert run(approvals.pending_for_case, mother.case_id).id == request
