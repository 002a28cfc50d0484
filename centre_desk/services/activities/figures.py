"""The ministry's figures for a period: activities held and unique people involved, for
one programme or for all of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import is_live_person
from centre_desk.store.models import Activity, Attendance

@dataclasses.dataclass(frozen=True)
class ProgrammeStatistics:
    """The ministry's figures for a period: activities held and unique people involved
    (a person who came to many activities counts once)."""

    activities_held: int
    unique_people: int


def _check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise InvalidInput({"end": "before_start"})


def _held(start: dt.date, end: dt.date) -> list:
    return [Activity.deleted_at.is_(None), Activity.held_on >= start, Activity.held_on <= end]


def programme_statistics(session: Session, start: dt.date, end: dt.date,
                         programme: Programme | None = None) -> ProgrammeStatistics:
    """Live activities held from ``start`` to ``end`` (both inclusive) and the distinct
    live persons who attended them, for one programme or (None) for all of them."""
    audit.require(session, Permission.VIEW)
    _check_period(start, end)
    held = _held(start, end)
    if programme is not None:
        held.append(Activity.programme == programme)
    activities = session.scalar(select(func.count()).select_from(Activity).where(*held))
    people = session.scalar(
        select(func.count(distinct(Attendance.person_id)))
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(*held, Attendance.deleted_at.is_(None), is_live_person(Attendance.person_id)))
    return ProgrammeStatistics(activities_held=activities, unique_people=people)


def statistics_by_programme(session: Session, start: dt.date,
                            end: dt.date) -> dict[Programme | None, ProgrammeStatistics]:
    """``programme_statistics`` for every programme (a zero line for a quiet one) and,
    under the key None, for all together: its people are not the sum of the lines,
    since a mother in the club whose son is in a course counts once overall.

    One pass over the period's attendance instead of five."""
    audit.require(session, Permission.VIEW)
    _check_period(start, end)
    held = _held(start, end)
    activities = {programme: count for programme, count in session.execute(
        select(Activity.programme, func.count()).where(*held).group_by(Activity.programme))}
    people: dict[Programme, set[uuid.UUID]] = {programme: set() for programme in Programme}
    for programme, person_id in session.execute(
            select(Activity.programme, Attendance.person_id).distinct()
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(*held, Attendance.deleted_at.is_(None), is_live_person(Attendance.person_id))):
        people[programme].add(person_id)
    figures: dict[Programme | None, ProgrammeStatistics] = {
        programme: ProgrammeStatistics(activities.get(programme, 0), len(people[programme]))
        for programme in Programme}
    figures[None] = ProgrammeStatistics(sum(activities.values()),
                                        len(set().union(*people.values())))
    return figures
