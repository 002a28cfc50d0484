"""The shared activity and attendance core: one service for every programme, the
checklist of expected people, set-wise attendance, deletion by tombstone, statistics.

The helpers at the top (``build_families``, ``refused``, ``run``) are shared with the
club, children's events and courses tests.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import uuid

import pytest
from sqlalchemy import event, func, select

from centre_desk.domain.enums import (
    ActivityKind, AuditAction, CourseGroup, Programme, RelationshipKind, Role, Sex)
from centre_desk.services import activities, children_events, club, courses, persons
from centre_desk.services.activities import ActivityInput, ProgrammeStatistics
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import (
    Activity, Attendance, AuditEvent, EventRegistration, Person, Relationship)
from tests.unit.services.test_placements import snapshot

TODAY = dt.date(2024, 11, 20)
K, P = ActivityKind, Programme


# --- shared helpers ---------------------------------------------------------------------------

def run(db, actor, use_case, *args, **kwargs):
    """One use case in its own transaction, as the GUI's Workspace runs it."""
    return Workspace(db, actor).run(use_case, *args, **kwargs)


def refused(db, actor, use_case, *args, expected=InvalidInput, **kwargs):
    """Run a use case that must be refused; assert that no row of any table changed
    (audit trail included) and return the refusal."""
    before = snapshot(db)
    with pytest.raises(expected) as refusal:
        run(db, actor, use_case, *args, **kwargs)
    assert snapshot(db) == before
    return refusal.value


def build_families(db, admin) -> types.SimpleNamespace:
    """Two mothers and their children, a grandmother who is a granddaughter's guardian,
    a father (the first mother's husband), a man and a woman for the courses, a
    person whose sex is not recorded, and a child of nobody here."""
    def person(surname, given, sex, birth):
        return run(db, admin, persons.create_person, PersonInput(
            surname=surname, given_name=given, sex=sex, birth_date=birth))

    ids = types.SimpleNamespace()
    ids.mother = person("Ахметова", "Айгерим", Sex.FEMALE, dt.date(1990, 3, 1))
    ids.son = person("Ахметов", "Арман", Sex.MALE, dt.date(2016, 6, 1))
    ids.daughter = person("Ахметова", "Алия", Sex.FEMALE, dt.date(2020, 9, 15))
    ids.father = person("Ахметов", "Бауыржан", Sex.MALE, dt.date(1986, 1, 20))
    ids.second_mother = person("Бекова", "Гульнара", Sex.FEMALE, dt.date(1988, 7, 7))
    ids.second_son = person("Беков", "Данияр", Sex.MALE, dt.date(2011, 4, 4))
    ids.grandmother = person("Сапарова", "Сауле", Sex.FEMALE, dt.date(1958, 1, 5))
    ids.granddaughter = person("Сапарова", "Дана", Sex.FEMALE, dt.date(2013, 2, 2))
    ids.man = person("Жумабаев", "Нурлан", Sex.MALE, dt.date(1988, 3, 3))
    ids.woman = person("Касымова", "Жанар", Sex.FEMALE, dt.date(1995, 5, 5))
    ids.unknown_sex = person("Ким", "Саша", None, None)
    ids.stranger_child = person("Серикова", "Мадина", Sex.FEMALE, dt.date(2017, 9, 9))
    with db.session(admin) as session, session.begin():
        for carer, child, kind in (
                (ids.mother, ids.son, RelationshipKind.PARENT),
                (ids.mother, ids.daughter, RelationshipKind.PARENT),
                (ids.father, ids.son, RelationshipKind.PARENT),
                (ids.second_mother, ids.second_son, RelationshipKind.PARENT),
                (ids.grandmother, ids.granddaughter, RelationshipKind.GUARDIAN),
                (ids.father, ids.mother, RelationshipKind.SPOUSE)):
            session.add(Relationship(person_id=carer, relative_id=child, kind=kind))
    return ids


def _count(db, model, *where):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def families(db, admin):
    return build_families(db, admin)


def _activity(db, actor, programme, kind, held_on, **fields):
    return run(db, actor, activities.create_activity,
               ActivityInput(programme=programme, kind=kind, held_on=held_on, **fields))


