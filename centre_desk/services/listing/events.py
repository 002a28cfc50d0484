"""The children's events tab's two lists: the events, each with how many children are
registered, and the children registered for at least one event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid

from sqlalchemy import Select, exists, func, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session, aliased

from centre_desk.domain.enums import Programme
from centre_desk.domain.ages import age_on
from centre_desk.services.listing.activities import ActivityRow, activity_list
from centre_desk.services.listing.core import (
    PAGE_SIZE, Cursor, ListDefinition, ListQuery, Page, SortOrder)
from centre_desk.services.persons import finds_fewer_than, in_name_order, matching
from centre_desk.services.records import full_name, is_live_person
from centre_desk.store.models import Activity, EventRegistration, Person

_NAME = Person.sort_key


# --- the events -------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class EventRow(ActivityRow):
    """An event in the tab's list: the activity's line and how many children are
    registered for it."""

    registered: int = 0


EVENTS = activity_list(Programme.CHILDREN_EVENTS)
"""The paged, searchable list of live children's events (``listing.activities``)."""


def events_page(session: Session, query: ListQuery = ListQuery(), after: Cursor | None = None,
                limit: int = PAGE_SIZE, today: dt.date | None = None) -> Page[EventRow]:
    """One page of the events list, each with its count of registered live children
    (counted for the page's rows only)."""
    page = EVENTS.page(session, query, after, limit, today)
    ids = [row.activity_id for row in page.rows]
    # Deleted persons ruled out by their short list rather than a look-up of each child's
    # row: half the time on the 100,000-person benchmark.
    counts = dict(session.execute(
        select(EventRegistration.activity_id, func.count())
        .where(EventRegistration.activity_id.in_(ids), EventRegistration.deleted_at.is_(None),
               is_live_person(EventRegistration.child_id))
        .group_by(EventRegistration.activity_id)).all()) if ids else {}
    fields = [field.name for field in dataclasses.fields(ActivityRow)]
    # Field by field, not dataclasses.asdict: its deep copies cost 25 ms a page.
    return Page(tuple(EventRow(**{name: getattr(row, name) for name in fields},
                               registered=counts.get(row.activity_id, 0))
                      for row in page.rows), page.next)


def count_events(session: Session, text: str = "", filter=None,
                 today: dt.date | None = None) -> int:
    """How many live children's events the search text and filter find."""
    return EVENTS.count(session, text, filter, today)


# --- children at children's events ---------------------------------------------------------

class ChildSort(enum.StrEnum):
    """Columns the children's events list sorts by (age sorts as birth date reversed)."""

    NAME = "name"
    BIRTH_DATE = "birth_date"
    EVENTS = "events"


@dataclasses.dataclass(frozen=True)
class ChildRow:
    """A child registered for children's events, with the guardian of the latest one."""

    person_id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    age: int | None
    guardian_id: uuid.UUID | None
    guardian_name: str | None
    events: int


def _live_registrations():
    return (select(EventRegistration.id)
            .join(Activity, Activity.id == EventRegistration.activity_id)
            .where(EventRegistration.child_id == Person.id,
                   EventRegistration.deleted_at.is_(None), Activity.deleted_at.is_(None)))


def _events_count():
    return (_live_registrations().with_only_columns(func.count())
            .correlate(Person).scalar_subquery())


def _children() -> Select:
    # Driven from person: the name order walks the search-key index and probes each
    # person's registrations, so a page costs about the same anywhere in the list.
    return (select(Person.id).select_from(Person)
            .where(Person.deleted_at.is_(None), exists(_live_registrations())))


# Orders that must look at every child read the registrations once instead, and
# compare them with the (few) deleted events: that is cheaper than checking each
# registration's event through its UUID index.
_DELETED_EVENTS = select(Activity.id).where(Activity.deleted_at.is_not(None))
_EVENT_COUNTS = (select(EventRegistration.child_id, func.count().label("events"))
                 .where(EventRegistration.deleted_at.is_(None),
                        EventRegistration.activity_id.not_in(_DELETED_EVENTS))
                 .group_by(EventRegistration.child_id).subquery("event_counts"))


def _children_by_registrations() -> Select:
    registered = select(EventRegistration.child_id).where(
        EventRegistration.deleted_at.is_(None),
        EventRegistration.activity_id.not_in(_DELETED_EVENTS))
    return select(Person.id).where(Person.deleted_at.is_(None), Person.id.in_(registered))


def _children_with_event_counts() -> Select:
    return (select(Person.id)
            .join_from(Person, _EVENT_COUNTS, _EVENT_COUNTS.c.child_id == Person.id)
            .where(Person.deleted_at.is_(None)))


def _count_all_children(session: Session) -> int:
    return session.scalar(_children_by_registrations().with_only_columns(
        func.count(), maintain_column_froms=True)) or 0


def _child_details() -> Select:
    latest_guardian = (_live_registrations()
                       .with_only_columns(EventRegistration.guardian_id)
                       .where(EventRegistration.guardian_id.is_not(None))
                       .order_by(Activity.held_on.desc(), Activity.id.desc()).limit(1)
                       .correlate(Person).scalar_subquery())
    guardian = aliased(Person, name="guardian")
    return (select(Person.id.label("person_id"), Person.surname, Person.given_name,
                   Person.patronymic, Person.birth_date, _events_count().label("events"),
                   guardian.id.label("guardian_id"),
                   guardian.surname.label("guardian_surname"),
                   guardian.given_name.label("guardian_given_name"),
                   guardian.patronymic.label("guardian_patronymic"))
            .select_from(Person)
            .outerjoin(guardian, (guardian.id == latest_guardian)
                       & guardian.deleted_at.is_(None)))


def _child(row: RowMapping, today: dt.date) -> ChildRow:
    guardian = None
    if row["guardian_id"] is not None:
        guardian = full_name(row["guardian_surname"], row["guardian_given_name"],
                             row["guardian_patronymic"])
    return ChildRow(
        person_id=row["person_id"],
        full_name=full_name(row["surname"], row["given_name"], row["patronymic"]),
        birth_date=row["birth_date"], age=age_on(row["birth_date"], today),
        guardian_id=row["guardian_id"], guardian_name=guardian, events=row["events"])


CHILDREN = ListDefinition(
    name="children", base=_children, row_id=Person.id, details=_child_details,
    search=matching,
    sorts={
        ChildSort.NAME: SortOrder(_NAME),
        ChildSort.BIRTH_DATE: SortOrder(Person.birth_date, nullable=True, then=(_NAME,),
                                        base=_children_by_registrations),
        ChildSort.EVENTS: SortOrder(_EVENT_COUNTS.c.events, then=(_NAME,),
                                    base=_children_with_event_counts),
    },
    make_row=_child, count_all=_count_all_children, few_found=finds_fewer_than,
    in_order=in_name_order)
