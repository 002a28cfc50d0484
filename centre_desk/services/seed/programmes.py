"""Seeded activities of the four programmes, with who attended, registered or enrolled."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import math
from collections.abc import Callable

from centre_desk.domain.enums import ActivityKind, CourseGroup, EnrolmentStatus, Programme, Sex
from centre_desk.services.seed import vocabulary as words
from centre_desk.services.seed.cases import CaseInfo
from centre_desk.services.seed.people import Member, Population
from centre_desk.services.seed.plans import Inmate, seed_plans
from centre_desk.services.seed.writer import SeedContext
from centre_desk.store.models import (
    Activity, Attendance, ClubMembership, Course, Enrolment, EventRegistration)

ATTENDANCES_PER_PERSON = 10
_YEAR = dt.timedelta(days=365)
_CASE_WORK_GROUP_KINDS = {ActivityKind.GROUP_TRAINING: 35, ActivityKind.THEOLOGICAL_LECTURE: 30,
                          ActivityKind.CONVERSATION: 25, ActivityKind.ATHLETIC_EVENT: 10}
_MEN_WEEKDAYS = ((0, 2), (1, 3), (5,))
_WOMEN_WEEKDAYS = ((1, 3), (0, 2), (5,))


@dataclasses.dataclass
class _Demand:
    """Someone who should attend ``count`` activities of a pool between two days."""

    person_id: object
    first: dt.date
    last: dt.date
    count: int
    extra: object = None
    got: int = 0


class _Programmes:
    def __init__(self, ctx: SeedContext) -> None:
        self.ctx, self.rng, self.bind = ctx, ctx.rng, ctx.bind
        writer = ctx.writer
        self.activities = writer.sink(Activity, (
            "programme", "kind", "title", "held_on", "place", "facility", "facilitators",
            "notes", "course_id"))
        self.attendances = writer.sink(Attendance, ("activity_id", "person_id", "note"))
        self.memberships = writer.sink(ClubMembership, (
            "person_id", "joined_on", "reason", "referred_by", "left_on"))
        self.registrations = writer.sink(EventRegistration, (
            "activity_id", "child_id", "guardian_id", "consent_on"))
        self.courses = writer.sink(Course, (
            "title", "level", "group", "teacher", "schedule", "starts_on", "ends_on",
            "capacity", "active"))
        self.enrolments = writer.sink(Enrolment, (
            "course_id", "person_id", "status", "enrolled_on", "certificate_on"))
        self.staff_names = [s.full_name for s in ctx.specialists()] or ["—"]

    # -- shared ---------------------------------------------------------------------
    def activity(self, programme: Programme, kind: ActivityKind, title: str, day: dt.date,
                 place: str, facility: str | None, facilitators: str,
                 course_id: object = None) -> object:
        bind = self.bind
        activity_id = bind.new_id()
        self.activities.add(activity_id, bind.enum(programme), bind.enum(kind), title,
                            bind.date(day), place, facility, facilitators, None, course_id)
        return activity_id

    def attend(self, activity_id: object, person_id: object) -> None:
        self.attendances.add(self.bind.new_id(), activity_id, person_id, None)

    def group_pool(self, demands: list[_Demand], mean_size: int,
                   make: Callable[[dt.date], object],
                   picked: Callable[[object, dt.date, _Demand], None] | None = None) -> None:
        """Hold group activities where the demand is (dated by picking a demand by its
        count, then a day in its window), then let each demand pick its count of them
        from its window. ``make(day)`` writes one activity and returns its id."""
        demands = [d for d in demands if d.count > 0]
        if not demands:
            return
        rng = self.rng
        total = sum(d.count for d in demands)
        howmany = max(math.ceil(total / mean_size), math.ceil(max(d.count for d in demands) * 1.3))
        weights = list(itertools.accumulate(d.count for d in demands))
        days = sorted(self.ctx.between(d.first, d.last)
                      for d in rng.choices(demands, cum_weights=weights, k=howmany))
        ids = [make(day) for day in days]
        picked = picked or (lambda activity_id, _day, demand: self.attend(activity_id,
                                                                          demand.person_id))
        for demand in demands:
            low = bisect.bisect_left(days, demand.first)
            high = bisect.bisect_right(days, demand.last)
            chosen = sorted(rng.sample(range(low, high), min(demand.count, high - low)))
            for index in chosen:
                picked(ids[index], days[index], demand)
            demand.got = len(chosen)

    def window_count(self, first: dt.date, last: dt.date, per_year: float) -> int:
        """How many activities someone present from ``first`` to ``last`` attends."""
        years = max(0.08, (last - first).days / 365)
        return max(1, round(per_year * years * self.rng.uniform(0.6, 1.4)))

    # -- the mothers' club ----------------------------------------------------------
    def club(self, population: Population, in_case: set[int]) -> list[Member]:
        ctx, rng, bind = self.ctx, self.rng, self.bind
        members = []
        for mother in population.mothers():
            spouse = population.spouse_of.get(mother.index)
            close = mother.index in in_case or (spouse is not None and spouse.index in in_case)
            if rng.random() < (0.6 if close else 0.2):
                members.append(mother)
        demands, one_on_ones = [], []
        for member in members:
            joined = ctx.days_ago(30, 4 * 365)
            left = None
            if rng.random() < 0.2 and (ctx.today - joined).days > 90:
                left = ctx.between(joined + dt.timedelta(days=60),
                                   ctx.today - dt.timedelta(days=1))
            self.memberships.add(bind.new_id(), member.id, bind.date(joined),
                                 rng.choice(words.CLUB_REASONS),
                                 rng.choice(words.CLUB_REFERRERS), bind.date(left))
            last = left or ctx.today
            count = self.window_count(joined, last, 14)
            alone = round(count * 0.2)
            demands.append(_Demand(member.id, joined, last, count - alone))
            one_on_ones += [(member.id, ctx.between(joined, last)) for _ in range(alone)]

        def session(day: dt.date) -> object:
            return self.activity(Programme.MOTHERS_CLUB, ActivityKind.CLUB_GROUP_SESSION,
                                 rng.choice(words.CLUB_TITLES), day,
                                 rng.choice(words.CENTRE_PLACES[:3]), None,
                                 rng.choice(self.staff_names))
        self.group_pool(demands, 12, session)
        for person_id, day in one_on_ones:
            self.attend(self.activity(Programme.MOTHERS_CLUB, ActivityKind.CLUB_ONE_ON_ONE,
                                      "Индивидуальная встреча", day, words.CENTRE_PLACES[0],
                                      None, rng.choice(self.staff_names)), person_id)
        return members

    # -- children's events ----------------------------------------------------------
    def children_events(self, population: Population, close_adults: set[int]) -> None:
        ctx, rng, bind = self.ctx, self.rng, self.bind
        demands = []
        for child in population.children:
            carer = population.carer_of(child)
            if child.age_on(ctx.today) < 3 or carer is None:
                continue
            relatives = population.parents_of.get(child.index, []) + [carer]
            close = any(r.index in close_adults for r in relatives)
            if rng.random() < (0.7 if close else 0.08):
                first = max(ctx.today - 3 * _YEAR, child.birth + 3 * _YEAR)
                demands.append(_Demand(child.id, first, ctx.today,
                                       self.window_count(first, ctx.today, 2.5), carer.id))

        def event(day: dt.date) -> object:
            if rng.random() < 0.8:
                return self.activity(Programme.CHILDREN_EVENTS, ActivityKind.CHILDREN_EVENT,
                                     rng.choice(words.CHILDREN_EVENT_TITLES), day,
                                     "Центр, актовый зал", None, rng.choice(self.staff_names))
            return self.activity(Programme.CHILDREN_EVENTS, ActivityKind.ATHLETIC_EVENT,
                                 rng.choice(words.CHILDREN_SPORT_TITLES), day,
                                 "Спортивный зал школы", None, rng.choice(self.staff_names))

        def register(activity_id: object, day: dt.date, demand: _Demand) -> None:
            consent = day - dt.timedelta(days=rng.randint(1, 14))
            self.registrations.add(bind.new_id(), activity_id, demand.person_id, demand.extra,
                                   bind.date(consent))
            if rng.random() < 0.9:  # most who register come
                self.attend(activity_id, demand.person_id)
        self.group_pool(demands, 25, event, register)

    # -- Arabic courses -------------------------------------------------------------
    def arabic_courses(self, population: Population, keen: set[int]) -> None:
        rng = self.rng
        students = [p for p in population.adults if p.age_on(self.ctx.today) <= 60
                    and rng.random() < (0.3 if p.index in keen else 0.08)]
        for group, sex in ((CourseGroup.MEN, Sex.MALE), (CourseGroup.WOMEN, Sex.FEMALE)):
            mine = [p for p in students if p.sex is sex]
            # One in seven goes on to a second course.
            mine += rng.sample(mine, len(mine) // 7)
            rng.shuffle(mine)
            howmany = math.ceil(len(mine) / 12)
            for number in range(howmany):
                # The first two courses of the two groups cover running and finished ones.
                ongoing = (number == (0 if sex is Sex.MALE else 1) if number < 2
                           else rng.random() < 0.2)
                self._course(group, number + 1, mine[number::howmany], ongoing)

    def _course(self, group: CourseGroup, number: int, students: list[Member],
                ongoing: bool) -> None:
        ctx, rng, bind = self.ctx, self.rng, self.bind
        today = ctx.today
        students = list({s.index: s for s in students}.values())  # one place each
        length = dt.timedelta(days=rng.randint(90, 180))
        if ongoing:
            starts = ctx.days_ago(14, 120)
            ends = max(starts + length, today + dt.timedelta(days=7))
        else:
            ends = ctx.days_ago(1, 3 * 365)
            starts = ends - length
        men = group is CourseGroup.MEN
        level = rng.choice(words.COURSE_LEVELS)
        slot = rng.randrange(3)
        schedule = (words.MEN_SCHEDULES if men else words.WOMEN_SCHEDULES)[slot]
        weekdays = (_MEN_WEEKDAYS if men else _WOMEN_WEEKDAYS)[slot]
        teacher = rng.choice(words.ARABIC_TEACHERS)
        course_id = bind.new_id()
        title = (f"Арабская грамота, {level.lower()} уровень — "
                 f"{'мужская' if men else 'женская'} группа №{number}")
        self.courses.add(course_id, title, level, bind.enum(group), teacher, schedule,
                         bind.date(starts), bind.date(ends),
                         max(len(students), rng.randint(15, 20)), bind.flag(ongoing))
        statuses = (ctx.covering([EnrolmentStatus.ENROLLED, EnrolmentStatus.DROPPED], (85, 15),
                                 len(students)) if ongoing else
                    ctx.covering([EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED],
                                 (75, 25), len(students)))
        last_lesson = min(ends, today - dt.timedelta(days=1))
        until = {}
        for student, status in zip(students, statuses, strict=True):
            enrolled = starts - dt.timedelta(days=rng.randint(0, 14))
            certificate = None
            if status is EnrolmentStatus.COMPLETED:
                certificate = min(today, ends + dt.timedelta(days=rng.randint(0, 10)))
            self.enrolments.add(bind.new_id(), course_id, student.id, bind.enum(status),
                                bind.date(enrolled), bind.date(certificate))
            until[student.id] = (ctx.between(starts + dt.timedelta(days=7), last_lesson)
                                 if status is EnrolmentStatus.DROPPED else last_lesson)
        day, lesson = starts, 0
        while day <= last_lesson:
            if day.weekday() in weekdays:
                lesson += 1
                activity_id = self.activity(Programme.ARABIC_COURSES,
                                            ActivityKind.COURSE_LESSON, f"Урок {lesson}", day,
                                            "Центр, учебный класс", None, teacher, course_id)
                for student_id, last_day in until.items():
                    if day <= last_day and rng.random() < 0.82:
                        self.attend(activity_id, student_id)
            day += dt.timedelta(days=1)

    # -- case work ------------------------------------------------------------------
    def case_work(self, cases: list[CaseInfo], target: int) -> None:
        """Group work and individual consultations, together ``target`` attendances."""
        if not cases or target <= 0:
            return
        ctx, rng = self.ctx, self.rng
        weights = [min(3.0, max(0.3, (c.last_day - c.first_day).days / 365))
                   * rng.uniform(0.6, 1.4) for c in cases]
        scale = target / sum(weights)
        wanted = [max(1, round(w * scale)) for w in weights]
        pools: dict[str | None, list[_Demand]] = {}
        demands = []
        for case, count in zip(cases, wanted, strict=True):
            inside = case.inside_until is not None
            demand = _Demand(case.person.id, case.first_day, case.last_day,
                             round(count * 0.65), case)
            pools.setdefault(case.facility if inside else None, []).append(demand)
            demands.append(demand)
        for facility, pool in sorted(pools.items(), key=lambda item: item[0] or ""):
            self.group_pool(pool, 15, self._case_work_maker(facility))
        for demand, count in zip(demands, wanted, strict=True):
            case: CaseInfo = demand.extra
            inside = case.inside_until is not None
            for _ in range(max(0, count - demand.got)):
                day = ctx.between(case.first_day, case.last_day)
                self.attend(self.activity(
                    Programme.CASE_WORK, ActivityKind.INDIVIDUAL_CONSULTATION,
                    "Индивидуальная консультация", day,
                    "Комната для бесед" if inside else rng.choice(words.CENTRE_PLACES),
                    case.facility if inside else None, rng.choice(self.staff_names)),
                    case.person.id)

    def _case_work_maker(self, facility: str | None) -> Callable[[dt.date], object]:
        rng = self.rng
        kinds, weights = list(_CASE_WORK_GROUP_KINDS), list(_CASE_WORK_GROUP_KINDS.values())

        def make(day: dt.date) -> object:
            kind = rng.choices(kinds, weights)[0]
            title = rng.choice(words.CASE_WORK_TITLES[kind.value])
            facilitator = (rng.choice(words.THEOLOGIANS)
                           if kind is ActivityKind.THEOLOGICAL_LECTURE
                           else rng.choice(self.staff_names))
            place = ("Клуб учреждения" if facility
                     else rng.choice(words.CENTRE_PLACES[:3]))
            return self.activity(Programme.CASE_WORK, kind, title, day, place, facility,
                                 facilitator)
        return make


def seed_programmes(ctx: SeedContext, population: Population,
                    cases: list[CaseInfo]) -> list[Member]:
    """Club, children's events and Arabic courses first, then the facilities' week
    plans and their held sessions (a quarter of what is left at most); case work then
    brings the attendances to about ATTENDANCES_PER_PERSON per person. Returns the
    club's members."""
    programmes = _Programmes(ctx)
    in_case = {case.person.index for case in cases}
    members = programmes.club(population, in_case)
    close = in_case | {m.index for m in members}
    programmes.children_events(population, close)
    programmes.arabic_courses(population, close)
    inmates: dict[str, list[Inmate]] = {}
    for case in cases:
        if case.inside_until is not None and case.facility:
            inmates.setdefault(case.facility, []).append(Inmate(
                case.person.id, case.first_day, min(case.last_day, case.inside_until)))
    total = ATTENDANCES_PER_PERSON * len(population.persons)
    seed_plans(ctx, inmates, programmes.activity, programmes.attend,
               budget=(total - programmes.attendances.added) // 4)
    target = total - programmes.attendances.added
    programmes.case_work(cases, target)
    return members
