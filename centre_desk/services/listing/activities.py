"""A programme's activities as a keyset-paged list: date, kind, title, place, who came.

One list per programme (and per course, for lessons), made by :func:`activity_list`;
each has the ``page``/``count`` pair every paged model takes::

    lessons = activity_list(Programme.ARABIC_COURSES, course_id=course)
    page = lessons.page(session, ListQuery(sort=ActivitySort.HELD_ON, descending=True))
    lessons.count(session, "зал", ActivityFilter(kind=ActivityKind.COURSE_LESSON))

Search looks in the title, place and facilitators; the filter narrows by kind and a
period. Pages are ordered and cut in SQL on the (programme, held_on) index; the count
of persons present is computed only for the rows a page shows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import uuid
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, Programme
from centre_desk.services.activities import KINDS, present_count
from centre_desk.services.listing.core import (
    PAGE_SIZE, Cursor, ListDefinition, ListQuery, Page, SortOrder, count_rows, fetch_page,
    mentions)
from centre_desk.store.models import Activity


class ActivitySort(enum.StrEnum):
    """Columns a programme's list of activities sorts by."""

    HELD_ON = "held_on"
    KIND = "kind"
    TITLE = "title"
    PLACE = "place"
    PRESENT = "present"


@dataclasses.dataclass(frozen=True)
class ActivityFilter:
    """Which activities the list keeps; None keeps all. The period's ends are
    inclusive."""

    kind: ActivityKind | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class ActivityRow:
    """An activity as the list shows it."""

    activity_id: uuid.UUID
    held_on: dt.date
    kind: ActivityKind
    title: str | None
    place: str | None
    facilitators: str | None
    present_count: int
    course_id: uuid.UUID | None


def _search(statement: Select, text: str) -> Select:
    if not text.strip():
        return statement
    return statement.where(or_(mentions(Activity.title, text), mentions(Activity.place, text),
                               mentions(Activity.facilitators, text)))


def _narrow(statement: Select, wanted: ActivityFilter, _today: dt.date) -> Select:
    if not isinstance(wanted, ActivityFilter):
        raise ValueError(f"the activities list cannot filter by {wanted!r}")
    if wanted.kind is not None:
        statement = statement.where(Activity.kind == wanted.kind)
    if wanted.start is not None:
        statement = statement.where(Activity.held_on >= wanted.start)
    if wanted.end is not None:
        statement = statement.where(Activity.held_on <= wanted.end)
    return statement


def _details() -> Select:
    return select(Activity.id.label("activity_id"), Activity.held_on, Activity.kind,
                  Activity.title, Activity.place, Activity.facilitators,
                  present_count().label("present_count"), Activity.course_id)


def _row(row: RowMapping, _today: dt.date) -> ActivityRow:
    return ActivityRow(**{f.name: row[f.name] for f in dataclasses.fields(ActivityRow)})


@functools.cache
def _definition(programme: Programme, course_id: uuid.UUID | None) -> ListDefinition:
    def base() -> Select:
        statement = select(Activity.id).where(Activity.programme == programme,
                                              Activity.deleted_at.is_(None))
        if course_id is not None:
            statement = statement.where(Activity.course_id == course_id)
        return statement

    return ListDefinition(
        name=f"{programme.value} activities", base=base, row_id=Activity.id,
        details=_details, search=_search,
        sorts={
            ActivitySort.HELD_ON: SortOrder(Activity.held_on),
            ActivitySort.KIND: SortOrder(Activity.kind, codes=KINDS[programme],
                                         then=(Activity.held_on,)),
            ActivitySort.TITLE: SortOrder(Activity.title, nullable=True,
                                          then=(Activity.held_on,)),
            ActivitySort.PLACE: SortOrder(Activity.place, nullable=True,
                                          then=(Activity.held_on,)),
            ActivitySort.PRESENT: SortOrder(present_count(), then=(Activity.held_on,)),
        },
        make_row=_row, narrow=_narrow)


@dataclasses.dataclass(frozen=True)
class ActivityList:
    """The paged list of one programme's (or one course's) live activities."""

    programme: Programme
    course_id: uuid.UUID | None = None

    def page(self, session: Session, query: ListQuery = ListQuery(),
             after: Cursor | None = None, limit: int = PAGE_SIZE,
             today: dt.date | None = None) -> Page[ActivityRow]:
        """Up to ``limit`` activities following ``after`` (from the top when None)."""
        return fetch_page(session, _definition(self.programme, self.course_id), query,
                          after, limit, today)

    def count(self, session: Session, text: str = "", filter: Any = None,
              today: dt.date | None = None) -> int:
        """How many activities the search text and filter find."""
        return count_rows(session, _definition(self.programme, self.course_id), text,
                          filter, today)


def activity_list(programme: Programme, course_id: uuid.UUID | None = None) -> ActivityList:
    """The list of a programme's activities (of one course when ``course_id`` is given)."""
    return ActivityList(Programme(programme), course_id)
