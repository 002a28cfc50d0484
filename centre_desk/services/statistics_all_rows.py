"""The rows behind every figure of a half-year report at once, for the workbook
(reports.statistics_xlsx): the same lines, in the same order, as
``statistics_rows.rows_behind(..., limit=None)`` gives figure by figure, read in fewer
passes.

- **Activities**: the period's activities are read once with their present counts; a
  programme's are those of the programme and the meetings in facilities those held in
  one (each figure's list was its own query over the same activities).
- **People involved**: the period's attendance is grouped once by person and programme;
  a person's line over all sums their programmes' counts and keeps the last day (each
  programme's list, and the total, grouped the attendance again).
- Every other figure is read as ``rows_behind`` reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import Programme
from centre_desk.services import audit
from centre_desk.services.activities import present_count
from centre_desk.services.records import full_name
from centre_desk.services.statistics import (
    STATISTICS_PERMISSION, Figure, FigureKey, ReportScope, activities_held_where,
    check_scope, present_where)
from centre_desk.services.statistics_rows import ActivityLine, PersonLine, rows_behind
from centre_desk.store.models import Activity, Attendance, Person

Lines = tuple[PersonLine, ...] | tuple[ActivityLine, ...]


def _activities(session: Session, scope: ReportScope
                ) -> tuple[list[ActivityLine], list[ActivityLine]]:
    """The period's activities by day, and those held in facilities."""
    every, in_facilities = [], []
    for *values, held_in_facility in session.execute(
            select(Activity.id, Activity.held_on, Activity.programme, Activity.kind,
                   Activity.title, func.coalesce(Activity.facility, Activity.place),
                   present_count(), Activity.facility.is_not(None))
            .where(*activities_held_where(scope))
            .order_by(Activity.held_on, Activity.id)):
        line = ActivityLine(*values)
        every.append(line)
        if held_in_facility:
            in_facilities.append(line)
    return every, in_facilities


def _people(session: Session, scope: ReportScope
            ) -> tuple[list[PersonLine], dict[Programme, list[PersonLine]]]:
    """The people involved in name order, over all and per programme."""
    per = (select(Attendance.person_id, Activity.programme,
                  func.max(Activity.held_on).label("on"), func.count().label("activities"))
           .join(Activity, Activity.id == Attendance.activity_id)
           .where(*present_where(scope))
           .group_by(Attendance.person_id, Activity.programme).subquery())
    rows = session.execute(
        select(Person.id, Person.surname, Person.given_name, Person.patronymic,
               Person.birth_date, Person.region, per.c.programme, per.c.on,
               per.c.activities)
        .join(per, per.c.person_id == Person.id)
        .order_by(Person.sort_key, Person.id))
    every: list[PersonLine] = []
    of: dict[Programme, list[PersonLine]] = {programme: [] for programme in Programme}
    for person_id, surname, given, patronymic, birth, region, programme, on, count in rows:
        if every and every[-1].person_id == person_id:
            last = every[-1]
            every[-1] = PersonLine(person_id, last.full_name, birth, region,
                                   max(last.on, on), None, last.activities + count)
        else:
            every.append(PersonLine(person_id, full_name(surname, given, patronymic),
                                    birth, region, on, None, count))
        of[programme].append(PersonLine(person_id, every[-1].full_name, birth, region, on,
                                        None, count))
    return every, of


def all_rows_behind(session: Session, scope: ReportScope, figures: Iterable[Figure],
                    progress: Callable[[int, int], None] | None = None
                    ) -> dict[Figure, Lines]:
    """Every figure's lines; ``progress(figures read, figures)`` after each."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    figures = list(figures)
    F = FigureKey  # noqa: N806  (the enum class, short)
    activities = people = None
    rows: dict[Figure, Lines] = {}
    for done, figure in enumerate(figures, start=1):
        if figure.key in (F.ACTIVITIES_HELD, F.FACILITY_MEETINGS):
            activities = activities or _activities(session, scope)
            every, in_facilities = activities
            rows[figure] = tuple(
                in_facilities if figure.key is F.FACILITY_MEETINGS else every
                if figure.programme is None else
                (line for line in every if line.programme == figure.programme))
        elif figure.key is F.PEOPLE_INVOLVED:
            people = people or _people(session, scope)
            every, of = people
            rows[figure] = tuple(every if figure.programme is None else of[figure.programme])
        else:
            rows[figure] = rows_behind(session, scope, figure, limit=None)
        if progress is not None:
            progress(done, len(figures))
    return rows
