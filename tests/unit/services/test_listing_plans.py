"""How SQLite answers the lists that open first: walking an index, not sorting a table.

A wrong plan costs no correctness, only time at 100,000 persons, where the benchmark
sees it (tests/perf); these checks name the plan so a change that loses it fails here.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.dialects import postgresql, sqlite

from centre_desk.services import listing, persons
from centre_desk.services.listing import ListQuery, core
from centre_desk.services.listing.core import unindexed
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Person

# EXPLAIN QUERY PLAN is SQLite's; PostgreSQL's plans want their own checks (issue 16).
pytestmark = pytest.mark.sqlite_only("SQLite's query plans")


def test_unindexed_is_a_unary_plus_on_sqlite_only():
    statement = select(Person.id).where(Person.id == unindexed(Person.id))
    assert "= +person.id" in str(statement.compile(dialect=sqlite.dialect()))
    assert "= person.id" in str(statement.compile(dialect=postgresql.dialect()))


def _plans_of_page(db, admin, page, text="") -> list[str]:
    statements: list[tuple[str, tuple]] = []

    def keep(_connection, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        Workspace(db, admin).run(page, ListQuery(text=text), None, 100)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    keys_statement, parameters = next(
        (statement, parameters) for statement, parameters in statements
        if "ORDER BY" in statement)
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {keys_statement}", parameters)
        return [row[-1] for row in rows]


@pytest.mark.parametrize("page", [listing.participants_page, listing.club_members_page])
def test_the_first_page_of_a_people_list_walks_the_name_index(db, admin, page):
    plan = _plans_of_page(db, admin, page)
    assert any("ix_person_sort_key" in step for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan


# sqlite_stat1 as ANALYZE left it in the 300,000-person region.
REGION_STATISTICS = [("person", "ix_person_sort_key", "232470 2 2 1"),
                     ("case_file", "ix_case_file_person_id", "46460 1"),
                     ("club_membership", "ix_club_membership_person_live", "46460 1 1 1")]


@pytest.mark.parametrize("page", [listing.participants_page, listing.club_members_page])
def test_a_first_page_in_a_region_looks_up_its_rows_without_a_bloom_filter(db, admin, page):
    # Under one bound on the name SQLite guessed a quarter of 232,470 persons walked and
    # first read every case into a Bloom filter: 13 ms at 300,000 persons, growing with
    # the region, for a page that stops after 100 rows (0.2 ms without).
    with db.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")  # makes sqlite_stat1
        connection.exec_driver_sql("DELETE FROM sqlite_stat1")
        for table, index, stat in REGION_STATISTICS:
            connection.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)",
                                       (table, index, stat))
    db.engine.dispose()  # the statistics are read as a connection loads the schema
    plan = _plans_of_page(db, admin, page)
    assert any("ix_person_sort_key (sort_key>? AND sort_key<?)" in step for step in plan), plan
    assert not any("BLOOM FILTER" in step for step in plan), plan


@pytest.mark.parametrize("page", [listing.participants_page, listing.club_members_page])
@pytest.mark.parametrize("text, search_indexes", [
    ("ерм", ("ix_person_search_key", "ix_person_given_key")),
    ("yerm", ("ix_person_search_key", "ix_person_given_key")),
    ("8503", ("(iin>? AND iin<?)",))])
def test_a_search_finding_few_reads_them_through_its_index_and_sorts_them(
        db, admin, page, text, search_indexes):
    # Walking the name order instead reads most of the persons before a page of the
    # few found is full (0.3-1 s at 100,000 persons).
    plan = _plans_of_page(db, admin, page, text)
    for index in search_indexes:
        assert any(index in step for step in plan), plan
    # The rows found pass through a co-routine (the first page's window count) and are
    # sorted from there: "SCAN (subquery-N)" reads them, never a table.
    tables_scanned = [step for step in plan
                      if step.startswith("SCAN") and not step.startswith("SCAN (subquery")]
    assert not any("ix_person_sort_key" in step for step in plan), plan
    assert tables_scanned == [], plan
    assert any("TEMP B-TREE FOR ORDER BY" in step for step in plan), plan


@pytest.mark.parametrize("page", [listing.participants_page, listing.club_members_page])
def test_an_iin_search_sorts_its_matches_from_the_index_alone(db, admin, page):
    # The IIN's unique index holds no name order: each match's row was read to sort it
    # (1.9 ms of SQL for 499 persons at 300,000, 0.6 ms from ix_person_iin_live).
    plan = _plans_of_page(db, admin, page, "8503")
    assert any("COVERING INDEX ix_person_iin_live (iin>? AND iin<?)" in step
               for step in plan), plan


@pytest.mark.parametrize("index", ["ix_person_search_key", "ix_person_given_key"])
def test_a_name_searchs_index_holds_what_its_count_and_sort_read(db, index):
    # With the key alone in it, each match's row was read for its deletion stamp, name
    # order and id: 12-15 ms of SQL each for the count and the first page of 'ерм' at
    # 300,000 persons (4,269 matches), about 4 ms with them in the index (SQLite's
    # deferred seek then never reads the row).
    with db.engine.connect() as connection:
        columns = [row[2] for row in connection.exec_driver_sql(f"PRAGMA index_info({index})")]
    assert columns[1:] == ["deleted_at", "sort_key", "id"], columns


def test_a_search_finding_many_walks_the_name_index(db, admin, monkeypatch):
    monkeypatch.setattr(core, "SORTED_BELOW", 0)  # as if "а" found most of a region
    plan = _plans_of_page(db, admin, listing.participants_page, "а")
    assert any("ix_person_sort_key" in step for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan


@pytest.mark.parametrize("page", [listing.participants_page, listing.club_members_page])
@pytest.mark.parametrize("text, groups", [
    ("ерм", ("ix_person_search_key_group", "ix_person_given_key_group")),
    ("yerm", ("ix_person_search_key_group", "ix_person_given_key_group")),
    ("ермеков ай", ("ix_person_search_key_group", "ix_person_given_key_group")),
    ("8503", ("ix_person_iin_group",))])
def test_a_search_finding_many_walks_its_groups_in_name_order(db, admin, monkeypatch, page,
                                                              text, groups):
    # Sorting every match grew with the region ('ерм': 0.9 ms of SQL at 100,000 persons,
    # 3.4 ms at 300,000); each group walked in name order stops after a page (0.3-0.4 ms
    # at both).
    monkeypatch.setattr(core, "GROUP_SORTED_BELOW", 0)
    plan = _plans_of_page(db, admin, page, text)
    for group in groups:
        assert any(f"COVERING INDEX {group} (<expr>=? AND sort_key>? AND sort_key<?)" in step
                   for step in plan), plan
    tables_scanned = [step for step in plan
                      if step.startswith("SCAN") and not step.startswith("SCAN anon_")]
    assert tables_scanned == [], plan
    # Only the few rows the groups' pages hold are sorted, never what a group finds.
    assert sum("TEMP B-TREE FOR ORDER BY" in step for step in plan) <= 1, plan


def test_a_programmes_activities_are_counted_from_the_index(db):
    with db.engine.connect() as connection:
        plan = [row[-1] for row in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM activity "
            "WHERE programme = 'mothers_club' AND deleted_at IS NULL"))]
    assert any("COVERING INDEX ix_activity_programme_live" in step for step in plan), plan


def test_deleted_persons_are_found_through_their_index(db):
    with db.engine.connect() as connection:
        plan = [row[-1] for row in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM person WHERE deleted_at >= '0001-01-01'"))]
    assert any("ix_person_deleted " in step for step in plan), plan


def test_a_regions_people_are_listed_from_their_index(db):
    # As the statistics of one region ask for them, once per figure.
    with db.engine.connect() as connection:
        plan = [row[-1] for row in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM person WHERE region = 'Алматы'"))]
    assert any("COVERING INDEX ix_person_region" in step for step in plan), plan


@pytest.mark.parametrize("text, indexes", [
    ("ерм", ("ix_person_search_key", "ix_person_given_key")), ("8503", ("(iin>? AND iin<?)",))])
def test_whether_a_search_finds_few_is_told_from_the_search_indexes_alone(db, text, indexes):
    statements: list[tuple[str, tuple]] = []

    def keep(_connection, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with db.session() as session:
            persons.finds_fewer_than(session, text, 5000)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    [(statement, parameters)] = statements
    with db.engine.connect() as connection:
        plan = [row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters)]
    searches = [step for step in plan if step.startswith("SEARCH")]
    assert len(searches) == len(indexes), plan
    for index, step in zip(indexes, searches):
        assert "COVERING INDEX" in step and index in step, plan
