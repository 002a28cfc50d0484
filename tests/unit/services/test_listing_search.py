"""A searched list in every order: the same rows, page by page, whether the few rows a
search finds are sorted or a search finding many walks the sorted column's index."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centre_desk.domain.enums import CaseCategory, Stage
from centre_desk.domain.names import given_key
from centre_desk.services import listing, persons
from centre_desk.services.listing import (
    ChildSort, ClubMemberSort, DirectorySort, ListQuery, ParticipantSort, core)
from tests.unit.services.test_listing import TODAY, _case, _person, populate

LISTS = [(listing.participants_page, ParticipantSort, lambda row: row.case_id),
         (listing.club_members_page, ClubMemberSort, lambda row: row.membership_id),
         (listing.directory_page, DirectorySort, lambda row: row.person_id),
         (listing.children_page, ChildSort, lambda row: row.person_id)]


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
            for below in ("SORTED_BELOW", "GROUP_SORTED_BELOW"):
                monkeypatch.setattr(core, below, 1000)
            sorted_ = _paged(run, page_function, query, row_id, 2)
            whole = _paged(run, page_function, query, row_id, 1000)
            for below in ("SORTED_BELOW", "GROUP_SORTED_BELOW"):
                monkeypatch.setattr(core, below, 0)
            walked = _paged(run, page_function, query, row_id, 2)  # in groups, by name
            with monkeypatch.context() as ungrouped:
                ungrouped.setattr(persons, "GROUP_WIDTHS", dict.fromkeys(persons.GROUP_WIDTHS, 99))
                walked_whole_list = _paged(run, page_function, query, row_id, 2)
            assert sorted_ == whole == walked == walked_whole_list, (sort, descending)
            assert len(set(whole)) == len(whole), (sort, descending)


def test_a_search_finding_few_shows_exactly_what_it_counts(run, centre):
    rows = run(listing.participants_page, ListQuery(text="ахмет"), None, 1000, TODAY).rows
    assert {row.case_id for row in rows} == {
        centre.cases.ahmetov, centre.cases.ahmetov_closed, centre.cases.namesake}
    assert len(rows) == run(listing.count_participants, "ахмет")


COUNTS = [(listing.participants_page, listing.count_participants, ParticipantSort),
          (listing.club_members_page, listing.count_club_members, ClubMemberSort),
          (listing.directory_page, listing.count_directory, DirectorySort),
          (listing.children_page, listing.count_children, ChildSort)]


@pytest.mark.parametrize("page_function, count_function, sorts", COUNTS,
                         ids=[page.__name__ for page, *_ in COUNTS])
@pytest.mark.parametrize("text", ["ахмет", "ахметов ерлан", "bekova", "9", "8808", "щщщ"])
def test_a_first_page_that_counts_its_search_says_what_the_count_says(
        run, centre, page_function, count_function, sorts, text):
    # The page counts what it sorted (a window count before its LIMIT); the list then
    # shows that figure instead of counting again, so the two must never differ.
    counted = 0
    for sort in sorts:
        for descending, size in ((False, 1), (True, 2), (False, 1000)):
            query = ListQuery(text=text, sort=sort, descending=descending)
            page = run(page_function, query, None, size, TODAY)
            if page.found is not None:
                counted += 1
                assert page.found == run(count_function, text), (sort, descending, size)
            # A later page has not seen the rows before it: it never counts.
            assert page.next is None or run(page_function, query, page.next, size,
                                            TODAY).found is None
    # In name order a search finding few is sorted, hence counted, on every first page.
    assert counted >= 3


def test_a_filtered_search_is_counted_with_its_filter(run, centre):
    wanted = listing.ParticipantFilter(stage=Stage.ACTIVE)  # not ahmetov's closed case
    query = ListQuery(text="ахмет", filter=wanted)
    page = run(listing.participants_page, query, None, 1, TODAY)
    assert page.found == run(listing.count_participants, "ахмет", wanted)
    assert 0 < page.found < run(listing.count_participants, "ахмет")


@pytest.mark.parametrize("page_function, count_function, sorts", COUNTS,
                         ids=[page.__name__ for page, *_ in COUNTS])
@pytest.mark.parametrize("text", ["ахмет", "ахметов ерлан", "bekova", "9", "8808", "а"])
def test_a_walked_search_says_all_it_found_or_at_least_a_page_more(
        run, centre, monkeypatch, page_function, count_function, sorts, text):
    # A search walked in order does not count: its first page says what it saw.
    for below in ("SORTED_BELOW", "GROUP_SORTED_BELOW"):
        monkeypatch.setattr(core, below, 0)
    counted = run(count_function, text)
    for sort in sorts:
        for size in (1, 2, 1000):
            page = run(page_function, ListQuery(text=text, sort=sort), None, size, TODAY)
            if counted > size:
                assert (page.found, page.at_least) == (size + 1, True), (sort, size)
            else:
                assert (page.found, page.at_least) == (counted, False), (sort, size)
            assert page.next is None or run(page_function, ListQuery(text=text, sort=sort),
                                            page.next, size, TODAY).found is None


def test_a_person_both_of_whose_names_match_is_listed_once(run, db, admin, centre, monkeypatch):
    # Serik Serikbayev is found by his surname's group and by his given name's: the
    # two walks are merged, and he is one row, counted once.
    with db.session(admin) as session, session.begin():
        serik = _person(session, "Серикбаев", "Серик",
                        given_key=given_key("Серикбаев", "Серик", None))
        session.flush()
        case = _case(session, serik, CaseCategory.AT_RISK, Stage.ACTIVE)
        session.flush()
        case_id = case.id
    monkeypatch.setattr(core, "GROUP_SORTED_BELOW", 0)
    for size in (1, 1000):
        rows = _paged(run, listing.participants_page, ListQuery(text="сер"),
                      lambda row: row.case_id, size)
        assert rows.count(case_id) == 1
        assert len(rows) == len(set(rows)) == run(listing.count_participants, "сер")


_TYPED = st.text(alphabet="ахметовбекаерлнсқұәңөүһіaxmetovbkyerl89015 %_'\"\\-", max_size=9)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TYPED, size=st.integers(1, 3), descending=st.booleans())
def test_whatever_is_typed_the_walk_in_groups_finds_what_sorting_finds(
        run, centre, monkeypatch, text, size, descending):
    # Typed text, hostile or not (SQL's wildcards, quotes, a backslash, Kazakh letters):
    # walked in its key groups a page at a time it finds the rows, in the order, that
    # sorting everything it finds gives.
    query = ListQuery(text=text, descending=descending)
    with monkeypatch.context() as walked:
        for below in ("SORTED_BELOW", "GROUP_SORTED_BELOW"):
            walked.setattr(core, below, 0)
        in_groups = _paged(run, listing.participants_page, query,
                           lambda row: row.case_id, size)
    with monkeypatch.context() as sorting:
        for below in ("SORTED_BELOW", "GROUP_SORTED_BELOW"):
            sorting.setattr(core, below, 10 ** 6)
        everything_sorted = _paged(run, listing.participants_page, query,
                                   lambda row: row.case_id, 1000)
    assert in_groups == everything_sorted
