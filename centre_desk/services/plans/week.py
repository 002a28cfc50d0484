"""A period's occurrences of the plans (planned, held, missed, cancelled) and the
activities held without a plan, the one-off changes of a single occurrence, holidays,
and an occurrence turned into a held activity.

A period is read in at most five queries whatever its size (plans running in it, their
exceptions and the holidays, the activities held from them, the leaders' names, the
activities held without a plan); the rules' dates are expanded in Python, a week being
at most seven days per plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import exists, or_, select, union_all
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, AuditAction, Programme, Stage
from centre_desk.domain.permissions import Permission
from centre_desk.domain.plans import DAY_MINUTES, OccurrenceStatus, rule_dates
from centre_desk.services import audit
from centre_desk.services.activities import (ActivityInput, AttendanceRefused, set_attendance,
                                             store_activity)
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import clean, full_name, live_row
from centre_desk.store.models import (Activity, Case, GroupList, GroupMember, Person, Plan,
                                      PlanException, User)

_S = OccurrenceStatus


@dataclasses.dataclass(frozen=True)
class Occurrence:
    """One session of a plan: when its rule put it (``occurs_on``), when it takes place
    (``day``, another day when moved) and what became of it. An activity held without a
    plan is one too (``plan_id`` None, held, on the day it was held, no time of day: an
    activity records none; its leader is the activity's facilitators)."""

    plan_id: uuid.UUID | None
    occurs_on: dt.date
    day: dt.date
    start_minute: int | None
    duration_minutes: int | None
    programme: Programme
    kind: ActivityKind
    title: str | None
    facility: str | None
    place: str | None
    leader_id: uuid.UUID | None
    leader_name: str | None
    status: OccurrenceStatus
    activity_id: uuid.UUID | None
    moved: bool
    reason: str | None
    """Why it was cancelled or moved (a holiday's name)."""

    @property
    def unplanned(self) -> bool:
        """An activity held without a plan."""
        return self.plan_id is None


@dataclasses.dataclass(frozen=True)
class ExpectedMember:
    """A person a plan's occurrence expects."""

    person_id: uuid.UUID
    full_name: str


def _latest(rows) -> dict:
    """(plan id, rule date) → the exception that counts: a held one first, then the
    newest (two sites may each have written one)."""
    chosen: dict = {}
    for row in rows:
        key = (row.plan_id, row.occurs_on)
        rank = (row.activity_id is not None, row.hlc)
        if key not in chosen or rank > chosen[key][0]:
            chosen[key] = (rank, row)
    return {key: row for key, (_rank, row) in chosen.items()}


def occurrences(session: Session, start: dt.date, end: dt.date, facility: str | None = None,
                leader: uuid.UUID | None = None, today: dt.date | None = None,
                unplanned: bool = True) -> list[Occurrence]:
    """The occurrences taking place from ``start`` to ``end`` (both included), of one
    facility's or one leader's plans when given, by day, time and facility; with
    ``unplanned``, the activities held without a plan in the period too (of the facility;
    whose facilitators name the leader, or, naming nobody, recorded by the leader),
    after the day's timed sessions."""
    audit.require(session, Permission.VIEW)
    if end < start:
        raise InvalidInput({"end": "before_start"})
    today = today or dt.date.today()
    found = _planned(session, start, end, facility, leader, today)
    if unplanned:
        found += _unplanned(session, start, end, facility, leader)
    return sorted(found, key=lambda o: (
        o.day, DAY_MINUTES if o.start_minute is None else o.start_minute, o.facility or "",
        o.title or "", str(o.plan_id or ""), str(o.activity_id or "")))


def _planned(session: Session, start: dt.date, end: dt.date, facility: str | None,
             leader: uuid.UUID | None, today: dt.date) -> list[Occurrence]:
    # Each half by its own index (the rule's date; the day moved to), the plans' filter
    # applied below: one OR over both would read the whole table.
    columns = (PlanException.plan_id, PlanException.occurs_on, PlanException.cancelled,
               PlanException.moved_to, PlanException.moved_minute, PlanException.activity_id,
               PlanException.reason, PlanException.hlc)
    exceptions = session.execute(union_all(
        select(*columns).where(PlanException.occurs_on.between(start, end),
                               PlanException.deleted_at.is_(None)),
        select(*columns).where(PlanException.moved_to.between(start, end),
                               PlanException.deleted_at.is_(None)))).all()
    moved_in = {row.plan_id for row in exceptions
                if row.plan_id is not None and row.moved_to is not None}
    running = (Plan.start_on <= end) & (Plan.end_on.is_(None) | (Plan.end_on >= start))
    query = select(Plan).where(Plan.deleted_at.is_(None),
                               or_(running, Plan.id.in_(moved_in)) if moved_in else running)
    if facility is not None:
        query = query.where(Plan.facility == facility)
    if leader is not None:
        query = query.where(Plan.leader_id == leader)
    plans = {plan.id: plan for plan in session.scalars(query)}
    if not plans:
        return []
    exceptions = list({(row.plan_id, row.occurs_on, row.hlc): row for row in exceptions
                       if row.plan_id is None or row.plan_id in plans}.values())
    holidays = {row.occurs_on: row.reason for row in exceptions if row.plan_id is None}
    changed = _latest(row for row in exceptions if row.plan_id is not None)
    held_ids = {row.activity_id for row in changed.values() if row.activity_id}
    live_held = set(session.scalars(select(Activity.id).where(
        Activity.id.in_(held_ids), Activity.deleted_at.is_(None)))) if held_ids else set()
    leader_ids = {plan.leader_id for plan in plans.values() if plan.leader_id}
    leaders = dict(session.execute(select(User.id, User.full_name).where(
        User.id.in_(leader_ids))).all()) if leader_ids else {}
    moved: dict[uuid.UUID, set[dt.date]] = {}
    for (plan_id, occurs_on), row in changed.items():
        if row.moved_to and start <= row.moved_to <= end:
            moved.setdefault(plan_id, set()).add(occurs_on)
    found = []
    for plan in plans.values():
        dates = set(rule_dates(plan.weekdays, plan.start_on, plan.end_on, start, end))
        dates |= moved.get(plan.id, set())
        for occurs_on in dates:
            row = changed.get((plan.id, occurs_on))
            occurrence = _occurrence(plan, occurs_on, row, holidays, live_held,
                                     leaders.get(plan.leader_id), today)
            if start <= occurrence.day <= end:
                found.append(occurrence)
    return found


def _unplanned(session: Session, start: dt.date, end: dt.date, facility: str | None,
               leader: uuid.UUID | None) -> list[Occurrence]:
    """The live activities of the period no live plan's occurrence was held as (a
    deleted plan's held sessions stay held, now without a plan), in one query: the
    period by the activity's date index, each one's plan by the exception's activity
    index."""
    from_plan = (select(PlanException.id)
                 .join(Plan, Plan.id == PlanException.plan_id)
                 .where(PlanException.activity_id == Activity.id,
                        PlanException.deleted_at.is_(None), Plan.deleted_at.is_(None)))
    query = select(Activity.id, Activity.programme, Activity.kind, Activity.title,
                   Activity.held_on, Activity.facility, Activity.place,
                   Activity.facilitators).where(
        Activity.held_on.between(start, end), Activity.deleted_at.is_(None),
        ~exists(from_plan))
    if facility is not None:
        query = query.where(Activity.facility == facility)
    if leader is not None:
        name = select(User.full_name).where(User.id == leader).scalar_subquery()
        nobody = Activity.facilitators.is_(None) | (Activity.facilitators == "")
        query = query.where(or_(Activity.facilitators.contains(name),
                                nobody & (Activity.created_by == leader)))
    return [Occurrence(None, row.held_on, row.held_on, None, None, row.programme, row.kind,
                       row.title, row.facility, row.place, None, row.facilitators or None,
                       _S.HELD, row.id, False, None)
            for row in session.execute(query)]


def _occurrence(plan: Plan, occurs_on: dt.date, row, holidays: dict, live_held: set,
                leader_name: str | None, today: dt.date) -> Occurrence:
    day, minute, reason = occurs_on, plan.start_minute, None
    activity_id = None
    status = _S.PLANNED
    if row is not None:
        day = row.moved_to or occurs_on
        minute = row.moved_minute if row.moved_minute is not None else minute
        reason = row.reason
        if row.activity_id in live_held:
            activity_id, status = row.activity_id, _S.HELD
        elif row.cancelled:
            status = _S.CANCELLED
    if status is _S.PLANNED and (row is None or row.moved_to is None) and day in holidays:
        status, reason = _S.CANCELLED, holidays[day]
    if status is _S.PLANNED and day < today:
        status = _S.MISSED
    return Occurrence(plan.id, occurs_on, day, minute, plan.duration_minutes, plan.programme,
                      plan.kind, plan.title, plan.facility, plan.place, plan.leader_id,
                      leader_name, status, activity_id, day != occurs_on, reason)


# --- one occurrence ---------------------------------------------------------------------------

def _is_occurrence(plan: Plan, occurs_on: dt.date) -> bool:
    return bool(list(rule_dates(plan.weekdays, plan.start_on, plan.end_on, occurs_on,
                                occurs_on)))


def _exception_of(session: Session, plan: Plan, occurs_on: dt.date,
                  create: bool = True) -> PlanException | None:
    """The live exception row of one occurrence (made when ``create``), or
    InvalidInput when the plan's rule does not fall on ``occurs_on``."""
    if not _is_occurrence(plan, occurs_on):
        raise InvalidInput({"occurs_on": "not_planned"})
    rows = session.scalars(select(PlanException).where(
        PlanException.plan_id == plan.id, PlanException.occurs_on == occurs_on,
        PlanException.deleted_at.is_(None))).all()
    if rows:
        return max(rows, key=lambda r: (r.activity_id is not None, r.hlc or ""))
    if not create:
        return None
    row = PlanException(plan_id=plan.id, occurs_on=occurs_on, cancelled=False)
    session.add(row)
    return row


def cancel_occurrence(session: Session, plan_id: uuid.UUID, occurs_on: dt.date,
                      reason: str | None = None) -> None:
    """Cancel one occurrence (the rule's date); the plan's others are untouched."""
    audit.require(session, Permission.EDIT)
    plan = live_row(session, Plan, plan_id, "plan")
    row = _exception_of(session, plan, occurs_on)
    if row.activity_id is not None:
        raise InvalidInput({"occurs_on": "already_held"})
    row.cancelled, row.reason = True, _reason(reason)
    session.flush()
    audit.record(session, AuditAction.UPDATED, "plan", plan.id, cancelled=occurs_on)


def move_occurrence(session: Session, plan_id: uuid.UUID, occurs_on: dt.date,
                    to_day: dt.date, to_minute: int | None = None,
                    reason: str | None = None) -> None:
    """Move one occurrence to another day (and time); the rule stays as it is."""
    audit.require(session, Permission.EDIT)
    plan = live_row(session, Plan, plan_id, "plan")
    if to_minute is not None and not 0 <= to_minute < DAY_MINUTES:
        raise InvalidInput({"moved_minute": "invalid"})
    row = _exception_of(session, plan, occurs_on)
    if row.activity_id is not None:
        raise InvalidInput({"occurs_on": "already_held"})
    row.cancelled = False
    row.moved_to = None if to_day == occurs_on else to_day
    row.moved_minute, row.reason = to_minute, _reason(reason)
    session.flush()
    audit.record(session, AuditAction.UPDATED, "plan", plan.id, moved=occurs_on,
                 to=to_day)


def add_holiday(session: Session, day: dt.date, name: str | None = None) -> uuid.UUID:
    """A day no plan's occurrence takes place (an occurrence moved onto it does)."""
    audit.require(session, Permission.EDIT)
    row = PlanException(plan_id=None, occurs_on=day, cancelled=True, reason=_reason(name))
    session.add(row)
    session.flush()
    audit.record(session, AuditAction.CREATED, "plan_exception", row.id, holiday=day)
    return row.id


def _reason(text: str | None) -> str | None:
    text = clean(text)
    if text and len(text) > 200:
        raise InvalidInput({"reason": "too_long"})
    return text


# --- plan → held ------------------------------------------------------------------------------

def _expected_ids(session: Session, plan: Plan) -> list[tuple]:
    """(person id, surname, given name, patronymic) of the group a plan expects: its
    saved list, else the live cases of its facility not closed, else nobody."""
    columns = (Person.id, Person.surname, Person.given_name, Person.patronymic)
    if plan.group_id is not None:
        query = (select(*columns).join(GroupMember, GroupMember.person_id == Person.id)
                 .where(GroupMember.group_id == plan.group_id,
                        GroupMember.deleted_at.is_(None)))
    elif plan.facility:
        query = (select(*columns).join(Case, Case.person_id == Person.id)
                 .where(Case.facility == plan.facility, Case.deleted_at.is_(None),
                        Case.stage != Stage.CLOSED))
    else:
        return []
    rows = session.execute(query.where(Person.deleted_at.is_(None))
                           .order_by(Person.sort_key, Person.id)).all()
    seen: set = set()
    return [row for row in rows if not (row[0] in seen or seen.add(row[0]))]


def expected_group(session: Session, plan_id: uuid.UUID) -> tuple[ExpectedMember, ...]:
    """The persons a plan expects, in alphabetical order."""
    audit.require(session, Permission.VIEW)
    plan = live_row(session, Plan, plan_id, "plan")
    return tuple(ExpectedMember(row[0], full_name(*row[1:]))
                 for row in _expected_ids(session, plan))


def group_members(session: Session, group_id: uuid.UUID) -> tuple[ExpectedMember, ...]:
    """The live persons on a saved group list, in alphabetical order."""
    audit.require(session, Permission.VIEW)
    live_row(session, GroupList, group_id, "group")
    rows = session.execute(
        select(Person.id, Person.surname, Person.given_name, Person.patronymic)
        .join(GroupMember, GroupMember.person_id == Person.id)
        .where(GroupMember.group_id == group_id, GroupMember.deleted_at.is_(None),
               Person.deleted_at.is_(None))
        .order_by(Person.sort_key, Person.id)).all()
    return tuple(ExpectedMember(row[0], full_name(*row[1:])) for row in dict.fromkeys(rows))


def hold_occurrence(session: Session, plan_id: uuid.UUID, occurs_on: dt.date,
                    today: dt.date | None = None) -> uuid.UUID:
    """Turn an occurrence into a held activity with its expected group ticked present,
    ready for the register; returns the activity's id (the same one when it was held
    already). Refused for a cancelled occurrence (``{"occurs_on": "cancelled"}``) and one
    whose day is still to come (``{"occurs_on": "in_future"}``). Persons the activity
    refuses (under 18 for an adults' programme, not enrolled on the course) are left
    unticked."""
    audit.require(session, Permission.EDIT)
    plan = live_row(session, Plan, plan_id, "plan")
    row = _exception_of(session, plan, occurs_on, create=False)
    if row is not None and row.activity_id is not None:
        held = session.get(Activity, row.activity_id)
        if held is not None and held.deleted_at is None:
            return held.id
    if row is not None and row.cancelled:
        raise InvalidInput({"occurs_on": "cancelled"})
    day = row.moved_to if row is not None and row.moved_to else occurs_on
    if day > (today or dt.date.today()):
        raise InvalidInput({"occurs_on": "in_future"})
    leader = session.get(User, plan.leader_id) if plan.leader_id else None
    activity = store_activity(session, ActivityInput(
        plan.programme, plan.kind, day, title=plan.title, place=plan.place,
        facility=plan.facility, facilitators=leader.full_name if leader else None,
        course_id=plan.course_id))
    wanted = {person[0] for person in _expected_ids(session, plan)}
    for _attempt in range(3):
        try:
            with session.begin_nested():
                set_attendance(session, activity.id, wanted, today=today)
            break
        except AttendanceRefused as refused:
            if not refused.person_ids:
                wanted = set()
            wanted -= refused.person_ids
    if row is None:
        row = _exception_of(session, plan, occurs_on)
    row.activity_id = activity.id
    session.flush()
    audit.record(session, AuditAction.CREATED, "activity", activity.id,
                 programme=activity.programme.value, kind=activity.kind.value,
                 held_on=activity.held_on, plan=plan.id, occurs_on=occurs_on)
    return activity.id
