"""Keyset paging, sorting and searching in SQL, shared by every list the tabs show.

A list is a SELECT of ids over live rows plus, per sortable column, a :class:`SortOrder`.
A sort order splits the rows into *segments* walked one after another: blanks go
in their own last segment, and a column with a few codes (stage, status) gets one
segment per code in the codes' natural order.  Inside a segment every ordering
expression is non-null, so "the rows after this one" is a plain lexicographic
comparison on (sort values..., row id) that SQLite and PostgreSQL both answer with
an index range when the leading column is indexed.  That is why pages cost the
same at row 90,000 as at row 0, where LIMIT/OFFSET would read and drop every row
before the page (about 0.85 s at offset 90,000 on the 100,000-person benchmark).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    BigInteger, ColumnElement, Select, and_, false, func, literal, or_, select, true,
    union)
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.visitors import InternalTraversal

from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.redaction import may_see_full_identity, redacted

PAGE_SIZE = 100
"""Rows per page when the caller does not say."""

SORTED_BELOW = 5000
"""A search finding fewer rows than this (ListDefinition.few_found) is answered from the
search index and sorted (at most ~20 ms at 100,000 persons); one finding more walks the
sort column's index, where its matches are dense enough to fill a page soon."""
GROUP_SORTED_BELOW = 300
"""The same for a search walked in its key groups (ListDefinition.in_order)."""

R = TypeVar("R")


