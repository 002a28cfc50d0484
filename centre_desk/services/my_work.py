"""My work: what is due for the signed-in user, by the end of this week, each item naming
the record it opens; and, for supervisors, every specialist's caseload side by side.

"Mine" is what the case files and plans say: the open cases the user is assigned to
(case specialists), their follow-ups and reassessments, the placements of those cases'
persons, and the planned sessions the user leads from today to Sunday. Conflicts and approvals are a supervisor's (by permission). Each
section is one indexed query and is cut at ``LIMIT`` items; its ``total`` says how many
there are in all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ConflictStatus, PlacementStatus, Role, Stage
from centre_desk.domain.permissions import Permission, allows
from centre_desk.domain.plans import OccurrenceStatus
from centre_desk.services import approvals, audit, plans
from centre_desk.services.assessments import latest_due_on
from centre_desk.services.records import full_name
from centre_desk.store.models import (
    Activity, Case, CaseSpecialist, Conflict, Person, Placement, User)

LIMIT = 200
"""Items shown per section; the section's total counts them all."""

_OPEN_PLACEMENT = (PlacementStatus.REQUESTED, PlacementStatus.IN_PROGRESS,
                   PlacementStatus.PLACED)


class DueKind(enum.StrEnum):
    """What kind of thing is due, so the page knows what to open."""

    PLANNED_SESSION = "planned_session"
    """A session of a plan the user leads, not held yet (opens the week view)."""
    FOLLOW_UP = "follow_up"
    """A participant's next follow-up (opens the participant's file)."""
    REASSESSMENT = "reassessment"
    """A case's next assessment, or its first (opens the participant's file)."""
    PLACEMENT_FOLLOW_UP = "placement_follow_up"
    """A placement's next follow-up (opens the placement)."""
    CONFLICT = "conflict"
    """A sync conflict waiting for review (opens the conflicts window)."""
    APPROVAL = "approval"
    """A request for an outcome waiting for a second supervisor (opens the file)."""


@dataclasses.dataclass(frozen=True)
class DueItem:
    """One thing due, and what to open for it."""

    kind: DueKind
    due_on: dt.date | None
    """The day it is due; None for a case never assessed (due since its intake)."""
    person_name: str | None
    detail: str | None
    """A code the page words: the placement's kind, the conflict's table and field
    ("table.field"), the outcome asked for, the planned session's kind."""
    overdue: bool
    person_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    placement_id: uuid.UUID | None = None
    conflict_id: uuid.UUID | None = None
    approval_id: uuid.UUID | None = None
    plan_id: uuid.UUID | None = None
    start_minute: int | None = None
    """A planned session's start, minutes after midnight."""
    facility: str | None = None
    title: str | None = None
    """A planned session's own title, if its plan has one (else its kind, the detail)."""


@dataclasses.dataclass(frozen=True)
class Section:
    """The first ``LIMIT`` items of one kind, soonest first, and how many there are."""

    kind: DueKind
    items: tuple[DueItem, ...]
    total: int


@dataclasses.dataclass(frozen=True)
class CaseloadRow:
    """One staff member's load, as a supervisor compares them."""

    user_id: uuid.UUID
    full_name: str
    role: Role
    participants: int
    """Open cases they are assigned to."""
    sessions_this_month: int
    """Activities held this month that they recorded."""
    overdue_follow_ups: int
    """Of their open cases, those whose next follow-up is before today."""


@dataclasses.dataclass(frozen=True)
class MyWork:
    """The sections of the page; a section the role does not see is None."""

    today: dt.date
    week_end: dt.date
    """The Sunday of this week: items due up to it (and any overdue) are listed."""
    participants: int
    """The user's open cases."""
    planned_sessions: Section
    follow_ups: Section
    reassessments: Section
    placement_follow_ups: Section
    conflicts: Section | None
    approvals: Section | None
    caseload: tuple[CaseloadRow, ...] | None


def week_end(today: dt.date) -> dt.date:
    """The Sunday of ``today``'s week."""
    return today + dt.timedelta(days=6 - today.weekday())


def my_work(session: Session, today: dt.date | None = None) -> MyWork:
    """What is due for the signed-in user by the end of this week."""
    actor = audit.require(session, Permission.VIEW)
    today = today or dt.date.today()
    end = week_end(today)
    me = actor.user_id
    supervises = allows(actor.role, Permission.APPROVE_OUTCOMES)
    return MyWork(
        today=today, week_end=end,
        participants=session.scalar(_my_cases(me, func.count(Case.id))) or 0,
        planned_sessions=_planned_sessions(session, me, today, end),
        follow_ups=_follow_ups(session, me, today, end),
        reassessments=_reassessments(session, me, today, end),
        placement_follow_ups=_placement_follow_ups(session, me, today, end),
        conflicts=_conflicts(session) if allows(actor.role, Permission.REVIEW_CONFLICTS)
        else None,
        approvals=_approvals(session, today) if supervises else None,
        caseload=tuple(caseload(session, today)) if supervises else None)


def _my_cases(me: uuid.UUID, *columns) -> Select:
    """The user's open, live cases (through the case-specialist index)."""
    return (select(*columns).select_from(CaseSpecialist)
            .join(Case, Case.id == CaseSpecialist.case_id)
            .join(Person, Person.id == Case.person_id)
            .where(CaseSpecialist.user_id == me, CaseSpecialist.deleted_at.is_(None),
                   Case.deleted_at.is_(None), Person.deleted_at.is_(None),
                   Case.stage != Stage.CLOSED))


def _section(session: Session, kind: DueKind, query: Select, make) -> Section:
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    if total == 0:
        return Section(kind, (), 0)
    return Section(kind, tuple(make(row) for row in session.execute(query.limit(LIMIT))),
                   total)


