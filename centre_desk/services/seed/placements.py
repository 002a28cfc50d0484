"""Seeded partner organisations and job, housing and nursery placements."""

from __future__ import annotations

import datetime as dt

from centre_desk.domain.enums import (
    CaseCategory, OrganisationKind, PlacementKind, PlacementStatus, Sex, Stage)
from centre_desk.services.seed import vocabulary as words
from centre_desk.services.seed.cases import CaseInfo
from centre_desk.services.seed.people import Member, Population
from centre_desk.services.seed.writer import SeedContext
from centre_desk.store.models import FollowUp, Organisation, Placement, PlacementStatusChange

R, P, D, X, E = (PlacementStatus.REQUESTED, PlacementStatus.IN_PROGRESS,
                 PlacementStatus.PLACED, PlacementStatus.DECLINED, PlacementStatus.ENDED)
_STATUS_WEIGHTS = {R: 15, P: 20, D: 35, X: 10, E: 20}
_PATHS = {R: ((R,),), P: ((R, P),), D: ((R, P, D),),
          X: ((R, X), (R, P, X)), E: ((R, P, D, E),)}
_ORGANISATION_FOR = {PlacementKind.JOB: OrganisationKind.EMPLOYER,
                     PlacementKind.HOUSING: OrganisationKind.HOUSING,
                     PlacementKind.NURSERY: OrganisationKind.NURSERY}
_NAMES = {OrganisationKind.EMPLOYER: words.EMPLOYER_NAMES,
          OrganisationKind.HOUSING: words.HOUSING_NAMES,
          OrganisationKind.NURSERY: words.NURSERY_NAMES,
          OrganisationKind.NGO: words.NGO_NAMES}
_NOTES = {PlacementKind.JOB: ("Разнорабочий", "Швея", "Водитель", "Продавец", "Повар",
                              "Сварщик", "Охранник", None),
          PlacementKind.HOUSING: ("Аренда с частичной оплатой акиматом", "Социальное жильё",
                                  "Общежитие", None),
          PlacementKind.NURSERY: ("Младшая группа", "Средняя группа", "Ясельная группа", None)}
_OPEN = (R, P, D)
_WORKING_STAGES = (Stage.ACTIVE, Stage.RENOUNCED, Stage.REHABILITATED, Stage.CLOSED)


