"""The half-year statistics against a small centre whose every figure the test knows:
people counted once however many activities they attended, the period's first and last
days in and the days around them out, deleted rows ignored, facility and region filters,
and the rows behind each figure.

``build_statistics_centre`` is shared with the export, command-line and GUI tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import uuid

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, EnrolmentStatus, OrganisationKind, PlacementKind,
    PlacementStatus, Programme, Role, Stage)
from centre_desk.services import cases, persons, statistics
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.services.persons import PersonInput
from centre_desk.services.statistics import FigureKey as F, ReportScope
from centre_desk.services.statistics_rows import ActivityLine, people_involved, rows_behind
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Attendance, Case, Course, Enrolment, Organisation, Peer, Person, Placement,
    PlacementStatusChange, StageChange)

START, END = dt.date(2024, 1, 1), dt.date(2024, 6, 30)
BEFORE, AFTER = START - dt.timedelta(days=1), END + dt.timedelta(days=1)
MID = dt.date(2024, 3, 15)
HALF_YEAR = ReportScope(START, END)
COLONY, OTHER_COLONY = "ЛА-155/4", "АК-159/11"
ALMATY, ASTANA = "Алматы", "Астана"


def build_statistics_centre(db, admin) -> types.SimpleNamespace:
    """Eight people, two colonies, activities on and around the period's edges.

    In the first half of 2024 (all inclusive):
    - case work: four meetings in ЛА-155/4 (1 Jan, three on 15 Mar) and one in
      АК-159/11; the inmate Әлия (Almaty, ЛА-155/4) came to all four in ЛА-155/4;
      Берик (Astana, ЛА-155/4) to one; Фарид (Almaty, АК-159/11) to the other colony's;
    - the mothers' club met on 30 Jun (Дана, Astana; and Әлия), recorded by a peer
      centre in Astana (this centre is in Almaty); a course lesson on
      15 Mar (Ержан, Almaty); a children's event on 15 Mar that nobody came to.
    Outside or not counted: meetings on 31 Dec 2023 and 1 Jul 2024, a deleted meeting,
    a deleted attendance, a deleted person who came.
    """
    run = Workspace(db, admin).run
    ids = types.SimpleNamespace()

    def person(surname, given, region):
        return run(persons.create_person, PersonInput(surname=surname, given_name=given,
                                                      region=region))

    ids.aliya = person("Сәрсенова", "Әлия", ALMATY)
    ids.berik = person("Ахметов", "Берик", ASTANA)
    ids.farid = person("Галиев", "Фарид", ALMATY)
    ids.dana = person("Жумабаева", "Дана", ASTANA)
    ids.yerzhan = person("Касымов", "Ержан", ALMATY)
    ids.gulnar = person("Нурланова", "Гүлнар", ASTANA)
    ids.late = person("Петров", "Олег", ALMATY)
    ids.gone = person("Удалённый", "Человек", ALMATY)
    with db.session(admin) as session, session.begin():
        def case(person_id, category, facility, stage):
            row = Case(person_id=person_id, category=category, facility=facility, stage=stage,
                       stage_since=MID)
            session.add(row)
            session.flush()
            return row.id

        def stage(case_id, to, on, deleted=False):
            session.add(StageChange(case_id=case_id, to_stage=to, changed_on=on,
                                    deleted_at=utc_now() if deleted else None))

        aliya = case(ids.aliya, CaseCategory.INMATE, COLONY, Stage.REHABILITATED)
        stage(aliya, Stage.RENOUNCED, START)
        stage(aliya, Stage.REHABILITATED, END)
        berik = case(ids.berik, CaseCategory.EX_CONVICT, COLONY, Stage.RENOUNCED)
        stage(berik, Stage.REHABILITATED, BEFORE)
        stage(berik, Stage.RENOUNCED, MID)  # not an inmate: not in the inmates' figure
        farid = case(ids.farid, CaseCategory.INMATE, OTHER_COLONY, Stage.ACTIVE)
        stage(farid, Stage.RENOUNCED, AFTER)
        stage(farid, Stage.RENOUNCED, MID, deleted=True)
        gulnar = case(ids.gulnar, CaseCategory.AT_RISK, None, Stage.REHABILITATED)
        stage(gulnar, Stage.REHABILITATED, START)  # twice in the period: counted once
        stage(gulnar, Stage.RELAPSED, MID)
        stage(gulnar, Stage.REHABILITATED, MID)
        late = case(ids.late, CaseCategory.INMATE, OTHER_COLONY, Stage.ACTIVE)
        stage(late, Stage.REHABILITATED, AFTER)

        def activity(programme, kind, held_on, facility=None, present=(), deleted=False,
                     course_id=None):
            row = Activity(programme=programme, kind=kind, held_on=held_on, facility=facility,
                           title=f"{kind.value} {held_on}", course_id=course_id,
                           deleted_at=utc_now() if deleted else None)
            session.add(row)
            session.flush()
            for person_id in present:
                session.add(Attendance(activity_id=row.id, person_id=person_id))
            return row.id

        cw, talk = Programme.CASE_WORK, ActivityKind.CONVERSATION
        activity(cw, talk, BEFORE, COLONY, [ids.aliya, ids.late])
        ids.first_meeting = activity(cw, talk, START, COLONY, [ids.aliya, ids.gone])
        for present in ([ids.aliya, ids.berik], [ids.aliya], [ids.aliya]):
            activity(cw, talk, MID, COLONY, present)
        activity(cw, talk, MID, OTHER_COLONY, [ids.farid])
        activity(cw, talk, MID, COLONY, [ids.late], deleted=True)
        activity(cw, talk, AFTER, COLONY, [ids.late])
        club = activity(Programme.MOTHERS_CLUB, ActivityKind.CLUB_GROUP_SESSION, END,
                        present=[ids.dana, ids.aliya, ids.late])
        # The club meeting came from a centre in Astana, a peer of this Almaty centre.
        astana = Peer(id=uuid.uuid4(), centre_name="Центр «Астана»", region=ASTANA,
                      signing_key="-", age_recipient="-")
        session.add(astana)
        session.get(Activity, club).origin_site = astana.id
        course = Course(title="Араб тілі — әйелдер тобы", group=CourseGroup.WOMEN,
                        starts_on=START, capacity=10)
        session.add(course)
        session.flush()
        activity(Programme.ARABIC_COURSES, ActivityKind.COURSE_LESSON, MID,
                 present=[ids.yerzhan], course_id=course.id)
        activity(Programme.CHILDREN_EVENTS, ActivityKind.CHILDREN_EVENT, MID)
        session.flush()
        session.scalars(select(Attendance).where(
            Attendance.activity_id == club, Attendance.person_id == ids.late)
        ).one().deleted_at = utc_now()

        for person_id, status, on in ((ids.dana, EnrolmentStatus.COMPLETED, END),
                                      (ids.aliya, EnrolmentStatus.COMPLETED, AFTER),
                                      (ids.yerzhan, EnrolmentStatus.ENROLLED, None),
                                      (ids.gulnar, EnrolmentStatus.COMPLETED, START)):
            session.add(Enrolment(course_id=course.id, person_id=person_id, status=status,
                                  enrolled_on=START, certificate_on=on))

        employer = Organisation(name="ТОО «Жұмыс»", kind=OrganisationKind.EMPLOYER)
        session.add(employer)
        session.flush()

        def placement(kind, person_id, status, history):
            row = Placement(kind=kind, person_id=person_id, status=status,
                            organisation_id=employer.id, requested_on=BEFORE,
                            status_since=history[-1][1])
            session.add(row)
            session.flush()
            for to, on in history:
                session.add(PlacementStatusChange(placement_id=row.id, to_status=to,
                                                  changed_on=on))

        P = PlacementStatus  # noqa: N806  (the enum class, short)
        placement(PlacementKind.JOB, ids.berik, P.PLACED, [(P.PLACED, START)])
        placement(PlacementKind.HOUSING, ids.aliya, P.ENDED,
                  [(P.PLACED, MID), (P.ENDED, END)])
        placement(PlacementKind.NURSERY, ids.dana, P.PLACED, [(P.PLACED, BEFORE)])
        placement(PlacementKind.JOB, ids.farid, P.IN_PROGRESS, [(P.IN_PROGRESS, MID)])
        placement(PlacementKind.JOB, ids.yerzhan, P.PLACED, [(P.PLACED, AFTER)])
    run(persons.delete_person, ids.gone)
    return ids


def report(db, actor, scope=HALF_YEAR):
    return Workspace(db, actor).run(statistics.half_year_report, scope)


def names(db, actor, figure, scope=HALF_YEAR):
    lines = Workspace(db, actor).run(rows_behind, scope, figure, limit=None)
    return [line.title if isinstance(line, ActivityLine) else line.full_name
            for line in lines]


@pytest.fixture
def centre(db, admin):
    return build_statistics_centre(db, admin)


def test_half_year_figures_count_each_person_once_and_keep_the_period_edges(db, admin,
                                                                            centre):
    figures = report(db, admin)
    assert figures.value(F.REHABILITATED) == 2  # Әлия on 30 Jun, Гүлнар twice
    assert figures.value(F.ACTIVITIES_HELD) == 8
    assert figures.value(F.PEOPLE_INVOLVED) == 5  # Әлия came six times
    by_programme = {p: (figures.value(F.ACTIVITIES_HELD, p), figures.value(F.PEOPLE_INVOLVED, p))
                    for p in Programme}
    assert by_programme == {Programme.CASE_WORK: (5, 3), Programme.MOTHERS_CLUB: (1, 2),
                            Programme.CHILDREN_EVENTS: (1, 0), Programme.ARABIC_COURSES: (1, 1)}
    assert figures.value(F.FACILITY_MEETINGS) == 5
    assert figures.value(F.INMATES_INVOLVED) == 2  # Әлия, Фарид; not Берик, an ex-convict
    assert figures.value(F.INMATES_RENOUNCED) == 1  # Әлия on 1 Jan
    assert figures.value(F.COURSES_COMPLETED) == 2  # 1 Jan and 30 Jun
    assert [figures.value(F.PLACEMENTS_MADE, placement_kind=k) for k in PlacementKind] == \
        [1, 1, 0]


def test_the_rows_behind_each_figure_are_the_people_and_activities_it_counts(db, admin,
                                                                           centre):
    figures = {(f.key, f.programme, f.placement_kind): f for f in report(db, admin).figures}
    assert names(db, admin, figures[F.REHABILITATED, None, None]) == \
        ["Нурланова Гүлнар", "Сәрсенова Әлия"]
    assert names(db, admin, figures[F.PEOPLE_INVOLVED, None, None]) == [
        "Ахметов Берик", "Галиев Фарид", "Жумабаева Дана", "Касымов Ержан", "Сәрсенова Әлия"]
    assert names(db, admin, figures[F.INMATES_RENOUNCED, None, None]) == ["Сәрсенова Әлия"]
    assert names(db, admin, figures[F.COURSES_COMPLETED, None, None]) == \
        ["Жумабаева Дана", "Нурланова Гүлнар"]
    assert names(db, admin, figures[F.PLACEMENTS_MADE, None, PlacementKind.HOUSING]) == \
        ["Сәрсенова Әлия"]
    meetings = Workspace(db, admin).run(rows_behind, HALF_YEAR,
                                        figures[F.FACILITY_MEETINGS, None, None], limit=None)
    assert [m.held_on for m in meetings] == [START, MID, MID, MID, MID]
    assert meetings[0].activity_id == centre.first_meeting
    assert meetings[0].present == 1  # the deleted person is not shown
    involved = Workspace(db, admin).run(rows_behind, HALF_YEAR,
                                        figures[F.PEOPLE_INVOLVED, None, None], limit=None)
    aliya = next(line for line in involved if line.person_id == centre.aliya)
    assert (aliya.activities, aliya.on) == (5, END)
    for figure in figures.values():
        assert len(Workspace(db, admin).run(rows_behind, HALF_YEAR, figure,
                                            limit=None)) == figure.value, figure


def test_rows_behind_a_figure_come_a_page_at_a_time(db, admin, centre):
    figure = statistics.Figure(F.ACTIVITIES_HELD, 8)
    run = Workspace(db, admin).run
    pages = [run(rows_behind, HALF_YEAR, figure, limit=3, offset=offset)
             for offset in (0, 3, 6)]
    assert [len(page) for page in pages] == [3, 3, 2]
    assert len({line.activity_id for page in pages for line in page}) == 8


def test_a_facility_narrows_activities_to_it_and_people_to_its_cases(db, admin, centre):
    figures = report(db, admin, ReportScope(START, END, facility=COLONY))
    assert figures.value(F.ACTIVITIES_HELD) == 4
    assert figures.value(F.PEOPLE_INVOLVED) == 2  # Әлия and Берик
    assert figures.value(F.ACTIVITIES_HELD, Programme.MOTHERS_CLUB) == 0
    assert figures.value(F.REHABILITATED) == 1
    assert figures.value(F.INMATES_RENOUNCED) == 1
    assert figures.value(F.COURSES_COMPLETED) == 0
    assert figures.value(F.PLACEMENTS_MADE, placement_kind=PlacementKind.JOB) == 1
    assert dict(figures.participants_by_stage)[Stage.REHABILITATED] == 1


def test_a_region_narrows_activities_to_its_centres_and_outcomes_to_its_people(db, admin,
                                                                              centre):
    """Activities (and who came) by the centre that recorded them; outcomes by where
    the person lives."""
    almaty = ReportScope(START, END, region=ALMATY)
    figures = report(db, admin, almaty)
    assert figures.value(F.ACTIVITIES_HELD) == 7  # all but the Astana centre's meeting
    assert figures.value(F.PEOPLE_INVOLVED) == 4  # Әлия, Берик, Фарид, Ержан; not Дана
    assert figures.value(F.INMATES_INVOLVED) == 2
    assert figures.value(F.REHABILITATED) == 1  # Әлия; Гүлнар lives in Astana
    assert figures.value(F.COURSES_COMPLETED) == 0
    assert [figures.value(F.PLACEMENTS_MADE, placement_kind=k) for k in PlacementKind] == \
        [0, 1, 0]
    assert names(db, admin, statistics.Figure(F.PEOPLE_INVOLVED, 4), almaty) == \
        ["Ахметов Берик", "Галиев Фарид", "Касымов Ержан", "Сәрсенова Әлия"]
    astana = report(db, admin, ReportScope(START, END, region=ASTANA))
    assert (astana.value(F.ACTIVITIES_HELD), astana.value(F.PEOPLE_INVOLVED)) == (1, 2)
    # Every activity is in exactly one region: the regions add up to the whole.
    assert figures.value(F.ACTIVITIES_HELD) + astana.value(F.ACTIVITIES_HELD) == \
        report(db, admin).value(F.ACTIVITIES_HELD)


def test_a_deleted_person_brings_no_activity_into_their_region(db, admin, centre):
    """Issue 21, point 1: a deleted person of Astana came to an Almaty centre's meeting;
    the meeting is Almaty's (its centre's region), not Astana's, and shows nobody."""
    with db.session(admin) as session, session.begin():
        session.get(Person, centre.gone).region = ASTANA
        session.scalars(select(Attendance).where(
            Attendance.activity_id == centre.first_meeting,
            Attendance.person_id == centre.aliya)).one().deleted_at = utc_now()
    run = Workspace(db, admin).run
    held = statistics.Figure(F.ACTIVITIES_HELD, 0)
    astana = run(rows_behind, ReportScope(START, END, region=ASTANA), held, limit=None)
    assert centre.first_meeting not in {line.activity_id for line in astana}
    almaty = run(rows_behind, ReportScope(START, END, region=ALMATY), held, limit=None)
    [first] = [line for line in almaty if line.activity_id == centre.first_meeting]
    assert first.present == 0
    for region in (ALMATY, ASTANA):
        scope = ReportScope(START, END, region=region)
        assert "Удалённый Человек" not in names(
            db, admin, statistics.Figure(F.PEOPLE_INVOLVED, 0), scope)


