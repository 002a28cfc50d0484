"""A searched list in every order: the same rows, page by page, whether the few rows a
search finds are sorted or a search finding many walks the sorted column's index."""

from __future__ import annotations

import pytest

from centre_desk.services import listing
from centre_desk.services.listing import ClubMemberSort, ListQuery, ParticipantSort, people
from tests.unit.services.test_listing import TODAY, populate

LISTS = [(listing.participants_page, ParticipantSort, lambda row: row.case_id),
         (listing.club_members_page, ClubMemberSort, lambda row: row.membership_id)]


@pytest.fixture
def centre(db, admin):
    return populate(db, admin)


def _paged(run, page_function, query, row_id, size) -> list:
    rows, after = [], None
    while True:
        page = run(page_function, query, after, size, TODAY)
        assert len(page.rows) <= size
        rows += [row_id(row) for row in page.rows]
        if page.next is None:
            return rows
        after = page.next


@pytest.mark.parametrize("page_function, sorts, row_id", LISTS,
                         ids=[page.__name__ for page, *_ in LISTS])
@pytest.mark.parametrize("text", ["ахмет", "ахметов ерлан", "bekova", "9", "8808"])
def test_a_search_pages_alike_sorted_or_walked(run, centre, monkeypatch, page_function,
                                               sorts, row_id, text):
    for sort in sorts:
        for descending in (False, True):
            query = ListQuery(text=text, sort=sort, descending=descending)
            monkeypatch.setattr(people, "SORTED_BELOW", 1000)
            sorted_ = _paged(run, page_function, query, row_id, 2)
            whole = _paged(run, page_function, query, row_id, 1000)
            monkeypatch.setattr(people, "SORTED_BELOW", 0)
            walked = _paged(run, page_function, query, row_id, 2)
            assert sorted_ == whole == walked, (sort, descending)
            assert len(set(whole)) == len(whole), (sort, descending)


def test_a_search_finding_few_shows_exactly_what_it_counts(run, centre):
    rows = run(listing.participants_page, ListQuery(text="ахмет"), None, 1000, TODAY).rows
    assert {row.case_id for row in rows} == {
        centre.cases.ahmetov, centre.cases.ahmetov_closed, centre.cases.namesake}
    assert len(rows) == run(listing.count_participants, "ахмет")