def _planned_sessions(session: Session, me: uuid.UUID, today: dt.date,
                      end: dt.date) -> Section:
    planned = [o for o in plans.occurrences(session, today, end, leader=me, today=today)
               if o.status is OccurrenceStatus.PLANNED]
    return Section(DueKind.PLANNED_SESSION, tuple(DueItem(
        DueKind.PLANNED_SESSION, o.day, None, o.kind.value, False, plan_id=o.plan_id,
        start_minute=o.start_minute, facility=o.facility or o.place, title=o.title)
        for o in planned[:LIMIT]), len(planned))


def _follow_ups(session: Session, me: uuid.UUID, today: dt.date, end: dt.date) -> Section:
    query = (_my_cases(me, Case.id, Case.person_id, Case.next_follow_up, Person.surname,
                       Person.given_name, Person.patronymic)
             .where(Case.next_follow_up <= end)
             .order_by(Case.next_follow_up, Person.sort_key, Case.id))
    return _section(session, DueKind.FOLLOW_UP, query, lambda r: DueItem(
        DueKind.FOLLOW_UP, r.next_follow_up, full_name(r.surname, r.given_name, r.patronymic),
        None, r.next_follow_up < today, person_id=r.person_id, case_id=r.id))


def _reassessments(session: Session, me: uuid.UUID, today: dt.date,
                   end: dt.date) -> Section:
    due = latest_due_on().label("due")
    inner = _my_cases(me, Case.id, Case.person_id, Person.surname, Person.given_name,
                      Person.patronymic, Person.sort_key, due).subquery()
    query = (select(inner).where((inner.c.due <= end) | inner.c.due.is_(None))
             .order_by(inner.c.due.is_not(None), inner.c.due, inner.c.sort_key, inner.c.id))
    return _section(session, DueKind.REASSESSMENT, query, lambda r: DueItem(
        DueKind.REASSESSMENT, r.due, full_name(r.surname, r.given_name, r.patronymic), None,
        r.due is None or r.due < today, person_id=r.person_id, case_id=r.id))


def _placement_follow_ups(session: Session, me: uuid.UUID, today: dt.date,
                          end: dt.date) -> Section:
    mine = _my_cases(me, Case.person_id)
    query = (select(Placement.id, Placement.kind, Placement.person_id,
                    Placement.next_follow_up, Person.surname, Person.given_name,
                    Person.patronymic)
             .join(Person, Person.id == Placement.person_id)
             .where(Placement.person_id.in_(mine), Placement.deleted_at.is_(None),
                    Placement.status.in_(_OPEN_PLACEMENT), Placement.next_follow_up <= end)
             .order_by(Placement.next_follow_up, Person.sort_key, Placement.id))
    return _section(session, DueKind.PLACEMENT_FOLLOW_UP, query, lambda r: DueItem(
        DueKind.PLACEMENT_FOLLOW_UP, r.next_follow_up,
        full_name(r.surname, r.given_name, r.patronymic), r.kind.value,
        r.next_follow_up < today, person_id=r.person_id, placement_id=r.id))


def _conflicts(session: Session) -> Section:
    query = (select(Conflict.id, Conflict.table_name, Conflict.field, Conflict.created_at)
             .where(Conflict.status == ConflictStatus.OPEN)
             .order_by(Conflict.created_at, Conflict.id))
    return _section(session, DueKind.CONFLICT, query, lambda r: DueItem(
        DueKind.CONFLICT, r.created_at.date(), None, f"{r.table_name}.{r.field}", False,
        conflict_id=r.id))


def _approvals(session: Session, today: dt.date) -> Section:
    waiting = approvals.waiting_for_me(session)
    return Section(DueKind.APPROVAL, tuple(DueItem(
        DueKind.APPROVAL, r.requested_at.date(), r.person_name, r.to_stage.value, False,
        case_id=r.case_id, approval_id=r.id) for r in waiting[:LIMIT]), len(waiting))


def caseload(session: Session, today: dt.date | None = None) -> list[CaseloadRow]:
    """Every active specialist's and supervisor's load, by name: open cases, sessions
    recorded this month, overdue follow-ups. Two grouped queries."""
    audit.require(session, Permission.APPROVE_OUTCOMES)
    today = today or dt.date.today()
    loads = (select(CaseSpecialist.user_id.label("user_id"),
                    func.count(Case.id).label("cases"),
                    func.sum(case((Case.next_follow_up < today, 1), else_=0)).label("overdue"))
             .join(Case, Case.id == CaseSpecialist.case_id)
             .join(Person, Person.id == Case.person_id)
             .where(CaseSpecialist.deleted_at.is_(None), Case.deleted_at.is_(None),
                    Person.deleted_at.is_(None), Case.stage != Stage.CLOSED)
             .group_by(CaseSpecialist.user_id).subquery())
    staff = session.execute(
        select(User.id, User.full_name, User.role, loads.c.cases, loads.c.overdue)
        .outerjoin(loads, loads.c.user_id == User.id)
        .where(User.deleted_at.is_(None), User.active.is_(True),
               User.role.in_((Role.SPECIALIST, Role.SUPERVISOR)))
        .order_by(User.full_name, User.id)).all()
    month_start = today.replace(day=1)
    sessions = dict(session.execute(
        select(Activity.created_by, func.count(Activity.id))
        .where(Activity.held_on >= month_start, Activity.held_on <= today,
               Activity.deleted_at.is_(None), Activity.created_by.is_not(None))
        .group_by(Activity.created_by)).all())
    return [CaseloadRow(r.id, r.full_name, r.role, r.cases or 0, sessions.get(r.id, 0),
                        int(r.overdue or 0)) for r in staff]
