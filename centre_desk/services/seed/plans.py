"""Seeded week plans: every facility holding enough inmates gets three to five weekly
group sessions (a training, a lecture, a conversation, sport) led by a seeded staff
member, running for the past year and on; their past occurrences are mostly held (an
activity with the inmates there that day present, linked to its occurrence), some
cancelled or moved, a few missed, and the year's public holidays cancel them all.

``seed_plans`` runs inside ``seed`` (before case work, which fills the attendances up to
the seed's target); ``add_plans`` writes the same to a seeded database that has none
(a region seeded before plans existed, as the benchmarks keep one)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, AuditAction, CaseCategory, Programme, Role
from centre_desk.domain.plans import rule_dates, weekdays_text
from centre_desk.services import audit
from centre_desk.services.seed import vocabulary as words
from centre_desk.services.seed.writer import (Binder, BulkWriter, SeedContext, Sink,
                                              StaffMember)
from centre_desk.store import stamping
from centre_desk.store.base import utc_now
from centre_desk.store.bulk import bulk_connection
from centre_desk.store.database import Database
from centre_desk.store.models import Case, Plan, PlanException, User

MIN_INMATES = 6
"""A facility with fewer inmates over the year has no plans (a small seed's)."""
GROUP = 15
"""The most inmates a session expects (of those in the facility that day)."""
_KINDS = (ActivityKind.GROUP_TRAINING, ActivityKind.THEOLOGICAL_LECTURE,
          ActivityKind.CONVERSATION, ActivityKind.ATHLETIC_EVENT)
_STARTS = (9 * 60, 10 * 60, 11 * 60 + 30, 14 * 60, 15 * 60, 16 * 60 + 30)
_HOLIDAYS = ((1, 1, "Новый год"), (3, 8, "Международный женский день"),
             (3, 21, "Наурыз мейрамы"), (3, 22, "Наурыз мейрамы"), (3, 23, "Наурыз мейрамы"),
             (5, 1, "Праздник единства народа Казахстана"), (5, 7, "День защитника Отечества"),
             (5, 9, "День Победы"), (7, 6, "День столицы"), (8, 30, "День Конституции"),
             (10, 25, "День Республики"), (12, 16, "День Независимости"))
_CANCEL_REASONS = ("Карантин в учреждении", "Режимные мероприятия", "Болезнь ведущего",
                   "Выезд на обучение")
_MOVE_REASONS = ("Перенесено по просьбе администрации учреждения", "Зал занят")


@dataclasses.dataclass(frozen=True)
class Inmate:
    """An inmate of a facility, and the days they are there and in the programme."""

    person_id: object  # bound
    first: dt.date
    last: dt.date


@dataclasses.dataclass(frozen=True)
class PlansSummary:
    """What ``add_plans`` wrote."""

    plans: int
    plan_exceptions: int
    activities: int
    attendances: int


class _PlanWriter:
    def __init__(self, ctx: SeedContext, activity: Callable[..., object],
                 attend: Callable[[object, object], None]) -> None:
        self.ctx, self.rng, self.bind = ctx, ctx.rng, ctx.bind
        self.activity, self.attend = activity, attend
        self.plans: Sink = ctx.writer.sink(Plan, (
            "programme", "kind", "title", "facility", "place", "weekdays", "start_minute",
            "duration_minutes", "start_on", "end_on", "leader_id", "group_id", "course_id",
            "follows_id", "notes"))
        self.exceptions: Sink = ctx.writer.sink(PlanException, (
            "plan_id", "occurs_on", "cancelled", "moved_to", "moved_minute", "activity_id",
            "reason"))
        self.attendances = 0

    def holidays(self, first: dt.date, last: dt.date) -> dict[dt.date, str]:
        """The public holidays from ``first`` to ``last``, written as holidays."""
        found = {}
        for year in range(first.year, last.year + 1):
            for month, day, name in _HOLIDAYS:
                date = dt.date(year, month, day)
                if first <= date <= last:
                    found[date] = name
                    self.exceptions.add(self.bind.new_id(), None, self.bind.date(date),
                                        self.bind.flag(True), None, None, None, name)
        return found

    def facility(self, facility: str, inmates: list[Inmate], leaders: list[StaffMember],
                 start: dt.date, holidays: dict[dt.date, str], share: float) -> None:
        """Three to five weekly plans at ``facility`` from ``start``; of a group of up
        to GROUP inmates there on a held session's day, ``share`` are ticked present."""
        rng, bind, today = self.rng, self.bind, self.ctx.today
        yesterday = today - dt.timedelta(days=1)
        slots = rng.sample([(weekday, minute) for weekday in range(1, 7)
                            for minute in _STARTS], rng.randint(3, 5))
        for weekday, minute in slots:
            kind = rng.choice(_KINDS)
            title = rng.choice(words.CASE_WORK_TITLES[kind.value])
            leader = rng.choice(leaders)
            days = (weekday,) if rng.random() < 0.7 else (weekday, weekday % 6 + 1)
            duration = rng.choice((60, 90, 120))
            plan_id = bind.new_id()
            self.plans.add(plan_id, bind.enum(Programme.CASE_WORK), bind.enum(kind), title,
                           facility, "Клуб учреждения", weekdays_text(days), minute,
                           duration, bind.date(start), None, leader.id, None, None, None,
                           None)
            for day in rule_dates(weekdays_text(days), start, None, start, yesterday):
                if day not in holidays:
                    self._occurrence(plan_id, kind, title, facility, leader, day,
                                     inmates, share)
            # One session of the coming weeks already called off, now and then.
            if rng.random() < 0.3:
                ahead = list(rule_dates(weekdays_text(days), start, None,
                                        today + dt.timedelta(days=7),
                                        today + dt.timedelta(days=20)))
                if ahead:
                    self.exceptions.add(bind.new_id(), plan_id, bind.date(ahead[0]),
                                        bind.flag(True), None, None, None,
                                        rng.choice(_CANCEL_REASONS))

    def _occurrence(self, plan_id, kind: ActivityKind, title: str, facility: str,
                    leader: StaffMember, day: dt.date, inmates: list[Inmate],
                    share: float) -> None:
        rng, bind = self.rng, self.bind
        fate = rng.random()
        if fate < 0.06:  # missed: nothing recorded
            return
        if fate < 0.10:
            self.exceptions.add(bind.new_id(), plan_id, bind.date(day), bind.flag(True),
                                None, None, None, rng.choice(_CANCEL_REASONS))
            return
        moved_to = reason = None
        held_on = day
        if fate < 0.14 and day + dt.timedelta(days=1) < self.ctx.today:
            held_on = moved_to = day + dt.timedelta(days=1)
            reason = rng.choice(_MOVE_REASONS)
        activity_id = self.activity(Programme.CASE_WORK, kind, title, held_on,
                                    "Клуб учреждения", facility, leader.full_name)
        there = [inmate for inmate in inmates if inmate.first <= held_on <= inmate.last]
        for inmate in rng.sample(there, min(len(there), GROUP)):
            if rng.random() < share:
                self.attend(activity_id, inmate.person_id)
                self.attendances += 1
        self.exceptions.add(bind.new_id(), plan_id, bind.date(day), bind.flag(False),
                            bind.date(moved_to), None, activity_id, reason)


def seed_plans(ctx: SeedContext, inmates: dict[str, list[Inmate]],
               activity: Callable[..., object], attend: Callable[[object, object], None],
               budget: int | None = None) -> int:
    """Plans for every facility with at least MIN_INMATES inmates, from a year ago, and
    what became of their sessions; ``activity(programme, kind, title, day, place,
    facility, facilitators)`` writes an activity and returns its id, ``attend`` ticks a
    person present. About ``budget`` attendances at most (None: no limit); returns how
    many were written."""
    leaders = ctx.specialists()
    start = ctx.today - dt.timedelta(days=364)
    chosen = {}
    for facility, people in sorted(inmates.items()):
        people = [p for p in people if p.first <= ctx.today and p.last >= start]
        if len(people) >= MIN_INMATES:
            chosen[facility] = people
    if not chosen or not leaders:
        return 0
    writer = _PlanWriter(ctx, activity, attend)
    holidays = writer.holidays(start, ctx.today + dt.timedelta(days=180))
    # About five sessions a week at each facility, 50 weeks, 90 % held, each for a group
    # of the inmates there that day (GROUP at most): 80 % of them come, fewer when the
    # budget is short.
    wanted = sum(5 * 50 * 0.9 * min(GROUP, sum(
        (min(p.last, ctx.today) - max(p.first, start)).days for p in people) / 365)
        for people in chosen.values())
    share = 0.8 if budget is None else max(0.02, min(0.8, budget / max(1.0, wanted)))
    for facility, people in chosen.items():
        writer.facility(facility, people, leaders, start, holidays, share)
    return writer.attendances


def add_plans(database: Database, random_seed: int = 1,
              today: dt.date | None = None) -> PlansSummary:
    """Seed plans into a seeded database that has none (its inmates from their cases),
    on behalf of the site, in one transaction; ValueError when it has plans already."""
    from centre_desk.services.seed.programmes import _Programmes

    today = today or dt.date.today()
    actor = audit.site_actor()
    with bulk_connection(database.engine) as connection:
        with Session(bind=connection) as session, session.begin():
            session.info[stamping.CONTEXT_KEY] = stamping.Context(
                actor, database.site_id, database.clock)
            if session.scalar(select(func.count()).select_from(Plan)):
                raise ValueError("this database has plans already")
            staff = session.execute(select(User.id, User.full_name, User.role).where(
                User.role.in_([Role.SPECIALIST, Role.SUPERVISOR]),
                User.deleted_at.is_(None)).order_by(User.username)).all()
            binder = Binder(session.connection())
            writer = BulkWriter(session.connection(), binder, site_id=database.site_id,
                                actor_id=actor.user_id, now=utc_now(),
                                clock=database.clock)
            ctx = SeedContext(random.Random(random_seed), today, binder, writer,
                              [StaffMember(binder.uuid(i), name, role.value)
                               for i, name, role in staff])
            inmates: dict[str, list[Inmate]] = {}
            for person_id, facility, first, last in session.execute(select(
                    Case.person_id, Case.facility, Case.sentence_start, Case.sentence_end)
                    .where(Case.category == CaseCategory.INMATE, Case.facility.is_not(None),
                           Case.deleted_at.is_(None))):
                inmates.setdefault(facility, []).append(Inmate(
                    binder.uuid(person_id), first or today - dt.timedelta(days=3650),
                    last or today))
            programmes = _Programmes(ctx)
            attendances = seed_plans(ctx, inmates, programmes.activity, programmes.attend)
            writer.flush_all()
            counts = writer.counts()
            summary = PlansSummary(counts.get("plan", 0), counts.get("plan_exception", 0),
                                   counts.get("activity", 0), attendances)
            audit.record(session, AuditAction.SEEDED, "plan", None,
                         random_seed=random_seed, **dataclasses.asdict(summary))
            return summary