class unindexed(ColumnElement[Any]):  # noqa: N801 - used like a SQL function
    """The column's value, but no index of it may answer a condition on it.

    On SQLite this is the column with a unary plus, the documented way to steer the
    planner: in ``case.person_id == unindexed(person.id)`` the person can no longer be
    looked up by id, so SQLite walks the persons in an index order (the name order of
    a list) and stops after a page, instead of reading every case and sorting them.
    Other databases get the plain column.
    """

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(unindexed)
def _compile_unindexed(element: unindexed, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(unindexed, "sqlite")
def _compile_unindexed_sqlite(element: unindexed, compiler, **kw) -> str:
    return "+" + compiler.process(element.column, **kw)


@dataclasses.dataclass(frozen=True)
class ListQuery:
    """What the user asked a list for: search text and one sort column.

    ``sort`` is a member of the list's own sort enum (``ParticipantSort`` ...);
    None means the list's first one, the name or title.
    """

    text: str = ""
    sort: enum.StrEnum | None = None
    descending: bool = False
    filter: Any = None
    """The list's own frozen filter dataclass (``ParticipantFilter`` ...), or None."""


@dataclasses.dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the last row's segment and sort values.

    Opaque to callers; only valid for the sort it was made with."""

    sort: str
    descending: bool
    segment: int
    values: tuple[Any, ...]


@dataclasses.dataclass(frozen=True)
class Page(Generic[R]):
    """One page of rows and the cursor of the page after it (None: the list ends here)."""

    rows: tuple[R, ...]
    next: Cursor | None
    found: int | None = None
    """How many rows the whole search finds, when reading this page counted them (a
    first page sorted from all it found, or a search's first page that holds them all);
    None: ask the list's count."""
    at_least: bool = False
    """``found`` is a floor, not a count: a search's first page walked in the list's
    order saw that many rows and did not count further (ask the list's count)."""


@dataclasses.dataclass(frozen=True)
class SortOrder:
    """How one column orders a list.

    ``column`` is the value sorted on; ``nullable`` sends blanks to the end in both
    directions; ``codes`` lists a few possible values in their natural order (a
    workflow's stages) so the list follows that order rather than the spelling of
    the codes; ``then`` breaks ties, always ascending (usually the name). ``base``,
    when given, replaces the list's ``base`` for this order: the same rows, selected
    in a way that is cheaper when every row must be sorted.
    """

    column: ColumnElement[Any]
    nullable: bool = False
    codes: tuple[enum.Enum, ...] = ()
    then: tuple[ColumnElement[Any], ...] = ()
    base: Callable[[], Select[Any]] | None = None


@dataclasses.dataclass(frozen=True)
class _Segment:
    where: ColumnElement[bool]
    keys: tuple[tuple[ColumnElement[Any], bool], ...]  # (non-null expression, descending)
    leads: bool = False  # the first key is the sorted column itself


# Trivially true bounds by Python type. Without ANALYZE statistics SQLite reads a whole
# table and sorts it for "ORDER BY indexed_column LIMIT n" (~140 ms at 100,000 cases),
# but walks the index when the column also has a range condition (~2 ms).
_LOWEST: dict[type, Any] = {str: "", dt.date: dt.date.min, int: -2 ** 63}
_HIGHEST: dict[type, Any] = {str: "\U0010ffff", dt.date: dt.date.max, int: 2 ** 63 - 1}


def _bounds(expression: ColumnElement[Any]) -> tuple[Any, Any] | None:
    """The lowest and highest values of the expression's type, or None."""
    try:
        kind = expression.type.python_type
    except NotImplementedError:
        return None
    if kind not in _LOWEST:
        return None
    if kind is int:  # a 64-bit bound stays a BIGINT on PostgreSQL, not an INTEGER
        return literal(_LOWEST[kind], BigInteger()), literal(_HIGHEST[kind], BigInteger())
    return _LOWEST[kind], _HIGHEST[kind]


def _whole_range(expression: ColumnElement[Any]) -> ColumnElement[bool]:
    # Both sides: under one bound SQLite guesses a quarter of the table is walked, more
    # rows than a joined table holds, and first reads all of that table into a Bloom
    # filter (every case for the participants' first page: 0.5 / 1.6 / 13 ms at 10,000 /
    # 100,000 / 300,000 persons) though the walk stops after a page; under two, 0.2 ms.
    bounds = _bounds(expression)
    return true() if bounds is None else and_(expression >= bounds[0],
                                              expression <= bounds[1])


def _segments(order: SortOrder, descending: bool, row_id: ColumnElement[Any],
              walk: bool) -> list[_Segment]:
    """The order's segments; unless ``walk``, no index of the sorted column may select
    a segment's rows (they come through the search's index)."""
    ties = tuple((expression, False) for expression in (*order.then, row_id))
    column = order.column if walk else unindexed(order.column)
    if order.codes:
        codes = order.codes[::-1] if descending else order.codes
        segments = [_Segment(column == code, ties) for code in codes]
        # Catch-all, so a code this version does not know can never hide a row.
        segments.append(_Segment(or_(column.not_in(order.codes), column.is_(None)), ties))
        return segments
    first = _Segment(column.is_not(None) if order.nullable else true(),
                     ((order.column, descending), *ties), leads=True)
    if not order.nullable:
        return [first]
    return [first, _Segment(column.is_(None), ties)]


def _after(keys: Sequence[tuple[ColumnElement[Any], bool]], values: Sequence[Any],
           seek: bool = True) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the order of ``keys``; ``seek`` adds the bound
    that lets the planner walk the leading key's index from there."""
    alternatives = []
    for index, (expression, descending) in enumerate(keys):
        equal_before = [keys[j][0] == values[j] for j in range(index)]
        beyond = expression < values[index] if descending else expression > values[index]
        alternatives.append(and_(*equal_before, beyond))
    if not seek:
        return or_(*alternatives)
    leading, leading_descending = keys[0]
    # Redundant with the OR, but it is what lets the planner seek the leading index (the
    # far side bounded too, as in _whole_range).
    bounds = _bounds(leading)
    seek_from = [leading <= values[0] if leading_descending else leading >= values[0]]
    if bounds is not None:
        seek_from.append(leading >= bounds[0] if leading_descending else leading <= bounds[1])
    return and_(*seek_from, or_(*alternatives))


@dataclasses.dataclass(frozen=True)
class ListDefinition(Generic[R]):
    """One list: its live rows, how typed text narrows them, how each column sorts.

    ``base`` selects ``row_id`` over live rows, with every join that searching and
    sorting need; ``details`` selects the columns ``make_row`` reads. A page orders
    and cuts the cheap ``base`` first and only then loads ``details`` for its own
    rows, so per-row extras (counts, a guardian's name) are never computed for rows
    the page does not show. ``count_all`` may give a cheaper count of the whole list.
    The first entry of ``sorts`` is the default order.
    """

    name: str
    base: Callable[[], Select[Any]]
    row_id: ColumnElement[Any]
    details: Callable[[], Select[Any]]
    search: Callable[[Select[Any], str], Select[Any]]
    sorts: Mapping[enum.StrEnum, SortOrder]
    make_row: Callable[[RowMapping, dt.date], R]
    count_all: Callable[[Session], int] | None = None
    few_found: Callable[[Session, str, int], bool] | None = None
    """Whether the search text finds fewer rows than the number given (SORTED_BELOW, or
    GROUP_SORTED_BELOW for a walk of ``in_order``), so few that reading them all through
    the search's own index and sorting them beats walking an index in the sort's order
    until a page is full; it must answer from the search index in a time that does not
    grow with the list. None: always walk."""
    in_order: Callable[[Select[Any], str], list[Select[Any]]] | None = None
    """The search split into statements an index walks in the first sort's order
    (services.persons.in_name_order; [] for a text too short): a page in that order
    merges the first rows of each. None: the list has no such split."""
    narrow: Callable[[Select[Any], Any, dt.date], Select[Any]] | None = None
    """Applies the list's filter object (see ``ListQuery.filter``) to a base select."""
    identity: tuple[str, ...] = ()
    """The row's identity fields (IIN, phone, address), withheld from a user who may
    not see them in full (services.redaction); still searchable by."""

    def narrowed(self, statement: Select[Any], filter: Any, today: dt.date) -> Select[Any]:
        """The statement with the filter applied; a list without filters refuses one."""
        if filter is None:
            return statement
        if self.narrow is None:
            raise ValueError(f"the {self.name} list has no filters")
        return self.narrow(statement, filter, today)

    def sort_of(self, query: ListQuery) -> enum.StrEnum:
        sort = query.sort if query.sort is not None else next(iter(self.sorts))
        if sort not in self.sorts:
            raise ValueError(f"the {self.name} list cannot sort by {sort!r}")
        return sort


def _ordered(columns: Sequence[ColumnElement[Any]],
             keys: Sequence[tuple[ColumnElement[Any], bool]]) -> list[ColumnElement[Any]]:
    return [column.desc() if descending else column.asc()
            for column, (_, descending) in zip(columns, keys)]


def _keys_after(session: Session, segments: list[_Segment], searched: list[Select[Any]],
                after: Cursor | None, limit: int, walk: bool
                ) -> tuple[list[tuple[int, tuple[Any, ...]]], int | None]:
    """(segment, sort keys) of up to ``limit`` + 1 rows following ``after``, the sort
    column's index walked (``walk``) or the rows found sorted; and how many rows the
    search finds, when sorting them all for a first page told it (else None). Several
    ``searched`` statements (ListDefinition.in_order) are each walked to a page and
    their rows merged, a row found by two once."""
    found: list[tuple[int, tuple[Any, ...]]] = []
    # A first page sorted from every row found counts them in the same pass (a window
    # count before the LIMIT): the list's count need not read them again.
    counted = not walk and after is None and len(segments) == 1 and len(searched) == 1
    total = None
    start = after.segment if after is not None else 0
    for index in range(start, len(segments)):
        keys = segments[index].keys
        labelled = [expression.label(f"k{k}") for k, (expression, _) in enumerate(keys)]
        columns = [*labelled, func.count().over().label("found")] if counted else labelled
        wanted = limit + 1 - len(found)
        parts = []
        for part in searched:
            statement = part.with_only_columns(*columns, maintain_column_froms=True).where(
                segments[index].where)
            if after is not None and index == after.segment:
                statement = statement.where(_after(keys, after.values, seek=walk))
            elif segments[index].leads and walk:
                statement = statement.where(_whole_range(keys[0][0]))
            # Ordering by the labels lets SQLite compute a derived key (a count) once per
            # row; ordering by a key no index holds makes it sort the rows found instead
            # of walking an index in that order and testing every row on the way.
            ordering = labelled if walk else [unindexed(label) for label in labelled]
            parts.append(statement.order_by(*_ordered(ordering, keys)).limit(wanted))
        if len(parts) == 1:
            statement = parts[0]
        else:  # UNION, not UNION ALL: a person whose surname and given name both match
            merged = union(*(select(part.subquery()) for part in parts)).subquery()
            statement = select(*merged.c).order_by(*_ordered(merged.c, keys)).limit(wanted)
        rows = session.execute(statement).all()
        if counted:
            total = rows[0][-1] if rows else 0
            rows = [row[:-1] for row in rows]
        found += [(index, tuple(row)) for row in rows]
        if len(found) > limit:
            break
    return found, total


def fetch_page(session: Session, definition: ListDefinition[R], query: ListQuery,
               after: Cursor | None, limit: int, today: dt.date | None) -> Page[R]:
    """Up to ``limit`` rows following ``after`` (from the top when None)."""
    audit.require(session, Permission.VIEW)
    if limit < 1:
        raise ValueError("a page holds at least one row")
    sort = definition.sort_of(query)
    if after is not None and (after.sort, after.descending) != (sort.value, query.descending):
        raise ValueError("the cursor belongs to another sort order")
    order = definition.sorts[sort]
    # Walking the sort column's index costs the rows passed until a page is full: for a
    # search finding 250 of 100,000 persons, most of the table (0.3-1 s). Then the few
    # rows found are read through the search index and sorted instead (a few ms).
    base = (order.base or definition.base)()
    searching = bool(query.text.strip())
    # A search in the list's own order can walk each of its key groups in that order: a
    # page of 'ерм' at 300,000 persons in 0.5 ms of SQL, where sorting its 4,269 persons
    # took 3.4 ms and grew with the region. Only a few rows are still sorted.
    groups = (definition.in_order(base, query.text)
              if searching and definition.in_order is not None
              and sort == next(iter(definition.sorts)) else [])
    below = GROUP_SORTED_BELOW if groups else SORTED_BELOW
    walk = not (searching and definition.few_found is not None
                and definition.few_found(session, query.text, below))
    segments = _segments(order, query.descending, definition.row_id, walk)
    searched = groups if walk and groups else [definition.search(base, query.text)]
    searched = [definition.narrowed(part, query.filter, today or dt.date.today())
                for part in searched]
    found, total = _keys_after(session, segments, searched, after, limit, walk)
    at_least = False
    if total is None and walk and searching and after is None:
        # A search walked in order stops after a page: counting all it finds would read
        # every match again (1.4 ms for 'ерм' at 100,000 persons, 3 ms at 300,000; a
        # first letter typed, tens of thousands). It says what the page saw instead:
        # all of them, or at least one more than a page.
        total, at_least = len(found), len(found) > limit
    cursor = None
    if len(found) > limit:
        found = found[:limit]
        index, last = found[-1]
        cursor = Cursor(sort.value, query.descending, index, last)
    # The row id is always the last sort key.
    ids = [keys[-1] for _, keys in found]
    details = session.execute(definition.details()
                              .add_columns(definition.row_id.label("listing_row_id"))
                              .where(definition.row_id.in_(ids))).mappings()
    by_id = {row["listing_row_id"]: row for row in details}
    today = today or dt.date.today()
    rows = tuple(definition.make_row(by_id[i], today) for i in ids if i in by_id)
    if definition.identity and not may_see_full_identity(session):
        rows = tuple(redacted(row, False, definition.identity) for row in rows)
    return Page(rows, cursor, total, at_least)


def count_rows(session: Session, definition: ListDefinition[Any], text: str,
               filter: Any = None, today: dt.date | None = None) -> int:
    """How many rows the list holds for this search text and filter."""
    audit.require(session, Permission.VIEW)
    if not text.strip() and filter is None and definition.count_all is not None:
        return definition.count_all(session)
    searched = definition.narrowed(definition.search(definition.base(), text), filter,
                                   today or dt.date.today())
    return session.scalar(searched.with_only_columns(func.count(),
                                                     maintain_column_froms=True)) or 0


def mentions(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """The column contains the text, in the usual capitalisations of it.

    SQLite folds case for ASCII letters only, so Cyrillic "араб" would never find
    "Арабский" by LIKE alone; for titles and organisation names (small tables)
    trying the lower, Capitalised and UPPER spellings is enough.
    """
    text = " ".join(text.split())
    if not text:
        return true()
    spellings = {text, text.lower(), text.upper(), text[:1].upper() + text[1:].lower()}
    return or_(false(), *(column.contains(s, autoescape=True) for s in sorted(spellings)))


def is_overdue(due: dt.date | None, today: dt.date) -> bool:
    """A follow-up date that has passed."""
    return due is not None and due < today

