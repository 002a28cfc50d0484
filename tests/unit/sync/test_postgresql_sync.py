"""Sync with a PostgreSQL site (issue 16): a regional office on PostgreSQL imports
from and exports to SQLite centres (rows moved without ATTACH, see sync.pg_bulk), and
holds what an SQLite site would hold, refused rows included. Runs only with a test
server (CENTRE_DESK_TEST_POSTGRESQL_URL, tests/postgresql.py); skipped, said so,
without one."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from centre_desk.config import Paths
from centre_desk.services import persons, setup, users
from centre_desk.services.seed.seeder import seed
from centre_desk.store.database import open_database
from centre_desk.store.models import QuarantinedRow
from centre_desk.sync import api
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.tables import synced_tables
from tests.security import crafting
from tests.unit.sync.sites import (PASSWORD, Site, create_person, edit_person, introduce,
                                   make_site, today)


def make_postgresql_site(root: Path, name: str, server) -> Site:
    """make_site on a new database of the test server."""
    paths = Paths(root / name)
    url = server.create(server.new_name(name.lower()))
    setup.set_up(paths, setup.SetUpRequest(
        centre_name=name, region="Алматы", admin_username="admin",
        admin_full_name=f"Admin {name}", admin_password=PASSWORD, database_url=url))
    db = open_database(paths)
    with db.session() as session, session.begin():
        outcome = users.sign_in(session, "admin", PASSWORD)
    return Site(name, paths, db, outcome.actor)


def typed_snapshot(db, without_accounts_of: tuple[uuid.UUID, ...] = ()) -> dict:
    """Every synced table's rows as SQLAlchemy reads them (the same Python values from
    either engine), sorted; user accounts made at the sites named left out."""
    snapshot = {}
    with db.engine.connect() as connection:
        for table in synced_tables():
            rows = [tuple(row) for row in connection.execute(select(table.table))]
            if table.name == "user_account":
                at = list(table.columns).index("origin_site")
                rows = [row for row in rows if row[at] not in without_accounts_of]
            snapshot[table.name] = sorted(rows, key=repr)
    return snapshot


def ids(site: Site, table: str) -> list[uuid.UUID]:
    """The ids of a synced table's rows at ``site``, in the order they were made."""
    with site.db.engine.connect() as connection:
        found = next(t for t in synced_tables() if t.name == table).table
        return list(connection.scalars(select(found.c.id).order_by(found.c.hlc)))


def server_indexes(site: Site) -> set[tuple[str, str]]:
    """The indexes and constraints of a PostgreSQL site's tables, by name."""
    with site.db.engine.connect() as connection:
        return set(connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")) | set(
            connection.exec_driver_sql("SELECT conname, pg_get_constraintdef(oid) "
                                       "FROM pg_constraint WHERE connamespace = "
                                       "'public'::regnamespace"))


def quarantine(site: Site) -> dict[str, str]:
    with site.db.session() as session:
        return {row.detail: row.reason for row in session.scalars(select(QuarantinedRow))}


@pytest.fixture
def office_and_centres(tmp_path, postgresql_server):
    """O, a regional office on PostgreSQL, and A and B, SQLite centres; all peers."""
    office = make_postgresql_site(tmp_path, "O", postgresql_server)
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B")
    introduce(office, a, b)
    yield office, a, b
    for site in (office, a, b):
        site.db.close()


def test_a_seeded_centre_and_a_postgresql_office_exchange_everything_both_ways(
        office_and_centres, tmp_path):
    office, a, b = office_and_centres
    seed(a.db, 60, today=today())
    indexes = server_indexes(office)
    report = office.import_(a.export_to(office, folder=tmp_path, full=True))
    assert report.total("new") > 60 and report.total("quarantined") == 0
    assert server_indexes(office) == indexes  # those dropped for the copy are back
    own = (office.db.site_id,)
    assert typed_snapshot(office.db, own) == typed_snapshot(a.db, own)
    # The same package again: every row is there, unchanged.
    again = office.import_(tmp_path / "A-to-O.cdsync")
    assert again.total("new") == again.total("updated") == 0
    assert again.total("unchanged") == report.total("new")

    # The office edits a person of A's and makes one of its own; A takes both.
    person_id = ids(a, "person")[0]
    edit_person(office, person_id, phone="+7 701 111 22 33", notes="Әкесімен келді")
    create_person(office, "Сәрсенов", "Нұрлан")
    back = a.import_(office.export_to(a, folder=tmp_path))
    assert back.tables["person"].updated == 1 and back.tables["person"].new == 1
    assert typed_snapshot(a.db) == typed_snapshot(office.db)

    # A new centre gets everything from the office, as the office holds it.
    b.import_(office.export_to(b, folder=tmp_path, full=True))
    assert typed_snapshot(b.db, (b.db.site_id,)) == typed_snapshot(office.db, (b.db.site_id,))


