"""The ministry's half-year statistics: the figures, the rows behind each, the chart data.

What each figure counts (also shown in the statistics window and the report's notes):

- The period includes both of its days (by default the current half-year).
- **Activities held**: live activities held in the period, per programme and in all.
- **People involved**: live persons present at those activities, each once; someone who
  came to two programmes counts once in the total and once under each. Children
  present at children's events are people involved.
- **Meetings in facilities**: activities held in a penal facility; **inmates involved**:
  persons present at them whose case was an inmate's on the day (services.categories).
- **Rehabilitated** / **inmates who renounced radical views**: persons whose case reached
  that stage in the period and did not relapse after it within the period; for
  renunciation, the case was an inmate's on the day. Rehabilitated counts approved
  outcomes only: the stage change is written when a second supervisor approves the
  request (services.approvals); a request still waiting counts nowhere.
- **Returnees** and their **children in the register**: services.statistics_returnees.
- **Courses completed**: certificates dated in the period; **placements made**: those
  that became "placed" in it.

Narrowing:

- a **facility** narrows activities to those held in it, and outcomes to persons whose
  live case names it (for a stage, the case that reached it);
- a **region** narrows activities (and the people present) to those recorded by a centre
  of the region (this site's or, for a peer's records, the peer's), and outcomes to live
  persons living in the region.

Every figure is an SQL aggregate, the period's activities and attendance read from the
covering indexes of migrations 0003 and 0021 (the people, by programme and the inmates in
facilities, in one pass; the two outcomes in one pass over the period's stage changes);
a count never reads what only the rows behind it show (days, facilities, partners). The
rows behind each figure are in ``statistics_rows``; both build on ``statistics_where``
(ReportScope, ``*_where``, ``reached_stage``), whose names this module also offers.

Refusals: ``InvalidInput({"end": "before_start"})``; ``NotPermitted`` for users without
``STATISTICS_PERMISSION``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import (
    AuditAction, PlacementKind, PlacementStatus, Programme, Stage)
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.statistics_where import (  # noqa: F401  (shared, re-exported)
    ReportScope, activities_held_where, attendees_where, check_scope, courses_completed,
    inmate_on_the_day, people_where, placements_placed, placements_placed_by_kind,
    present_where, reached_counts, reached_stage)
from centre_desk.store.bulk import memory_mapped
from centre_desk.store.models import Activity, Attendance, Case, Placement

STATISTICS_PERMISSION = Permission.PRINT_FULL_FILE
"""The figures open onto lists of named participants, so, like full participant files,
they are for supervisors and administrators."""

def half_year(day: dt.date) -> tuple[dt.date, dt.date]:
    """The half-year holding ``day``: 1 Jan-30 Jun or 1 Jul-31 Dec."""
    if day.month <= 6:
        return dt.date(day.year, 1, 1), dt.date(day.year, 6, 30)
    return dt.date(day.year, 7, 1), dt.date(day.year, 12, 31)


def current_scope(today: dt.date | None = None) -> ReportScope:
    """The current half-year, all facilities and regions."""
    return ReportScope(*half_year(today or dt.date.today()))


class FigureKey(enum.StrEnum):
    """The figures the ministry publishes, plus courses and placements."""

    REHABILITATED = "rehabilitated"
    ACTIVITIES_HELD = "activities_held"
    PEOPLE_INVOLVED = "people_involved"
    FACILITY_MEETINGS = "facility_meetings"
    INMATES_INVOLVED = "inmates_involved"
    INMATES_RENOUNCED = "inmates_renounced"
    COURSES_COMPLETED = "courses_completed"
    PLACEMENTS_MADE = "placements_made"
    RETURNEES = "returnees"
    RETURNEE_CHILDREN = "returnee_children"


ACTIVITY_FIGURES = frozenset({FigureKey.ACTIVITIES_HELD, FigureKey.FACILITY_MEETINGS})
"""Figures that count activities; the others count people (or their courses, placements)."""


@dataclasses.dataclass(frozen=True)
class Figure:
    """One line of the report: a figure, for one programme or kind of help when set."""

    key: FigureKey
    value: int
    programme: Programme | None = None
    placement_kind: PlacementKind | None = None

    @property
    def counts_activities(self) -> bool:
        """Whether the rows behind it are activities (else people)."""
        return self.key in ACTIVITY_FIGURES


@dataclasses.dataclass(frozen=True)
class MonthCount:
    """Activities of one programme held in one month."""

    year: int
    month: int
    programme: Programme
    activities: int


@dataclasses.dataclass(frozen=True)
class HalfYearReport:
    """Everything the statistics view, the exports and the command show."""

    scope: ReportScope
    figures: tuple[Figure, ...]
    activities_by_month: tuple[MonthCount, ...]
    participants_by_stage: tuple[tuple[Stage, int], ...]
    placements_by_kind_and_status: tuple[tuple[PlacementKind, PlacementStatus, int], ...]

    def value(self, key: FigureKey, programme: Programme | None = None,
              placement_kind: PlacementKind | None = None) -> int:
        """One figure's value (0 when the report has no such line)."""
        return next((f.value for f in self.figures if (f.key, f.programme, f.placement_kind)
                     == (key, programme, placement_kind)), 0)


