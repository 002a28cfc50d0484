"""Arabic course rules: groups and sex, places, the enrolment status table, details."""

import datetime as dt

import pytest

from centre_desk.domain import courses as rules
from centre_desk.domain.enums import CourseGroup, EnrolmentStatus, Sex

E, C, D = EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED
START = dt.date(2024, 2, 1)


@pytest.mark.parametrize(("group", "sex", "admitted"), [
    (CourseGroup.MEN, Sex.MALE, True), (CourseGroup.MEN, Sex.FEMALE, False),
    (CourseGroup.WOMEN, Sex.FEMALE, True), (CourseGroup.WOMEN, Sex.MALE, False),
    (CourseGroup.MEN, None, False), (CourseGroup.WOMEN, None, False)])
def test_a_group_admits_only_its_own_sex(group, sex, admitted):
    assert rules.group_admits(group, sex) is admitted


def test_each_sex_has_its_group():
    assert rules.group_for(Sex.MALE) is CourseGroup.MEN
    assert rules.group_for(Sex.FEMALE) is CourseGroup.WOMEN


# Every pair of statuses, walked against the table: what the table promises.
_EXPECTED = {(E, C), (E, D), (D, E)}


@pytest.mark.parametrize("from_", list(EnrolmentStatus))
@pytest.mark.parametrize("to", list(EnrolmentStatus))
def test_status_changes_follow_the_table(from_, to):
    assert rules.can_change(from_, to) is ((from_, to) in _EXPECTED)


def test_completion_is_final_and_a_drop_out_may_come_back():
    assert rules.next_statuses(C) == ()
    assert rules.next_statuses(D) == (E,)
    assert rules.next_statuses(E) == (C, D)


def test_drop_outs_free_their_place():
    assert [rules.takes_a_place(s) for s in (E, C, D)] == [True, True, False]
    assert rules.places_left(10, 7) == 3
    assert rules.places_left(10, 12) == 0


def test_valid_details_have_no_problems():
    assert rules.course_problems("Арабская грамота", CourseGroup.MEN, START, 20,
                                 START + dt.timedelta(days=90)) == {}
    # A one-day course ends the day it starts.
    assert rules.course_problems("Интенсив", CourseGroup.WOMEN, START, 1, START) == {}


@pytest.mark.parametrize(("capacity", "problem"), [
    (0, "course.out_of_range"), (201, "course.out_of_range"), (-5, "course.out_of_range"),
    (None, "required"), (True, "course.out_of_range"), ("20", "course.out_of_range"),
    (1, None), (200, None)])
def test_capacity_is_a_whole_number_from_1_to_200(capacity, problem):
    problems = rules.course_problems("Курс", CourseGroup.MEN, START, capacity)
    assert problems.get("capacity") == problem


def test_every_problem_is_reported():
    problems = rules.course_problems(None, "children", None, 0, START,
                                     {"level": "x" * 51, "teacher": None})
    assert problems == {"title": "required", "group": "invalid", "starts_on": "required",
                        "capacity": "course.out_of_range", "level": "too_long"}
    assert rules.course_problems("Курс", None, START, 5, START - dt.timedelta(days=1)) == {
        "group": "required", "ends_on": "before_start"}
    assert rules.course_problems("x" * 201, CourseGroup.MEN, START, 5) == {
        "title": "too_long"}


def test_lessons_fall_within_the_course_dates_both_ends_included():
    end = START + dt.timedelta(days=30)
    assert rules.lesson_in_course(START, START, end)
    assert rules.lesson_in_course(end, START, end)
    assert not rules.lesson_in_course(START - dt.timedelta(days=1), START, end)
    assert not rules.lesson_in_course(end + dt.timedelta(days=1), START, end)
    assert rules.lesson_in_course(end + dt.timedelta(days=400), START, None)