def test_rows_a_site_refuses_are_refused_alike_on_postgresql_and_on_sqlite(
        office_and_centres, tmp_path):
    """A's package with a bad date, a surname too long, a person that refers to one
    nobody has and an account of the receiver's own: on the office (PostgreSQL, into
    an empty table and into one holding rows) and on B (SQLite) the same rows are
    quarantined for the same reasons and the rest applies."""
    office, a, b = office_and_centres
    indexes = server_indexes(office)
    for surname in ("Иванов", "Ким", "Сәрсенов", "Ли"):
        create_person(a, surname)
    people = [person_id.hex for person_id in ids(a, "person")]

    def edit(connection: sqlite3.Connection) -> None:
        connection.execute("UPDATE person SET birth_date = '2024-02-30' WHERE id = ?",
                           (people[0],))
        connection.execute("UPDATE person SET surname = ? WHERE id = ?", ("Ж" * 500, people[1]))
        connection.execute("UPDATE person SET merged_into_id = ? WHERE id = ?",
                           (uuid.uuid4().hex, people[2]))

    for receiver in (office, b):
        honest = a.export_to(receiver, folder=tmp_path, full=True,
                             name=f"honest-{receiver.name}.cdsync")
        parts = crafting.open_parts(honest, crafting.keys_of(receiver.db))
        target = tmp_path / f"hostile-{receiver.name}.cdsync"
        target.write_bytes(crafting.build(
            dict(parts.manifest), crafting.edit_rows(parts.rows, edit),
            crafting.keys_of(a.db), [crafting.recipient_of(receiver.db)],
            keep_tables=parts.manifest["tables"]))
        report = receiver.import_(target)
        assert report.tables["person"].new == 1 and report.tables["person"].quarantined == 3
    assert quarantine(office) == quarantine(b) == {
        "person.birth_date": "invalid_value", "person.surname": "invalid_value",
        "refers to a record this site does not have": "broken_reference"}
    # Into a table holding rows (the staged path): a fifth person and the bad ones again.
    create_person(a, "Омаров")
    for receiver in (office, b):
        report = receiver.import_(tmp_path / f"hostile-{receiver.name}.cdsync")
        assert report.tables["person"].unchanged == 1
        assert report.tables["person"].quarantined == 3
        assert receiver.import_(a.export_to(receiver, folder=tmp_path)).tables["person"].new >= 1
    own = (office.db.site_id, b.db.site_id)
    assert typed_snapshot(office.db, own)["person"] == typed_snapshot(b.db, own)["person"]
    assert server_indexes(office) == indexes  # a copy the server refused was undone whole


def test_a_damaged_package_changes_nothing_on_postgresql(office_and_centres, tmp_path):
    office, a, _b = office_and_centres
    create_person(a, "Иванов")
    honest = a.export_to(office, folder=tmp_path, full=True)
    parts = crafting.open_parts(honest, crafting.keys_of(office.db))
    target = tmp_path / "damaged.cdsync"

    def add_view(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE VIEW sneaky AS SELECT 1")

    target.write_bytes(crafting.build(
        dict(parts.manifest), crafting.edit_rows(parts.rows, add_view),
        crafting.keys_of(a.db), [crafting.recipient_of(office.db)],
        keep_tables=parts.manifest["tables"]))
    before = typed_snapshot(office.db)
    with pytest.raises(SyncRefused) as refused:
        office.import_(target)
    assert refused.value.reason == "damaged"
    assert typed_snapshot(office.db) == before
    with office.db.session() as session:
        assert session.scalar(select(func.count()).select_from(QuarantinedRow)) == 0


def test_a_race_is_queued_and_decided_on_the_postgresql_office(office_and_centres, tmp_path):
    """inspect, then a same-field race: the office (PostgreSQL) queues the loser; its
    supervisor restores it, and the decision reaches the centre."""
    office, a, _b = office_and_centres
    person_id = create_person(a, "Ким")
    info = api.inspect_package(office.db, a.export_to(office, folder=tmp_path))
    assert info.rows["person"] == 1
    office.import_(tmp_path / "A-to-O.cdsync")
    edit_person(a, person_id, phone="+7 700 000 00 01")
    edit_person(office, person_id, phone="+7 700 000 00 02")
    assert office.import_(a.export_to(office, folder=tmp_path)).total("conflicts") == 1
    with office.db.session(office.admin) as session, session.begin():
        [conflict] = api.list_conflicts(session)
        assert (conflict.kept_value, conflict.lost_value) == ("+7 700 000 00 02",
                                                              "+7 700 000 00 01")
        api.decide_conflict(session, conflict.id, api.KEEP_LOST)
    a.import_(office.export_to(a, folder=tmp_path))
    for site in (office, a):
        with site.db.session(site.admin) as session:
            assert persons.get_person(session, person_id).phone == "+7 700 000 00 01"
    assert typed_snapshot(a.db) == typed_snapshot(office.db)
