"""Seeded case files: categories, stage histories, specialists and follow-ups."""

from __future__ import annotations

import dataclasses
import datetime as dt

from centre_desk.domain.enums import CaseCategory, RiskLevel, Sex, Stage
from centre_desk.services.seed import vocabulary as words
from centre_desk.services.seed.people import Member, Population
from centre_desk.services.seed.writer import SeedContext
from centre_desk.store.models import Case, CaseSpecialist, FollowUp, StageChange

_STAGE_WEIGHTS = {Stage.INTAKE: 12, Stage.ACTIVE: 38, Stage.RENOUNCED: 15,
                  Stage.REHABILITATED: 15, Stage.RELAPSED: 5, Stage.CLOSED: 15}
_CATEGORY_WEIGHTS = {CaseCategory.INMATE: 33, CaseCategory.EX_CONVICT: 29,
                     CaseCategory.AT_RISK: 33, CaseCategory.RETURNEE: 5}
I, A, RN, RH, RL, C = (  # noqa: E741  (I is Intake: the stages' initials)
    Stage.INTAKE, Stage.ACTIVE, Stage.RENOUNCED, Stage.REHABILITATED,
    Stage.RELAPSED, Stage.CLOSED)
# The ways a case reaches its current stage, each step one the workflow allows.
_PATHS: dict[Stage, tuple[tuple[Stage, ...], ...]] = {
    I: ((I,),),
    A: ((I, A), (I, A), (I, A), (I, A, RL, A)),
    RN: ((I, A, RN),),
    RH: ((I, A, RN, RH),),
    RL: ((I, A, RL), (I, A, RN, RL), (I, A, RN, RH, RL)),
    C: ((I, C), (I, A, C), (I, A, RN, RH, C), (I, A, RL, C)),
}
_RISK = {I: (40, 40, 20), A: (30, 50, 20), RN: (10, 50, 40), RH: (0, 20, 80),
         RL: (70, 30, 0), C: (20, 40, 40)}
_RISKS = (RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)
_FOLLOW_UP_NOTES = ("Плановая встреча", "Телефонный звонок", "Посещение на дому",
                    "Встреча с родственниками", None)
# The age of criminal responsibility for terrorist offences.
_RESPONSIBLE = dt.timedelta(days=14 * 365 + 4)


@dataclasses.dataclass
class CaseInfo:
    """A seeded case as programmes and placements need it."""

    id: object
    person: Member
    category: CaseCategory
    stage: Stage
    facility: str | None
    first_day: dt.date        # intake
    last_day: dt.date         # today, or the day the case was closed
    inside_until: dt.date | None  # inmates: the day the sentence ends


