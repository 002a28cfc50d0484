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
covering indexes of migration 0003. The rows behind each figure are in
``statistics_rows``, which shares the query builders below (``*_where``, ``reached_stage``).

Refusals: ``InvalidInput({"end": "before_start"})``; ``NotPermitted`` for users without
``STATISTICS_PERMISSION``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from pathlib import Path

from sqlalchemy import (
    ColumnElement, Select, and_, case, distinct, exists, func, or_, select)
from sqlalchemy.orm import Session, aliased

from centre_desk.domain.enums import (
    AuditAction, CaseCategory, EnrolmentStatus, PlacementKind, PlacementStatus, Programme, Stage)
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput
from centre_desk.services.categories import category_on
from centre_desk.services.records import is_live_person
from centre_desk.store.models import (
    Activity, Attendance, Case, Course, Enrolment, Organisation, Peer, Person, Placement,
    PlacementStatusChange, Site, StageChange)

STATISTICS_PERMISSION = Permission.PRINT_FULL_FILE
"""The figures open onto lists of named participants, so, like full participant files,
they are for supervisors and administrators."""

@dataclasses.dataclass(frozen=True)
class ReportScope:
    """What a report covers: a period (both days included) and optional narrowing."""

    start: dt.date
    end: dt.date
    facility: str | None = None
    region: str | None = None


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


# --- narrowing ------------------------------------------------------------------------------

def check_scope(scope: ReportScope) -> None:
    """Refuse a period that ends before it starts."""
    if scope.end < scope.start:
        raise InvalidInput({"end": "before_start"})


def _of_region(person_id, region: str) -> ColumnElement[bool]:
    # The region's people are listed once and each row looked up in the list. On the
    # bare column SQLite would instead probe the attendance index once per person of
    # the region for every activity (minutes); wrapped in coalesce() it cannot, and the
    # list beats a person lookup per row (240 ms against 700 ms at 100,000 persons).
    return func.coalesce(person_id, person_id).in_(
        select(Person.id).where(Person.region == region))


def _recorded_in_region(region: str) -> ColumnElement[bool]:
    """Activities recorded by a centre of the region: this site, or a peer, of it."""
    return Activity.origin_site.in_(select(Site.id).where(Site.region == region).union(
        select(Peer.id).where(Peer.region == region)))


def activities_held_where(scope: ReportScope, programme: Programme | None = None,
                          in_facility: bool = False) -> list[ColumnElement[bool]]:
    """Live activities of the period (of one programme, or held in a facility), narrowed
    to the scope's facility and to those recorded by a centre of its region."""
    held = [Activity.held_on >= scope.start, Activity.held_on <= scope.end,
            Activity.deleted_at.is_(None)]
    if programme is not None:
        held.append(Activity.programme == programme)
    if in_facility:
        held.append(Activity.facility.is_not(None))
    if scope.facility is not None:
        held.append(Activity.facility == scope.facility)
    if scope.region is not None:
        held.append(_recorded_in_region(scope.region))
    return held


def present_where(scope: ReportScope, programme: Programme | None = None,
                  in_facility: bool = False) -> list[ColumnElement[bool]]:
    """Live attendance of live persons at the scope's activities (joined to them)."""
    return [*activities_held_where(scope, programme, in_facility), *attendees_where()]


def attendees_where() -> list[ColumnElement[bool]]:
    """Live attendance of live persons."""
    return [Attendance.deleted_at.is_(None), is_live_person(Attendance.person_id)]


def inmate_on_the_day() -> ColumnElement[bool]:
    """The attendee had a live case of an inmate on the day of the activity (joined)."""
    on_the_day = category_on(Case.id, Case.category, Activity.held_on)
    return exists().where(Case.person_id == Attendance.person_id, Case.deleted_at.is_(None),
                          on_the_day == CaseCategory.INMATE)


def people_where(scope: ReportScope, person_id) -> list[ColumnElement[bool]]:
    """Live persons of the scope's region and with a live case at its facility."""
    wanted = [is_live_person(person_id)]
    if scope.region is not None:
        wanted.append(_of_region(person_id, scope.region))
    if scope.facility is not None:
        wanted.append(person_id.in_(select(Case.person_id).where(
            Case.facility == scope.facility, Case.deleted_at.is_(None))))
    return wanted


# --- the figures -------------------------------------------------------------------------------

def reached_stage(scope: ReportScope, stage: Stage, inmates_only: bool = False) -> Select:
    """(person, first day in the period, facility) of live cases that reached ``stage`` in
    the period and did not relapse after it within the period; with ``inmates_only``,
    cases that were an inmate's on the day. A facility narrows to cases naming it."""
    relapse = aliased(StageChange)
    relapsed_after = exists().where(
        relapse.case_id == StageChange.case_id, relapse.to_stage == Stage.RELAPSED,
        relapse.deleted_at.is_(None), relapse.changed_on <= scope.end,
        # Later, or the same day and recorded later (stages are recorded in order).
        or_(relapse.changed_on > StageChange.changed_on,
            and_(relapse.changed_on == StageChange.changed_on,
                 relapse.hlc > StageChange.hlc)))
    reached = (select(Case.person_id.label("person_id"),
                      func.min(StageChange.changed_on).label("on"),
                      func.max(Case.facility).label("detail"))
               .join(Case, Case.id == StageChange.case_id)
               .where(StageChange.to_stage == stage, StageChange.deleted_at.is_(None),
                      StageChange.changed_on >= scope.start,
                      StageChange.changed_on <= scope.end, ~relapsed_after,
                      Case.deleted_at.is_(None),
                      *people_where(dataclasses.replace(scope, facility=None),
                                    Case.person_id))
               .group_by(Case.person_id))
    if scope.facility is not None:
        reached = reached.where(Case.facility == scope.facility)
    if inmates_only:
        reached = reached.where(category_on(Case.id, Case.category, StageChange.changed_on)
                                == CaseCategory.INMATE)
    return reached


