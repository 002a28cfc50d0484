"""Plans as rules: checked, stored, changed from a date onward (the past kept), deleted,
and read back; plus the saved group lists a plan may expect."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, AuditAction, Programme, Role
from centre_desk.domain.permissions import Permission
from centre_desk.domain.plans import DAY_MINUTES, LONGEST_SESSION, weekdays_of, weekdays_text
from centre_desk.services import audit
from centre_desk.services.activities import KINDS, TITLE_REQUIRED
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import clean, live_row
from centre_desk.store.base import utc_now
from centre_desk.store.models import (Course, GroupList, GroupMember, Person, Plan, PlanException,
                                      User)

TEXT_LIMITS = {"title": 200, "facility": 200, "place": 200, "notes": 10000}


@dataclasses.dataclass(frozen=True)
class PlanInput:
    """What a plan form supplies. ``weekdays`` are ISO days (1 = Monday); ``group_id``
    names a saved group list, none: the facility's participants are expected."""

    programme: Programme
    kind: ActivityKind
    weekdays: tuple[int, ...]
    start_minute: int
    duration_minutes: int
    start_on: dt.date
    end_on: dt.date | None = None
    title: str | None = None
    facility: str | None = None
    place: str | None = None
    leader_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    course_id: uuid.UUID | None = None
    notes: str | None = None


@dataclasses.dataclass(frozen=True)
class PlanView:
    """A stored plan, with its leader's and group's names."""

    id: uuid.UUID
    programme: Programme
    kind: ActivityKind
    weekdays: tuple[int, ...]
    start_minute: int
    duration_minutes: int
    start_on: dt.date
    end_on: dt.date | None
    title: str | None
    facility: str | None
    place: str | None
    leader_id: uuid.UUID | None
    leader_name: str | None
    group_id: uuid.UUID | None
    group_name: str | None
    course_id: uuid.UUID | None
    follows_id: uuid.UUID | None
    notes: str | None


@dataclasses.dataclass(frozen=True)
class GroupView:
    """A saved group list and how many live persons are on it."""

    id: uuid.UUID
    name: str
    facility: str | None
    member_count: int


_FIELDS = ("programme", "kind", "weekdays", "start_minute", "duration_minutes", "start_on",
           "end_on", "title", "facility", "place", "leader_id", "group_id", "course_id",
           "notes")


def _checked(session: Session, data: PlanInput) -> dict:
    """The plan's stored values, or InvalidInput naming every wrong field."""
    problems: dict[str, str] = {}
    values = dataclasses.asdict(data)
    for name, limit in TEXT_LIMITS.items():
        values[name] = clean(values[name])
        if values[name] and len(values[name]) > limit:
            problems[name] = "too_long"
    try:
        programme = Programme(data.programme)
        if ActivityKind(data.kind) not in KINDS[programme]:
            problems["kind"] = "not_for_programme"
        if programme in TITLE_REQUIRED and not values["title"]:
            problems["title"] = "required"  # its activities need one (an event's name)
    except ValueError:
        problems["programme"] = "invalid"
    try:
        values["weekdays"] = weekdays_text(data.weekdays)
    except (ValueError, TypeError):
        problems["weekdays"] = "required"
    if not isinstance(data.start_minute, int) or not 0 <= data.start_minute < DAY_MINUTES:
        problems["start_minute"] = "invalid"
    if (not isinstance(data.duration_minutes, int)
            or not 0 < data.duration_minutes <= LONGEST_SESSION):
        problems["duration_minutes"] = "invalid"
    if data.start_on is None:
        problems["start_on"] = "required"
    elif data.end_on is not None and data.end_on < data.start_on:
        problems["end_on"] = "before_start"
    for field, model in (("leader_id", User), ("group_id", GroupList), ("course_id", Course)):
        key = values[field]
        if key is not None:
            row = session.get(model, key)
            if row is None or row.deleted_at is not None:
                problems[field] = "unknown"
    if problems:
        raise InvalidInput(problems)
    return values