@pytest.mark.parametrize(("start", "end", "activities"), [
    (BEFORE, BEFORE, 1), (START, START, 1), (END, END, 1), (AFTER, AFTER, 1),
    (BEFORE, AFTER, 10)])
def test_both_ends_of_a_period_are_inside_it(db, admin, centre, start, end, activities):
    assert report(db, admin, ReportScope(start, end)).value(F.ACTIVITIES_HELD) == activities


def test_chart_data_counts_months_stages_and_placements(db, admin, centre):
    figures = report(db, admin)
    months = {(m.month, m.programme): m.activities for m in figures.activities_by_month}
    assert months == {(1, Programme.CASE_WORK): 1, (3, Programme.CASE_WORK): 4,
                      (3, Programme.ARABIC_COURSES): 1, (3, Programme.CHILDREN_EVENTS): 1,
                      (6, Programme.MOTHERS_CLUB): 1}
    assert dict(figures.participants_by_stage) == {
        Stage.INTAKE: 0, Stage.ACTIVE: 2, Stage.RENOUNCED: 1, Stage.REHABILITATED: 2,
        Stage.RELAPSED: 0, Stage.CLOSED: 0}
    placements = {(k, s): n for k, s, n in figures.placements_by_kind_and_status if n}
    assert placements == {(PlacementKind.JOB, PlacementStatus.PLACED): 2,
                          (PlacementKind.JOB, PlacementStatus.IN_PROGRESS): 1,
                          (PlacementKind.HOUSING, PlacementStatus.ENDED): 1,
                          (PlacementKind.NURSERY, PlacementStatus.PLACED): 1}