def _course(db, actor, group=CourseGroup.WOMEN, capacity=10):
    return run(db, actor, courses.create_course, courses.CourseInput(
        title="Арабская грамота, начальный уровень", group=group,
        starts_on=dt.date(2024, 1, 10), ends_on=dt.date(2024, 6, 30), capacity=capacity,
        teacher="Нурланов Ерлан", level="Начальный"))


# --- one service for every programme ---------------------------------------------------------

def test_one_service_serves_every_programme_and_reads_activities_held_and_unique_people(
        db, admin, families):
    f = families
    # Mothers' club: the mother and the grandmother are members; two meetings.
    run(db, admin, club.join_club, f.mother, dt.date(2023, 5, 1), today=TODAY)
    run(db, admin, club.join_club, f.grandmother, dt.date(2023, 5, 1), today=TODAY)
    meeting = _activity(db, admin, P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION, dt.date(2024, 3, 1),
                        title="Встреча клуба")
    sports = _activity(db, admin, P.MOTHERS_CLUB, K.ATHLETIC_EVENT, dt.date(2024, 3, 31))
    # Children's events: 1 June, the son and the granddaughter with consent.
    june = run(db, admin, children_events.create_event, "День защиты детей",
               dt.date(2024, 6, 1), "Центр, актовый зал", "Сәрсенова Ә.")
    for child, carer in ((f.son, f.mother), (f.granddaughter, f.grandmother)):
        run(db, admin, children_events.register_child, june, child, carer,
            dt.date(2024, 5, 20), today=TODAY)
    # Arabic course for women: the mother and the woman, three lessons.
    course = _course(db, admin)
    for student in (f.mother, f.woman):
        run(db, admin, courses.enrol, course, student, dt.date(2024, 1, 5), today=TODAY)
    lessons = [run(db, admin, courses.add_lesson, course, day) for day in
               (dt.date(2024, 1, 15), dt.date(2024, 3, 1), dt.date(2024, 6, 30))]

    # The SAME service marks attendance for all three programmes ...
    mark = activities.set_attendance
    run(db, admin, mark, meeting, [f.mother, f.grandmother], today=TODAY)
    run(db, admin, mark, sports, [f.mother], today=TODAY)
    run(db, admin, mark, june, [f.son, f.granddaughter], today=TODAY)
    for lesson in lessons:
        run(db, admin, mark, lesson, [f.mother, f.woman], today=TODAY)

    # ... reads them back through one view ...
    with db.session(admin) as session:
        views = [activities.get_activity(session, a) for a in (meeting, june, lessons[0])]
        listed = {programme: [s.id for s in activities.activities_of(session, programme)]
                  for programme in (P.MOTHERS_CLUB, P.CHILDREN_EVENTS, P.ARABIC_COURSES)}
        per_programme = {programme: activities.programme_statistics(
            session, dt.date(2024, 1, 1), dt.date(2024, 6, 30), programme)
            for programme in Programme}
        overall = activities.programme_statistics(session, dt.date(2024, 1, 1),
                                                  dt.date(2024, 6, 30))
        first_quarter = activities.programme_statistics(session, dt.date(2024, 1, 15),
                                                        dt.date(2024, 3, 1))
        one_day = activities.programme_statistics(session, dt.date(2024, 6, 1),
                                                  dt.date(2024, 6, 1))
        table = activities.statistics_by_programme(session, dt.date(2024, 1, 1),
                                                   dt.date(2024, 6, 30))
    assert [(v.programme, v.kind, v.present_count) for v in views] == [
        (P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION, 2), (P.CHILDREN_EVENTS, K.CHILDREN_EVENT, 2),
        (P.ARABIC_COURSES, K.COURSE_LESSON, 2)]
    assert listed == {P.MOTHERS_CLUB: [sports, meeting], P.CHILDREN_EVENTS: [june],
                      P.ARABIC_COURSES: lessons[::-1]}

    # ... and counts "activities held, unique people involved": the mother came to two
    # club activities and three lessons, yet counts once per programme and once overall.
    assert per_programme == {
        P.MOTHERS_CLUB: ProgrammeStatistics(2, 2), P.CHILDREN_EVENTS: ProgrammeStatistics(1, 2),
        P.ARABIC_COURSES: ProgrammeStatistics(3, 2), P.CASE_WORK: ProgrammeStatistics(0, 0)}
    # mother, grandmother, son, granddaughter, woman
    assert overall == ProgrammeStatistics(activities_held=6, unique_people=5)
    # Both ends of a period count: 15 January (a lesson) and 1 March (a meeting and a
    # lesson); the 31 March athletic event is outside.
    assert first_quarter == ProgrammeStatistics(activities_held=3, unique_people=3)
    assert one_day == ProgrammeStatistics(activities_held=1, unique_people=2)
    assert table[None] == overall and table[P.ARABIC_COURSES] == ProgrammeStatistics(3, 2)


