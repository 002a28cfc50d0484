"""Whom a person picker offers (services.picking) and the age rule the services keep:
nobody under 18 in an adults' activity, placement, course or the club."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from sqlalchemy import select

from tests.approving import approved_stage
from centre_desk.domain.ages import AgeGroup
from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, OrganisationKind, PlacementKind, Programme, Sex,
    Stage)
from centre_desk.domain.family import Relation
from centre_desk.services import (
    activities, cases, club, courses, family, interventions, organisations, picking,
    placements)
from centre_desk.services.activities import ActivityInput, AttendanceRefused
from centre_desk.services.cases import CaseInput
from centre_desk.services.errors import InvalidInput
from centre_desk.services.persons import PersonInput, create_person
from centre_desk.services.picking import PickFilters, PickRole, years_before
from centre_desk.store.models import Attendance
from tests.unit.services.test_placements import snapshot

TODAY = dt.date.today()


def born(years: int, days: int = 30) -> dt.date:
    """A birth date that makes someone ``years`` old today (a month past the birthday)."""
    return years_before(TODAY, years) - dt.timedelta(days=days)


def build_colony(run) -> types.SimpleNamespace:
    """A colony ИК-5 with two inmates whose open cases name it and one whose case is
    closed, an ex-convict of ИК-12, an at-risk citizen, and the inmates' children:
    a boy of one and a girl of ten, linked in the family."""
    def participant(surname, given, birth, sex, category, facility=None):
        person = PersonInput(surname=surname, given_name=given, birth_date=birth, sex=sex)
        ids = run(cases.register_participant, person, CaseInput(category, facility=facility))
        return ids

    arman = participant("Сейтов", "Арман", born(40), Sex.MALE, CaseCategory.INMATE, "ИК-5")
    dana = participant("Сейтова", "Дана", born(32), Sex.FEMALE, CaseCategory.INMATE, "ИК-5")
    omarov = participant("Омаров", "Бауыржан", born(45), Sex.MALE, CaseCategory.INMATE, "ИК-5")
    approved_stage(run, omarov.case_id, Stage.CLOSED, TODAY, "Освобождён")
    nurlanov = participant("Нурланов", "Қайрат", born(50), Sex.MALE, CaseCategory.EX_CONVICT,
                           "ИК-12")
    galym = participant("Сейтқали", "Ғалым", born(25), Sex.MALE, CaseCategory.AT_RISK)
    baby = run(create_person, PersonInput("Сейтов", "Әлихан", birth_date=born(1), sex=Sex.MALE))
    girl = run(create_person, PersonInput("Сейтова", "Айгерім", birth_date=born(10),
                                          sex=Sex.FEMALE))
    run(family.link_relative, arman.person_id, baby, Relation.CHILD)
    run(family.link_relative, dana.person_id, girl, Relation.CHILD)
    return types.SimpleNamespace(
        arman=arman.person_id, dana=dana.person_id, omarov=omarov.person_id,
        nurlanov=nurlanov.person_id, galym=galym.person_id, baby=baby, girl=girl)


@pytest.fixture
def colony(run):
    return build_colony(run)


def _names(found) -> list[str]:
    return [candidate.person.full_name for candidate in found]


def test_an_adults_picker_never_offers_a_child(run, colony):
    assert _names(run(picking.find_candidates, "сейт")) == [
        "Сейтқали Ғалым", "Сейтов Арман", "Сейтов Әлихан", "Сейтова Айгерім", "Сейтова Дана"]
    assert _names(run(picking.find_candidates, "сейт", picking.adults(TODAY))) == [
        "Сейтқали Ғалым", "Сейтов Арман", "Сейтова Дана"]
    assert _names(run(picking.find_candidates, "сейт", picking.children(TODAY))) == [
        "Сейтов Әлихан", "Сейтова Айгерім"]
    # On a day before the girl's tenth birthday she is nine: ages count on that day.
    assert _names(run(picking.find_candidates, "сейтова", picking.children(
        years_before(TODAY, 1), max_age=9))) == ["Сейтова Айгерім"]


def test_the_facilitys_participants_come_first_and_show_their_case(run, colony):
    found = run(picking.find_candidates, "с", picking.adults(TODAY, facility="ИК-5"))
    assert _names(found) == ["Сейтов Арман", "Сейтова Дана", "Сейтқали Ғалым"]
    assert (found[0].facility, found[0].category) == ("ИК-5", CaseCategory.INMATE)
    assert (found[2].facility, found[2].category) == (None, CaseCategory.AT_RISK)
    # Nothing typed: the facility's participants (an open case) are offered.
    assert _names(run(picking.find_candidates, "", picking.adults(TODAY, "ИК-5"))) == [
        "Сейтов Арман", "Сейтова Дана"]
    assert run(picking.find_candidates, "") == []


@pytest.mark.parametrize("filters, expected", [
    (PickFilters(category=CaseCategory.INMATE), ["Сейтов Арман", "Сейтова Дана"]),
    (PickFilters(category=CaseCategory.AT_RISK), ["Сейтқали Ғалым"]),
    (PickFilters(facility="ИК-12"), ["Нурланов Қайрат"]),
    (PickFilters(age_group=AgeGroup.AGE_10_13), ["Сейтова Айгерім"]),
    (PickFilters(age_group=AgeGroup.UNDER_6), ["Сейтов Әлихан"]),
    (PickFilters(role=PickRole.PARTICIPANT),
     ["Нурланов Қайрат", "Сейтқали Ғалым", "Сейтов Арман", "Сейтова Дана"]),
    (PickFilters(role=PickRole.FAMILY_MEMBER), ["Сейтов Әлихан", "Сейтова Айгерім"]),
])
def test_the_filters_narrow_by_category_facility_age_and_role(run, colony, filters, expected):
    assert _names(run(picking.find_candidates, "", picking.ANYONE, filters)) == expected


def test_everyone_of_a_facility_is_its_adults_with_an_open_case(run, colony):
    assert _names(run(picking.facility_participants, "ИК-5", picking.adults(TODAY))) == [
        "Сейтов Арман", "Сейтова Дана"]
    assert run(picking.facility_participants, " ") == []
    assert run(picking.case_facilities) == ["ИК-12", "ИК-5"]


# --- the services refuse a child where only adults take part ------------------------------------

def _refused(db, run, problems, function, *args, **kwargs):
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refusal:
        run(function, *args, **kwargs)
    assert refusal.value.problems == problems
    assert snapshot(db) == before
    return refusal.value


def test_a_child_is_never_marked_present_at_a_colony_session(db, run, colony):
    session_id = run(activities.create_activity, ActivityInput(
        Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, TODAY, facility="ИК-5"))
    refusal = _refused(db, run, {"attendance": "age.not_an_adult"}, activities.set_attendance,
                       session_id, {colony.arman, colony.baby})
    assert isinstance(refusal, AttendanceRefused) and refusal.person_ids == {colony.baby}
    run(activities.set_attendance, session_id, {colony.arman, colony.dana})
    with db.session() as session:
        assert set(session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == session_id))) == {colony.arman, colony.dana}


def test_a_child_is_refused_in_a_logged_group_session(db, run, colony):
    _refused(db, run, {"person_ids": "age.not_an_adult"}, interventions.log_intervention,
             interventions.InterventionInput(ActivityKind.GROUP_TRAINING, TODAY,
                                             (colony.arman, colony.baby), facility="ИК-5"))


def test_a_child_is_refused_a_job_a_course_and_the_club(db, run, colony):
    employer = run(organisations.create_organisation, organisations.OrganisationInput(
        "ТОО Курылыс", OrganisationKind.EMPLOYER))
    _refused(db, run, {"person": "age.not_an_adult"}, placements.request_placement,
             placements.PlacementInput(PlacementKind.JOB, colony.girl,
                                       organisation_id=employer, requested_on=TODAY))
    course = run(courses.create_course, courses.CourseInput(
        "Араб әліпбиі", CourseGroup.WOMEN, TODAY - dt.timedelta(days=7), 20))
    _refused(db, run, {"person": "age.not_an_adult"}, courses.enrol, course, colony.girl,
             TODAY)
    _refused(db, run, {"person": "age.not_an_adult"}, club.join_club, colony.girl, TODAY)
    # An adult is taken as before.
    run(placements.request_placement, placements.PlacementInput(
        PlacementKind.JOB, colony.dana, organisation_id=employer, requested_on=TODAY))
    run(courses.enrol, course, colony.dana, TODAY)
    run(club.join_club, colony.dana, TODAY)