def test_the_default_period_is_the_current_half_year():
    assert statistics.half_year(dt.date(2024, 6, 30)) == (START, END)
    assert statistics.half_year(dt.date(2024, 7, 1)) == (AFTER, dt.date(2024, 12, 31))
    assert statistics.current_scope(dt.date(2024, 2, 29)) == HALF_YEAR


def test_a_period_that_ends_before_it_starts_is_refused(db, admin):
    with pytest.raises(InvalidInput) as refusal:
        report(db, admin, ReportScope(END, START))
    assert refusal.value.problems == {"end": "before_start"}


@pytest.mark.parametrize("role", [Role.SPECIALIST, Role.READ_ONLY])
def test_only_supervisors_and_administrators_see_the_statistics(db, make_user, role):
    with pytest.raises(NotPermitted):
        report(db, make_user(role))


def test_a_supervisor_sees_the_statistics(db, admin, make_user, centre):
    assert report(db, make_user(Role.SUPERVISOR)).value(F.PEOPLE_INVOLVED) == 5


def test_facilities_lists_those_named_on_cases(db, admin, centre):
    assert Workspace(db, admin).run(statistics.facilities) == [OTHER_COLONY, COLONY]


def _recategorise(db, admin, person_id, category, on):
    run = Workspace(db, admin).run
    case_id = run(cases.case_for_person, person_id)
    data = run(cases.get_case, case_id).as_input()
    run(cases.update_case, case_id, dataclasses.replace(data, category=category), today=on)