# --- the figures -------------------------------------------------------------------------------

def _count(session: Session, statement: Select) -> int:
    return session.scalar(select(func.count()).select_from(statement.subquery())) or 0


def _people(session: Session, scope: ReportScope) -> tuple[int, dict[Programme, int], int]:
    """People involved, over all and per programme, and the inmates present at meetings
    held in facilities, in one pass over the period's attendance read from the covering
    indexes (migrations 0003, 0021): each person is one group that notes the programmes
    they came to and whether they came to a facility as an inmate on the day. Only a
    facility's attendance looks up the attendee's cases (the AND stops short)."""
    came = [func.max(case((Activity.programme == programme, 1), else_=0)).label(programme)
            for programme in Programme]
    inmate = func.max(case((and_(Activity.facility.is_not(None), inmate_on_the_day()), 1),
                           else_=0)).label("inmate")
    per_person = (select(Attendance.person_id, *came, inmate)
                  .join(Activity, Activity.id == Attendance.activity_id)
                  .where(*present_where(scope))
                  .group_by(Attendance.person_id).subquery())
    total, *per_programme, inmates = session.execute(select(
        func.count(), *(func.coalesce(func.sum(per_person.c[p]), 0) for p in Programme),
        func.coalesce(func.sum(per_person.c.inmate), 0))).one()
    return total, dict(zip(Programme, per_programme)), inmates


def _activities(session: Session,
                scope: ReportScope) -> tuple[list[MonthCount], int]:
    """Activities per month and programme, and the meetings held in facilities.
    Counted per day in SQL from the covering index, in one pass, and the few hundred
    days summed into months here: strftime() on every activity to group by month costs
    six times as much (45 ms against 7 ms for a half-year)."""
    months: dict[tuple[int, int, Programme], int] = {}
    meetings = 0
    in_facility = Activity.facility.is_not(None)
    for day, programme, held_in_facility, count in session.execute(
            select(Activity.held_on, Activity.programme, in_facility, func.count())
            .where(*activities_held_where(scope))
            .group_by(Activity.held_on, Activity.programme, in_facility)):
        key = (day.year, day.month, programme)
        months[key] = months.get(key, 0) + count
        meetings += count if held_in_facility else 0
    return [MonthCount(y, m, programme, count)
            for (y, m, programme), count in sorted(months.items())], meetings


def _case_where(scope: ReportScope) -> list[ColumnElement[bool]]:
    wanted = people_where(dataclasses.replace(scope, facility=None), Case.person_id)
    return wanted if scope.facility is None else [*wanted, Case.facility == scope.facility]


def _participants_by_stage(session: Session,
                           scope: ReportScope) -> tuple[tuple[Stage, int], ...]:
    """Persons with a live case, per stage. Grouped by coalesce(stage) so that SQLite
    reads the cases from the covering index of migration 0020 rather than through the
    index by stage, a lookup of the case's row each (12 ms against 20 ms)."""
    stage = func.coalesce(Case.stage, Case.stage)
    counts = dict(session.execute(
        select(stage, func.count(distinct(Case.person_id)))
        .where(Case.deleted_at.is_(None), *_case_where(scope))
        .group_by(stage)).all())
    return tuple((stage, counts.get(stage, 0)) for stage in Stage)


