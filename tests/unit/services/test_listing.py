"""The five main lists: what each shows, search in any alphabet, order, paging."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, EnrolmentStatus, OrganisationKind, PlacementKind,
    PlacementStatus, Programme, Sex, Stage)
from centre_desk.domain.names import search_key, sort_key
from centre_desk.services import listing
from centre_desk.services.errors import NotPermitted
from centre_desk.services.listing import (
    ChildSort, ClubMemberSort, CourseSort, ListQuery, ParticipantSort, PlacementSort)
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Case, ClubMembership, Course, Enrolment, EventRegistration, Organisation, Person,
    Placement)

TODAY = dt.date(2024, 11, 20)
DAY = dt.timedelta(days=1)
GONE = dt.datetime(2024, 11, 1, 12, 0)


def _person(session, surname, given_name, patronymic=None, **fields) -> Person:
    person = Person(surname=surname, given_name=given_name, patronymic=patronymic,
                    search_key=search_key(surname, given_name, patronymic),
                    sort_key=sort_key(surname, given_name, patronymic), **fields)
    session.add(person)
    return person


def _case(session, person, category, stage, facility=None, follow_up=None, **fields) -> Case:
    case = Case(person_id=person.id, category=category, stage=stage, facility=facility,
                stage_since=dt.date(2024, 1, 1), next_follow_up=follow_up, **fields)
    session.add(case)
    return case


def populate(db, admin) -> types.SimpleNamespace:
    """A small centre with a live and a deleted example of everything the lists show."""
    ids = types.SimpleNamespace()
    with db.session(admin) as session, session.begin():
        ahmetov = _person(session, "Ахметов", "Ерлан", "Серикович", iin="900101300001",
                          sex=Sex.MALE, region="Алматы", phone="+7 701 111 11 11")
        bekova = _person(session, "Бекова", "Асель", "Нурлановна", iin="910202400002",
                         sex=Sex.FEMALE, region="Астана")
        zhumabaev = _person(session, "Жумабаев", "Нурлан", sex=Sex.MALE)
        yakovleva = _person(session, "Yakovleva", "Mariya", iin="850505400003",
                            sex=Sex.FEMALE, region="Шымкент", phone="+7 702 222 22 22")
        ahmetova = _person(session, "Ахметова", "Айгерим", iin="880808400004",
                           sex=Sex.FEMALE, region="Алматы")
        serikov = _person(session, "Сериков", "Данияр", iin="920303300005")
        omarova = _person(session, "Омарова", "Гульнара", iin="930404400006",
                          deleted_at=GONE)
        namesake = _person(session, "Ахметов", "Ерлан", "Серикович")
        arman = _person(session, "Ахметов", "Арман", birth_date=dt.date(2015, 6, 1))
        dana = _person(session, "Бекова", "Дана", birth_date=dt.date(2017, 11, 21))
        sara = _person(session, "Жумабаева", "Сара", birth_date=dt.date(2016, 1, 1))
        timur = _person(session, "Омаров", "Тимур", birth_date=dt.date(2014, 1, 1),
                        deleted_at=GONE)
        ali = _person(session, "Кенжебаев", "Али")
        session.flush()
        ids.persons = types.SimpleNamespace(**{
            name: value.id for name, value in locals().items() if isinstance(value, Person)})

        cases = {
            "ahmetov": _case(session, ahmetov, CaseCategory.INMATE, Stage.ACTIVE, "ИК-5",
                             TODAY - DAY),
            "ahmetov_closed": _case(session, ahmetov, CaseCategory.INMATE, Stage.CLOSED,
                                    "ИК-12"),
            "bekova": _case(session, bekova, CaseCategory.AT_RISK, Stage.INTAKE, None,
                            TODAY + 10 * DAY),
            "zhumabaev": _case(session, zhumabaev, CaseCategory.EX_CONVICT, Stage.RENOUNCED,
                               "ИК-1"),
            "yakovleva": _case(session, yakovleva, CaseCategory.AT_RISK, Stage.REHABILITATED,
                               None, TODAY - 30 * DAY),
            "namesake": _case(session, namesake, CaseCategory.INMATE, Stage.ACTIVE, "ИК-5",
                              TODAY),
            "serikov": _case(session, serikov, CaseCategory.INMATE, Stage.ACTIVE,
                             deleted_at=GONE),
            "omarova": _case(session, omarova, CaseCategory.AT_RISK, Stage.ACTIVE),
        }

        def member(person, joined, **fields):
            membership = ClubMembership(person_id=person.id, joined_on=joined, **fields)
            session.add(membership)
            return membership
        members = {
            "bekova": member(bekova, dt.date(2023, 3, 1)),
            "yakovleva": member(yakovleva, dt.date(2022, 1, 15), left_on=dt.date(2023, 12, 1)),
            "ahmetova": member(ahmetova, dt.date(2023, 3, 1)),
            "omarova": member(omarova, dt.date(2023, 5, 1)),
            "zhumabaev": member(zhumabaev, dt.date(2023, 6, 1), deleted_at=GONE),
        }

        def event(held_on, **fields):
            activity = Activity(programme=Programme.CHILDREN_EVENTS,
                                kind=ActivityKind.CHILDREN_EVENT, held_on=held_on, **fields)
            session.add(activity)
            return activity
        summer, autumn = event(dt.date(2024, 6, 1)), event(dt.date(2024, 9, 1))
        cancelled = event(dt.date(2024, 10, 1), deleted_at=GONE)
        session.flush()

        def register(child, activity, guardian=None, **fields):
            session.add(EventRegistration(activity_id=activity.id, child_id=child.id,
                                          guardian_id=guardian.id if guardian else None,
                                          **fields))
        register(arman, summer, ahmetova)
        register(arman, autumn, ahmetov)
        register(dana, summer, bekova)
        register(dana, cancelled, yakovleva)
        register(sara, summer, zhumabaev, deleted_at=GONE)
        register(timur, summer, omarova)
        register(ali, autumn)

        def course(title, group, starts_on, capacity, **fields):
            item = Course(title=title, group=group, starts_on=starts_on, capacity=capacity,
                          **fields)
            session.add(item)
            return item
        courses = {
            "beginners": course("Арабский язык для начинающих", CourseGroup.WOMEN,
                                dt.date(2024, 9, 1), 12, level="A1", teacher="Устаз Мадина",
                                ends_on=dt.date(2024, 12, 20)),
            "quran": course("Чтение Корана", CourseGroup.MEN, dt.date(2024, 10, 1), 10),
            "calligraphy": course("Arabic calligraphy", CourseGroup.MEN, dt.date(2024, 9, 1),
                                  8, level="A2", teacher="Ustaz Ahmad"),
            "old": course("Старый курс", CourseGroup.MEN, dt.date(2020, 1, 1), 5,
                          deleted_at=GONE),
        }
        session.flush()

        def enrol(item, person, status, **fields):
            session.add(Enrolment(course_id=item.id, person_id=person.id, status=status,
                                  enrolled_on=dt.date(2024, 9, 1), **fields))
        enrol(courses["beginners"], bekova, EnrolmentStatus.ENROLLED)
        enrol(courses["beginners"], yakovleva, EnrolmentStatus.COMPLETED)
        enrol(courses["beginners"], ahmetova, EnrolmentStatus.DROPPED)
        enrol(courses["beginners"], omarova, EnrolmentStatus.ENROLLED)
        enrol(courses["quran"], ahmetov, EnrolmentStatus.ENROLLED)
        enrol(courses["quran"], zhumabaev, EnrolmentStatus.ENROLLED, deleted_at=GONE)

        def organisation(name, kind, **fields):
            item = Organisation(name=name, kind=kind, **fields)
            session.add(item)
            return item
        employer = organisation("ТОО «Жұмыс Жолы»", OrganisationKind.EMPLOYER)
        nursery = organisation("Детский сад «Балапан»", OrganisationKind.NURSERY)
        closed = organisation("ИП Старый", OrganisationKind.EMPLOYER, deleted_at=GONE)
        session.flush()

        def place(kind, person, organisation_, status, since, follow_up=None, **fields):
            item = Placement(kind=kind, person_id=person.id,
                             organisation_id=organisation_.id if organisation_ else None,
                             status=status, requested_on=dt.date(2024, 1, 10),
                             status_since=since, next_follow_up=follow_up, **fields)
            session.add(item)
            return item
        placements = {
            "job": place(PlacementKind.JOB, ahmetov, employer, PlacementStatus.IN_PROGRESS,
                         dt.date(2024, 5, 1), TODAY - 2 * DAY),
            "nursery": place(PlacementKind.NURSERY, ahmetova, nursery, PlacementStatus.PLACED,
                             dt.date(2024, 4, 1), child_id=arman.id),
            "housing": place(PlacementKind.HOUSING, bekova, None, PlacementStatus.REQUESTED,
                             dt.date(2024, 6, 1), TODAY + 5 * DAY),
            "declined": place(PlacementKind.JOB, zhumabaev, closed, PlacementStatus.DECLINED,
                              dt.date(2024, 3, 1)),
            "deleted": place(PlacementKind.JOB, yakovleva, employer, PlacementStatus.REQUESTED,
                             dt.date(2024, 2, 1), deleted_at=GONE),
            "of_deleted_person": place(PlacementKind.HOUSING, omarova, None,
                                       PlacementStatus.REQUESTED, dt.date(2024, 2, 1)),
        }
        session.flush()
        ids.cases = types.SimpleNamespace(**{k: v.id for k, v in cases.items()})
        ids.members = types.SimpleNamespace(**{k: v.id for k, v in members.items()})
        ids.courses = types.SimpleNamespace(**{k: v.id for k, v in courses.items()})
        ids.placements = types.SimpleNamespace(**{k: v.id for k, v in placements.items()})
        ids.organisations = types.SimpleNamespace(employer=employer.id, nursery=nursery.id)
    return ids


@pytest.fixture
def centre(db, admin):
    return populate(db, admin)


def _all(run, page_function, query=ListQuery(), **options):
    return run(page_function, query, None, 1000, TODAY, **options).rows


# --- participants ------------------------------------------------------------------------

def test_participants_show_each_live_case_with_its_person(run, centre):
    rows = {row.case_id: row for row in _all(run, listing.participants_page)}
    assert set(rows) == {centre.cases.ahmetov, centre.cases.ahmetov_closed,
                         centre.cases.bekova, centre.cases.zhumabaev, centre.cases.yakovleva,
                         centre.cases.namesake}
    ahmetov = rows[centre.cases.ahmetov]
    assert (ahmetov.person_id, ahmetov.full_name, ahmetov.iin, ahmetov.category,
            ahmetov.facility, ahmetov.stage, ahmetov.next_follow_up) == (
        centre.persons.ahmetov, "Ахметов Ерлан Серикович", "900101300001",
        CaseCategory.INMATE, "ИК-5", Stage.ACTIVE, TODAY - DAY)
    assert rows[centre.cases.zhumabaev].full_name == "Жумабаев Нурлан"
    assert run(listing.count_participants) == 6


def test_a_follow_up_before_today_is_overdue_and_today_is_not(run, centre):
    rows = {row.case_id: row.overdue for row in _all(run, listing.participants_page)}
    assert rows[centre.cases.ahmetov] and rows[centre.cases.yakovleva]
    assert not rows[centre.cases.namesake]  # due today
    assert not rows[centre.cases.bekova] and not rows[centre.cases.zhumabaev]


def _names(rows):
    return [row.full_name for row in rows]


@pytest.mark.parametrize("typed", ["ахмет", "АХМЕТОВ", "akhmet", "Ahmetov", "ahmetov erl"])
def test_search_finds_a_name_in_any_alphabet_and_case(run, centre, typed):
    rows = _all(run, listing.participants_page, ListQuery(text=typed))
    assert _names(rows) == ["Ахметов Ерлан Серикович"] * 3
    assert run(listing.count_participants, typed) == 3


def test_search_by_surname_and_given_name_narrows_to_both(run, centre):
    assert _names(_all(run, listing.participants_page, ListQuery(text="бекова ас"))) == [
        "Бекова Асель Нурлановна"]


def test_search_by_iin_prefix(run, centre):
    rows = _all(run, listing.participants_page, ListQuery(text="9102"))
    assert [row.case_id for row in rows] == [centre.cases.bekova]
    assert run(listing.count_participants, "9") == 3


def test_a_latin_name_is_found_by_its_cyrillic_spelling(run, centre):
    assert _names(_all(run, listing.participants_page, ListQuery(text="яковлева"))) == [
        "Yakovleva Mariya"]


def test_participants_default_order_is_alphabetical_then_case(run, centre):
    # Cyrillic in Kazakh/Russian alphabet order, Latin-script names after it.
    rows = _all(run, listing.participants_page)
    assert _names(rows) == [
        "Ахметов Ерлан Серикович", "Ахметов Ерлан Серикович", "Ахметов Ерлан Серикович",
        "Бекова Асель Нурлановна", "Жумабаев Нурлан", "Yakovleva Mariya"]
    assert [sort_key(name) for name in _names(rows)] == sorted(
        sort_key(name) for name in _names(rows))


def test_stage_sorts_in_workflow_order_with_names_alphabetical_within(run, centre):
    rows = _all(run, listing.participants_page, ListQuery(sort=ParticipantSort.STAGE))
    assert [(row.stage, row.full_name) for row in rows] == [
        (Stage.INTAKE, "Бекова Асель Нурлановна"),
        (Stage.ACTIVE, "Ахметов Ерлан Серикович"),
        (Stage.ACTIVE, "Ахметов Ерлан Серикович"),
        (Stage.RENOUNCED, "Жумабаев Нурлан"),
        (Stage.REHABILITATED, "Yakovleva Mariya"),
        (Stage.CLOSED, "Ахметов Ерлан Серикович")]
    backwards = _all(run, listing.participants_page,
                     ListQuery(sort=ParticipantSort.STAGE, descending=True))
    assert [row.stage for row in backwards] == [
        Stage.CLOSED, Stage.REHABILITATED, Stage.RENOUNCED, Stage.ACTIVE, Stage.ACTIVE,
        Stage.INTAKE]


@pytest.mark.parametrize("descending", [False, True])
def test_blank_follow_ups_come_last_in_both_directions(run, centre, descending):
    rows = _all(run, listing.participants_page,
                ListQuery(sort=ParticipantSort.NEXT_FOLLOW_UP, descending=descending))
    dates = [row.next_follow_up for row in rows]
    filled = [TODAY - 30 * DAY, TODAY - DAY, TODAY, TODAY + 10 * DAY]
    assert dates == (filled[::-1] if descending else filled) + [None, None]


# --- mothers' club ---------------------------------------------------------------------------

def test_club_lists_live_memberships_of_live_persons_former_members_included(run, centre):
    rows = _all(run, listing.club_members_page)
    assert [(row.full_name, row.iin, row.joined_on, row.left_on, row.region, row.phone)
            for row in rows] == [
        ("Ахметова Айгерим", "880808400004", dt.date(2023, 3, 1), None, "Алматы", None),
        ("Бекова Асель Нурлановна", "910202400002", dt.date(2023, 3, 1), None, "Астана", None),
        ("Yakovleva Mariya", "850505400003", dt.date(2022, 1, 15), dt.date(2023, 12, 1),
         "Шымкент", "+7 702 222 22 22")]
    assert rows[0].membership_id == centre.members.ahmetova
    assert rows[0].person_id == centre.persons.ahmetova
    assert run(listing.count_club_members) == 3


def test_club_sorts_by_joining_date_then_name(run, centre):
    rows = _all(run, listing.club_members_page, ListQuery(sort=ClubMemberSort.JOINED_ON,
                                                          descending=True))
    assert _names(rows) == ["Ахметова Айгерим", "Бекова Асель Нурлановна", "Yakovleva Mariya"]


def test_club_search_by_lowercase_cyrillic(run, centre):
    assert _names(_all(run, listing.club_members_page, ListQuery(text="ахметова"))) == [
        "Ахметова Айгерим"]


# --- children's events -------------------------------------------------------------------------

def test_each_registered_child_appears_once_with_age_guardian_and_events(run, centre):
    rows = _all(run, listing.children_page)
    assert [(row.full_name, row.birth_date, row.age, row.guardian_name, row.events)
            for row in rows] == [
        ("Ахметов Арман", dt.date(2015, 6, 1), 9, "Ахметов Ерлан Серикович", 2),
        ("Бекова Дана", dt.date(2017, 11, 21), 6, "Бекова Асель Нурлановна", 1),
        ("Кенжебаев Али", None, None, None, 1)]
    assert rows[0].guardian_id == centre.persons.ahmetov  # guardian at the latest event
    assert run(listing.count_children) == 3


def test_children_sort_by_number_of_events(run, centre):
    rows = _all(run, listing.children_page, ListQuery(sort=ChildSort.EVENTS, descending=True))
    assert _names(rows) == ["Ахметов Арман", "Бекова Дана", "Кенжебаев Али"]


def test_children_sort_by_birth_date_with_unknown_last(run, centre):
    rows = _all(run, listing.children_page, ListQuery(sort=ChildSort.BIRTH_DATE))
    assert _names(rows) == ["Ахметов Арман", "Бекова Дана", "Кенжебаев Али"]


# --- Arabic courses ----------------------------------------------------------------------------

def test_courses_count_places_taken_by_live_students_who_did_not_drop_out(run, centre):
    rows = {row.course_id: row for row in _all(run, listing.courses_page)}
    assert set(rows) == {centre.courses.beginners, centre.courses.quran,
                         centre.courses.calligraphy}
    beginners = rows[centre.courses.beginners]
    assert (beginners.title, beginners.level, beginners.group, beginners.teacher,
            beginners.starts_on, beginners.ends_on, beginners.enrolled, beginners.capacity) == (
        "Арабский язык для начинающих", "A1", CourseGroup.WOMEN, "Устаз Мадина",
        dt.date(2024, 9, 1), dt.date(2024, 12, 20), 2, 12)
    assert rows[centre.courses.quran].enrolled == 1
    assert rows[centre.courses.calligraphy].enrolled == 0


@pytest.mark.parametrize("typed, title", [("араб", "Арабский язык для начинающих"),
                                          ("корана", "Чтение Корана"),
                                          ("CALLIG", "Arabic calligraphy"),
                                          ("мадина", "Арабский язык для начинающих")])
def test_course_search_by_title_or_teacher_in_any_case(run, centre, typed, title):
    rows = _all(run, listing.courses_page, ListQuery(text=typed))
    assert [row.title for row in rows] == [title]
    assert run(listing.count_courses, typed) == 1


def test_courses_sort_by_start_then_title(run, centre):
    rows = _all(run, listing.courses_page, ListQuery(sort=CourseSort.STARTS_ON))
    assert [row.title for row in rows] == [
        "Arabic calligraphy", "Арабский язык для начинающих", "Чтение Корана"]


# --- placements --------------------------------------------------------------------------------

def test_placements_show_kind_person_organisation_status_and_overdue(run, centre):
    rows = {row.placement_id: row for row in _all(run, listing.placements_page)}
    assert set(rows) == {centre.placements.job, centre.placements.nursery,
                         centre.placements.housing, centre.placements.declined}
    job = rows[centre.placements.job]
    assert (job.kind, job.full_name, job.organisation, job.status, job.status_since,
            job.next_follow_up, job.overdue) == (
        PlacementKind.JOB, "Ахметов Ерлан Серикович", "ТОО «Жұмыс Жолы»",
        PlacementStatus.IN_PROGRESS, dt.date(2024, 5, 1), TODAY - 2 * DAY, True)
    assert job.organisation_id == centre.organisations.employer
    assert rows[centre.placements.housing].organisation is None
    assert rows[centre.placements.declined].organisation is None  # organisation deleted
    assert not rows[centre.placements.housing].overdue


@pytest.mark.parametrize("typed, expected", [
    ("жумабаев", {"declined"}), ("ахмет", {"job", "nursery"}), ("балапан", {"nursery"}),
    ("жұмыс", {"job"}), ("910202", {"housing"})])
def test_placement_search_by_person_iin_or_organisation(run, centre, typed, expected):
    rows = _all(run, listing.placements_page, ListQuery(text=typed))
    assert {row.placement_id for row in rows} == {getattr(centre.placements, key)
                                                  for key in expected}
    assert run(listing.count_placements, typed) == len(expected)


def test_placement_status_sorts_in_workflow_order(run, centre):
    rows = _all(run, listing.placements_page, ListQuery(sort=PlacementSort.STATUS))
    assert [row.status for row in rows] == [
        PlacementStatus.REQUESTED, PlacementStatus.IN_PROGRESS, PlacementStatus.PLACED,
        PlacementStatus.DECLINED]


# --- every list ---------------------------------------------------------------------------------

LISTS = [
    (listing.participants_page, listing.count_participants, ParticipantSort,
     lambda row: row.case_id),
    (listing.club_members_page, listing.count_club_members, ClubMemberSort,
     lambda row: row.membership_id),
    (listing.children_page, listing.count_children, ChildSort, lambda row: row.person_id),
    (listing.courses_page, listing.count_courses, CourseSort, lambda row: row.course_id),
    (listing.placements_page, listing.count_placements, PlacementSort,
     lambda row: row.placement_id),
]


@pytest.mark.parametrize("page_function, count_function, sorts, row_id", LISTS,
                         ids=[page.__name__ for page, *_ in LISTS])
def test_paging_returns_every_row_exactly_once_in_every_order(
        run, centre, page_function, count_function, sorts, row_id):
    total = run(count_function)
    for sort in sorts:
        for descending in (False, True):
            query = ListQuery(sort=sort, descending=descending)
            whole = [row_id(row) for row in _all(run, page_function, query)]
            paged, after = [], None
            while True:
                page = run(page_function, query, after, 2, TODAY)
                assert len(page.rows) <= 2
                paged += [row_id(row) for row in page.rows]
                if page.next is None:
                    break
                after = page.next
            assert paged == whole, (sort, descending)
            assert len(set(paged)) == len(paged) == total, (sort, descending)


def _delete_everything(db, admin):
    with db.session(admin) as session, session.begin():
        for model in (Person, Case, ClubMembership, Course, Placement, EventRegistration):
            for row in session.scalars(select(model)):
                row.deleted_at = utc_now()


@pytest.mark.parametrize("page_function, count_function", [(p, c) for p, c, _, _ in LISTS])
def test_deleted_rows_never_appear(db, admin, run, centre, page_function, count_function):
    _delete_everything(db, admin)
    assert _all(run, page_function) == ()
    assert run(count_function) == 0


@pytest.mark.parametrize("page_function, count_function", [(p, c) for p, c, _, _ in LISTS])
def test_an_empty_centre_lists_nothing(run, page_function, count_function):
    page = run(page_function)
    assert page.rows == () and page.next is None
    assert run(count_function) == 0


def test_rows_are_frozen_plain_values(run, centre):
    row = _all(run, listing.participants_page)[0]
    assert dataclasses.is_dataclass(row)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.full_name = "changed"


def test_a_cursor_only_continues_the_order_it_came_from(run, centre):
    page = run(listing.participants_page, ListQuery(), None, 2)
    with pytest.raises(ValueError, match="another sort order"):
        run(listing.participants_page, ListQuery(sort=ParticipantSort.STAGE), page.next, 2)


def test_a_list_refuses_another_lists_sort(run, centre):
    with pytest.raises(ValueError, match="cannot sort"):
        run(listing.participants_page, ListQuery(sort=CourseSort.TITLE))


def test_lists_need_a_signed_in_user(db, centre):
    with pytest.raises(NotPermitted):
        Workspace(db, None).run(listing.participants_page)
    with pytest.raises(NotPermitted):
        Workspace(db, None).run(listing.count_participants)


# --- keyset paging against a reference order ------------------------------------------------

_SURNAMES = ["Ахметов", "Ahmetov", "Бекова", "Яковлева", "Ermukhanov", "Ермуханов"]
_FACILITIES = [None, "ИК-1", "ИК-5"]
_FOLLOW_UPS = [None, TODAY - DAY, TODAY, TODAY + DAY]

_participant = st.tuples(st.sampled_from(_SURNAMES), st.sampled_from(["Ерлан", "Aigerim"]),
                         st.booleans(), st.sampled_from(list(CaseCategory)),
                         st.sampled_from(_FACILITIES), st.sampled_from(list(Stage)),
                         st.sampled_from(_FOLLOW_UPS))


def _reference_order(rows, keys, sort, descending):
    """The order the list promises: the column (codes in workflow order, blanks last),
    then the name's search key, then the case id; ties always ascending."""
    codes = {ParticipantSort.CATEGORY: list(CaseCategory), ParticipantSort.STAGE: list(Stage)}
    column = {ParticipantSort.IIN: "iin", ParticipantSort.FACILITY: "facility",
              ParticipantSort.NEXT_FOLLOW_UP: "next_follow_up",
              ParticipantSort.CATEGORY: "category", ParticipantSort.STAGE: "stage"}

    def ties(row):
        return keys[row.case_id], row.case_id.hex

    if sort is ParticipantSort.NAME:
        by_id = sorted(rows, key=lambda row: row.case_id.hex)
        return sorted(by_id, key=lambda row: keys[row.case_id], reverse=descending)
    if sort in codes:
        order = codes[sort][::-1] if descending else codes[sort]
        return sorted(rows, key=lambda row: (order.index(getattr(row, column[sort])),
                                             ties(row)))
    filled = [row for row in rows if getattr(row, column[sort]) is not None]
    blank = [row for row in rows if getattr(row, column[sort]) is None]
    filled.sort(key=ties)
    filled.sort(key=lambda row: getattr(row, column[sort]), reverse=descending)
    return filled + sorted(blank, key=ties)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(_participant, max_size=14), page_size=st.integers(1, 5),
       sort=st.sampled_from(list(ParticipantSort)), descending=st.booleans())
def test_keyset_pages_follow_the_promised_order_with_ties_and_blanks(
        db, admin, run, people, page_size, sort, descending):
    keys = {}
    with db.session(admin) as session, session.begin():
        for number, (surname, given, has_iin, category, facility, stage, due) in \
                enumerate(people):
            person = _person(session, surname, given,
                             iin=f"{number:012d}" if has_iin else None)
            session.flush()
            case = _case(session, person, category, stage, facility, due)
            session.flush()
            keys[case.id] = person.sort_key
    try:
        query = ListQuery(sort=sort, descending=descending)
        paged, after = [], None
        while True:
            page = run(listing.participants_page, query, after, page_size, TODAY)
            paged += page.rows
            if page.next is None:
                break
            after = page.next
        expected = _reference_order(_all(run, listing.participants_page), keys, sort,
                                    descending)
        assert [row.case_id for row in paged] == [row.case_id for row in expected]
    finally:
        with db.session(admin) as session, session.begin():
            session.execute(delete(Case))
            session.execute(delete(Person).where(Person.surname != "admin"))


def test_a_list_without_filters_refuses_a_filter(run, centre):
    with pytest.raises(ValueError, match="has no filters"):
        run(listing.courses_page, ListQuery(filter=object()))
