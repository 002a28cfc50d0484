"""Ages and the age groups children's events are planned and reported by."""

from __future__ import annotations

import datetime as dt
import enum


class AgeGroup(enum.StrEnum):
    """The age bands the children's events tab groups children into."""

    UNDER_6 = "under_6"
    AGE_6_9 = "age_6_9"
    AGE_10_13 = "age_10_13"
    AGE_14_17 = "age_14_17"
    ADULT = "adult"


ADULT_AGE = 18
"""From this birthday on a person is an adult, no longer a child at children's events."""

# The first age of each band, youngest first; a band runs up to the next one's first age.
_FIRST_AGES: tuple[tuple[int, AgeGroup], ...] = (
    (0, AgeGroup.UNDER_6), (6, AgeGroup.AGE_6_9), (10, AgeGroup.AGE_10_13),
    (14, AgeGroup.AGE_14_17), (ADULT_AGE, AgeGroup.ADULT))


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    """Full years of age on ``day``; None when the birth date is unknown or after ``day``.

    Someone born on 29 February turns a year older on 1 March in common years."""
    if birth is None or birth > day:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def group_of_age(age: int | None) -> AgeGroup | None:
    """The band an age in full years falls in; None for an unknown age."""
    if age is None or age < 0:
        return None
    group = AgeGroup.UNDER_6
    for first_age, band in _FIRST_AGES:
        if age >= first_age:
            group = band
    return group


def age_group(birth: dt.date | None, day: dt.date) -> AgeGroup | None:
    """The band a person born on ``birth`` is in on ``day``; None when unknown."""
    return group_of_age(age_on(birth, day))


def is_child_on(birth: dt.date | None, day: dt.date) -> bool | None:
    """Whether the person is under 18 on ``day``; None when the birth date is unknown."""
    age = age_on(birth, day)
    return None if age is None else age < ADULT_AGE
