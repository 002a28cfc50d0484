"""The statistics' period and narrowing (ReportScope) and the query builders shared by
the figures (services.statistics) and the rows behind them (statistics_rows): what each
counts is described in services.statistics."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import ColumnElement, Select, and_, case, distinct, exists, func, or_, select
from sqlalchemy.orm import aliased

from centre_desk.domain.enums import (
    CaseCategory, EnrolmentStatus, PlacementKind, PlacementStatus, Programme, Stage)
from centre_desk.services.categories import category_on
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import is_live_person
from centre_desk.store.models import (
    Activity, Attendance, Case, CategoryChange, Course, Enrolment, Organisation, Peer, Person,
    Placement, PlacementStatusChange, Site, StageChange)


@dataclasses.dataclass(frozen=True)
class ReportScope:
    """What a report covers: a period (both days included) and optional narrowing."""

    start: dt.date
    end: dt.date
    facility: str | None = None
    region: str | None = None


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
    """The attendee had a live case of an inmate on the day of the activity (joined).

    Most cases never change category, and theirs is the category of every day: the
    attendee is first looked up in the list of persons with such a case of an inmate,
    read once per statement; only persons with a case that did change have each day
    checked (services.categories). Per attendance row that is one probe of a list
    instead of a case lookup and two category lookups (a fifth of the half-year
    statistics' time at 100,000 persons)."""
    changed = select(CategoryChange.case_id).where(CategoryChange.deleted_at.is_(None))
    unchanged = aliased(Case)
    constant_inmates = (select(unchanged.person_id)
                        .where(unchanged.deleted_at.is_(None),
                               unchanged.category == CaseCategory.INMATE,
                               unchanged.id.not_in(changed)).correlate(None))
    with_changes = aliased(Case)
    persons_changed = (select(with_changes.person_id)
                       .where(with_changes.deleted_at.is_(None), with_changes.id.in_(changed))
                       .correlate(None))
    on_the_day = category_on(Case.id, Case.category, Activity.held_on)
    # Wrapped in coalesce() (as in _of_region) so that SQLite looks each row up in the
    # lists rather than walking every inmate's attendance of all time through
    # ix_attendance_person (1.5 s instead of 0.3 s for the rows behind a half-year's
    # inmates involved at 100,000 persons).
    attendee = func.coalesce(Attendance.person_id, Attendance.person_id)
    return or_(attendee.in_(constant_inmates),
               and_(attendee.in_(persons_changed),
                    exists().where(Case.person_id == Attendance.person_id,
                                   Case.deleted_at.is_(None),
                                   on_the_day == CaseCategory.INMATE)))


def people_where(scope: ReportScope, person_id) -> list[ColumnElement[bool]]:
    """Live persons of the scope's region and with a live case at its facility."""
    wanted = [is_live_person(person_id)]
    if scope.region is not None:
        wanted.append(_of_region(person_id, scope.region))
    if scope.facility is not None:
        wanted.append(person_id.in_(select(Case.person_id).where(
            Case.facility == scope.facility, Case.deleted_at.is_(None))))
    return wanted


# --- the rows each figure counts ------------------------------------------------------------

def _reached_where(scope: ReportScope, *stages: Stage) -> list[ColumnElement[bool]]:
    """Live stage changes to one of ``stages`` in the period, not relapsed after within
    it, of live cases (joined) of live persons of the scope: the rows reached_stage and
    reached_counts read."""
    relapse = aliased(StageChange)
    relapsed_after = exists().where(
        relapse.case_id == StageChange.case_id, relapse.to_stage == Stage.RELAPSED,
        relapse.deleted_at.is_(None), relapse.changed_on <= scope.end,
        # Later, or the same day and recorded later (stages are recorded in order).
        or_(relapse.changed_on > StageChange.changed_on,
            and_(relapse.changed_on == StageChange.changed_on,
                 relapse.hlc > StageChange.hlc)))
    wanted = [StageChange.to_stage == stages[0] if len(stages) == 1
              else StageChange.to_stage.in_(stages),
              StageChange.deleted_at.is_(None), StageChange.changed_on >= scope.start,
              StageChange.changed_on <= scope.end, ~relapsed_after, Case.deleted_at.is_(None),
              *people_where(dataclasses.replace(scope, facility=None), Case.person_id)]
    if scope.facility is not None:
        wanted.append(Case.facility == scope.facility)
    return wanted


def _inmate_when_reached() -> ColumnElement[bool]:
    return category_on(Case.id, Case.category, StageChange.changed_on) == CaseCategory.INMATE


def reached_stage(scope: ReportScope, stage: Stage, inmates_only: bool = False) -> Select:
    """(person, first day in the period, facility) of live cases that reached ``stage`` in
    the period and did not relapse after it within the period; with ``inmates_only``,
    cases that were an inmate's on the day. A facility narrows to cases naming it."""
    reached = (select(Case.person_id.label("person_id"),
                      func.min(StageChange.changed_on).label("on"),
                      func.max(Case.facility).label("detail"))
               .join(Case, Case.id == StageChange.case_id)
               .where(*_reached_where(scope, stage))
               .group_by(Case.person_id))
    if inmates_only:
        reached = reached.where(_inmate_when_reached())
    return reached


def reached_counts(scope: ReportScope) -> Select:
    """(rehabilitated, inmates who renounced radical views): how many persons
    reached_stage lists for each, counted in one pass over the period's stage changes
    (each of the two lists was a pass of its own, its days and facilities unread)."""
    def persons(*when: ColumnElement[bool]) -> ColumnElement[int]:
        return func.count(distinct(case((and_(*when), Case.person_id))))
    return (select(persons(StageChange.to_stage == Stage.REHABILITATED),
                   persons(StageChange.to_stage == Stage.RENOUNCED, _inmate_when_reached()))
            .select_from(StageChange).join(Case, Case.id == StageChange.case_id)
            .where(*_reached_where(scope, Stage.REHABILITATED, Stage.RENOUNCED)))


def courses_completed(scope: ReportScope) -> Select:
    return (select(Enrolment.person_id.label("person_id"),
                   Enrolment.certificate_on.label("on"), Course.title.label("detail"))
            .join(Course, Course.id == Enrolment.course_id)
            .where(Enrolment.status == EnrolmentStatus.COMPLETED,
                   Enrolment.deleted_at.is_(None), Enrolment.certificate_on >= scope.start,
                   Enrolment.certificate_on <= scope.end, Course.deleted_at.is_(None),
                   *people_where(scope, Enrolment.person_id)))


def _placed_where(scope: ReportScope) -> list[ColumnElement[bool]]:
    """Live placements (joined) of the scope's people that became "placed" in the period."""
    return [PlacementStatusChange.to_status == PlacementStatus.PLACED,
            PlacementStatusChange.deleted_at.is_(None),
            PlacementStatusChange.changed_on >= scope.start,
            PlacementStatusChange.changed_on <= scope.end,
            Placement.deleted_at.is_(None), *people_where(scope, Placement.person_id)]


def placements_placed(scope: ReportScope, kind: PlacementKind | None = None) -> Select:
    """(placement, kind, person, first day placed in the period, partner)."""
    made = (select(Placement.id.label("placement_id"), Placement.kind.label("kind"),
                   Placement.person_id.label("person_id"),
                   func.min(PlacementStatusChange.changed_on).label("on"),
                   func.max(Organisation.name).label("detail"))
            .join(Placement, Placement.id == PlacementStatusChange.placement_id)
            .outerjoin(Organisation, Organisation.id == Placement.organisation_id)
            .where(*_placed_where(scope))
            .group_by(Placement.id, Placement.kind, Placement.person_id))
    if kind is not None:
        made = made.where(Placement.kind == kind)
    return made


def placements_placed_by_kind(scope: ReportScope) -> Select:
    """(kind, how many placements placements_placed lists of it), its partners unread."""
    return (select(Placement.kind, func.count(distinct(Placement.id)))
            .select_from(PlacementStatusChange)
            .join(Placement, Placement.id == PlacementStatusChange.placement_id)
            .where(*_placed_where(scope)).group_by(Placement.kind))
