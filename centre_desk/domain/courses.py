"""Arabic course rules: who fits which group, what takes a place, how a student's
status may change, and what makes a course's details valid."""

from __future__ import annotations

import datetime as dt

from centre_desk.domain.enums import CourseGroup, EnrolmentStatus, Sex

CAPACITY_MIN = 1
CAPACITY_MAX = 200
"""A course has between CAPACITY_MIN and CAPACITY_MAX places."""

TEXT_LIMITS = {"title": 200, "level": 50, "teacher": 200, "schedule": 200}
"""The longest text each course field stores."""

GROUP_SEX: dict[CourseGroup, Sex] = {CourseGroup.MEN: Sex.MALE, CourseGroup.WOMEN: Sex.FEMALE}
"""Courses are held separately for men and for women: the sex each group admits."""

_E, _C, _D = EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED

ALLOWED: dict[EnrolmentStatus, frozenset[EnrolmentStatus]] = {
    # A student finishes the course or drops out.
    _E: frozenset({_C, _D}),
    # A drop-out may come back while there is a free place.
    _D: frozenset({_E}),
    # Completion is final: it dates the certificate, which may already be printed and
    # handed over. Studying again is a new enrolment in another course.
    _C: frozenset(),
}
"""Every status an enrolment may move to from each status; anything else is refused."""

TAKES_A_PLACE = frozenset({_E, _C})
"""Statuses that count against a course's capacity; a drop-out frees the place."""


def group_admits(group: CourseGroup, sex: Sex | None) -> bool:
    """Whether a person of this sex may join a course of this group (unknown: no)."""
    return sex is not None and GROUP_SEX[group] == sex


def group_for(sex: Sex) -> CourseGroup:
    """The group a person of this sex studies in."""
    return next(group for group, admitted in GROUP_SEX.items() if admitted == sex)


def can_change(from_: EnrolmentStatus, to: EnrolmentStatus) -> bool:
    """Whether the rule table allows moving an enrolment from one status to another."""
    return to in ALLOWED[from_]


def next_statuses(status: EnrolmentStatus) -> tuple[EnrolmentStatus, ...]:
    """The statuses an enrolment can move to now, in the enum's order."""
    return tuple(s for s in EnrolmentStatus if s in ALLOWED[status])


def takes_a_place(status: EnrolmentStatus) -> bool:
    """Whether an enrolment with this status counts against capacity."""
    return status in TAKES_A_PLACE


def places_left(capacity: int, taken: int) -> int:
    """Free places; never negative (a course synced in over capacity shows none)."""
    return max(0, capacity - taken)


def course_problems(title: str | None, group: object, starts_on: dt.date | None,
                    capacity: object, ends_on: dt.date | None = None,
                    texts: dict[str, str | None] | None = None) -> dict[str, str]:
    """Everything wrong with a course's details, as field → problem code.

    ``title`` required; ``group`` a CourseGroup; ``starts_on`` required; ``ends_on`` not
    before ``starts_on`` (a one-day course is allowed); ``capacity`` a whole number
    from CAPACITY_MIN to CAPACITY_MAX; ``texts`` (already trimmed) within TEXT_LIMITS.
    """
    problems: dict[str, str] = {}
    for name, text in {"title": title, **(texts or {})}.items():
        if text and len(text) > TEXT_LIMITS[name]:
            problems[name] = "too_long"
    if not title:
        problems["title"] = "required"
    if group not in set(CourseGroup):
        problems["group"] = "required" if group is None else "invalid"
    if starts_on is None:
        problems["starts_on"] = "required"
    elif ends_on is not None and ends_on < starts_on:
        problems["ends_on"] = "before_start"
    if capacity is None:
        problems["capacity"] = "required"
    elif (isinstance(capacity, bool) or not isinstance(capacity, int)
          or not CAPACITY_MIN <= capacity <= CAPACITY_MAX):
        problems["capacity"] = "course.out_of_range"
    return problems


def lesson_in_course(held_on: dt.date, starts_on: dt.date, ends_on: dt.date | None) -> bool:
    """Whether a lesson on ``held_on`` falls within the course's dates (both inclusive)."""
    return held_on >= starts_on and (ends_on is None or held_on <= ends_on)
