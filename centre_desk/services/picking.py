"""Whom a person picker may offer, and in what order: the context its window states (an
age range on the activity's day, a facility whose participants come first) and the
filters a user sets (case category, facility, age band, role). The same age rule
refuses a child for an adult activity, placement, course or the club in the services.

A participant is a live person with a live case file that is not closed; a family
member is a live person without one who is linked (parent, child, spouse, guardian) to
a participant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, and_, case, exists, or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.ages import ADULT_AGE, AgeGroup, age_on
from centre_desk.domain.enums import CaseCategory, Stage
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, persons
from centre_desk.services.errors import InvalidInput
from centre_desk.services.persons import PersonView
from centre_desk.store.models import Case, Person, Relationship

NOT_AN_ADULT = "age.not_an_adult"
"""The refusal of a person under 18 on the day for an adults' activity, placement,
course or the club."""

_AGE_BANDS: dict[AgeGroup, tuple[int, int | None]] = {
    AgeGroup.UNDER_6: (0, 5), AgeGroup.AGE_6_9: (6, 9), AgeGroup.AGE_10_13: (10, 13),
    AgeGroup.AGE_14_17: (14, 17), AgeGroup.ADULT: (ADULT_AGE, None)}
"""Each age band's first and last age in full years (None: no upper bound)."""


class PickRole(enum.StrEnum):
    """What a person is to the centre, for the picker's role filter."""

    PARTICIPANT = "participant"
    FAMILY_MEMBER = "family_member"


@dataclasses.dataclass(frozen=True)
class PickContext:
    """What the window picking a person states: who may be offered at all (ages in
    full years on ``on``, today when None; a person whose birth date is unknown is
    offered) and which facility's participants come first."""

    min_age: int | None = None
    max_age: int | None = None
    on: dt.date | None = None
    facility: str | None = None

    def day(self) -> dt.date:
        return self.on or dt.date.today()

    def admits_age(self, age: int | None) -> bool:
        """Whether a person of this age (None: unknown) may be offered."""
        if age is None:
            return True
        return (self.min_age is None or age >= self.min_age) and \
            (self.max_age is None or age <= self.max_age)


def adults(on: dt.date | None = None, facility: str | None = None) -> PickContext:
    """Adults only (18 or older on ``on``), the facility's participants first."""
    return PickContext(min_age=ADULT_AGE, on=on, facility=facility or None)


def children(on: dt.date | None = None, max_age: int = ADULT_AGE - 1) -> PickContext:
    """Children only (``max_age`` or younger on ``on``)."""
    return PickContext(max_age=max_age, on=on)


ANYONE = PickContext()


