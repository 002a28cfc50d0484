"""The people and activities behind each half-year figure, a page at a time, in the
order a list shows them (people by name, activities by day)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import String, func, literal, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, PlacementKind, Programme, Stage
from centre_desk.services import audit
from centre_desk.services.activities import present_count
from centre_desk.services.records import full_name
from centre_desk.services.statistics import (
    STATISTICS_PERMISSION, Figure, FigureKey, ReportScope, activities_held_where,
    check_scope, courses_completed, inmate_on_the_day, placements_placed, present_where,
    reached_stage)
from centre_desk.store.models import Activity, Attendance, Person

PAGE_SIZE = 200
"""Rows behind a figure per page when the caller does not say."""


@dataclasses.dataclass(frozen=True)
class PersonLine:
    """A person behind a figure. ``on`` is the day that counted (stage reached,
    certificate, placed; the last activity attended); ``detail`` the facility, course or
    partner; ``activities`` how many activities of the figure they attended."""

    person_id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    region: str | None
    on: dt.date | None
    detail: str | None
    activities: int | None = None


@dataclasses.dataclass(frozen=True)
class ActivityLine:
    """An activity behind a figure, with the number of live persons present."""

    activity_id: uuid.UUID
    held_on: dt.date
    programme: Programme
    kind: ActivityKind
    title: str | None
    place: str | None
    present: int


_PERSON_COLUMNS = (Person.id, Person.surname, Person.given_name, Person.patronymic,
                   Person.birth_date, Person.region)


def _person_lines(session: Session, behind, limit: int | None, offset: int,
                  activities: bool = False) -> tuple[PersonLine, ...]:
    """Persons of a (person_id, on, detail[, activities]) subquery, in name order."""
    rows = behind.subquery()
    statement = (select(*_PERSON_COLUMNS, rows.c.on, rows.c.detail,
                        rows.c.activities if activities else literal(None))
                 .join(rows, rows.c.person_id == Person.id)
                 .order_by(Person.sort_key, Person.id, rows.c.on).offset(offset))
    if limit is not None:
        statement = statement.limit(limit)
    return tuple(PersonLine(person_id, full_name(surname, given, patronymic), birth, region,
                            on, detail, count)
                 for person_id, surname, given, patronymic, birth, region, on, detail, count
                 in session.execute(statement))


def rehabilitated_people(session: Session, scope: ReportScope, limit: int | None = PAGE_SIZE,
                         offset: int = 0) -> tuple[PersonLine, ...]:
    """Persons whose case reached the rehabilitated stage in the period; ``on`` is the
    first such day, ``detail`` the case's facility."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    return _person_lines(session, reached_stage(scope, Stage.REHABILITATED), limit, offset)


def renounced_inmates(session: Session, scope: ReportScope, limit: int | None = PAGE_SIZE,
                      offset: int = 0) -> tuple[PersonLine, ...]:
    """Inmates who openly renounced radical views in the period (first day, facility)."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    return _person_lines(session, reached_stage(scope, Stage.RENOUNCED, inmates_only=True),
                         limit, offset)


def completed_courses(session: Session, scope: ReportScope, limit: int | None = PAGE_SIZE,
                      offset: int = 0) -> tuple[PersonLine, ...]:
    """Students who completed a course in the period: certificate day and course title;
    a student of two courses is listed twice, as the figure counts courses."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    return _person_lines(session, courses_completed(scope), limit, offset)


def placements_made(session: Session, scope: ReportScope, kind: PlacementKind | None = None,
                    limit: int | None = PAGE_SIZE, offset: int = 0) -> tuple[PersonLine, ...]:
    """Persons placed in the period (of one kind of help when given): the first day
    placed and the partner organisation."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    return _person_lines(session, placements_placed(scope, kind), limit, offset)


def returnee_lines(session: Session, scope: ReportScope, key: FigureKey,
                   limit: int | None = PAGE_SIZE, offset: int = 0) -> tuple[PersonLine, ...]:
    """Returnees in work (the day taken in, children in the register) or their children
    in the register (the last health check, the school): statistics_returnees."""
    from centre_desk.services import statistics_returnees as returnees

    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    if key is FigureKey.RETURNEES:
        return _person_lines(session, returnees.returnees(scope), limit, offset,
                             activities=True)
    return _person_lines(session, returnees.returnee_children(scope), limit, offset)


def _walk_pays(session: Session, rows: int, involved: int | None) -> bool:
    """Whether walking persons in name order (_people_walked) finds ``rows`` people
    involved sooner than grouping the figure's attendance by person: a walk asks about
    rows × persons / involved persons (about 75 µs each), grouping reads about seven
    attendances a person involved (about 2 µs each). Without the figure's value, no."""
    if not involved:
        return False
    persons = session.scalar(select(func.count()).select_from(Person)) or 0
    return rows * persons * 5 < involved * involved