class _Placements:
    def __init__(self, ctx: SeedContext, persons: int) -> None:
        self.ctx, self.rng, self.bind = ctx, ctx.rng, ctx.bind
        writer = ctx.writer
        self.organisation_sink = writer.sink(Organisation, (
            "name", "kind", "address", "region", "contact_person", "phone", "notes"))
        self.placements = writer.sink(Placement, (
            "kind", "person_id", "child_id", "organisation_id", "status", "requested_on",
            "status_since", "next_follow_up", "notes"))
        self.changes = writer.sink(PlacementStatusChange, (
            "placement_id", "from_status", "to_status", "changed_on", "note"))
        self.follow_ups = writer.sink(FollowUp, (
            "case_id", "placement_id", "due_on", "done_on", "note", "assigned_to"))
        self.organisations = {kind: [self._organisation(kind, n + 1)
                                     for n in range(max(3, persons // 500))]
                              for kind in OrganisationKind}
        self.staff = ctx.specialists()

    def _organisation(self, kind: OrganisationKind, number: int) -> object:
        rng, bind = self.rng, self.bind
        region = rng.choice(list(words.REGIONS))
        town = rng.choice(words.REGIONS[region][1])[1]
        surname = rng.choice(words.KAZAKH_SURNAMES + words.RUSSIAN_SURNAMES)
        name = rng.choice(_NAMES[kind]).format(town=town, surname=surname, n=number)
        contact_surname = rng.choice(words.KAZAKH_SURNAMES + words.RUSSIAN_SURNAMES)
        if rng.random() < 0.5:
            contact = f"{contact_surname} {rng.choice(words.KAZAKH_MALE_NAMES)}"
        else:
            contact = (f"{words.female_surname(contact_surname)} "
                       f"{rng.choice(words.KAZAKH_FEMALE_NAMES + words.RUSSIAN_FEMALE_NAMES)}")
        phone = f"+7 7{rng.randint(10, 29)} {rng.randint(200, 999)} {rng.randint(10, 99)} " \
                f"{rng.randint(10, 99)}"
        organisation_id = bind.new_id()
        self.organisation_sink.add(
            organisation_id, name, bind.enum(kind),
            f"г. {town}, {rng.choice(words.STREETS)}, д. {rng.randint(1, 120)}", region,
            contact, phone, None)
        return organisation_id

    def write(self, kind: PlacementKind, person: Member, child: Member | None,
              status: PlacementStatus) -> None:
        ctx, rng, bind = self.ctx, self.rng, self.bind
        today = ctx.today
        path = rng.choice(_PATHS[status])
        requested = ctx.days_ago(10 * len(path), 3 * 365)
        span = (today - requested).days
        offsets = sorted(rng.sample(range(1, span + 1), len(path) - 1))
        days = [requested] + [requested + dt.timedelta(days=o) for o in offsets]
        organisation = None
        if status is not R or rng.random() < 0.5:
            organisation = rng.choice(self.organisations[_ORGANISATION_FOR[kind]])
        next_due = None
        if status in _OPEN:
            next_due = today + dt.timedelta(days=rng.randint(-30, 75))
        placement_id = bind.new_id()
        self.placements.add(placement_id, bind.enum(kind), person.id,
                            child.id if child else None, organisation, bind.enum(status),
                            bind.date(requested), bind.date(days[-1]), bind.date(next_due),
                            rng.choice(_NOTES[kind]))
        previous = None
        for step, day in zip(path, days, strict=True):
            self.changes.add(bind.new_id(), placement_id, bind.enum(previous),
                             bind.enum(step), bind.date(day), None)
            previous = step
        assigned = rng.choice(self.staff).id if self.staff else None
        if status is D and days[-1] + dt.timedelta(days=30) < today:
            done = days[-1] + dt.timedelta(days=30)
            self.follow_ups.add(bind.new_id(), None, placement_id, bind.date(done),
                                bind.date(done), "Проверка после устройства", assigned)
        if next_due:
            self.follow_ups.add(bind.new_id(), None, placement_id, bind.date(next_due), None,
                                "Узнать, как идут дела", assigned)

    def write_all(self, kind: PlacementKind, people: list[tuple[Member, Member | None]]) -> None:
        statuses = self.ctx.covering(list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values()),
                                     len(people))
        for (person, child), status in zip(people, statuses, strict=True):
            self.write(kind, person, child, status)


def _some(ctx: SeedContext, candidates: list, share: float) -> list:
    """About ``share`` of the candidates, but at least one per status when there are
    that many, so a small seed still shows every status."""
    wanted = max(min(len(candidates), len(_STATUS_WEIGHTS)), round(len(candidates) * share))
    return sorted(ctx.rng.sample(candidates, wanted), key=lambda item: item[0].index)


def seed_placements(ctx: SeedContext, population: Population, cases: list[CaseInfo],
                    club_members: list[Member]) -> None:
    """Organisations of every kind; jobs and homes for participants out of prison and
    club mothers; nursery places for a parent's own young child."""
    placements = _Placements(ctx, len(population.persons))
    free = [(c.person, None) for c in cases
            if c.category is not CaseCategory.INMATE and c.stage in _WORKING_STAGES]
    mothers = [(m, None) for m in club_members]
    placements.write_all(PlacementKind.JOB, _some(ctx, free, 0.3) + _some(ctx, mothers, 0.1))
    placements.write_all(PlacementKind.HOUSING,
                         _some(ctx, free, 0.1) + _some(ctx, mothers, 0.05))
    today = ctx.today
    parents = []
    for person in population.persons:
        young = [c for c in population.children_of.get(person.index, ())
                 if 0 < c.age_on(today) < 6]
        if young and (person.sex is Sex.FEMALE or ctx.rng.random() < 0.1):
            parents.append((person, ctx.rng.choice(young)))
    placements.write_all(PlacementKind.NURSERY, _some(ctx, parents, 0.2))