def courses_completed(scope: ReportScope) -> Select:
    return (select(Enrolment.person_id.label("person_id"),
                   Enrolment.certificate_on.label("on"), Course.title.label("detail"))
            .join(Course, Course.id == Enrolment.course_id)
            .where(Enrolment.status == EnrolmentStatus.COMPLETED,
                   Enrolment.deleted_at.is_(None), Enrolment.certificate_on >= scope.start,
                   Enrolment.certificate_on <= scope.end, Course.deleted_at.is_(None),
                   *people_where(scope, Enrolment.person_id)))


def placements_placed(scope: ReportScope, kind: PlacementKind | None = None) -> Select:
    """(placement, kind, person, first day placed in the period, partner)."""
    made = (select(Placement.id.label("placement_id"), Placement.kind.label("kind"),
                   Placement.person_id.label("person_id"),
                   func.min(PlacementStatusChange.changed_on).label("on"),
                   func.max(Organisation.name).label("detail"))
            .join(Placement, Placement.id == PlacementStatusChange.placement_id)
            .outerjoin(Organisation, Organisation.id == Placement.organisation_id)
            .where(PlacementStatusChange.to_status == PlacementStatus.PLACED,
                   PlacementStatusChange.deleted_at.is_(None),
                   PlacementStatusChange.changed_on >= scope.start,
                   PlacementStatusChange.changed_on <= scope.end,
                   Placement.deleted_at.is_(None), *people_where(scope, Placement.person_id))
            .group_by(Placement.id, Placement.kind, Placement.person_id))
    if kind is not None:
        made = made.where(Placement.kind == kind)
    return made


def _count(session: Session, statement: Select) -> int:
    return session.scalar(select(func.count()).select_from(statement.subquery())) or 0


def _unique_people(session: Session, scope: ReportScope) -> tuple[int, dict[Programme, int]]:
    """Distinct people over all and per programme, in one pass over the period's
    attendance read from the two covering indexes: each person is one group that
    notes which programmes they came to."""
    came = [func.max(case((Activity.programme == programme, 1), else_=0)).label(programme)
            for programme in Programme]
    per_person = (select(Attendance.person_id, *came)
                  .join(Activity, Activity.id == Attendance.activity_id)
                  .where(*present_where(scope))
                  .group_by(Attendance.person_id).subquery())
    total, *per_programme = session.execute(select(
        func.count(), *(func.coalesce(func.sum(per_person.c[p]), 0) for p in Programme))).one()
    return total, dict(zip(Programme, per_programme))


def _facility_meetings(session: Session, scope: ReportScope) -> tuple[int, int]:
    """Meetings held in facilities and the distinct inmates present (inmate_on_the_day).
    Activity.facility is in no index, so this figure reads the period's activity rows."""
    joined = and_(Attendance.activity_id == Activity.id, *attendees_where(),
                  inmate_on_the_day())
    meetings, people = session.execute(
        select(func.count(distinct(Activity.id)), func.count(distinct(Attendance.person_id)))
        .select_from(Activity).outerjoin(Attendance, joined)
        .where(*activities_held_where(scope, in_facility=True))).one()
    return meetings, people


def _activities_by_month(session: Session, scope: ReportScope) -> list[MonthCount]:
    # Counted per day in SQL, straight from an index in its own order, and the few
    # hundred days summed into months here: strftime() on every activity to group by
    # month costs six times as much (45 ms against 7 ms for a half-year).
    months: dict[tuple[int, int, Programme], int] = {}
    for day, programme, count in session.execute(
            select(Activity.held_on, Activity.programme, func.count())
            .where(*activities_held_where(scope))
            .group_by(Activity.held_on, Activity.programme)):
        key = (day.year, day.month, programme)
        months[key] = months.get(key, 0) + count
    return [MonthCount(y, m, programme, count)
            for (y, m, programme), count in sorted(months.items())]


def _case_where(scope: ReportScope) -> list[ColumnElement[bool]]:
    wanted = people_where(dataclasses.replace(scope, facility=None), Case.person_id)
    return wanted if scope.facility is None else [*wanted, Case.facility == scope.facility]


def _participants_by_stage(session: Session,
                           scope: ReportScope) -> tuple[tuple[Stage, int], ...]:
    counts = dict(session.execute(
        select(Case.stage, func.count(distinct(Case.person_id)))
        .where(Case.deleted_at.is_(None), *_case_where(scope))
        .group_by(Case.stage)).all())
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


def half_year_report(session: Session, scope: ReportScope | None = None) -> HalfYearReport:
    """The figures and chart data for ``scope`` (default: the current half-year)."""
    audit.require(session, STATISTICS_PERMISSION)
    scope = scope or current_scope()
    check_scope(scope)
    months = _activities_by_month(session, scope)
    held = dict.fromkeys(Programme, 0)
    for month in months:
        held[month.programme] += month.activities
    people, people_of = _unique_people(session, scope)
    meetings, inmates = _facility_meetings(session, scope)
    made = placements_placed(scope).subquery()
    placed = dict(session.execute(select(made.c.kind, func.count()).group_by(made.c.kind)).all())
    rehabilitated = _count(session, reached_stage(scope, Stage.REHABILITATED))
    renounced = _count(session, reached_stage(scope, Stage.RENOUNCED, inmates_only=True))
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