def test_statistics_skip_deleted_activities_and_deleted_persons(db, admin, make_user,
                                                                families):
    f = families
    kept = _activity(db, admin, P.CASE_WORK, K.CONVERSATION, dt.date(2024, 2, 1))
    gone = _activity(db, admin, P.CASE_WORK, K.GROUP_TRAINING, dt.date(2024, 2, 2))
    run(db, admin, activities.set_attendance, kept, [f.man, f.father], today=TODAY)
    run(db, admin, activities.set_attendance, gone, [f.woman], today=TODAY)
    run(db, admin, activities.delete_activity, gone, confirmed=True)
    run(db, make_user(Role.SUPERVISOR), persons.delete_person, f.father)
    with db.session(admin) as session:
        figures = activities.programme_statistics(session, dt.date(2024, 1, 1),
                                                  dt.date(2024, 12, 31), P.CASE_WORK)
    assert figures == ProgrammeStatistics(activities_held=1, unique_people=1)


def test_a_period_that_ends_before_it_starts_is_refused(db, admin):
    with db.session(admin) as session, pytest.raises(InvalidInput) as refusal:
        activities.programme_statistics(session, dt.date(2024, 6, 30), dt.date(2024, 1, 1))
    assert refusal.value.problems == {"end": "before_start"}


# --- creating and correcting --------------------------------------------------------------

@pytest.mark.parametrize(("programme", "kind"), [
    (P.MOTHERS_CLUB, K.CHILDREN_EVENT), (P.MOTHERS_CLUB, K.INDIVIDUAL_CONSULTATION),
    (P.CHILDREN_EVENTS, K.CLUB_GROUP_SESSION), (P.ARABIC_COURSES, K.CONVERSATION),
    (P.CASE_WORK, K.CLUB_ONE_ON_ONE), (P.CASE_WORK, K.COURSE_LESSON)])
def test_a_kind_that_does_not_fit_the_programme_is_refused(db, admin, programme, kind):
    refusal = refused(db, admin, activities.create_activity, ActivityInput(
        programme=programme, kind=kind, held_on=dt.date(2024, 3, 1), title="Т"))
    assert refusal.problems["kind"] == "not_for_programme"


def test_every_programme_offers_its_own_kinds():
    assert activities.kinds_for(P.MOTHERS_CLUB) == (
        K.CLUB_GROUP_SESSION, K.CLUB_ONE_ON_ONE, K.ATHLETIC_EVENT)
    assert activities.kinds_for(P.ARABIC_COURSES) == (K.COURSE_LESSON,)
    assert K.CHILDREN_EVENT in activities.kinds_for(P.CHILDREN_EVENTS)
    assert set(activities.kinds_for(P.CASE_WORK)) >= {
        K.INDIVIDUAL_CONSULTATION, K.GROUP_TRAINING, K.THEOLOGICAL_LECTURE, K.CONVERSATION}


def test_lessons_need_a_live_course_and_other_kinds_take_none(db, admin):
    course = _course(db, admin)
    lesson = ActivityInput(programme=P.ARABIC_COURSES, kind=K.COURSE_LESSON,
                           held_on=dt.date(2024, 2, 1))
    assert refused(db, admin, activities.create_activity, lesson).problems == {
        "course_id": "required"}
    assert refused(db, admin, activities.create_activity, ActivityInput(
        programme=P.ARABIC_COURSES, kind=K.COURSE_LESSON, held_on=dt.date(2024, 2, 1),
        course_id=uuid.uuid4())).problems == {"course_id": "unknown"}
    assert refused(db, admin, activities.create_activity, ActivityInput(
        programme=P.ARABIC_COURSES, kind=K.COURSE_LESSON, held_on=dt.date(2023, 2, 1),
        course_id=course)).problems == {"held_on": "outside_course"}
    assert refused(db, admin, activities.create_activity, ActivityInput(
        programme=P.MOTHERS_CLUB, kind=K.CLUB_GROUP_SESSION, held_on=dt.date(2024, 2, 1),
        course_id=course)).problems == {"course_id": "not_for_kind"}