def create_plan(session: Session, data: PlanInput) -> uuid.UUID:
    """Store a new weekly plan; returns its id."""
    audit.require(session, Permission.EDIT)
    plan = Plan(**_checked(session, data))
    session.add(plan)
    session.flush()
    audit.record(session, AuditAction.CREATED, "plan", plan.id, facility=plan.facility,
                 weekdays=plan.weekdays, start_on=plan.start_on)
    return plan.id


def change_plan_from(session: Session, plan_id: uuid.UUID, from_on: dt.date,
                     data: PlanInput) -> uuid.UUID:
    """Change a plan's rule from ``from_on`` onward, the occurrences before it kept as
    they were planned: the plan ends the day before and a new plan (returned) carries
    the new rule from ``from_on`` (``data.start_on`` is ignored), taking over the
    exceptions of its dates. A plan that has not started by then is changed in place."""
    audit.require(session, Permission.EDIT)
    plan = live_row(session, Plan, plan_id, "plan")
    values = _checked(session, dataclasses.replace(data, start_on=max(from_on, plan.start_on)))
    if from_on <= plan.start_on:
        for name in _FIELDS:
            setattr(plan, name, values[name])
        audit.record(session, AuditAction.UPDATED, "plan", plan.id, start_on=plan.start_on)
        return plan.id
    if plan.end_on is not None and plan.end_on < from_on:
        raise InvalidInput({"start_on": "after_plan_end"})
    successor = Plan(**values, follows_id=plan.id)
    session.add(successor)
    plan.end_on = from_on - dt.timedelta(days=1)
    session.flush()
    session.execute(update(PlanException).where(
        PlanException.plan_id == plan.id, PlanException.deleted_at.is_(None),
        PlanException.occurs_on >= from_on).values(plan_id=successor.id),
        execution_options={"synchronize_session": "fetch"})
    audit.record(session, AuditAction.UPDATED, "plan", plan.id, end_on=plan.end_on)
    audit.record(session, AuditAction.CREATED, "plan", successor.id, follows=plan.id,
                 start_on=successor.start_on)
    return successor.id


def end_plan(session: Session, plan_id: uuid.UUID, last_day: dt.date) -> None:
    """Hold a plan's last occurrence on or before ``last_day`` (it ends there)."""
    audit.require(session, Permission.EDIT)
    plan = live_row(session, Plan, plan_id, "plan")
    if last_day < plan.start_on:
        raise InvalidInput({"end_on": "before_start"})
    plan.end_on = last_day
    audit.record(session, AuditAction.UPDATED, "plan", plan.id, end_on=last_day)


def delete_plan(session: Session, plan_id: uuid.UUID) -> None:
    """Delete a plan (a tombstone); activities held from it stay."""
    audit.require(session, Permission.EDIT)
    plan = live_row(session, Plan, plan_id, "plan")
    plan.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "plan", plan.id)


def plans(session: Session, facility: str | None = None,
          on: dt.date | None = None) -> list[PlanView]:
    """Live plans (of a facility; running on a day), by facility, weekday and time."""
    audit.require(session, Permission.VIEW)
    query = (select(Plan, User.full_name, GroupList.name)
             .outerjoin(User, User.id == Plan.leader_id)
             .outerjoin(GroupList, GroupList.id == Plan.group_id)
             .where(Plan.deleted_at.is_(None)))
    if facility is not None:
        query = query.where(Plan.facility == facility)
    if on is not None:
        query = query.where(Plan.start_on <= on, (Plan.end_on.is_(None)) | (Plan.end_on >= on))
    views = [_view(plan, leader, group) for plan, leader, group in session.execute(query)]
    return sorted(views, key=lambda v: (v.facility or "", v.weekdays, v.start_minute,
                                        v.start_on))


def get_plan(session: Session, plan_id: uuid.UUID) -> PlanView:
    """One live plan."""
    audit.require(session, Permission.VIEW)
    plan = live_row(session, Plan, plan_id, "plan")
    leader = session.get(User, plan.leader_id) if plan.leader_id else None
    group = session.get(GroupList, plan.group_id) if plan.group_id else None
    return _view(plan, leader.full_name if leader else None, group.name if group else None)


