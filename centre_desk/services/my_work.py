"""My work: what is due for the signed-in user, by the end of this week, each item naming
the record it opens; and, for supervisors, every specialist's caseload side by side.

"Mine" is what the case files and plans say: the open cases the user is assigned to
(case specialists), their follow-ups and reassessments, the placements of those cases'
persons, and the planned sessions the user leads from today to Sunday. Conflicts and
approvals are a supervisor's (by permission). The user's cases are read in one query
through the case-specialist index and split here; each section is cut at ``LIMIT``
items, soonest first, and its ``total`` says how many there are in all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ConflictStatus, PlacementStatus, Role, Stage
from centre_desk.domain.permissions import Permission, allows
from centre_desk.domain.plans import OccurrenceStatus
from centre_desk.services import approvals, audit, plans
from centre_desk.services.assessments import EARLIEST, latest_due_on
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
    cases = _my_cases(session, me, end)
    follow_ups = sorted((c for c in cases if c.fu_rank <= LIMIT and c.fu_due),
                        key=lambda c: c.fu_rank)
    reassessments = sorted((c for c in cases if c.re_rank <= LIMIT and c.re_due),
                           key=lambda c: c.re_rank)
    placements = _placements_due(session, me, end)
    names = _names(session, {row.person_id for rows in (follow_ups, reassessments, placements)
                             for row in rows})
    first = cases[0] if cases else None
    return MyWork(
        today=today, week_end=end, participants=first.total if first else 0,
        planned_sessions=_planned_sessions(session, me, today, end),
        follow_ups=Section(DueKind.FOLLOW_UP, tuple(DueItem(
            DueKind.FOLLOW_UP, c.next_follow_up, names[c.person_id], None,
            c.next_follow_up < today, person_id=c.person_id, case_id=c.id)
            for c in follow_ups), first.fu_total if first else 0),
        reassessments=Section(DueKind.REASSESSMENT, tuple(DueItem(
            DueKind.REASSESSMENT, c.due, names[c.person_id], None,
            c.due is None or c.due < today, person_id=c.person_id, case_id=c.id)
            for c in reassessments), first.re_total if first else 0),
        placement_follow_ups=Section(DueKind.PLACEMENT_FOLLOW_UP, tuple(DueItem(
            DueKind.PLACEMENT_FOLLOW_UP, p.next_follow_up, names[p.person_id], p.kind.value,
            p.next_follow_up < today, person_id=p.person_id, placement_id=p.id)
            for p in placements), placements[0].total if placements else 0),
        conflicts=_conflicts(session) if allows(actor.role, Permission.REVIEW_CONFLICTS)
        else None,
        approvals=_approvals(session, today) if supervises else None,
        caseload=tuple(caseload(session, today)) if supervises else None)


def _deleted_persons() -> Select:
    # A deleted person's case stays live; the few deleted persons come from their index.
    return select(Person.id).where(Person.deleted_at.is_not(None))


def _mine(me: uuid.UUID, *columns) -> Select:
    """The user's open, live cases, through the case-specialist index."""
    return (select(*columns).select_from(CaseSpecialist)
            .join(Case, Case.id == CaseSpecialist.case_id)
            .where(CaseSpecialist.user_id == me, CaseSpecialist.deleted_at.is_(None),
                   Case.deleted_at.is_(None), Case.stage != Stage.CLOSED,
                   Case.person_id.not_in(_deleted_persons())))