def test_a_past_period_counts_people_by_the_category_they_had_then(db, admin, centre):
    """Issue 21, points 3 and 5: an inmate recorded as an ex-convict after the period
    stays an inmate in its figures; one who was an ex-convict on the day is not."""
    _recategorise(db, admin, centre.aliya, CaseCategory.EX_CONVICT, AFTER)
    _recategorise(db, admin, centre.farid, CaseCategory.EX_CONVICT, START)
    figures = report(db, admin)
    assert figures.value(F.INMATES_RENOUNCED) == 1  # Әлия, an inmate on 1 Jan
    assert figures.value(F.INMATES_INVOLVED) == 1  # Әлия; Фарид was released on 1 Jan
    assert names(db, admin, statistics.Figure(F.INMATES_INVOLVED, 1)) == ["Сәрсенова Әлия"]
    # A meeting after her release counts her no more.
    with db.session(admin) as session, session.begin():
        meeting = Activity(programme=Programme.CASE_WORK, kind=ActivityKind.CONVERSATION,
                           held_on=AFTER, facility=COLONY)
        session.add(meeting)
        session.flush()
        session.add(Attendance(activity_id=meeting.id, person_id=centre.aliya))
    later = ReportScope(AFTER, dt.date(2024, 12, 31))
    assert names(db, admin, statistics.Figure(F.INMATES_INVOLVED, 0), later) == \
        ["Петров Олег"]