def _view(plan: Plan, leader: str | None, group: str | None) -> PlanView:
    return PlanView(plan.id, plan.programme, plan.kind, weekdays_of(plan.weekdays),
                    plan.start_minute, plan.duration_minutes, plan.start_on, plan.end_on,
                    plan.title, plan.facility, plan.place, plan.leader_id, leader,
                    plan.group_id, group, plan.course_id, plan.follows_id, plan.notes)


# --- saved group lists ------------------------------------------------------------------------

def create_group(session: Session, name: str, person_ids: Iterable[uuid.UUID] = (),
                 facility: str | None = None) -> uuid.UUID:
    """Save a named group list of persons; returns its id."""
    audit.require(session, Permission.EDIT)
    name = clean(name)
    if not name:
        raise InvalidInput({"name": "required"})
    if len(name) > 200 or len(clean(facility) or "") > 200:
        raise InvalidInput({"name" if len(name) > 200 else "facility": "too_long"})
    group = GroupList(name=name, facility=clean(facility))
    session.add(group)
    session.flush()
    _set_members(session, group, set(person_ids))
    audit.record(session, AuditAction.CREATED, "group_list", group.id, name=name)
    return group.id


def set_group_members(session: Session, group_id: uuid.UUID,
                      person_ids: Iterable[uuid.UUID]) -> None:
    """Make exactly ``person_ids`` the group's members."""
    audit.require(session, Permission.EDIT)
    group = live_row(session, GroupList, group_id, "group")
    _set_members(session, group, set(person_ids))
    audit.record(session, AuditAction.UPDATED, "group_list", group.id)


def _set_members(session: Session, group: GroupList, wanted: set[uuid.UUID]) -> None:
    live = set(session.scalars(select(Person.id).where(
        Person.id.in_(wanted), Person.deleted_at.is_(None)))) if wanted else set()
    if live != wanted:
        raise InvalidInput({"members": "unknown_person"})
    current = {m.person_id: m for m in session.scalars(select(GroupMember).where(
        GroupMember.group_id == group.id, GroupMember.deleted_at.is_(None)))}
    now = utc_now()
    for person_id, member in current.items():
        if person_id not in wanted:
            member.deleted_at = now
    session.add_all(GroupMember(group_id=group.id, person_id=person_id)
                    for person_id in wanted - current.keys())
    session.flush()


def groups(session: Session) -> list[GroupView]:
    """Live saved group lists by name, with their live members counted."""
    audit.require(session, Permission.VIEW)
    count = (select(func.count(GroupMember.id)).join(Person, Person.id == GroupMember.person_id)
             .where(GroupMember.group_id == GroupList.id, GroupMember.deleted_at.is_(None),
                    Person.deleted_at.is_(None)).scalar_subquery())
    rows = session.execute(select(GroupList.id, GroupList.name, GroupList.facility, count)
                           .where(GroupList.deleted_at.is_(None)).order_by(GroupList.name))
    return [GroupView(*row) for row in rows]


# --- what the week view filters by ----------------------------------------------------------

def facilities(session: Session) -> list[str]:
    """The facilities live plans name, alphabetically."""
    audit.require(session, Permission.VIEW)
    named = session.scalars(select(Plan.facility).distinct().where(
        Plan.deleted_at.is_(None), Plan.facility.is_not(None)))
    return sorted({name for name in named if name}, key=str.casefold)


def leaders(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(id, full name) of the staff who may lead a session: live, active accounts that
    are not read-only, by name."""
    audit.require(session, Permission.VIEW)
    rows = session.execute(select(User.id, User.full_name).where(
        User.deleted_at.is_(None), User.active.is_(True), User.role != Role.READ_ONLY)
        .order_by(func.lower(User.full_name), User.id)).all()
    return [(user_id, name) for user_id, name in rows]
