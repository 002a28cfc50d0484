"""The people directory: everyone, whatever their part at the centre, found by any part
of the name in any alphabet or by the IIN, paged in SQL, identity withheld from those
who may not see it."""

from __future__ import annotations

import datetime as dt
import types

import pytest

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, EnrolmentStatus, Programme, RelationshipKind,
    Role, Sex, Stage)
from centre_desk.services import listing, persons
from centre_desk.services.listing import DirectoryFilter, DirectoryRole, DirectorySort, ListQuery
from centre_desk.services.redaction import WITHHELD
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import (
    Activity, Case, ClubMembership, Course, Enrolment, EventRegistration, Relationship)

R = DirectoryRole


def _person(session, surname, given, patronymic=None, **fields):
    return persons.create_person(session, persons.PersonInput(
        surname=surname, given_name=given, patronymic=patronymic, **fields))


@pytest.fixture
def centre(db, admin) -> types.SimpleNamespace:
    """A participant, her child (also at a children's event), a club member, a student,
    a person with no part yet, and a deleted person."""
    ids = types.SimpleNamespace()
    with db.session(admin) as session, session.begin():
        ids.kassymova = _person(session, "Қасымова", "Әсел", "Нұрланқызы", iin="900714400076",
                                sex=Sex.FEMALE, region="область Абай")
        ids.child = _person(session, "Қасымов", "Айдос", birth_date=dt.date(2015, 5, 1))
        ids.member = _person(session, "Смирнова", "Наталья", "Юрьевна")
        ids.student = _person(session, "Әбдірахманов", "Ержан")
        ids.nobody = _person(session, "Yakovleva", "Iuliia")
        ids.gone = _person(session, "Қасымбек", "Гүлнар")
        session.add(Case(person_id=ids.kassymova, category=CaseCategory.EX_CONVICT,
                         stage=Stage.ACTIVE, stage_since=dt.date(2024, 1, 1)))
        session.add(Relationship(person_id=ids.kassymova, relative_id=ids.child,
                                 kind=RelationshipKind.PARENT))
        event = Activity(programme=Programme.CHILDREN_EVENTS, kind=ActivityKind.CHILDREN_EVENT,
                         held_on=dt.date(2024, 6, 1), title="Мереке")
        course = Course(title="Араб тілі", group=CourseGroup.MEN, starts_on=dt.date(2024, 9, 1),
                        capacity=12)
        session.add_all([event, course])
        session.flush()
        session.add(EventRegistration(activity_id=event.id, child_id=ids.child))
        session.add(ClubMembership(person_id=ids.member, joined_on=dt.date(2024, 2, 1)))
        session.add(Enrolment(course_id=course.id, person_id=ids.student,
                              status=EnrolmentStatus.ENROLLED, enrolled_on=dt.date(2024, 9, 1)))
    with db.session(admin) as session, session.begin():
        persons.delete_person(session, ids.gone)
    return ids


def _names(run, text="", **query):
    page = run(listing.directory_page, ListQuery(text=text, **query))
    return [row.full_name for row in page.rows]


def test_everyone_alive_is_listed_once_in_alphabetical_order_with_their_parts(run, centre):
    page = run(listing.directory_page, ListQuery())
    assert [(row.full_name, row.roles) for row in page.rows] == [
        ("Әбдірахманов Ержан", (R.STUDENT,)),
        ("Қасымов Айдос", (R.CHILD, R.RELATIVE)),
        ("Қасымова Әсел Нұрланқызы", (R.PARTICIPANT, R.RELATIVE)),
        ("Смирнова Наталья Юрьевна", (R.CLUB_MEMBER,)),
        ("Yakovleva Iuliia", ()),
    ]
    assert run(listing.count_directory) == 5


@pytest.mark.parametrize(("typed", "found"), [
    ("Kassymova", ["Қасымова Әсел Нұрланқызы"]),
    ("Асель", ["Қасымова Әсел Нұрланқызы"]),            # the given name alone
    ("Assel Kassym", ["Қасымова Әсел Нұрланқызы"]),     # given name, then surname
    ("Natalia", ["Смирнова Наталья Юрьевна"]),          # ICAO 9303
    ("Natalya Smirnova", ["Смирнова Наталья Юрьевна"]),
    ("Abdrakhmanov", ["Әбдірахманов Ержан"]),
    ("Юлия", ["Yakovleva Iuliia"]),
    ("Яковлева", ["Yakovleva Iuliia"]),
    ("900714", ["Қасымова Әсел Нұрланқызы"]),             # the start of the IIN
    ("Гүлнар", []),                                      # deleted
])
def test_anyone_is_found_by_any_name_part_in_any_alphabet_or_the_iin(run, centre, typed, found):
    assert _names(run, typed) == found
    assert run(listing.count_directory, typed) == len(found)


def test_a_part_narrows_the_directory(run, centre):
    def having(role):
        query = ListQuery(filter=DirectoryFilter(role))
        return [row.full_name for row in run(listing.directory_page, query).rows]
    assert having(R.PARTICIPANT) == ["Қасымова Әсел Нұрланқызы"]
    assert having(R.CHILD) == ["Қасымов Айдос"]
    assert having(R.CLUB_MEMBER) == ["Смирнова Наталья Юрьевна"]
    assert having(R.STUDENT) == ["Әбдірахманов Ержан"]
    assert having(R.RELATIVE) == ["Қасымов Айдос", "Қасымова Әсел Нұрланқызы"]
    assert run(listing.count_directory, "", DirectoryFilter(R.RELATIVE)) == 2


def test_pages_follow_each_other_without_gaps_in_every_order(run, centre):
    for sort in DirectorySort:
        for descending in (False, True):
            query = ListQuery(sort=sort, descending=descending)
            whole = run(listing.directory_page, query).rows
            seen, after = [], None
            while True:
                page = run(listing.directory_page, query, after, 2)
                seen += page.rows
                if page.next is None:
                    break
                after = page.next
            assert seen == list(whole) and len(seen) == 5


def test_a_read_only_user_sees_the_iin_withheld_but_may_search_by_it(db, centre, make_user):
    reader = Workspace(db, make_user(Role.READ_ONLY)).run
    rows = reader(listing.directory_page, ListQuery(text="900714")).rows
    assert [(row.full_name, row.iin) for row in rows] == [
        ("Қасымова Әсел Нұрланқызы", WITHHELD)]