def _flag(condition) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def _my_cases(session: Session, me: uuid.UUID, end: dt.date) -> list:
    """In one pass over the user's cases: the first ``LIMIT`` follow-ups and the first
    ``LIMIT`` reassessments due by ``end`` (their ranks, soonest first), and the counts
    of the cases and of each kind due on every row (window functions). One row more
    carries the counts when nothing is due. A few hundred rows reach Python, not every
    case of a busy specialist."""
    # Materialised: each case's next assessment is looked up once, not once for every
    # window below that reads it.
    mine = _mine(me, Case.id, Case.person_id, Case.next_follow_up, Case.created_at,
                 latest_due_on().label("due")).cte("mine").prefix_with("MATERIALIZED")
    fu_due = _flag(mine.c.next_follow_up <= end)
    re_due = _flag(mine.c.due.is_(None) | (mine.c.due <= end))
    ranked = select(
        mine, fu_due.label("fu_due"), re_due.label("re_due"),
        func.count().over().label("total"),
        func.sum(fu_due).over().label("fu_total"), func.sum(re_due).over().label("re_total"),
        func.row_number().over(partition_by=fu_due, order_by=(
            mine.c.next_follow_up, mine.c.created_at, mine.c.id)).label("fu_rank"),
        func.row_number().over(partition_by=re_due, order_by=(
            func.coalesce(mine.c.due, EARLIEST), mine.c.created_at, mine.c.id)
            ).label("re_rank"),
        func.row_number().over().label("any_rank")).subquery()
    return session.execute(select(ranked).where(
        ((ranked.c.fu_due == 1) & (ranked.c.fu_rank <= LIMIT))
        | ((ranked.c.re_due == 1) & (ranked.c.re_rank <= LIMIT))
        | (ranked.c.any_rank == 1))).all()


def _placements_due(session: Session, me: uuid.UUID, end: dt.date) -> list:
    """The first ``LIMIT`` open placements of the user's participants whose next
    follow-up is due by ``end``, soonest first, each with their number in all."""
    return session.execute(
        select(Placement.id, Placement.kind, Placement.person_id, Placement.next_follow_up,
               func.count().over().label("total"))
        .where(Placement.person_id.in_(_mine(me, Case.person_id)),
               Placement.next_follow_up <= end, Placement.deleted_at.is_(None),
               Placement.status.in_(_OPEN_PLACEMENT))
        .order_by(Placement.next_follow_up, Placement.created_at, Placement.id)
        .limit(LIMIT)).all()


def _names(session: Session, person_ids: set) -> dict:
    if not person_ids:
        return {}
    return {r.id: full_name(r.surname, r.given_name, r.patronymic) for r in session.execute(
        select(Person.id, Person.surname, Person.given_name, Person.patronymic)
        .where(Person.id.in_(person_ids)))}


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
    recorded this month, overdue follow-ups; three queries, grouped in SQL."""
    audit.require(session, Permission.APPROVE_OUTCOMES)
    today = today or dt.date.today()
    # Grouped by an expression, not the bare column: by the column SQLite walks the
    # assignments' user index and looks each case up in turn, three times slower on a
    # region's data than reading the cases and grouping in a temporary tree.
    user = func.coalesce(CaseSpecialist.user_id, CaseSpecialist.user_id)
    loads = {row.user: (row.cases, int(row.overdue or 0)) for row in session.execute(
        select(user.label("user"), func.count().label("cases"),
               func.sum(_flag(Case.next_follow_up < today)).label("overdue"))
        .select_from(CaseSpecialist).join(Case, Case.id == CaseSpecialist.case_id)
        .where(CaseSpecialist.deleted_at.is_(None), Case.deleted_at.is_(None),
               Case.stage != Stage.CLOSED, Case.person_id.not_in(_deleted_persons()))
        .group_by(user))}
    month_start = today.replace(day=1)
    sessions = dict(session.execute(
        select(Activity.created_by, func.count(Activity.id))
        .where(Activity.held_on >= month_start, Activity.held_on <= today,
               Activity.deleted_at.is_(None), Activity.created_by.is_not(None))
        .group_by(Activity.created_by)).all())
    staff = session.execute(
        select(User.id, User.full_name, User.role)
        .where(User.deleted_at.is_(None), User.active.is_(True),
               User.role.in_((Role.SPECIALIST, Role.SUPERVISOR)))
        .order_by(User.full_name, User.id)).all()
    return [CaseloadRow(r.id, r.full_name, r.role, loads.get(r.id, (0, 0))[0],
                        sessions.get(r.id, 0), loads.get(r.id, (0, 0))[1]) for r in staff]