def test_someone_rehabilitated_then_relapsed_in_the_period_is_not_rehabilitated(
        db, admin, centre):
    """Issue 21, point 5."""
    run = Workspace(db, admin).run
    with db.session(admin) as session, session.begin():
        session.add(Case(person_id=centre.late, category=CaseCategory.AT_RISK,
                         stage=Stage.RELAPSED, stage_since=MID))
    case_id = run(cases.case_for_person, centre.late)
    with db.session(admin) as session, session.begin():
        for to, on in ((Stage.REHABILITATED, START), (Stage.RELAPSED, MID)):
            session.add(StageChange(case_id=case_id, to_stage=to, changed_on=on))
    rehabilitated = names(db, admin, statistics.Figure(F.REHABILITATED, 0))
    assert "Петров Олег" not in rehabilitated
    first_quarter = ReportScope(START, dt.date(2024, 3, 14))  # the relapse came later
    assert "Петров Олег" in names(db, admin, statistics.Figure(F.REHABILITATED, 0),
                                  first_quarter)


def test_a_facility_counts_a_stage_reached_in_a_case_naming_it_alone(db, admin, centre):
    """Issue 21, point 4: a person with a case at another facility besides (two sites
    each opened one) is counted under the facility of the case that reached the stage."""
    with db.session(admin) as session, session.begin():
        session.add(Case(person_id=centre.gulnar, category=CaseCategory.INMATE,
                         facility=COLONY, stage=Stage.INTAKE, stage_since=MID))
    figures = report(db, admin, ReportScope(START, END, facility=COLONY))
    assert names(db, admin, statistics.Figure(F.REHABILITATED, 0),
                 ReportScope(START, END, facility=COLONY)) == ["Сәрсенова Әлия"]
    assert figures.value(F.REHABILITATED) == 1


@pytest.mark.parametrize("scope", [HALF_YEAR, ReportScope(START, END, facility=COLONY),
                                   ReportScope(START, END, region=ALMATY)])
def test_a_page_of_people_found_walking_names_is_the_page_counted_by_person(db, admin,
                                                                            centre, scope):
    """A figure's value large enough makes people_involved walk persons in name order
    (the first page of a big region); every page, with its counts and last days, is the
    one grouping the period's attendance by person gives, also for inmates on the day."""
    _recategorise(db, admin, centre.farid, CaseCategory.EX_CONVICT, MID)
    run = Workspace(db, admin).run
    for programme, in_facility in [(None, False), (Programme.CASE_WORK, False),
                                   (None, True)]:
        grouped = run(people_involved, scope, programme, in_facility, limit=None)
        assert grouped, (programme, in_facility)
        for limit, offset in [(2, 0), (2, 1), (2, 3), (10, 0)]:
            walked = run(people_involved, scope, programme, in_facility, limit=limit,
                         offset=offset, involved=10**6)
            assert walked == grouped[offset:offset + limit], (programme, in_facility, offset)
