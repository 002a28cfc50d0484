"""My work: what is due for the signed-in user, by the end of this week, each item naming
the record it opens; and, for supervisors, every specialist's caseload side by side.

"Mine" is what the case files and plans say: the open cases the user is assigned to
(case specialists), their follow-ups and reassessments, the placements of those cases'
persons, and the planned sessions the user leads from today to Sunday. Conflicts and
approvals are a supervisor's (by permission). The user's cases are read in one query
through the case-specialist index and split here; each section is cut at ``LIMIT``
items, soonest first, and its ``total`` says how many there are in all.

Assessments: a case assessed before is due for its next one on the latest assessment's
date. A case never assessed was due at its intake (services.assessments), but a site
that began assessing late has hundreds of such cases, and one row each would bury the
dated reassessments: they are one item, "first assessment", counting them and naming
the one taken in longest ago (it opens that file; assessing it brings up the next).

A supervisor's caseloads count, per specialist, their open cases, the overdue follow-ups
among them, and the sessions they led this month as the week view tells a leader's held
sessions: held from a plan they lead, or held without a plan and naming them among its
facilitators (naming nobody: recorded by them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import uuid

from sqlalchemy import (
    Date, DateTime, Engine, Integer, String, Uuid, and_, bindparam, case, func, literal, or_,
    select, union_all)
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ConflictStatus, PlacementStatus, Role, Stage
from centre_desk.domain.permissions import Permission, allows
from centre_desk.domain.plans import OccurrenceStatus
from centre_desk.services import approvals, audit, plans
from centre_desk.services.assessments import latest_due_on
from centre_desk.services.records import full_name
from centre_desk.store.models import (
    Activity, Case, CaseSpecialist, Conflict, Person, Placement, Plan, PlanException,
    StageChange, User)

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
    """A case's next assessment (opens the participant's file)."""
    FIRST_ASSESSMENT = "first_assessment"
    """The user's cases never assessed, as one item of the assessments' section: how
    many, and the one taken in longest ago (opens that participant's file)."""
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
    due_on: dt.date
    """The day it is due (a first assessment: the day its case was taken in)."""
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
    count: int | None = None
    """A first assessment's item: how many of the user's open cases were never assessed."""


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
    """Activities held this month that they led (from the 1st to today)."""
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
    """The reassessments due, after the one first-assessment item if any case of the
    user was never assessed (the total counts that item once)."""
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
    parts = _my_rows(session, me, end)
    [counts] = parts[_Part.COUNTS]
    assessments = tuple(DueItem(
        DueKind.REASSESSMENT, r.day, _name(r), None, r.day < today,
        person_id=r.person_id, case_id=r.id) for r in parts[_Part.REASSESSMENT])
    never = counts.never or 0
    if never:  # one item for all of them, naming the case waiting longest
        [r] = parts[_Part.FIRST_ASSESSMENT]
        intake = r.day or r.stamp.date()
        assessments = (DueItem(
            DueKind.FIRST_ASSESSMENT, intake, _name(r), None, intake < today,
            person_id=r.person_id, case_id=r.id, count=never),) + assessments
    return MyWork(
        today=today, week_end=end, participants=counts.total or 0,
        planned_sessions=_planned_sessions(session, me, today, end),
        follow_ups=Section(DueKind.FOLLOW_UP, tuple(DueItem(
            DueKind.FOLLOW_UP, r.day, _name(r), None, r.day < today,
            person_id=r.person_id, case_id=r.id) for r in parts[_Part.FOLLOW_UP]),
            counts.follow_ups or 0),
        reassessments=Section(DueKind.REASSESSMENT, assessments,
                              (counts.reassessments or 0) + (1 if never else 0)),
        placement_follow_ups=Section(DueKind.PLACEMENT_FOLLOW_UP, tuple(DueItem(
            DueKind.PLACEMENT_FOLLOW_UP, r.day, _name(r), r.kind, r.day < today,
            person_id=r.person_id, placement_id=r.id) for r in parts[_Part.PLACEMENT]),
            counts.placements or 0),
        conflicts=_conflicts(session) if allows(actor.role, Permission.REVIEW_CONFLICTS)
        else None,
        approvals=_approvals(session, today) if supervises else None,
        caseload=tuple(caseload(session, today)) if supervises else None)


def compile_statements(engine: Engine) -> None:
    """Compile the page's two built-once statements into ``engine``'s statement cache, as
    their first execution would: SQL only, nothing is read. Called behind the sign-in
    window, so the first page after Enter does not compile them (about 35 ms of CPU of
    its first reading, most of it SQLAlchemy's ORM compilation)."""
    for statement, parameters in ((_my_statement(), ("end", "me")),
                                  (_caseload_statement(), ("month", "today"))):
        # What Connection.execute does with these parameters on a cache miss (the key is
        # the dialect, the statement's structure and the parameters' names).
        statement._compile_w_cache(engine.dialect, compiled_cache=engine._compiled_cache,
                                   column_keys=list(parameters))


class _Part(enum.IntEnum):
    """The parts of the one statement that reads the user's cases."""

    COUNTS = 0
    FOLLOW_UP = 1
    REASSESSMENT = 2
    FIRST_ASSESSMENT = 3
    PLACEMENT = 4


def _deleted_persons() -> Select:
    # A deleted person's case stays live; the few deleted persons come from their index.
    return select(Person.id).where(Person.deleted_at.is_not(None))


def _open_cases() -> tuple:
    """A case in work: live, not closed, its person live."""
    return (Case.deleted_at.is_(None), Case.stage != Stage.CLOSED,
            Case.person_id.not_in(_deleted_persons()))


def _counted(condition) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def _my_rows(session: Session, me: uuid.UUID, end: dt.date) -> dict[_Part, list]:
    """Everything due of the user's own cases, by part, each row with its person's name."""
    parts: dict[_Part, list] = {kind: [] for kind in _Part}
    for row in session.execute(_my_statement(), {"me": me, "end": end}):
        parts[_Part(row.part)].append(row)
    for kind in (_Part.FOLLOW_UP, _Part.REASSESSMENT, _Part.PLACEMENT):
        # Soonest first, as each part was cut (a union promises no order of its own).
        parts[kind].sort(key=lambda row: (row.day, row.stamp, row.id))
    return parts


@functools.cache
def _my_statement():
    """One statement over the user's cases (read once, from the covering indexes of
    migration 0020), by part: the counts; the first ``LIMIT`` follow-ups and
    reassessments due by ``end``; the never-assessed case taken in longest ago; the
    first ``LIMIT`` placement follow-ups of their persons. A few hundred rows reach
    Python, not every case of a busy specialist. Built once: parameters ``me``, ``end``
    (the statement, not any result, is kept)."""
    end = bindparam("end", type_=Date)
    mine = (select(Case.id, Case.person_id, Case.next_follow_up, Case.created_at,
                   latest_due_on().label("due"))
            .select_from(CaseSpecialist).join(Case, Case.id == CaseSpecialist.case_id)
            .where(CaseSpecialist.user_id == bindparam("me", type_=Uuid),
                   CaseSpecialist.deleted_at.is_(None), *_open_cases())
            .cte("mine").prefix_with("MATERIALIZED"))
    placements = select(Placement.id).where(
        Placement.person_id.in_(select(mine.c.person_id)), Placement.next_follow_up <= end,
        Placement.deleted_at.is_(None), Placement.status.in_(_OPEN_PLACEMENT))
    # Every part has the same columns: a case's or placement's, its person's name, then
    # the counts.
    counts = select(
        literal(_Part.COUNTS).label("part"), literal(None, Uuid).label("id"),
        literal(None, Uuid).label("person_id"), literal(None, Date).label("day"),
        literal(None, DateTime).label("stamp"), literal(None, String).label("kind"),
        *(literal(None, String).label(name) for name in ("surname", "given_name",
                                                         "patronymic")),
        func.count().label("total"),
        _counted(mine.c.next_follow_up <= end).label("follow_ups"),
        _counted(mine.c.due <= end).label("reassessments"),
        _counted(mine.c.due.is_(None)).label("never"),
        select(func.count()).select_from(placements.subquery()).scalar_subquery()
        .label("placements")).select_from(mine)

    def part(kind: _Part, query: Select, limit: int = LIMIT) -> Select:
        first = query.limit(limit).subquery()
        return (select(literal(kind), *first.c, Person.surname, Person.given_name,
                       Person.patronymic, *[literal(None, Integer)] * 5)
                .join_from(first, Person, Person.id == first.c.person_id))

    def of_mine(day, *where) -> Select:
        return select(mine.c.id, mine.c.person_id, day, mine.c.created_at,
                      literal(None, String)).where(*where)

    intake = (select(func.min(StageChange.changed_on))
              .where(StageChange.case_id == mine.c.id, StageChange.from_stage.is_(None),
                     StageChange.deleted_at.is_(None)).scalar_subquery())
    never = of_mine(intake.label("day"), mine.c.due.is_(None)).subquery()
    return union_all(
        counts,
        part(_Part.FOLLOW_UP, of_mine(mine.c.next_follow_up, mine.c.next_follow_up <= end)
             .order_by(mine.c.next_follow_up, mine.c.created_at, mine.c.id)),
        part(_Part.REASSESSMENT, of_mine(mine.c.due, mine.c.due <= end)
             .order_by(mine.c.due, mine.c.created_at, mine.c.id)),
        # The day taken in is the first stage change's (else the day it was recorded).
        part(_Part.FIRST_ASSESSMENT, select(never).order_by(
            func.coalesce(never.c.day, never.c.created_at), never.c.id), 1),
        part(_Part.PLACEMENT, placements.with_only_columns(
            Placement.id, Placement.person_id, Placement.next_follow_up, Placement.created_at,
            Placement.kind).order_by(Placement.next_follow_up, Placement.created_at,
                                     Placement.id)))


def _name(row) -> str:
    return full_name(row.surname, row.given_name, row.patronymic)


def _section(session: Session, kind: DueKind, query: Select, make) -> Section:
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    if total == 0:
        return Section(kind, (), 0)
    return Section(kind, tuple(make(row) for row in session.execute(query.limit(LIMIT))),
                   total)


def _planned_sessions(session: Session, me: uuid.UUID, today: dt.date,
                      end: dt.date) -> Section:
    planned = [o for o in plans.occurrences(session, today, end, leader=me, today=today,
                                            unplanned=False)
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
    """Every active specialist's and supervisor's load, by name: open cases, overdue
    follow-ups, sessions led this month; one query, grouped in SQL."""
    audit.require(session, Permission.APPROVE_OUTCOMES)
    today = today or dt.date.today()
    return [CaseloadRow(r.id, r.full_name, r.role, r.cases or 0, int(r.sessions or 0),
                        int(r.overdue or 0)) for r in session.execute(
        _caseload_statement(), {"today": today, "month": today.replace(day=1)})]


@functools.cache
def _caseload_statement():
    """Built once: parameters ``today`` and ``month`` (its first day)."""
    today = bindparam("today", type_=Date)
    # The cases first (from their covering index), each one's assignments by the case
    # index: the join names the case's id through coalesce(), which no index of the
    # cases serves, so the planner cannot take the assignments first and look every
    # case up (three times slower on a region's data, with the statistics PRAGMA
    # optimize leaves).
    loads = (select(CaseSpecialist.user_id.label("user_id"), func.count().label("cases"),
                    _counted(Case.next_follow_up < today).label("overdue"))
             .select_from(Case)
             .join(CaseSpecialist, CaseSpecialist.case_id == func.coalesce(Case.id, Case.id))
             .where(CaseSpecialist.deleted_at.is_(None), *_open_cases())
             .group_by(CaseSpecialist.user_id).subquery("loads"))
    held = _held_this_month(today, bindparam("month", type_=Date))
    led = or_(held.c.leader_id == User.id, and_(held.c.leader_id.is_(None), or_(
        held.c.facilitators.contains(User.full_name), held.c.recorder == User.id)))
    return (select(User.id, User.full_name, User.role, loads.c.cases, loads.c.overdue,
                   func.sum(held.c.sessions).label("sessions"))
            .outerjoin(loads, loads.c.user_id == User.id).outerjoin(held, led)
            .where(User.deleted_at.is_(None), User.active.is_(True),
                   User.role.in_((Role.SPECIALIST, Role.SUPERVISOR)))
            .group_by(User.id, User.full_name, User.role, loads.c.cases, loads.c.overdue)
            .order_by(User.full_name, User.id))


_NO_LEADER = uuid.UUID(int=0)
"""Held from a plan that names no leader: the session counts for nobody."""


def _held_this_month(today, month):
    """The live activities held from ``month`` (its 1st) to ``today``, counted by who led
    them as the week view tells it: ``leader_id`` when a live plan's occurrence was held
    as it (the plan's leader, or ``_NO_LEADER``), else the ``facilitators`` named and,
    naming nobody, the ``recorder``. A month's few thousand activities come from their index
    (migration 0020) and group into a few dozen rows before they meet the staff."""
    leader = (select(func.coalesce(Plan.leader_id, literal(_NO_LEADER, Uuid)))
              .join(PlanException, PlanException.plan_id == Plan.id)
              .where(PlanException.activity_id == Activity.id,
                     PlanException.deleted_at.is_(None), Plan.deleted_at.is_(None))
              .limit(1).scalar_subquery())
    month = (select(leader.label("leader_id"), Activity.facilitators,
                    case((func.coalesce(Activity.facilitators, "") == "",
                          Activity.created_by)).label("recorder"))
             .where(Activity.held_on >= month, Activity.held_on <= today,
                    Activity.deleted_at.is_(None)).subquery("month"))
    return (select(month.c.leader_id, month.c.facilitators, month.c.recorder,
                   func.count().label("sessions"))
            .group_by(month.c.leader_id, month.c.facilitators, month.c.recorder)
            .subquery("held"))
