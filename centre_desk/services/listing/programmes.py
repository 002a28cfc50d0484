"""Lists of the centre's work: Arabic courses and job, housing and nursery placements."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid

from sqlalchemy import Select, func, or_, select, union
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from centre_desk.domain.enums import CourseGroup, EnrolmentStatus, PlacementKind, PlacementStatus
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.listing.core import ListDefinition, SortOrder, is_overdue, mentions
from centre_desk.services.persons import matching
from centre_desk.services.records import full_name
from centre_desk.store.models import Course, Enrolment, Organisation, Person, Placement

# --- Arabic courses -------------------------------------------------------------------------


class CourseSort(enum.StrEnum):
    """Columns the Arabic courses list sorts by."""

    TITLE = "title"
    LEVEL = "level"
    GROUP = "group"
    TEACHER = "teacher"
    STARTS_ON = "starts_on"
    ENDS_ON = "ends_on"
    ENROLLED = "enrolled"


@dataclasses.dataclass(frozen=True)
class CourseRow:
    """A course with how many of its places are taken."""

    course_id: uuid.UUID
    title: str
    level: str | None
    group: CourseGroup
    teacher: str | None
    starts_on: dt.date
    ends_on: dt.date | None
    enrolled: int
    capacity: int
    active: bool


def _enrolled_count():
    # Students who still hold or have finished their place; drop-outs free theirs.
    return (select(func.count()).select_from(Enrolment)
            .join(Person, Person.id == Enrolment.person_id)
            .where(Enrolment.course_id == Course.id, Enrolment.deleted_at.is_(None),
                   Person.deleted_at.is_(None), Enrolment.status != EnrolmentStatus.DROPPED)
            .correlate(Course).scalar_subquery())


def _courses() -> Select:
    return select(Course.id).where(Course.deleted_at.is_(None))


def _course_details() -> Select:
    return select(Course.id.label("course_id"), Course.title, Course.level, Course.group,
                  Course.teacher, Course.starts_on, Course.ends_on,
                  _enrolled_count().label("enrolled"), Course.capacity, Course.active)


def _search_courses(statement: Select, text: str) -> Select:
    if not text.strip():
        return statement
    return statement.where(or_(mentions(Course.title, text), mentions(Course.teacher, text)))


def _course(row: RowMapping, _today: dt.date) -> CourseRow:
    return CourseRow(**{field.name: row[field.name] for field in dataclasses.fields(CourseRow)})


COURSES = ListDefinition(
    name="courses", base=_courses, row_id=Course.id, details=_course_details,
    search=_search_courses,
    sorts={
        CourseSort.TITLE: SortOrder(Course.title),
        CourseSort.LEVEL: SortOrder(Course.level, nullable=True, then=(Course.title,)),
        CourseSort.GROUP: SortOrder(Course.group, codes=tuple(CourseGroup),
                                    then=(Course.title,)),
        CourseSort.TEACHER: SortOrder(Course.teacher, nullable=True, then=(Course.title,)),
        CourseSort.STARTS_ON: SortOrder(Course.starts_on, then=(Course.title,)),
        CourseSort.ENDS_ON: SortOrder(Course.ends_on, nullable=True, then=(Course.title,)),
        CourseSort.ENROLLED: SortOrder(_enrolled_count(), then=(Course.title,)),
    },
    make_row=_course)


# --- placements -------------------------------------------------------------------------------

class PlacementSort(enum.StrEnum):
    """Columns the placements list sorts by."""

    NAME = "name"
    KIND = "kind"
    ORGANISATION = "organisation"
    STATUS = "status"
    STATUS_SINCE = "status_since"
    NEXT_FOLLOW_UP = "next_follow_up"


@dataclasses.dataclass(frozen=True)
class PlacementFilter:
    """Which placements the list keeps; every field left None (or False) keeps all.

    ``region`` is the region the *person* lives in, as recorded on their file: the
    centre reports on the people it helps, and a request may have no partner yet.
    """

    kind: PlacementKind | None = None
    status: PlacementStatus | None = None
    organisation_id: uuid.UUID | None = None
    region: str | None = None
    overdue_only: bool = False


@dataclasses.dataclass(frozen=True)
class PlacementRow:
    """A placement request or placement as the list shows it."""

    placement_id: uuid.UUID
    kind: PlacementKind
    person_id: uuid.UUID
    full_name: str
    organisation_id: uuid.UUID | None
    organisation: str | None
    status: PlacementStatus
    status_since: dt.date
    next_follow_up: dt.date | None
    overdue: bool


def _with_person_and_organisation(statement: Select) -> Select:
    return (statement.join_from(Placement, Person, Placement.person_id == Person.id)
            .outerjoin(Organisation, (Organisation.id == Placement.organisation_id)
                       & Organisation.deleted_at.is_(None)))


def _placements() -> Select:
    return _with_person_and_organisation(select(Placement.id)).where(
        Placement.deleted_at.is_(None), Person.deleted_at.is_(None))


def _placement_details() -> Select:
    return _with_person_and_organisation(select(
        Placement.id.label("placement_id"), Placement.kind, Person.id.label("person_id"),
        Person.surname, Person.given_name, Person.patronymic,
        Organisation.id.label("organisation_id"), Organisation.name.label("organisation"),
        Placement.status, Placement.status_since, Placement.next_follow_up))


def _search_placements(statement: Select, text: str) -> Select:
    """The person's name or IIN, or the organisation's name."""
    if not text.strip():
        return statement
    # Two index-friendly halves joined by UNION; one OR across both tables would
    # make SQLite read every placement.
    by_person = matching(select(Placement.id).join(Person, Person.id == Placement.person_id),
                         text)
    by_organisation = (select(Placement.id)
                       .join(Organisation, Organisation.id == Placement.organisation_id)
                       .where(Organisation.deleted_at.is_(None),
                              mentions(Organisation.name, text)))
    return statement.where(Placement.id.in_(union(by_person, by_organisation)))


def _narrow_placements(statement: Select, filter: PlacementFilter, today: dt.date) -> Select:
    if filter.kind is not None:
        statement = statement.where(Placement.kind == filter.kind)
    if filter.status is not None:
        statement = statement.where(Placement.status == filter.status)
    if filter.organisation_id is not None:
        statement = statement.where(Placement.organisation_id == filter.organisation_id)
    if filter.region is not None:
        statement = statement.where(Person.region == filter.region)
    if filter.overdue_only:
        statement = statement.where(Placement.next_follow_up < today)
    return statement


def placement_regions(session: Session) -> list[str]:
    """The regions of persons with live placements, alphabetically: the choices of the
    list's region filter."""
    audit.require(session, Permission.VIEW)
    return list(session.scalars(
        _placements().with_only_columns(Person.region, maintain_column_froms=True)
        .where(Person.region.is_not(None), Person.region != "")
        .distinct().order_by(Person.region)))