class _CaseWriter:
    def __init__(self, ctx: SeedContext) -> None:
        self.ctx, self.rng, self.bind = ctx, ctx.rng, ctx.bind
        writer = ctx.writer
        self.cases = writer.sink(Case, (
            "person_id", "category", "facility", "offence_article", "sentence_start",
            "sentence_end", "referral_source", "risk_level", "consent_given", "consent_on",
            "stage", "stage_since", "next_follow_up", "notes"))
        self.changes = writer.sink(StageChange, (
            "case_id", "from_stage", "to_stage", "changed_on", "note", "witness"))
        self.specialists_sink = writer.sink(CaseSpecialist, ("case_id", "user_id"))
        self.follow_ups = writer.sink(FollowUp, (
            "case_id", "placement_id", "due_on", "done_on", "note", "assigned_to"))
        self.staff = ctx.specialists()

    def write(self, person: Member, category: CaseCategory, stage: Stage) -> CaseInfo:
        ctx, rng, bind = self.ctx, self.rng, self.bind
        today = ctx.today
        path = rng.choice(_PATHS[stage])
        responsible = person.birth + _RESPONSIBLE
        facility = article = start = end = None
        if category in (CaseCategory.INMATE, CaseCategory.EX_CONVICT):
            article = rng.choice(words.OFFENCE_ARTICLES)
            facility = rng.choice(words.MEN_FACILITIES if person.sex is Sex.MALE
                                  else words.WOMEN_FACILITIES)
        if category is CaseCategory.INMATE:
            start = max(responsible, ctx.days_ago(180, 8 * 365))
            end = max(start + dt.timedelta(days=rng.randint(3 * 365, 12 * 365)),
                      today + dt.timedelta(days=rng.randint(60, 3 * 365)))
            earliest = start + dt.timedelta(days=30)
        elif category is CaseCategory.EX_CONVICT:
            end = ctx.days_ago(60, 6 * 365)
            start = max(responsible, end - dt.timedelta(days=rng.randint(2 * 365, 10 * 365)))
            if start >= end:
                start = end - dt.timedelta(days=180)
            earliest = end - dt.timedelta(days=60)
        else:
            earliest = max(responsible, ctx.days_ago(5 * 365, 5 * 365))
        latest = today - dt.timedelta(days=14 * len(path))
        intake = ctx.between(min(earliest, latest), latest)
        span = (today - intake).days
        offsets = sorted(rng.sample(range(1, span + 1), len(path) - 1))
        days = [intake] + [intake + dt.timedelta(days=o) for o in offsets]

        case_id = bind.new_id()
        staff = rng.sample(self.staff, min(len(self.staff), 1 if rng.random() < 0.7 else 2))
        follow_ups = self._follow_ups(intake, stage)
        next_due = follow_ups[-1][0] if follow_ups and follow_ups[-1][1] is None else None
        consent = rng.random() < 0.9
        consent_on = min(today, intake + dt.timedelta(days=rng.randint(0, 14)))
        self.cases.add(case_id, person.id, bind.enum(category), facility, article,
                       bind.date(start), bind.date(end), rng.choice(words.REFERRAL_SOURCES),
                       bind.enum(rng.choices(_RISKS, _RISK[stage])[0]), bind.flag(consent),
                       bind.date(consent_on if consent else None), bind.enum(stage),
                       bind.date(days[-1]), bind.date(next_due), None)
        previous = None
        for step, day in zip(path, days, strict=True):
            witness = self._witness() if step is Stage.RENOUNCED else None
            self.changes.add(bind.new_id(), case_id, bind.enum(previous), bind.enum(step),
                             bind.date(day), rng.choice(words.STAGE_NOTES[step.value]), witness)
            previous = step
        for member in staff:
            self.specialists_sink.add(bind.new_id(), case_id, member.id)
        assigned = staff[0].id if staff else None
        for due, done in follow_ups:
            self.follow_ups.add(bind.new_id(), case_id, None, bind.date(due), bind.date(done),
                                rng.choice(_FOLLOW_UP_NOTES), assigned)
        return CaseInfo(case_id, person, category, stage, facility, intake,
                        days[-1] if stage is Stage.CLOSED else today,
                        end if category is CaseCategory.INMATE else None)

    def _witness(self) -> str:
        rng = self.rng
        surname = rng.choice(words.KAZAKH_SURNAMES + words.RUSSIAN_SURNAMES)
        initials = "".join(f"{rng.choice('АБГДЕЖЕКМНРСТ')}." for _ in range(2))
        return f"{surname} {initials}, {rng.choice(words.WITNESS_POSITIONS)}"

    def _follow_ups(self, intake: dt.date, stage: Stage) -> list[tuple[dt.date, dt.date | None]]:
        """Checks every six to twelve weeks: (due, done) for the last four past ones, the
        newest of them (one time in five) still open and overdue, else one open check
        ahead; a closed case has no open check."""
        rng, today = self.rng, self.ctx.today
        interval = dt.timedelta(days=rng.randint(45, 90))
        past, due = [], intake + interval
        while due <= today:
            past.append(due)
            due += interval
        past = past[-4:]
        overdue = stage is not Stage.CLOSED and bool(past) and rng.random() < 0.2
        checks = [(day, min(today, day + dt.timedelta(days=rng.randint(0, 10))))
                  for day in (past[:-1] if overdue else past)]
        if overdue:
            checks.append((past[-1], None))
        elif stage is not Stage.CLOSED:
            checks.append((due, None))
        return checks


def seed_cases(ctx: SeedContext, population: Population) -> list[CaseInfo]:
    """Open case files for about a third of the adults, three men to every woman."""
    rng = ctx.rng
    adults = population.adults
    men = [p for p in adults if p.sex is Sex.MALE]
    women = [p for p in adults if p.sex is Sex.FEMALE]
    wanted = round(len(adults) / 3)
    from_men = min(len(men), round(wanted * 0.75))
    chosen = rng.sample(men, from_men) + rng.sample(women, min(len(women), wanted - from_men))
    chosen.sort(key=lambda p: p.index)
    stages = ctx.covering(list(_STAGE_WEIGHTS), list(_STAGE_WEIGHTS.values()), len(chosen))
    categories = ctx.covering(list(_CATEGORY_WEIGHTS), list(_CATEGORY_WEIGHTS.values()),
                              len(chosen))
    writer = _CaseWriter(ctx)
    return [writer.write(person, category, stage)
            for person, category, stage in zip(chosen, categories, stages, strict=True)]
