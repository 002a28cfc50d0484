"""Every list the tabs show, paged, sorted and searched in SQL, as frozen rows.

Every list has a ``*_page`` function (one page after a cursor) and a ``count_*``
function (how many rows a search finds); a programme's activities have an
:func:`activity_list` with the same pair. Rows are plain frozen dataclasses; deleted
rows, and rows of deleted persons, never appear. The paging scheme is described in
:mod:`centre_desk.services.listing.core`.

    query = ListQuery(text="асел", sort=ParticipantSort.STAGE)
    page = participants_page(session, query)
    more = participants_page(session, query, after=page.next)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from centre_desk.services.listing.activities import (
    ActivityFilter, ActivityList, ActivityRow, ActivitySort, activity_list)
from centre_desk.services.listing.core import (
    PAGE_SIZE, Cursor, ListQuery, Page, count_rows, fetch_page)
from centre_desk.services.listing.directory import (
    DIRECTORY, DirectoryFilter, DirectoryRole, DirectoryRow, DirectorySort)
from centre_desk.services.listing.events import (
    CHILDREN, ChildRow, ChildSort, EventRow, count_events, events_page)
from centre_desk.services.listing.people import (
    CLUB_MEMBERS, PARTICIPANTS, ClubMemberFilter, ClubMemberRow, ClubMemberSort,
    ParticipantFilter, ParticipantRow, ParticipantSort, club_member_regions,
    participant_facilities, participant_regions)
from centre_desk.services.listing.programmes import (
    COURSES, PLACEMENTS, CourseRow, CourseSort, PlacementFilter, PlacementRow, PlacementSort,
    placement_regions)

__all__ = [
    "PAGE_SIZE", "ActivityFilter", "ActivityList", "ActivityRow", "ActivitySort",
    "activity_list", "ChildRow", "DirectoryFilter", "DirectoryRole", "DirectoryRow",
    "DirectorySort", "count_directory", "directory_page", "ChildSort", "ClubMemberFilter",
    "ClubMemberRow",
    "ClubMemberSort", "CourseRow", "CourseSort", "Cursor", "EventRow", "ListQuery", "Page",
    "ParticipantFilter", "ParticipantRow", "ParticipantSort", "PlacementFilter",
    "PlacementRow", "PlacementSort", "children_page", "club_member_regions",
    "club_members_page", "count_children", "count_club_members", "count_courses",
    "count_events", "count_participants", "count_placements", "courses_page", "events_page",
    "participant_facilities", "participant_regions", "participants_page",
    "placement_regions", "placements_page",
]

_ALL = ListQuery()


def participants_page(session: Session, query: ListQuery = _ALL, after: Cursor | None = None,
                      limit: int = PAGE_SIZE,
                      today: dt.date | None = None) -> Page[ParticipantRow]:
    """Live cases of live persons; ``overdue`` when the next follow-up is before today."""
    return fetch_page(session, PARTICIPANTS, query, after, limit, today)


def count_participants(session: Session, text: str = "", filter: Any = None,
                       today: dt.date | None = None) -> int:
    """How many participants' cases the search text finds (all when blank)."""
    return count_rows(session, PARTICIPANTS, text, filter, today)


def directory_page(session: Session, query: ListQuery = _ALL, after: Cursor | None = None,
                   limit: int = PAGE_SIZE, today: dt.date | None = None) -> Page[DirectoryRow]:
    """Every live person, whatever their part at the centre (the people directory);
    the query's filter is a ``DirectoryFilter``."""
    return fetch_page(session, DIRECTORY, query, after, limit, today)


def count_directory(session: Session, text: str = "", filter: Any = None,
                    today: dt.date | None = None) -> int:
    """How many persons the directory's search text and filter find."""
    return count_rows(session, DIRECTORY, text, filter, today)


def club_members_page(session: Session, query: ListQuery = _ALL, after: Cursor | None = None,
                      limit: int = PAGE_SIZE,
                      today: dt.date | None = None) -> Page[ClubMemberRow]:
    """Live memberships of the mothers' club, former members included; the query's
    filter is a ``ClubMemberFilter``."""
    return fetch_page(session, CLUB_MEMBERS, query, after, limit, today)


def count_club_members(session: Session, text: str = "", filter: Any = None,
                       today: dt.date | None = None) -> int:
    """How many club memberships the search text and filter find."""
    return count_rows(session, CLUB_MEMBERS, text, filter, today)


def children_page(session: Session, query: ListQuery = _ALL, after: Cursor | None = None,
                  limit: int = PAGE_SIZE, today: dt.date | None = None) -> Page[ChildRow]:
    """Each child registered for at least one live children's event, once."""
    return fetch_page(session, CHILDREN, query, after, limit, today)


def count_children(session: Session, text: str = "", filter: Any = None,
                   today: dt.date | None = None) -> int:
    """How many registered children the search text finds."""
    return count_rows(session, CHILDREN, text, filter, today)


def courses_page(session: Session, query: ListQuery = _ALL, after: Cursor | None = None,
                 limit: int = PAGE_SIZE, today: dt.date | None = None) -> Page[CourseRow]:
    """Live Arabic courses; search looks in the title and the teacher's name."""
    return fetch_page(session, COURSES, query, after, limit, today)


def count_courses(session: Session, text: str = "", filter: Any = None,
                  today: dt.date | None = None) -> int:
    """How many courses the search text finds."""
    return count_rows(session, COURSES, text, filter, today)


def placements_page(session: Session, query: ListQuery = _ALL, after: Cursor | None = None,
                    limit: int = PAGE_SIZE,
                    today: dt.date | None = None) -> Page[PlacementRow]:
    """Live placements of live persons; search by name, IIN or organisation."""
    return fetch_page(session, PLACEMENTS, query, after, limit, today)


def count_placements(session: Session, text: str = "", filter: Any = None,
                     today: dt.date | None = None) -> int:
    """How many placements the search text finds."""
    return count_rows(session, PLACEMENTS, text, filter, today)
