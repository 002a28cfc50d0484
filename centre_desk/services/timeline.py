"""One timeline of everything about a person: stages, interventions, programmes, placements."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.orm import Session

from centre_desk.domain.enums import (
    ActivityKind, EnrolmentStatus, PlacementKind, PlacementStatus, Programme, Stage)
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.store.models import (
    Activity, Attendance, Case, Course, Enrolment, Placement, PlacementStatusChange,
    StageChange)


class TimelineKind(enum.StrEnum):
    """What a timeline entry records; the UI chooses the words and the icon."""

    STAGE_CHANGE = "stage_change"
    INTERVENTION = "intervention"
    CLUB_MEETING = "club_meeting"
    CHILDREN_EVENT = "children_event"
    COURSE_ENROLMENT = "course_enrolment"
    COURSE_LESSON = "course_lesson"
    PLACEMENT_STATUS = "placement_status"


@dataclasses.dataclass(frozen=True)
class TimelineEntry:
    """One dated thing in a person's timeline, as codes.

    ``source_id`` is the row it comes from: the stage change, the activity (for
    interventions, club meetings, events and lessons), the enrolment, or the placement
    status change. Only the fields that fit the kind are set.
    """

    on: dt.date
    kind: TimelineKind
    source_id: uuid.UUID
    activity_kind: ActivityKind | None = None
    stage: Stage | None = None
    placement_kind: PlacementKind | None = None
    placement_status: PlacementStatus | None = None
    enrolment_status: EnrolmentStatus | None = None
    title: str | None = None
    place: str | None = None
    note: str | None = None


_BY_PROGRAMME = {Programme.CASE_WORK: TimelineKind.INTERVENTION,
                 Programme.MOTHERS_CLUB: TimelineKind.CLUB_MEETING,
                 Programme.CHILDREN_EVENTS: TimelineKind.CHILDREN_EVENT,
                 Programme.ARABIC_COURSES: TimelineKind.COURSE_LESSON}


def _stage_changes(person_id: uuid.UUID, limit: int) -> Select:
    return (select(StageChange.id, StageChange.changed_on, StageChange.to_stage,
                   StageChange.note, StageChange.hlc)
            .join(Case, Case.id == StageChange.case_id)
            .where(Case.person_id == person_id, Case.deleted_at.is_(None),
                   StageChange.deleted_at.is_(None))
            .order_by(StageChange.changed_on.desc(), StageChange.hlc.desc()).limit(limit))


def _attended(person_id: uuid.UUID, limit: int) -> Select:
    # Driven by the attendance index on person, then each activity by its key.
    return (select(Activity.id, Activity.held_on, Activity.programme, Activity.kind,
                   func.coalesce(Activity.title, Course.title).label("title"),
                   func.coalesce(Activity.place, Activity.facility).label("place"),
                   func.coalesce(Attendance.note, Activity.notes).label("note"), Attendance.hlc)
            .select_from(Attendance)
            .join(Activity, Activity.id == Attendance.activity_id)
            .outerjoin(Course, Course.id == Activity.course_id)
            .where(Attendance.person_id == person_id, Attendance.deleted_at.is_(None),
                   Activity.deleted_at.is_(None))
            .order_by(Activity.held_on.desc(), Attendance.hlc.desc()).limit(limit))


def _enrolments(person_id: uuid.UUID, limit: int) -> Select:
    return (select(Enrolment.id, Enrolment.enrolled_on, Enrolment.status, Course.title,
                   Enrolment.hlc)
            .join(Course, Course.id == Enrolment.course_id)
            .where(Enrolment.person_id == person_id, Enrolment.deleted_at.is_(None),
                   Course.deleted_at.is_(None))
            .order_by(Enrolment.enrolled_on.desc(), Enrolment.hlc.desc()).limit(limit))


def _placement_changes(person_id: uuid.UUID, limit: int) -> Select:
    # A nursery place is in the mother's timeline and the child's. Two arms, so the
    # person side uses its index; the child side has none but placements are few.
    placements = union_all(
        select(Placement.id).where(Placement.person_id == person_id,
                                   Placement.deleted_at.is_(None)),
        select(Placement.id).where(Placement.child_id == person_id,
                                   Placement.deleted_at.is_(None))).subquery("placements")
    return (select(PlacementStatusChange.id, PlacementStatusChange.changed_on,
                   PlacementStatusChange.to_status, PlacementStatusChange.note, Placement.kind,
                   PlacementStatusChange.hlc)
            .join(Placement, Placement.id == PlacementStatusChange.placement_id)
            .where(PlacementStatusChange.placement_id.in_(select(placements.c.id)),
                   PlacementStatusChange.deleted_at.is_(None))
            .order_by(PlacementStatusChange.changed_on.desc(),
                      PlacementStatusChange.hlc.desc()).limit(limit))


def person_timeline(session: Session, person_id: uuid.UUID,
                    limit: int = 500) -> tuple[TimelineEntry, ...]:
    """Up to ``limit`` dated entries about a person, newest first.

    Stage changes of the person's cases, every activity of every programme the person
    attended, course enrolments, and status changes of placements where the person is
    the one placed or the child. Deleted rows never appear.
    """
    audit.require(session, Permission.VIEW)
    # (entry, clock stamp): on the same day, what was recorded last comes first.
    found = [(TimelineEntry(on=row.changed_on, kind=TimelineKind.STAGE_CHANGE,
                            source_id=row.id, stage=row.to_stage, note=row.note), row.hlc)
             for row in session.execute(_stage_changes(person_id, limit))]
    found += [(TimelineEntry(on=row.held_on, kind=_BY_PROGRAMME[row.programme],
                             source_id=row.id, activity_kind=row.kind, title=row.title,
                             place=row.place, note=row.note), row.hlc)
              for row in session.execute(_attended(person_id, limit))]
    found += [(TimelineEntry(on=row.enrolled_on, kind=TimelineKind.COURSE_ENROLMENT,
                             source_id=row.id, enrolment_status=row.status, title=row.title),
               row.hlc)
              for row in session.execute(_enrolments(person_id, limit))]
    found += [(TimelineEntry(on=row.changed_on, kind=TimelineKind.PLACEMENT_STATUS,
                             source_id=row.id, placement_kind=row.kind,
                             placement_status=row.to_status, note=row.note), row.hlc)
              for row in session.execute(_placement_changes(person_id, limit))]
    found.sort(key=lambda pair: (pair[0].on, pair[1]), reverse=True)
    return tuple(entry for entry, _ in found[:limit])