def _placements_by_kind_and_status(
        session: Session, scope: ReportScope
) -> tuple[tuple[PlacementKind, PlacementStatus, int], ...]:
    counts = {(kind, status): count for kind, status, count in session.execute(
        select(Placement.kind, Placement.status, func.count())
        .where(Placement.deleted_at.is_(None), *people_where(scope, Placement.person_id))
        .group_by(Placement.kind, Placement.status))}
    return tuple((kind, status, counts.get((kind, status), 0))
                 for kind in PlacementKind for status in PlacementStatus)


@contextlib.contextmanager
def _pages_mapped(session: Session) -> Iterator[None]:
    """A plain SQLite database memory-mapped meanwhile, as for the sync export: the
    period's attendance is read through its index by activity, in no order, and each
    page missing from the small page cache was a system call and a copy (about 8 % of
    the figures' CPU time at 100,000 persons). Set back after; SQLCipher maps nothing."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    with memory_mapped(connection.exec_driver_sql):
        yield


def half_year_report(session: Session, scope: ReportScope | None = None) -> HalfYearReport:
    """The figures and chart data for ``scope`` (default: the current half-year)."""
    audit.require(session, STATISTICS_PERMISSION)
    scope = scope or current_scope()
    check_scope(scope)
    with _pages_mapped(session):
        return _report(session, scope)


def _report(session: Session, scope: ReportScope) -> HalfYearReport:
    months, meetings = _activities(session, scope)
    held = dict.fromkeys(Programme, 0)
    for month in months:
        held[month.programme] += month.activities
    people, people_of, inmates = _people(session, scope)
    placed = dict(session.execute(placements_placed_by_kind(scope)).all())
    rehabilitated, renounced = session.execute(reached_counts(scope)).one()
    F = FigureKey  # noqa: N806  (the enum class, short)
    figures = [Figure(F.REHABILITATED, rehabilitated),
               Figure(F.ACTIVITIES_HELD, sum(held.values())),
               Figure(F.PEOPLE_INVOLVED, people)]
    for programme in Programme:
        figures += [Figure(F.ACTIVITIES_HELD, held[programme], programme),
                    Figure(F.PEOPLE_INVOLVED, people_of[programme], programme)]
    figures += [Figure(F.FACILITY_MEETINGS, meetings), Figure(F.INMATES_INVOLVED, inmates),
                Figure(F.INMATES_RENOUNCED, renounced),
                Figure(F.COURSES_COMPLETED, _count(session, courses_completed(scope)))]
    figures += [Figure(F.PLACEMENTS_MADE, placed.get(kind, 0), placement_kind=kind)
                for kind in PlacementKind]
    from centre_desk.services import statistics_returnees  # it builds on this module
    figures += statistics_returnees.figures(session, scope)
    return HalfYearReport(scope, tuple(figures), tuple(months),
                          _participants_by_stage(session, scope),
                          _placements_by_kind_and_status(session, scope))


# --- choices and the audit trail ---------------------------------------------------------------

def facilities(session: Session) -> list[str]:
    """Facilities named on live cases, for the facility filter (the activities held in
    facilities name the same colonies; reading every activity would cost ~150 ms)."""
    audit.require(session, STATISTICS_PERMISSION)
    named = session.scalars(select(Case.facility).distinct().where(
        Case.deleted_at.is_(None), Case.facility.is_not(None)))
    return sorted({name for name in named if name.strip()})


def record_export(session: Session, scope: ReportScope, file_format: str, target: Path | str,
                  printed: bool = False) -> None:
    """Write the audit event of a report saved to a file (PRINTED for a PDF)."""
    audit.require(session, STATISTICS_PERMISSION)
    audit.record(session, AuditAction.PRINTED if printed else AuditAction.EXPORTED,
                 "statistics", None, report="half_year", format=file_format,
                 file=str(target), start=scope.start, end=scope.end,
                 facility=scope.facility, region=scope.region)