def test_all_problems_are_reported_at_once_and_text_is_trimmed(db, admin):
    refusal = refused(db, admin, activities.create_activity, ActivityInput(
        programme=P.CHILDREN_EVENTS, kind=K.CHILDREN_EVENT, held_on=None, title="  ",
        place="x" * 201))
    assert refusal.problems == {"held_on": "required", "title": "required",
                                "place": "too_long"}
    activity_id = _activity(db, admin, P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION,
                            dt.date(2024, 2, 1), title="  Встреча  ", place=" ")
    with db.session(admin) as session:
        view = activities.get_activity(session, activity_id)
    assert (view.title, view.place, view.present_count) == ("Встреча", None, 0)


def test_creation_and_correction_are_audited_with_the_changed_fields(db, admin):
    activity_id = _activity(db, admin, P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION,
                            dt.date(2024, 2, 1), title="Встреча")
    changed = run(db, admin, activities.update_activity, activity_id, ActivityInput(
        programme=P.MOTHERS_CLUB, kind=K.CLUB_ONE_ON_ONE, held_on=dt.date(2024, 2, 2),
        title="Встреча", facilitators="Сәрсенова Ә."), today=TODAY)
    assert changed == ["kind", "held_on", "facilitators"]
    with db.session() as session:
        events = session.execute(select(AuditEvent.action, AuditEvent.user_id,
                                        AuditEvent.detail)
                                 .where(AuditEvent.entity_id == str(activity_id))
                                 .order_by(AuditEvent.at)).all()
    assert [(a, u) for a, u, _ in events] == [(AuditAction.CREATED, admin.user_id),
                                              (AuditAction.UPDATED, admin.user_id)]
    assert json.loads(events[1][2])["fields"] == ["kind", "held_on", "facilitators"]


def test_an_activity_keeps_its_programme(db, admin):
    activity_id = _activity(db, admin, P.MOTHERS_CLUB, K.ATHLETIC_EVENT, dt.date(2024, 2, 1))
    refusal = refused(db, admin, activities.update_activity, activity_id, ActivityInput(
        programme=P.CASE_WORK, kind=K.ATHLETIC_EVENT, held_on=dt.date(2024, 2, 1)))
    assert refusal.problems == {"programme": "cannot_change"}


def test_an_activity_with_attendance_cannot_move_into_the_future(db, admin, families):
    activity_id = _activity(db, admin, P.CASE_WORK, K.CONVERSATION, dt.date(2024, 2, 1))
    run(db, admin, activities.set_attendance, activity_id, [families.man], today=TODAY)
    refusal = refused(db, admin, activities.update_activity, activity_id, ActivityInput(
        programme=P.CASE_WORK, kind=K.CONVERSATION, held_on=TODAY + dt.timedelta(days=3)),
        today=TODAY)
    assert refusal.problems == {"held_on": "in_future_with_attendance"}


# --- deleting ----------------------------------------------------------------------------------

def test_deleting_an_activity_with_attendance_asks_then_leaves_tombstones(db, admin, families):
    f = families
    june = run(db, admin, children_events.create_event, "День защиты детей",
               dt.date(2024, 6, 1), "Центр", None)
    run(db, admin, children_events.register_child, june, f.son, f.mother,
        dt.date(2024, 5, 1), today=TODAY)
    run(db, admin, children_events.register_child, june, f.daughter, f.mother, today=TODAY)
    run(db, admin, activities.set_attendance, june, [f.son], today=TODAY)

    refusal = refused(db, admin, activities.delete_activity, june)
    assert refusal.problems == {"activity": "has_attendance"}

    run(db, admin, activities.delete_activity, june, confirmed=True)
    with db.session() as session:
        activity = session.get(Activity, june)
        rows = session.scalars(select(Attendance).where(Attendance.activity_id == june)).all()
        registrations = session.scalars(select(EventRegistration).where(
            EventRegistration.activity_id == june)).all()
    assert activity.deleted_at is not None
    assert len(rows) == 1 and all(r.deleted_at is not None for r in rows)
    assert len(registrations) == 2 and all(r.deleted_at is not None for r in registrations)
    with db.session(admin) as session:
        assert activities.activities_of(session, P.CHILDREN_EVENTS) == ()
        with pytest.raises(NotFound):
            activities.get_activity(session, june)


