"""Planned against held for a statistics period: per facility and per programme, the
plans' sessions (services.plans.occurrences) that were planned, held, missed, are still to
come or were cancelled, and the activities held without a plan.

- **Planned**: the period's occurrences not cancelled (held + missed + still to come).
- **Held**: occurrences turned into an activity that was not deleted; **missed**: past
  ones without one; **still to come**: today's and later ones not held yet.
- **Cancelled**: cancelled on their own or by a holiday; not in "planned".
- **Held without a plan**: live activities of the period (statistics.activities_held_where)
  that no live plan's occurrence turned into.

A session counts under its plan's facility and programme; an activity without a plan
under its own. A facility narrows to plans (and activities) naming it; a region to those
recorded by a centre of the region, as for activities (statistics).

The period is read in a constant number of queries: the occurrences' four, the region's
plans, and one aggregate of the activities without a plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import Programme
from centre_desk.domain.plans import OccurrenceStatus
from centre_desk.services import audit
from centre_desk.services.plans import occurrences
from centre_desk.services.statistics import (
    STATISTICS_PERMISSION, ReportScope, activities_held_where, check_scope)
from centre_desk.store.models import Activity, Peer, Plan, PlanException, Site

_S = OccurrenceStatus


@dataclasses.dataclass(frozen=True)
class PlanLine:
    """One line of the table: a facility's (``facility``; None for sessions and activities
    held nowhere in particular), a programme's (``programme``), or the total (neither)."""

    facility: str | None = None
    programme: Programme | None = None
    planned: int = 0
    held: int = 0
    missed: int = 0
    to_come: int = 0
    cancelled: int = 0
    unplanned: int = 0
    """Activities held without a plan."""

    def __add__(self, other: PlanLine) -> PlanLine:
        return dataclasses.replace(self, **{name: getattr(self, name) + getattr(other, name)
                                            for name in COUNTS})


COUNTS = ("planned", "held", "missed", "to_come", "cancelled", "unplanned")
"""The numbers of a line, in the order the report shows them."""


@dataclasses.dataclass(frozen=True)
class PlansAgainstHeld:
    """The period's planned against held, per facility and per programme."""

    scope: ReportScope
    by_facility: tuple[PlanLine, ...]
    """Facilities by name, then the line of no facility (when it counts anything)."""
    by_programme: tuple[PlanLine, ...]
    """Every programme, in its order."""
    total: PlanLine

    def facility(self, name: str | None) -> PlanLine:
        """The line of one facility (zeros when it has none)."""
        return next((line for line in self.by_facility if line.facility == name),
                    PlanLine(facility=name))

    def programme(self, programme: Programme) -> PlanLine:
        """The line of one programme."""
        return next(line for line in self.by_programme if line.programme == programme)


_COLUMN = {_S.HELD: "held", _S.MISSED: "missed", _S.PLANNED: "to_come",
           _S.CANCELLED: "cancelled"}


def _region_plans(session: Session, region: str) -> set[uuid.UUID]:
    """Plans recorded by a centre of the region (this site or a peer of it)."""
    centres = select(Site.id).where(Site.region == region).union(
        select(Peer.id).where(Peer.region == region))
    return set(session.scalars(select(Plan.id).where(Plan.origin_site.in_(centres))))


def _unplanned(session: Session, scope: ReportScope) -> list[tuple[str | None, Programme, int]]:
    """(facility, programme, activities) held in the scope that no live plan's live
    occurrence turned into, read from the covering index of migration 0021. The plans'
    held activities are listed once (a scan of the exceptions, a few milliseconds for a
    year of a region's plans) and each activity looked up in the list. Migration 0023
    left it the only index by day it could take (SQLite's planner had read the table
    through a narrower one: 0.26 s against 0.13 s for a half-year at 100,000 persons)."""
    from_plans = (select(PlanException.activity_id)
                  .join(Plan, Plan.id == PlanException.plan_id)
                  .where(PlanException.activity_id.is_not(None),
                         PlanException.deleted_at.is_(None), Plan.deleted_at.is_(None)))
    return [tuple(row) for row in session.execute(
        select(Activity.facility, Activity.programme, func.count())
        .where(*activities_held_where(scope), Activity.id.not_in(from_plans))
        .group_by(Activity.facility, Activity.programme))]


def plans_against_held(session: Session, scope: ReportScope,
                       today: dt.date | None = None) -> PlansAgainstHeld:
    """Planned against held for ``scope``; ``today`` parts missed from still to come."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    # The activities held without a plan are counted by one aggregate below, narrowed to
    # the region as the statistics' activities are, rather than listed one by one.
    found = occurrences(session, scope.start, scope.end, facility=scope.facility,
                        today=today, unplanned=False)
    wanted = _region_plans(session, scope.region) if scope.region is not None else None
    # (facility, programme, column) → how many: counted first, lines made once.
    counted = Counter((o.facility or None, o.programme, _COLUMN[o.status]) for o in found
                      if o.plan_id is not None and (wanted is None or o.plan_id in wanted))
    for facility, programme, count in _unplanned(session, scope):
        counted[facility or None, programme, "unplanned"] += count
    facilities: dict[str | None, dict[str, int]] = {}
    programmes: dict[Programme, dict[str, int]] = {p: {} for p in Programme}
    for (facility, programme, column), count in counted.items():
        for numbers in (facilities.setdefault(facility, {}), programmes[programme]):
            numbers[column] = numbers.get(column, 0) + count
            if column != "cancelled" and column != "unplanned":
                numbers["planned"] = numbers.get("planned", 0) + count
    by_facility = tuple(PlanLine(facility=name, **facilities[name]) for name in sorted(
        facilities, key=lambda name: (name is None, name or "")))
    by_programme = tuple(PlanLine(programme=p, **numbers) for p, numbers in programmes.items())
    total = sum(by_programme, PlanLine())
    return PlansAgainstHeld(scope, by_facility, by_programme, total)
