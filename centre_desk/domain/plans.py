"""Pure rules of a weekly plan: which dates a rule falls on, and its weekdays' form."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator

DAY_MINUTES = 24 * 60
LONGEST_SESSION = 12 * 60
"""The longest session a plan may hold, in minutes."""


class OccurrenceStatus(enum.StrEnum):
    """What became of a planned occurrence."""

    PLANNED = "planned"
    """Today or later, not held yet."""
    HELD = "held"
    """Turned into an activity (which was not deleted)."""
    MISSED = "missed"
    """Its day has passed and no activity was recorded for it."""
    CANCELLED = "cancelled"
    """Cancelled on its own, or by a holiday."""


def weekdays_text(days: Iterable[int]) -> str:
    """ISO weekdays (1 = Monday … 7 = Sunday) as the stored digits, sorted, no repeats;
    ValueError for a day outside 1..7 or no day at all."""
    chosen = sorted(set(days))
    if not chosen or chosen[0] < 1 or chosen[-1] > 7:
        raise ValueError("weekdays")
    return "".join(str(day) for day in chosen)


def weekdays_of(text: str) -> tuple[int, ...]:
    """The ISO weekdays of the stored digits."""
    return tuple(int(c) for c in text if c in "1234567")


def rule_dates(weekdays: str, start_on: dt.date, end_on: dt.date | None,
               first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """The dates between ``first`` and ``last`` (both included) the rule falls on: its
    weekdays within its own start and (optional) end."""
    first = max(first, start_on)
    if end_on is not None:
        last = min(last, end_on)
    days = set(weekdays_of(weekdays))
    day = first
    while day <= last:
        if day.isoweekday() in days:
            yield day
        day += dt.timedelta(days=1)


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday and Sunday of the week ``day`` falls in."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)
