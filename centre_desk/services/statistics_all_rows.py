"""The rows behind every figure of a half-year report at once, for the workbook
(reports.statistics_xlsx), read in as few passes as the workbook's sheets need:

- **Activities**: the period's activities, once, by day; the programme's activities are
  those of its programme, the meetings in facilities those with a facility (the same
  lines ``statistics_rows.rows_behind`` gives each of those figures).
- **People involved**: the period's attendance grouped once by person, with how many
  activities of each programme they attended; the people behind a programme's figure
  are those with a count for it.
- Every other figure's lines as ``rows_behind`` reads them.

Rows are plain tuples, not dataclasses, and carry no ids: the workbook writes 80,000
of them for a half-year of a 100,000-person region, and building a UUID and a frozen
dataclass per row was a third of the reading. They are read on the session's connection
(SQLAlchemy Core): the ORM's handling of each row of columns cost a fifth more.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, Programme
from centre_desk.services import audit
from centre_desk.services.activities import present_count
from centre_desk.services.records import full_name
from centre_desk.services.statistics import (
    STATISTICS_PERMISSION, Figure, FigureKey, ReportScope, activities_held_where,
    check_scope, present_where)
from centre_desk.services.statistics_rows import ActivityLine, PersonLine, rows_behind
from centre_desk.store.models import Activity, Attendance, Person

ActivityRow = tuple[dt.date, Programme, ActivityKind, str | None, str | None, str | None, int]
"""(held on, programme, kind, title, facility, place, persons present)."""
PersonRow = tuple[str, dt.date | None, str | None, dt.date, int, tuple[int | None, ...]]
"""(full name, born, region, last came on, activities attended, activities attended of
each programme in ``Programme`` order: None where none)."""

ROWS_OF_THEIR_OWN = frozenset(FigureKey) - {
    FigureKey.ACTIVITIES_HELD, FigureKey.FACILITY_MEETINGS, FigureKey.PEOPLE_INVOLVED}
"""Figures whose rows the workbook lists on a sheet of the figure's own."""


@dataclasses.dataclass(frozen=True)
class WorkbookRows:
    """The period's activities and people involved, and the lines of every figure of
    ROWS_OF_THEIR_OWN."""

    activities: list[ActivityRow]
    people: list[PersonRow]
    lines: dict[Figure, tuple[PersonLine, ...] | tuple[ActivityLine, ...]]

    def count(self) -> int:
        return (len(self.activities) + len(self.people)
                + sum(len(lines) for lines in self.lines.values()))


def _activities(session: Session, scope: ReportScope) -> list[ActivityRow]:
    return [tuple(row) for row in session.connection().execute(
        select(Activity.held_on, Activity.programme, Activity.kind, Activity.title,
               Activity.facility, Activity.place, present_count())
        .where(*activities_held_where(scope))
        .order_by(Activity.held_on, Activity.id))]


def _people(session: Session, scope: ReportScope) -> list[PersonRow]:
    """The people involved in name order (as rows_behind lists them)."""
    per = (select(Attendance.person_id, func.max(Activity.held_on).label("on"),
                  func.count().label("activities"),
                  *(func.sum(case((Activity.programme == programme, 1)))
                    .label(programme.value) for programme in Programme))
           .join(Activity, Activity.id == Attendance.activity_id)
           .where(*present_where(scope))
           .group_by(Attendance.person_id).subquery())
    rows = session.connection().execute(
        select(Person.surname, Person.given_name, Person.patronymic, Person.birth_date,
               Person.region, per.c.on, per.c.activities,
               *(per.c[programme.value] for programme in Programme))
        .join(per, per.c.person_id == Person.id)
        .order_by(Person.sort_key, Person.id))
    return [(full_name(surname, given, patronymic), born, region, on, count, tuple(of))
            for surname, given, patronymic, born, region, on, count, *of in rows]


def workbook_rows(session: Session, scope: ReportScope, figures: Iterable[Figure],
                  progress: Callable[[int, int], None] | None = None) -> WorkbookRows:
    """The rows behind ``figures``; ``progress(parts read, parts)`` after each."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    own = [figure for figure in figures if figure.key in ROWS_OF_THEIR_OWN]
    parts = len(own) + 2
    activities = _activities(session, scope)
    if progress is not None:
        progress(1, parts)
    people = _people(session, scope)
    if progress is not None:
        progress(2, parts)
    lines = {}
    for done, figure in enumerate(own, start=3):
        lines[figure] = rows_behind(session, scope, figure, limit=None)
        if progress is not None:
            progress(done, parts)
    return WorkbookRows(activities, people, lines)
