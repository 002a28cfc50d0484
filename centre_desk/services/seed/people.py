"""Seeded households: persons with valid unique IINs, and their family relationships."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from centre_desk.domain.enums import Language, RelationshipKind, Sex
from centre_desk.domain.iin import make_iin
from centre_desk.domain.names import search_key, sort_key
from centre_desk.services.seed import vocabulary as words
from centre_desk.services.seed.writer import SeedContext
from centre_desk.store.models import Person, Relationship

FATHER, MOTHER, CHILD, SINGLE, GUARDIAN = "father", "mother", "child", "single", "guardian"
_OPERATORS = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777",
              "778")
_REGION_NAMES = list(words.REGIONS)
_REGION_WEIGHTS = [weight for weight, _ in words.REGIONS.values()]
_RUSSIAN_MALE = list(words.RUSSIAN_MALE_NAMES)


class Member:
    """One seeded person, as the later parts of the seed need to know them."""

    __slots__ = ("index", "id", "sex", "birth", "role", "household", "language")

    def __init__(self, index: int, sex: Sex, birth: dt.date, role: str, household: int,
                 language: Language) -> None:
        self.index, self.sex, self.birth, self.role = index, sex, birth, role
        self.household, self.language = household, language
        self.id: object = None

    def age_on(self, day: dt.date) -> int:
        return day.year - self.birth.year - ((day.month, day.day) <
                                              (self.birth.month, self.birth.day))


@dataclasses.dataclass
class Population:
    """Everyone seeded, and who is whose parent, spouse or ward."""

    persons: list[Member] = dataclasses.field(default_factory=list)
    children_of: dict[int, list[Member]] = dataclasses.field(default_factory=dict)
    parents_of: dict[int, list[Member]] = dataclasses.field(default_factory=dict)
    guardian_of: dict[int, Member] = dataclasses.field(default_factory=dict)
    spouse_of: dict[int, Member] = dataclasses.field(default_factory=dict)

    @property
    def adults(self) -> list[Member]:
        return [p for p in self.persons if p.role != CHILD]

    @property
    def children(self) -> list[Member]:
        return [p for p in self.persons if p.role == CHILD]

    def mothers(self) -> list[Member]:
        """Women with at least one child of their own among the seeded persons."""
        return [p for p in self.persons if p.role == MOTHER and self.children_of.get(p.index)]

    def carer_of(self, child: Member) -> Member | None:
        """Who signs for a child: the mother, else the guardian, else the father."""
        parents = self.parents_of.get(child.index, [])
        for parent in parents:
            if parent.sex is Sex.FEMALE:
                return parent
        return self.guardian_of.get(child.index) or (parents[0] if parents else None)


@dataclasses.dataclass
class _Spec:
    """A person planned but not yet written."""

    member: Member
    surname: str
    given: str
    patronymic: str | None


class _Households:
    """Plans households until ``count`` persons exist, then writes them."""

    def __init__(self, ctx: SeedContext, count: int) -> None:
        self.ctx, self.rng, self.count = ctx, ctx.rng, count
        self.specs: list[_Spec] = []
        self.links: list[tuple[Member, Member, RelationshipKind]] = []
        self.population = Population()
        self._serials: dict[tuple[dt.date, Sex], int] = {}

    # -- planning -------------------------------------------------------------------
    def plan(self) -> None:
        household = 0
        kinds = ("couple", "single_mother", "grandmother", "single")
        while len(self.specs) < self.count:
            kind = self.rng.choices(kinds, (45, 15, 5, 35))[0]
            kazakh = self.rng.random() < 0.75
            language = Language.RUSSIAN
            if kazakh and self.rng.random() < 0.65:
                language = Language.KAZAKH
            household += 1
            getattr(self, f"_{kind}")(household, kazakh, language)
        del self.specs[self.count:]
        kept = {id(spec.member) for spec in self.specs}
        self.links = [link for link in self.links
                      if id(link[0]) in kept and id(link[1]) in kept]

    def _add(self, sex: Sex, birth: dt.date, role: str, household: int, language: Language,
             surname: str, given: str, patronymic: str | None) -> Member:
        member = Member(len(self.specs), sex, birth, role, household, language)
        self.specs.append(_Spec(member, surname, given, patronymic))
        return member

    def _names(self, kazakh: bool, sex: Sex) -> tuple[str, str]:
        """A surname (male form) and a given name."""
        rng = self.rng
        if kazakh:
            given = rng.choice(words.KAZAKH_MALE_NAMES if sex is Sex.MALE
                               else words.KAZAKH_FEMALE_NAMES)
            return rng.choice(words.KAZAKH_SURNAMES), given
        given = rng.choice(_RUSSIAN_MALE if sex is Sex.MALE else words.RUSSIAN_FEMALE_NAMES)
        return rng.choice(words.RUSSIAN_SURNAMES), given

    def _patronymic(self, kazakh: bool, father: str, sex: Sex, russian_style: bool) -> str:
        son = sex is Sex.MALE
        if kazakh:
            return words.kazakh_patronymic(father, son, russian_style)
        forms = words.RUSSIAN_MALE_NAMES.get(father)
        if forms is None:  # a Kazakh father in a Russian-speaking family
            return words.kazakh_patronymic(father, son, True)
        return forms[0] if son else forms[1]

    def _random_father(self, kazakh: bool) -> str:
        return self.rng.choice(words.KAZAKH_MALE_NAMES if kazakh else _RUSSIAN_MALE)

    def _adult(self, household: int, kazakh: bool, language: Language, sex: Sex, role: str,
               birth: dt.date, surname: str | None = None) -> tuple[Member, str, str]:
        own_surname, given = self._names(kazakh, sex)
        surname = surname or own_surname
        patronymic = self._patronymic(kazakh, self._random_father(kazakh), sex,
                                      self.rng.random() < 0.4)
        shown = surname if sex is Sex.MALE else words.female_surname(surname)
        member = self._add(sex, birth, role, household, language, shown, given, patronymic)
        return member, surname, given

    def _born(self, low_years: float, high_years: float) -> dt.date:
        days = self.rng.randint(int(low_years * 365.25), int(high_years * 365.25))
        return self.ctx.today - dt.timedelta(days=days)

    def _children(self, household: int, kazakh: bool, language: Language, howmany: int,
                  surname: str, father: str, mother_birth: dt.date | None,
                  youngest_years: float = 0.0, oldest_years: float = 17.9) -> list[Member]:
        today, rng = self.ctx.today, self.rng
        first = today - dt.timedelta(days=int(oldest_years * 365.25))
        last = today - dt.timedelta(days=int(youngest_years * 365.25) + 20)
        if mother_birth:
            first = max(first, mother_birth + dt.timedelta(days=19 * 365))
            last = min(last, mother_birth + dt.timedelta(days=44 * 365))
        russian_style = rng.random() < 0.4
        made, taken = [], set()
        for _ in range(howmany if first <= last else 0):
            sex = Sex.MALE if rng.random() < 0.5 else Sex.FEMALE
            given = self._names(kazakh, sex)[1]
            while given in taken:  # no two siblings share a name
                given = self._names(kazakh, sex)[1]
            taken.add(given)
            shown = surname if sex is Sex.MALE else words.female_surname(surname)
            patronymic = self._patronymic(kazakh, father, sex, russian_style)
            made.append(self._add(sex, self.ctx.between(first, last), CHILD, household,
                                  language, shown, given, patronymic))
        return made

    def _couple(self, household: int, kazakh: bool, language: Language) -> None:
        rng = self.rng
        howmany = rng.choices((0, 1, 2, 3, 4, 5), (15, 25, 30, 18, 8, 4))[0]
        wife_birth = self._born(22, 45) if howmany else self._born(20, 70)
        husband_birth = wife_birth - dt.timedelta(days=rng.randint(0, 8 * 365))
        husband, surname, father = self._adult(household, kazakh, language, Sex.MALE, FATHER,
                                               husband_birth)
        keeps_own = rng.random() < 0.4
        wife, _, _ = self._adult(household, kazakh, language, Sex.FEMALE, MOTHER, wife_birth,
                                 None if keeps_own else surname)
        self.links.append((husband, wife, RelationshipKind.SPOUSE))
        for child in self._children(household, kazakh, language, howmany, surname, father,
                                    wife_birth):
            self.links.append((husband, child, RelationshipKind.PARENT))
            self.links.append((wife, child, RelationshipKind.PARENT))

    def _single_mother(self, household: int, kazakh: bool, language: Language) -> None:
        birth = self._born(21, 45)
        mother, surname, _ = self._adult(household, kazakh, language, Sex.FEMALE, MOTHER,
                                         birth)
        if self.rng.random() < 0.5:
            surname = self._names(kazakh, Sex.MALE)[0]
        howmany = self.rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0]
        for child in self._children(household, kazakh, language, howmany, surname,
                                    self._random_father(kazakh), birth):
            self.links.append((mother, child, RelationshipKind.PARENT))

    def _grandmother(self, household: int, kazakh: bool, language: Language) -> None:
        grandmother, surname, _ = self._adult(household, kazakh, language, Sex.FEMALE,
                                              GUARDIAN, self._born(50, 72))
        howmany = self.rng.choices((1, 2, 3), (40, 40, 20))[0]
        for child in self._children(household, kazakh, language, howmany, surname,
                                    self._random_father(kazakh), None, 0.5, 15):
            self.links.append((grandmother, child, RelationshipKind.GUARDIAN))

    def _single(self, household: int, kazakh: bool, language: Language) -> None:
        sex = Sex.MALE if self.rng.random() < 0.7 else Sex.FEMALE
        self._adult(household, kazakh, language, sex, SINGLE, self._born(18, 65))

    # -- writing --------------------------------------------------------------------
    def _iin(self, birth: dt.date, sex: Sex) -> str:
        key = (birth, sex)
        serial = self._serials.get(key)
        serial = self.rng.randrange(0, 3000) if serial is None else serial + \
            self.rng.randint(1, 9)
        while (iin := make_iin(birth, sex, serial)) is None:
            serial += 1
        self._serials[key] = serial
        return iin

    def write(self) -> Population:
        ctx, rng, bind = self.ctx, self.rng, self.ctx.bind
        persons = ctx.writer.sink(Person, (
            "iin", "surname", "given_name", "patronymic", "sex", "birth_date", "phone",
            "address", "region", "district", "language", "notes", "search_key", "sort_key",
            "given_key"))
        places: dict[int, tuple[str, str, str]] = {}
        population = self.population
        for spec in self.specs:
            member = spec.member
            member.id = bind.new_id()
            population.persons.append(member)
            if member.household not in places:
                places[member.household] = self._place()
            region, district, address = places[member.household]
            age = member.age_on(ctx.today)
            phone = None
            if rng.random() < (0.92 if age >= 18 else 0.4 if age >= 14 else 0.0):
                phone = (f"+7 {rng.choice(_OPERATORS)} {rng.randint(200, 999)} "
                         f"{rng.randint(10, 99)} {rng.randint(10, 99)}")
            notes = None
            if age >= 18 and rng.random() < 0.03:
                notes = rng.choice(words.NOTES if member.sex is Sex.FEMALE else words.NOTES[1:])
            persons.add(member.id, self._iin(member.birth, member.sex), spec.surname,
                        spec.given, spec.patronymic, bind.enum(member.sex),
                        bind.date(member.birth), phone, address, region, district,
                        bind.enum(member.language), notes,
                        *_name_keys(spec.surname, spec.given, spec.patronymic))
        relationships = ctx.writer.sink(Relationship, ("person_id", "relative_id", "kind"))
        for person, relative, kind in self.links:
            relationships.add(bind.new_id(), person.id, relative.id, bind.enum(kind))
            if kind is RelationshipKind.SPOUSE:
                population.spouse_of[person.index] = relative
                population.spouse_of[relative.index] = person
            elif kind is RelationshipKind.PARENT:
                population.children_of.setdefault(person.index, []).append(relative)
                population.parents_of.setdefault(relative.index, []).append(person)
            else:
                population.guardian_of[relative.index] = person
        return population

    def _place(self) -> tuple[str, str, str]:
        rng = self.rng
        region = rng.choices(_REGION_NAMES, _REGION_WEIGHTS)[0]
        district, town = rng.choice(words.REGIONS[region][1])
        address = f"г. {town}, {rng.choice(words.STREETS)}, д. {rng.randint(1, 180)}"
        if rng.random() < 0.6:
            address += f", кв. {rng.randint(1, 240)}"
        return region, district, address


@functools.cache
def _part_keys(part: str) -> tuple[str, str]:
    return search_key(part), sort_key(part)


def _name_keys(surname: str, given: str, patronymic: str | None) -> tuple[str, str, str]:
    """search_key, sort_key and given_key of a seeded name (parts never blank), from
    each part's keys made once: no rule of either fold looks across a space, so the
    keys of the whole name are its parts' keys joined (tested against the functions)."""
    parts = [_part_keys(part) for part in (surname, given, patronymic) if part]
    folds = [fold for fold, _order in parts]
    given_first = folds[1:] + folds[:1]
    return (" ".join(fold for fold in folds if fold), " ".join(order for _fold, order in parts),
            " ".join(fold for fold in given_first if fold))


def seed_people(ctx: SeedContext, count: int) -> Population:
    """Write ``count`` persons in households, and their relationships.

    A couple is one SPOUSE row (husband to wife); each parent has a PARENT row to each
    child; a grandmother raising grandchildren has a GUARDIAN row to each."""
    households = _Households(ctx, count)
    households.plan()
    return households.write()