def test_an_event_with_registrations_only_also_asks(db, admin, families):
    june = run(db, admin, children_events.create_event, "Праздник", dt.date(2024, 6, 1))
    run(db, admin, children_events.register_child, june, families.son, families.mother,
        today=TODAY)
    assert refused(db, admin, activities.delete_activity, june).problems == {
        "activity": "has_registrations"}


def test_an_activity_nobody_attended_is_deleted_without_asking(db, admin):
    activity_id = _activity(db, admin, P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION,
                            dt.date(2024, 2, 1))
    run(db, admin, activities.delete_activity, activity_id)
    with db.session() as session:
        assert session.get(Activity, activity_id).deleted_at is not None
        event_ = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.DELETED)).one()
    assert event_.entity_id == str(activity_id)


# --- the checklist and attendance -------------------------------------------------------------

def test_the_club_checklist_offers_members_of_that_day_and_anyone_already_present(
        db, admin, families):
    f = families
    run(db, admin, club.join_club, f.mother, dt.date(2023, 1, 1), today=TODAY)
    run(db, admin, club.join_club, f.grandmother, dt.date(2024, 4, 1), today=TODAY)
    leaver = run(db, admin, club.join_club, f.second_mother, dt.date(2023, 1, 1), today=TODAY)
    run(db, admin, club.leave_club, leaver, dt.date(2024, 2, 1), today=TODAY)
    meeting = _activity(db, admin, P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION, dt.date(2024, 3, 1))
    # A guest who is not a member may come too.
    run(db, admin, activities.set_attendance, meeting, [f.mother, f.woman], today=TODAY)
    with db.session(admin) as session:
        checklist = activities.expected_people(session, meeting)
    assert [(p.full_name, p.present, p.can_attend, p.reason) for p in checklist] == [
        ("Ахметова Айгерим", True, True, None),
        ("Касымова Жанар", True, True, "not_expected")]


def test_attendance_is_a_set_removed_ticks_are_tombstones_and_come_back(db, admin, families):
    f = families
    meeting = _activity(db, admin, P.CASE_WORK, K.GROUP_TRAINING, dt.date(2024, 3, 1))
    first = run(db, admin, activities.set_attendance, meeting, [f.man, f.father], today=TODAY)
    assert (first.added, first.removed, first.present_count) == (
        {f.man, f.father}, frozenset(), 2)
    with db.session() as session:
        row_id = session.scalar(select(Attendance.id).where(Attendance.person_id == f.man))

    second = run(db, admin, activities.set_attendance, meeting, [f.father, f.woman],
                 today=TODAY)
    assert (second.added, second.removed, second.present_count) == ({f.woman}, {f.man}, 2)
    with db.session() as session:
        assert session.get(Attendance, row_id).deleted_at is not None

    run(db, admin, activities.set_attendance, meeting, [f.man], today=TODAY)
    with db.session() as session:
        rows = session.execute(select(Attendance.person_id, Attendance.id,
                                      Attendance.deleted_at)
                               .where(Attendance.activity_id == meeting)).all()
    live = {person for person, _, deleted in rows if deleted is None}
    assert live == {f.man}
    # The (activity, person) pair is unique: the tombstoned row itself came back.
    assert [row_id] == [i for person, i, _ in rows if person == f.man]
    assert _count(db, Attendance) == 3

    unchanged = run(db, admin, activities.set_attendance, meeting, [f.man], today=TODAY)
    assert (unchanged.added, unchanged.removed) == (frozenset(), frozenset())
    with db.session() as session:
        audited = session.scalars(select(AuditEvent.detail).where(
            AuditEvent.action == AuditAction.UPDATED,
            AuditEvent.entity_id == str(meeting))).all()
    assert len(audited) == 3  # nothing to audit when nothing changed
    assert json.loads(audited[1])["attendance_removed"] == sorted(map(str, [f.man]))