@dataclasses.dataclass(frozen=True)
class PickFilters:
    """What the user narrowed the picker to; None is "any"."""

    category: CaseCategory | None = None
    facility: str | None = None
    age_group: AgeGroup | None = None
    role: PickRole | None = None


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A person the picker offers, with what tells them apart in a facility's session:
    the facility and category of their open case (None without one)."""

    person: PersonView
    facility: str | None = None
    category: CaseCategory | None = None


# --- the rules in SQL -------------------------------------------------------------------------

def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier (28 February for a 29 February that year lacks)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _age_at_least(age: int, day: dt.date) -> ColumnElement[bool]:
    return Person.birth_date <= years_before(day, age)


def _age_at_most(age: int, day: dt.date) -> ColumnElement[bool]:
    return Person.birth_date > years_before(day, age + 1)


def _ages(low: int | None, high: int | None, day: dt.date,
          unknown: bool) -> list[ColumnElement[bool]]:
    bounds = []
    if low is not None and low > 0:
        bounds.append(_age_at_least(low, day))
    if high is not None:
        bounds.append(_age_at_most(high, day))
    if not bounds:
        return []
    known = and_(*bounds)
    return [or_(Person.birth_date.is_(None), known) if unknown else known]


def _open_case(*conditions: ColumnElement[bool]):
    return exists().where(Case.person_id == Person.id, Case.deleted_at.is_(None),
                          Case.stage != Stage.CLOSED, *conditions)


def _participant_ids(*conditions: ColumnElement[bool]):
    return (select(Case.person_id).where(Case.deleted_at.is_(None),
                                         Case.stage != Stage.CLOSED, *conditions))


def _family_member():
    participants = _participant_ids()
    linked = exists().where(Relationship.deleted_at.is_(None), or_(
        and_(Relationship.person_id == Person.id,
             Relationship.relative_id.in_(participants)),
        and_(Relationship.relative_id == Person.id,
             Relationship.person_id.in_(participants))))
    return and_(~_open_case(), linked)


def _conditions(context: PickContext, filters: PickFilters) -> list[ColumnElement[bool]]:
    day = context.day()
    found = [Person.deleted_at.is_(None),
             *_ages(context.min_age, context.max_age, day, unknown=True)]
    if filters.age_group is not None:
        found += _ages(*_AGE_BANDS[filters.age_group], day, unknown=False)
    on_case = []
    if filters.category is not None:
        on_case.append(Case.category == filters.category)
    if filters.facility:
        on_case.append(Case.facility == filters.facility)
    if on_case or filters.role is PickRole.PARTICIPANT:
        # Read from the cases, not checked person by person: a facility's few hundred
        # participants are found without walking every person in name order.
        found.append(Person.id.in_(_participant_ids(*on_case)))
    if filters.role is PickRole.FAMILY_MEMBER:
        found.append(_family_member())
    return found


def _statement(context: PickContext, filters: PickFilters) -> Select:
    statement = select(Person).where(*_conditions(context, filters))
    if context.facility:
        first = case((_open_case(Case.facility == context.facility), 0), else_=1)
        statement = statement.order_by(first)
    return statement.order_by(Person.sort_key, Person.id)


def _cases_of(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple]:
    rows = session.execute(
        select(Case.person_id, Case.facility, Case.category)
        .where(Case.person_id.in_(ids), Case.deleted_at.is_(None), Case.stage != Stage.CLOSED)
        .order_by(Case.stage_since.desc(), Case.hlc.desc()))
    found: dict[uuid.UUID, tuple] = {}
    for person_id, facility, category in rows:
        found.setdefault(person_id, (facility, category))
    return found


def _candidates(session: Session, people: list[Person]) -> list[Candidate]:
    details = _cases_of(session, [p.id for p in people])
    return [Candidate(persons.view_of(p), *details.get(p.id, (None, None))) for p in people]


# --- use cases --------------------------------------------------------------------------------

def find_candidates(session: Session, text: str, context: PickContext = ANYONE,
                    filters: PickFilters = PickFilters(),
                    limit: int = 30) -> list[Candidate]:
    """Live persons whose surname (any alphabet) or IIN starts with ``text`` whom the
    context admits and the filters keep, the context's facility's participants first,
    then alphabetically. Blank text lists whom the filters or the facility narrow to
    (nobody when neither narrows)."""
    audit.require(session, Permission.VIEW)
    if not text.strip() and filters == PickFilters() and not context.facility:
        return []
    if not text.strip() and filters == PickFilters():
        filters = PickFilters(facility=context.facility)
    statement = persons.matching(_statement(context, filters), text)
    return _candidates(session, list(session.scalars(statement.limit(limit))))


def facility_participants(session: Session, facility: str,
                          context: PickContext = ANYONE) -> list[Candidate]:
    """Every participant whose open case names the facility and whom the context
    admits, alphabetically: who "everyone of the facility" adds to a session."""
    audit.require(session, Permission.VIEW)
    if not (facility or "").strip():
        return []
    statement = _statement(context, PickFilters(facility=facility.strip()))
    return _candidates(session, list(session.scalars(statement)))


def case_facilities(session: Session) -> list[str]:
    """The facilities named on open case files, alphabetically, for the filter."""
    audit.require(session, Permission.VIEW)
    rows = session.scalars(select(Case.facility).distinct().where(
        Case.deleted_at.is_(None), Case.stage != Stage.CLOSED, Case.facility.is_not(None)))
    return sorted({value.strip() for value in rows if value and value.strip()},
                  key=str.casefold)


def refused_by_age(session: Session, person_ids: Iterable[uuid.UUID],
                   context: PickContext) -> set[uuid.UUID]:
    """Of these persons, those the context's ages do not admit on its day (an unknown
    birth date is admitted)."""
    wanted = set(person_ids)
    if not wanted or (context.min_age is None and context.max_age is None):
        return set()
    rows = session.execute(select(Person.id, Person.birth_date).where(Person.id.in_(wanted)))
    day = context.day()
    return {person_id for person_id, birth in rows
            if not context.admits_age(age_on(birth, day))}


def require_adult(session: Session, person_id: uuid.UUID | None, on: dt.date | None,
                  field: str = "person", problems: dict[str, str] | None = None) -> None:
    """Refuse a person under 18 on ``on`` for an adults' placement, course or club: the
    problem goes into ``problems`` when given, else raises InvalidInput at once."""
    if person_id is None or not refused_by_age(session, [person_id], adults(on)):
        return
    if problems is None:
        raise InvalidInput({field: NOT_AN_ADULT})
    problems.setdefault(field, NOT_AN_ADULT)