def people_involved(session: Session, scope: ReportScope, programme: Programme | None = None,
                    in_facility: bool = False, limit: int | None = PAGE_SIZE,
                    offset: int = 0, involved: int | None = None) -> tuple[PersonLine, ...]:
    """Distinct persons present at the period's activities (of one programme), or the
    inmates present at meetings held in facilities: how many they attended and the last
    day. ``involved``, the figure's value, lets a page near the top be found faster."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    if limit is not None and _walk_pays(session, offset + limit, involved):
        return _people_walked(session, scope, programme, in_facility, limit, offset)
    present = (select(Attendance.person_id.label("person_id"),
                      func.max(Activity.held_on).label("on"),
                      literal(None, String).label("detail"),
                      func.count().label("activities"))
               .join(Activity, Activity.id == Attendance.activity_id)
               .where(*present_where(scope, programme, in_facility))
               .group_by(Attendance.person_id))
    if in_facility:
        present = present.where(inmate_on_the_day())
    return _person_lines(session, present, limit, offset, activities=True)


def _people_walked(session: Session, scope: ReportScope, programme: Programme | None,
                   in_facility: bool, limit: int, offset: int) -> tuple[PersonLine, ...]:
    """A page of people involved near the top of the list: live persons are walked in
    name order (ix_person_sort_key) and each asked whether they came (their attendance,
    ix_attendance_person) until the page is full, and the page's persons' attendance
    counted as they are found. A third of the region's persons came in a half-year, so
    the first page of 1,000 asks about 3,000 persons instead of grouping the whole
    period's attendance by person (0.25 s against 0.5 s of CPU at 100,000 persons).
    The counts are subqueries of each person: given the page's persons as a list,
    SQLite's planner walked the period's activities instead, looking each list up in
    each (seconds)."""
    def of_person(*columns):
        attended = (select(*columns).select_from(Attendance)
                    .join(Activity, Activity.id == Attendance.activity_id)
                    .where(Attendance.person_id == Person.id, Attendance.deleted_at.is_(None),
                           *activities_held_where(scope, programme, in_facility)))
        return attended.where(inmate_on_the_day()) if in_facility else attended
    statement = (select(*_PERSON_COLUMNS,
                        of_person(func.max(Activity.held_on)).scalar_subquery(),
                        of_person(func.count()).scalar_subquery())
                 .where(Person.deleted_at.is_(None), of_person(Attendance.id).exists())
                 .order_by(Person.sort_key, Person.id).offset(offset).limit(limit))
    return tuple(PersonLine(person_id, full_name(surname, given, patronymic), birth, region,
                            on, None, count)
                 for person_id, surname, given, patronymic, birth, region, on, count
                 in session.execute(statement))


def activities_held(session: Session, scope: ReportScope, programme: Programme | None = None,
                    in_facility: bool = False, limit: int | None = PAGE_SIZE,
                    offset: int = 0) -> tuple[ActivityLine, ...]:
    """The period's activities (of one programme, or held in facilities), by day."""
    audit.require(session, STATISTICS_PERMISSION)
    check_scope(scope)
    statement = (select(Activity.id, Activity.held_on, Activity.programme, Activity.kind,
                        Activity.title, func.coalesce(Activity.facility, Activity.place),
                        present_count())
                 .where(*activities_held_where(scope, programme, in_facility))
                 .order_by(Activity.held_on, Activity.id).offset(offset))
    if limit is not None:
        statement = statement.limit(limit)
    return tuple(ActivityLine(*row) for row in session.execute(statement))


def rows_behind(session: Session, scope: ReportScope, figure: Figure,
                limit: int | None = PAGE_SIZE,
                offset: int = 0) -> tuple[PersonLine, ...] | tuple[ActivityLine, ...]:
    """The people or activities a figure counts, a page at a time (``limit`` None: all)."""
    F = FigureKey  # noqa: N806  (the enum class, short)
    page = {"limit": limit, "offset": offset}
    if figure.key is F.ACTIVITIES_HELD:
        return activities_held(session, scope, figure.programme, **page)
    if figure.key is F.FACILITY_MEETINGS:
        return activities_held(session, scope, in_facility=True, **page)
    if figure.key is F.PEOPLE_INVOLVED:
        return people_involved(session, scope, figure.programme, **page,
                               involved=figure.value)
    if figure.key is F.INMATES_INVOLVED:
        return people_involved(session, scope, in_facility=True, **page,
                               involved=figure.value)
    if figure.key is F.REHABILITATED:
        return rehabilitated_people(session, scope, **page)
    if figure.key is F.INMATES_RENOUNCED:
        return renounced_inmates(session, scope, **page)
    if figure.key is F.COURSES_COMPLETED:
        return completed_courses(session, scope, **page)
    if figure.key in (F.RETURNEES, F.RETURNEE_CHILDREN):
        return returnee_lines(session, scope, figure.key, **page)
    return placements_made(session, scope, figure.placement_kind, **page)