def test_one_tick_at_a_time(db, admin, families):
    meeting = _activity(db, admin, P.CASE_WORK, K.CONVERSATION, dt.date(2024, 3, 1))
    run(db, admin, activities.set_present, meeting, families.man, True, today=TODAY)
    run(db, admin, activities.set_present, meeting, families.woman, True, today=TODAY)
    change = run(db, admin, activities.set_present, meeting, families.man, False, today=TODAY)
    assert (change.removed, change.present_count) == ({families.man}, 1)
    with db.session(admin) as session:
        assert [a.activity_id for a in activities.person_activities(
            session, families.woman)] == [meeting]
        assert activities.person_activities(session, families.man) == ()


def test_unknown_persons_and_activities_not_held_yet_are_refused(db, admin, families):
    meeting = _activity(db, admin, P.CASE_WORK, K.CONVERSATION, dt.date(2024, 3, 1))
    ghost = uuid.uuid4()
    refusal = refused(db, admin, activities.set_attendance, meeting, [families.man, ghost],
                      today=TODAY)
    assert refusal.problems == {"attendance": "unknown_person"}
    assert refusal.person_ids == {ghost}
    planned = _activity(db, admin, P.CASE_WORK, K.CONVERSATION, TODAY + dt.timedelta(days=1))
    assert refused(db, admin, activities.set_attendance, planned, [families.man],
                   today=TODAY).problems == {"attendance": "not_held_yet"}


def test_read_only_users_see_activities_but_change_nothing(db, admin, make_user, families):
    reader = make_user(Role.READ_ONLY)
    meeting = _activity(db, admin, P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION, dt.date(2024, 3, 1))
    data = ActivityInput(programme=P.MOTHERS_CLUB, kind=K.CLUB_GROUP_SESSION,
                         held_on=dt.date(2024, 3, 2))
    with db.session(reader) as session:
        assert activities.get_activity(session, meeting).held_on == dt.date(2024, 3, 1)
        assert activities.expected_people(session, meeting) == ()
        assert len(activities.activities_of(session, P.MOTHERS_CLUB)) == 1
    for use_case, args in ((activities.create_activity, (data,)),
                           (activities.update_activity, (meeting, data)),
                           (activities.delete_activity, (meeting,)),
                           (activities.set_attendance, (meeting, [families.mother])),
                           (activities.set_present, (meeting, families.mother, True))):
        refused(db, reader, use_case, *args, expected=NotPermitted)


def test_lists_are_newest_first_and_filter_by_period_and_course(db, admin):
    course = _course(db, admin)
    other = _course(db, admin)
    days = [dt.date(2024, 2, d) for d in (1, 8, 15)]
    mine = [run(db, admin, courses.add_lesson, course, day) for day in days]
    run(db, admin, courses.add_lesson, other, dt.date(2024, 2, 8))
    with db.session(admin) as session:
        listed = activities.activities_of(session, P.ARABIC_COURSES, course_id=course)
        window = activities.activities_of(session, P.ARABIC_COURSES, dt.date(2024, 2, 8),
                                          dt.date(2024, 2, 15))
        latest = activities.activities_of(session, P.ARABIC_COURSES, limit=1)
    assert [s.id for s in listed] == mine[::-1]
    assert [s.held_on for s in window] == [days[2], days[1], days[1]]
    assert [s.id for s in latest] == [mine[2]]


# --- speed ----------------------------------------------------------------------------------

def test_marking_two_hundred_people_takes_a_few_queries_not_one_per_person(db, admin):
    with db.session(admin) as session, session.begin():
        people = [Person(surname=f"Участница{n:03}", given_name="Тест", sex=Sex.FEMALE,
                         search_key=f"uchastnitsa{n:03}", sort_key=f"{n:03}")
                  for n in range(200)]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    meeting = _activity(db, admin, P.MOTHERS_CLUB, K.ATHLETIC_EVENT, dt.date(2024, 3, 1))
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        change = run(db, admin, activities.set_attendance, meeting, ids, today=TODAY)
        marked = len(statements)
        statements.clear()
        run(db, admin, activities.set_attendance, meeting, ids[100:] + ids[:50], today=TODAY)
        changed = len(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert change.present_count == 200
    assert marked <= 12 and changed <= 12, (marked, changed)
    assert _count(db, Attendance, Attendance.deleted_at.is_(None)) == 150
