"""A participant with something in every printed section, registered through the services
(shared by the printing tests of services, reports, CLI and GUI)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, Language, OrganisationKind, PlacementKind, Sex,
    Stage)
from centre_desk.domain.family import Relation
from centre_desk.domain.iin import make_iin
from centre_desk.services import (
    cases, club, courses, family, interventions, organisations, persons, placements)

D = dt.date
NAME = "Сұлтанбекова Әйгерім Қайратқызы"
PHONE = "+7 701 555 12 34"
ADDRESS = "г. Шымкент, ул. Тәуке хана, д. 7"


def iin_for(birth_date: dt.date, sex: Sex) -> str:
    serial = 1
    while (iin := make_iin(birth_date, sex, serial)) is None:
        serial += 1
    return iin


IIN = iin_for(D(1990, 4, 12), Sex.FEMALE)


@dataclass(frozen=True)
class Printed:
    """Ids of what was registered."""

    person_id: uuid.UUID
    case_id: uuid.UUID
    son_id: uuid.UUID
    other_id: uuid.UUID


def register(run) -> Printed:
    """Register Сұлтанбекова (full file) and Ахметов (a plain second participant)."""
    today = D(2024, 12, 1)
    ids = run(cases.register_participant,
              persons.PersonInput("Сұлтанбекова", "Әйгерім", "Қайратқызы", iin=IIN,
                                  phone=PHONE, address=ADDRESS, region="Түркістан облысы",
                                  language=Language.KAZAKH, notes="Ана тілі — қазақ тілі"),
              cases.CaseInput(CaseCategory.AT_RISK, referral_source="Акимат",
                              notes="Регулярно посещает занятия"),
              today=D(2024, 1, 10))
    run(cases.change_stage, ids.case_id, Stage.ACTIVE, D(2024, 2, 1),
        "Согласилась на встречи", today=today)
    run(interventions.log_intervention, interventions.InterventionInput(
        ActivityKind.THEOLOGICAL_LECTURE, D(2024, 3, 5), (ids.person_id,),
        place="Центр, каб. 5", notes="Лекция о семье"), today=today)
    run(club.join_club, ids.person_id, D(2024, 4, 1), reason="Муж в местах лишения свободы",
        today=today)
    course = run(courses.create_course, courses.CourseInput(
        "Араб тілі — бастауыш", CourseGroup.WOMEN, D(2024, 9, 1), 10))
    run(courses.enrol, course, ids.person_id, D(2024, 9, 2), today=today)
    partner = run(organisations.create_organisation, organisations.OrganisationInput(
        "ТОО «Өрлеу»", OrganisationKind.EMPLOYER))
    run(placements.request_placement, placements.PlacementInput(
        PlacementKind.JOB, ids.person_id, organisation_id=partner,
        requested_on=D(2024, 10, 1), notes="Швея"), today=today)
    son = run(persons.create_person, persons.PersonInput(
        "Сұлтанбеков", "Нұрлан", sex=Sex.MALE, birth_date=D(2015, 6, 1)))
    run(family.link_relative, ids.person_id, son, Relation.CHILD)
    other = run(cases.register_participant,
                persons.PersonInput("Ахметов", "Ерлан", iin=iin_for(D(1985, 1, 1), Sex.MALE),
                                    phone="+7 777 000 00 01"),
                cases.CaseInput(CaseCategory.INMATE, facility="ИК-5"), today=D(2024, 1, 10))
    return Printed(ids.person_id, ids.case_id, son, other.person_id)
