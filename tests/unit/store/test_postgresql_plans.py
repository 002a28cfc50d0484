"""PostgreSQL plans the lists' searches as SQLite does (issue 16), checked with EXPLAIN
on a seeded database of 3,000 persons after ANALYZE, made as many servers make their
databases: in a language's collation (ICU ru-RU), where text compares by Russian rules.

A name typed in the search box is a prefix range on the folded keys; it must walk
ix_person_search_key and ix_person_given_key (Index Scan or Bitmap Index Scan), never
read every person (Seq Scan on person); an IIN's digits walk the IIN's unique index; the
unfiltered list walks ix_person_sort_key in its order. And the answers are SQLite's: the
keys compare byte by byte (migration 0016), so the range's bound ("\\x7f", ":") is above
every key it starts and the names come in the same order."""

from __future__ import annotations

import dataclasses
import re

import pytest
from sqlalchemy import event, select

from centre_desk.config import Paths
from centre_desk.services import listing, setup, users
from centre_desk.services.listing import ListQuery
from centre_desk.services.seed import seed
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.store.models import Person
from tests.conftest import ADMIN_PASSWORD, SET_UP

PERSONS = 3000
COLLATION = "ru-RU"  # ICU's Russian, as a server made with ru_RU.UTF-8 compares


@pytest.fixture(scope="module")
def office(tmp_path_factory, postgresql_server, cheap_password_hashing):
    """A workspace on a seeded, analysed database collated in Russian."""
    with postgresql_server._admin.connect() as connection:
        if not connection.exec_driver_sql(
                "SELECT count(*) FROM pg_collation WHERE collname = %(n)s",
                {"n": f"{COLLATION}-x-icu"}).scalar():
            pytest.skip(f"this PostgreSQL server was built without ICU ({COLLATION})")
        name = postgresql_server.new_name("plans")
        connection.exec_driver_sql(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu "
            f"ICU_LOCALE '{COLLATION}' LOCALE 'C.UTF-8'")
    paths = Paths(tmp_path_factory.mktemp("plans") / "data")
    setup.set_up(paths, dataclasses.replace(SET_UP, database_url=postgresql_server.url_of(
        name)))
    database = open_database(paths)
    seed(database, persons=PERSONS, random_seed=7)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    with database.session() as session, session.begin():
        actor = users.sign_in(session, "admin", ADMIN_PASSWORD).actor
    yield Workspace(database, actor)
    database.close()
    postgresql_server.drop(name)


def _plans(workspace: Workspace, page, text: str) -> list[str]:
    """EXPLAIN of every statement listing ``page`` with ``text`` sends that narrows or
    orders persons (the keyset's key query), as PostgreSQL plans it."""
    sent: list[tuple[str, object]] = []

    def keep(_connection, _cursor, statement, parameters, _context, _many):
        sent.append((statement, parameters))

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", keep)
    try:
        workspace.run(page, ListQuery(text=text))
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    plans = []
    with engine.connect() as connection:
        for statement, parameters in sent:
            if re.search(r"person\.(search_key|iin) >=|ORDER BY k0", statement):
                plans.append("\n".join(connection.exec_driver_sql(
                    "EXPLAIN " + statement, parameters).scalars()))
    assert plans, "no statement narrowed or ordered persons"
    return plans


SEARCHED = [listing.directory_page, listing.participants_page, listing.club_members_page,
            listing.placements_page, listing.children_page]


@pytest.mark.parametrize("page", SEARCHED, ids=[page.__name__ for page in SEARCHED])
@pytest.mark.parametrize("typed", ["ахм", "АХМЕТОВ Ер", "ahmet"])
def test_a_name_search_walks_the_key_indexes(office, page, typed):
    for plan in _plans(office, page, typed):
        if "search_key" not in plan:
            continue  # the page's own rows, fetched by their ids
        assert re.search(r"(Bitmap Index Scan on|Index (Only )?Scan using) ix_person_search_key",
                         plan), plan
        assert re.search(r"(Bitmap Index Scan on|Index (Only )?Scan using) ix_person_given_key",
                         plan), plan
        assert not re.search(r"Seq Scan on person\b", plan), plan


def test_an_iin_prefix_walks_the_iin_index(office):
    # Whether it finds few (a count of at most a few hundred entries), then its page.
    plans = _plans(office, listing.directory_page, "9001")
    assert len(plans) == 2, plans
    for plan in plans:
        assert re.search(r"Index (Only )?Scan using (uq_person_iin|ix_person_iin_\w+) on "
                         r"person", plan), plan
        assert "Seq Scan on person" not in plan


def test_the_whole_list_walks_the_sort_key_index_in_its_order(office):
    (plan,) = _plans(office, listing.directory_page, "")
    assert re.search(r"Index (Only )?Scan using ix_person_sort_key on person", plan), plan
    assert "Seq Scan on person" not in plan


def _keys(office) -> list[tuple[str, str, str, str | None]]:
    with office.database.session() as session:
        return session.execute(select(Person.id, Person.search_key, Person.given_key,
                                      Person.iin).where(Person.deleted_at.is_(None))).all()


@pytest.mark.parametrize("typed, key", [("ахм", "ahm"), ("Бек", "bek"), ("9001", None)])
def test_a_search_finds_everyone_its_prefix_starts_as_on_sqlite(office, typed, key):
    expected = {row.id for row in _keys(office) if (
        row.iin and row.iin.startswith(typed) if key is None
        else row.search_key.startswith(key) or row.given_key.startswith(key))}
    assert expected  # the seeded names hold some
    assert office.run(listing.count_directory, typed) == len(expected)
    page = office.run(listing.directory_page, ListQuery(text=typed))
    assert {row.person_id for row in page.rows} <= expected


def test_names_come_in_the_order_of_their_bytes_as_on_sqlite(office):
    page = office.run(listing.directory_page, ListQuery())
    with office.database.session() as session:
        keys = dict(session.execute(select(Person.id, Person.sort_key).where(
            Person.deleted_at.is_(None))).all())
    shown = [(keys[row.person_id], str(row.person_id)) for row in page.rows]
    everyone = sorted((key, str(person)) for person, key in keys.items())
    assert [key for key, _ in shown] == [key for key, _ in everyone[:len(shown)]]
