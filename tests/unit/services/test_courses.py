"""Arabic courses: course details, enrolment by group and capacity, status changes, lessons,
the register grid and the completion certificate."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event, select

from centre_desk.domain.enums import (
    AuditAction, CourseGroup, EnrolmentStatus, Language, Programme, Role, Sex)
from centre_desk.services import activities, courses, persons
from centre_desk.services.courses import CourseInput
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.persons import PersonInput
from centre_desk.store.models import Activity, Attendance, AuditEvent, Course, Enrolment, Person
from tests.unit.services.test_activities import TODAY, build_families, refused, run

E, C, D = EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED
STARTS = dt.date(2024, 2, 1)
WOMEN = CourseInput(title="Арабская грамота — женская группа №1", group=CourseGroup.WOMEN,
                    starts_on=STARTS, ends_on=dt.date(2024, 6, 30), capacity=2,
                    level="Начальный", teacher="Нурланова Айгуль", schedule="Вт, Чт 10:00")


@pytest.fixture
def f(db, admin):
    return build_families(db, admin)


@pytest.fixture
def course(db, admin):
    return run(db, admin, courses.create_course, WOMEN)


def _enrol(db, actor, course_id, person_id, on=dt.date(2024, 1, 25)):
    return run(db, actor, courses.enrol, course_id, person_id, on, today=TODAY)


def _status(db, actor, enrolment, status, on=dt.date(2024, 6, 30)):
    return run(db, actor, courses.set_enrolment_status, enrolment, status, on, today=TODAY)


# --- the course -------------------------------------------------------------------------------

def test_a_course_is_created_with_trimmed_details_and_audited(db, admin):
    course_id = run(db, admin, courses.create_course,
                    dataclasses.replace(WOMEN, title="  Курс  ", teacher=" "))
    with db.session(admin) as session:
        view = courses.get_course(session, course_id)
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "course")).one()
    assert (view.title, view.teacher, view.capacity, view.taken, view.places_left,
            view.lessons, view.active) == ("Курс", None, 2, 0, 2, 0, True)
    assert (event.action, event.user_id) == (AuditAction.CREATED, admin.user_id)


@pytest.mark.parametrize(("change", "problems"), [
    ({"title": " "}, {"title": "required"}),
    ({"capacity": 0}, {"capacity": "course.out_of_range"}),
    ({"capacity": 201}, {"capacity": "course.out_of_range"}),
    ({"ends_on": STARTS - dt.timedelta(days=1)}, {"ends_on": "before_start"}),
    ({"group": None, "starts_on": None}, {"group": "required", "starts_on": "required"}),
])
def test_course_details_are_checked(db, admin, change, problems):
    assert refused(db, admin, courses.create_course,
                   dataclasses.replace(WOMEN, **change)).problems == problems


def test_a_course_cannot_shrink_below_its_students_change_group_under_them_or_lose_lessons(
        db, admin, f, course):
    _enrol(db, admin, course, f.mother)
    _enrol(db, admin, course, f.woman)
    run(db, admin, courses.add_lesson, course, dt.date(2024, 3, 5))
    refusal = refused(db, admin, courses.update_course, course, dataclasses.replace(
        WOMEN, capacity=1, group=CourseGroup.MEN, starts_on=dt.date(2024, 3, 6),
        ends_on=dt.date(2024, 3, 6)))
    assert refusal.problems == {"capacity": "course.below_taken", "group": "course.has_students",
                                "starts_on": "course.after_first_lesson"}
    assert refused(db, admin, courses.update_course, course, dataclasses.replace(
        WOMEN, ends_on=dt.date(2024, 3, 4))).problems == {"ends_on": "course.before_last_lesson"}
    changed = run(db, admin, courses.update_course, course, dataclasses.replace(
        WOMEN, capacity=12, schedule="Ср 15:00", active=False))
    assert changed == ["capacity", "schedule", "active"]


def test_deleting_a_course_with_students_asks_then_tombstones_everything(db, admin, f, course):
    enrolment = _enrol(db, admin, course, f.mother)
    lesson = run(db, admin, courses.add_lesson, course, dt.date(2024, 3, 5))
    run(db, admin, activities.set_attendance, lesson, [f.mother], today=TODAY)
    assert refused(db, admin, courses.delete_course, course).problems == {
        "course": "course.has_enrolments"}
    run(db, admin, courses.delete_course, course, confirmed=True)
    with db.session() as session:
        rows = [session.get(Course, course), session.get(Enrolment, enrolment),
                session.get(Activity, lesson),
                session.scalars(select(Attendance).where(Attendance.activity_id == lesson)).one()]
    assert all(row.deleted_at is not None for row in rows)
    with db.session(admin) as session, pytest.raises(NotFound):
        courses.get_course(session, course)


def test_a_course_with_lessons_only_also_asks(db, admin, course):
    run(db, admin, courses.add_lesson, course, dt.date(2024, 3, 5))
    assert refused(db, admin, courses.delete_course, course).problems == {
        "course": "course.has_lessons"}


# --- enrolment --------------------------------------------------------------------------------

def test_a_man_cannot_join_the_womens_group_nor_a_woman_the_mens(db, admin, f, course):
    men = run(db, admin, courses.create_course,
              dataclasses.replace(WOMEN, title="Мужская группа", group=CourseGroup.MEN))
    assert refused(db, admin, courses.enrol, course, f.man, dt.date(2024, 1, 25),
                   today=TODAY).problems == {"person": "course.wrong_group"}
    assert refused(db, admin, courses.enrol, men, f.woman, dt.date(2024, 1, 25),
                   today=TODAY).problems == {"person": "course.wrong_group"}
    assert _enrol(db, admin, men, f.man)


def test_a_person_whose_sex_is_not_recorded_cannot_be_placed_in_a_group(db, admin, f, course):
    assert refused(db, admin, courses.enrol, course, f.unknown_sex, dt.date(2024, 1, 25),
                   today=TODAY).problems == {"person": "course.sex_unknown"}


def test_a_full_course_refuses_and_a_drop_out_frees_a_place(db, admin, f, course):
    first = _enrol(db, admin, course, f.mother)
    _enrol(db, admin, course, f.woman)
    assert refused(db, admin, courses.enrol, course, f.grandmother, dt.date(2024, 1, 25),
                   today=TODAY).problems == {"course": "course.full"}
    # Completing keeps the place (capacity counts enrolled and completed).
    _status(db, admin, first, C)
    assert refused(db, admin, courses.enrol, course, f.grandmother, dt.date(2024, 1, 25),
                   today=TODAY).problems == {"course": "course.full"}
    second = _enrol_view(db, admin, course, f.woman)
    _status(db, admin, second, D, dt.date(2024, 3, 1))
    assert _enrol(db, admin, course, f.grandmother)
    # The drop-out cannot come back while the course is full again.
    assert refused(db, admin, courses.set_enrolment_status, second, E, dt.date(2024, 3, 2),
                   today=TODAY).problems == {"course": "course.full"}
    with db.session(admin) as session:
        view = courses.get_course(session, course)
    assert (view.taken, view.places_left) == (2, 0)


def _enrol_view(db, actor, course_id, person_id):
    with db.session(actor) as session:
        return next(e.enrolment_id for e in courses.enrolments(session, course_id)
                    if e.person_id == person_id)


def test_a_person_is_enrolled_once_per_course(db, admin, f, course):
    enrolment = _enrol(db, admin, course, f.mother)
    assert refused(db, admin, courses.enrol, course, f.mother, dt.date(2024, 2, 1),
                   today=TODAY).problems == {"person": "course.already_enrolled"}
    _status(db, admin, enrolment, D, dt.date(2024, 3, 1))
    assert refused(db, admin, courses.enrol, course, f.mother, dt.date(2024, 2, 1),
                   today=TODAY).problems == {"person": "course.already_enrolled"}


def test_a_closed_course_takes_no_students_and_enrolment_is_not_future_dated(db, admin, f):
    closed = run(db, admin, courses.create_course, dataclasses.replace(WOMEN, active=False))
    assert refused(db, admin, courses.enrol, closed, f.mother, dt.date(2024, 1, 25),
                   today=TODAY).problems == {"course": "course.not_active"}
    open_ = run(db, admin, courses.create_course, WOMEN)
    assert refused(db, admin, courses.enrol, open_, f.mother, TODAY + dt.timedelta(days=1),
                   today=TODAY).problems == {"enrolled_on": "course.enrolled_in_future"}


def test_status_changes_follow_the_rule_table(db, admin, f, course):
    enrolment = _enrol(db, admin, course, f.mother)
    assert refused(db, admin, courses.set_enrolment_status, enrolment, C,
                   dt.date(2024, 1, 1), today=TODAY).problems == {"on": "course.before_enrolment"}
    assert refused(db, admin, courses.set_enrolment_status, enrolment, C,
                   TODAY + dt.timedelta(days=1), today=TODAY).problems == {"on": "in_future"}
    assert _status(db, admin, enrolment, C) is True
    assert _status(db, admin, enrolment, C) is False  # already completed: nothing to do
    for target in (E, D):
        assert refused(db, admin, courses.set_enrolment_status, enrolment, target,
                       dt.date(2024, 7, 1), today=TODAY).problems == {
                           "status": "course.not_allowed"}
    with db.session(admin) as session:
        (view,) = courses.enrolments(session, course)
        (on_file,) = courses.student_courses(session, f.mother)
    assert (view.status, view.certificate_on, view.next_statuses) == (
        C, dt.date(2024, 6, 30), ())
    assert (on_file.course_title, on_file.status) == (WOMEN.title, C)


# --- lessons and the register -----------------------------------------------------------------

def test_lessons_are_activities_of_the_course_within_its_dates(db, admin, course):
    assert refused(db, admin, courses.add_lesson, course, dt.date(2024, 7, 1)).problems == {
        "held_on": "outside_course"}
    lesson = run(db, admin, courses.add_lesson, course, dt.date(2024, 2, 6), "Алфавит")
    with db.session(admin) as session:
        view = activities.get_activity(session, lesson)
    assert (view.programme, view.course_id, view.facilitators, view.notes) == (
        Programme.ARABIC_COURSES, course, "Нурланова Айгуль", "Алфавит")


def test_the_register_grid_marks_cells_and_refuses_drop_outs(db, admin, f, course):
    stays = _enrol(db, admin, course, f.mother)
    leaves = _enrol(db, admin, course, f.woman)
    lessons = [run(db, admin, courses.add_lesson, course, day)
               for day in (dt.date(2024, 2, 8), dt.date(2024, 2, 6))]
    run(db, admin, courses.set_register_cell, lessons[1], f.woman, True, today=TODAY)
    run(db, admin, courses.set_register_cell, lessons[1], f.mother, True, today=TODAY)
    run(db, admin, courses.set_register_cell, lessons[0], f.mother, True, today=TODAY)
    _status(db, admin, leaves, D, dt.date(2024, 2, 7))
    refusal = refused(db, admin, courses.set_register_cell, lessons[0], f.woman, True,
                      today=TODAY)
    assert refusal.problems == {"attendance": "not_expected"}
    assert refused(db, admin, courses.set_register_cell, lessons[0], f.man, True,
                   today=TODAY).problems == {"attendance": "not_expected"}
    with db.session(admin) as session:
        grid = courses.register_grid(session, course)
        checklist = activities.expected_people(session, lessons[1])
    assert [(s.enrolment_id, s.name, s.status) for s in grid.students] == [
        (stays, "Ахметова Айгерим", E), (leaves, "Касымова Жанар", D)]
    assert [lesson.held_on for lesson in grid.lessons] == [dt.date(2024, 2, 6),
                                                           dt.date(2024, 2, 8)]
    assert grid.present == {(f.mother, lessons[1]), (f.woman, lessons[1]),
                            (f.mother, lessons[0])}
    assert grid.is_present(f.woman, lessons[1]) and not grid.is_present(f.woman, lessons[0])
    # The drop-out's earlier tick stays on the checklist, flagged as not expected.
    assert [(p.full_name, p.present, p.reason) for p in checklist] == [
        ("Ахметова Айгерим", True, None), ("Касымова Жанар", True, "not_expected")]


def test_a_register_of_30_students_by_40_lessons_reads_in_a_few_queries(db, admin):
    """Not one query per student or lesson (the time it takes is measured by
    tests/perf/test_programmes_benchmark.py)."""
    course_id = run(db, admin, courses.create_course, dataclasses.replace(
        WOMEN, capacity=30, starts_on=dt.date(2024, 1, 1), ends_on=dt.date(2024, 12, 31)))
    with db.session(admin) as session, session.begin():
        women = [Person(surname=f"Студентка{n:02}", given_name="Тест", sex=Sex.FEMALE,
                        search_key=f"studentka{n:02}", sort_key=f"{n:02}") for n in range(30)]
        session.add_all(women)
        session.flush()
        ids = [w.id for w in women]
    for person_id in ids:
        _enrol(db, admin, course_id, person_id, dt.date(2024, 1, 1))
    lessons = [run(db, admin, courses.add_lesson, course_id,
                   dt.date(2024, 1, 2) + dt.timedelta(days=7 * n)) for n in range(40)]
    for lesson in lessons:
        run(db, admin, activities.set_attendance, lesson, ids[::2], today=TODAY)
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *_args: statements.append(1))
    with db.session(admin) as session:
        grid = courses.register_grid(session, course_id)
    assert (len(grid.students), len(grid.lessons), len(grid.present)) == (30, 40, 600)
    assert len(statements) <= 6, len(statements)


# --- the certificate --------------------------------------------------------------------------

def test_a_certificate_is_only_for_a_completed_course(db, admin, course):
    student = run(db, admin, persons.create_person, PersonInput(
        surname="Сәрсенова", given_name="Әлия", sex=Sex.FEMALE, language=Language.KAZAKH))
    enrolment = _enrol(db, admin, course, student)
    with db.session(admin) as session, pytest.raises(InvalidInput) as refusal:
        courses.certificate_data(session, enrolment)
    assert refusal.value.problems == {"enrolment": "course.not_completed"}
    _status(db, admin, enrolment, C, dt.date(2024, 6, 28))
    with db.session(admin) as session:
        data = courses.certificate_data(session, enrolment)
    assert (data.full_name, data.language, data.course_title, data.level, data.group,
            data.teacher, data.starts_on, data.ends_on, data.certificate_on,
            data.centre_name) == (
        "Сәрсенова Әлия", Language.KAZAKH, WOMEN.title, "Начальный", CourseGroup.WOMEN,
        "Нурланова Айгуль", STARTS, dt.date(2024, 6, 30), dt.date(2024, 6, 28),
        "Центр «Ақниет»")
    run(db, admin, courses.certificate_printed, enrolment)
    with db.session() as session:
        actions = session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == str(enrolment)).order_by(AuditEvent.seq)).all()
        assert actions[-1] is AuditAction.PRINTED


def test_read_only_users_see_courses_but_change_nothing(db, admin, make_user, f, course):
    reader = make_user(Role.READ_ONLY)
    enrolment = _enrol(db, admin, course, f.mother)
    lesson = run(db, admin, courses.add_lesson, course, dt.date(2024, 2, 6))
    with db.session(reader) as session:
        assert courses.get_course(session, course).taken == 1
        assert len(courses.register_grid(session, course).students) == 1
    for use_case, args in (
            (courses.create_course, (WOMEN,)), (courses.update_course, (course, WOMEN)),
            (courses.delete_course, (course,)),
            (courses.enrol, (course, f.woman, dt.date(2024, 1, 25))),
            (courses.set_enrolment_status, (enrolment, D, dt.date(2024, 3, 1))),
            (courses.add_lesson, (course, dt.date(2024, 2, 8))),
            (courses.set_register_cell, (lesson, f.mother, True))):
        refused(db, reader, use_case, *args, expected=NotPermitted)