def _placement(row: RowMapping, today: dt.date) -> PlacementRow:
    return PlacementRow(
        placement_id=row["placement_id"], kind=row["kind"], person_id=row["person_id"],
        full_name=full_name(row["surname"], row["given_name"], row["patronymic"]),
        organisation_id=row["organisation_id"], organisation=row["organisation"],
        status=row["status"], status_since=row["status_since"],
        next_follow_up=row["next_follow_up"],
        overdue=is_overdue(row["next_follow_up"], today))


_NAME = Person.sort_key

PLACEMENTS = ListDefinition(
    name="placements", base=_placements, row_id=Placement.id, details=_placement_details,
    search=_search_placements,
    sorts={
        PlacementSort.NAME: SortOrder(_NAME),
        PlacementSort.KIND: SortOrder(Placement.kind, codes=tuple(PlacementKind),
                                      then=(_NAME,)),
        PlacementSort.ORGANISATION: SortOrder(Organisation.name, nullable=True, then=(_NAME,)),
        PlacementSort.STATUS: SortOrder(Placement.status, codes=tuple(PlacementStatus),
                                        then=(_NAME,)),
        PlacementSort.STATUS_SINCE: SortOrder(Placement.status_since, then=(_NAME,)),
        PlacementSort.NEXT_FOLLOW_UP: SortOrder(Placement.next_follow_up, nullable=True,
                                                then=(_NAME,)),
    },
    make_row=_placement, narrow=_narrow_placements)
