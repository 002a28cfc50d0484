"""Attacks by a hostile peer holding its own real keys: packages built with the project's
own writer, then altered and signed again with the peer's signing key. Each test
names the attack of issue 12 it closes and asserts what the receiving site holds
afterwards: its accounts and roles, its clock, its rows, and that it still opens."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from centre_desk.config import Settings
from centre_desk.domain.clock import MAX_SKEW_MS, Stamp
from centre_desk.domain.enums import Role
from centre_desk.services import persons, users
from centre_desk.store.database import open_database
from centre_desk.store.models import FieldStamp, QuarantinedRow, SeenStamp
from centre_desk.sync import api, cards
from tests.security import crafting
from tests.unit.sync.sites import (PASSWORD, Site, create_person, database_digest,
                                   edit_person, introduce, make_site, synced_snapshot)

NOW_MS = time.time_ns() // 1_000_000


def hostile_peer_and_victim(root: Path) -> list[Site]:
    """A (the hostile peer, no relay) and B (the victim), with B's own staff: a viewer
    and a second administrator. They have exchanged one package each way, so A holds
    B's accounts as any peer does."""
    a, b = make_site(root, "A"), make_site(root, "B")
    introduce(a, b, relays=False)
    with b.db.session(b.admin) as session, session.begin():
        users.create_user(session, "viewer", "Вера Зрителева", Role.READ_ONLY, PASSWORD)
    create_person(a, "Сәрсенов", "Нұрлан")
    b.import_(a.export_to(b, folder=root, name="first-ab.cdsync"))
    a.import_(b.export_to(a, folder=root, name="first-ba.cdsync"))
    return [a, b]


@pytest.fixture
def sites(tmp_path, site_templates):
    """hostile_peer_and_victim, made once and copied for each test."""
    a, b = site_templates.copy(hostile_peer_and_victim, tmp_path)
    yield a, b
    for site in (a, b):
        site.db.close()


def stamp_of(site, wall_ms: int | None = None, counter: int = 0) -> str:
    """A stamp of ``site``'s, by default a second from now (newer than anything)."""
    wall_ms = wall_ms if wall_ms is not None else time.time_ns() // 1_000_000 + 1000
    return str(Stamp(wall_ms, counter, str(site.db.site_id)))


def hostile(a, b, folder: Path, edit=None, manifest=None, name="hostile.cdsync") -> Path:
    """A's full package for B with its rows changed by ``edit`` (a sqlite3 connection)
    and its manifest by ``manifest`` (a dict), sealed and signed with A's real key."""
    honest = a.export_to(b, folder=folder, full=True, name=f"honest-{name}")
    parts = crafting.open_parts(honest, crafting.keys_of(b.db))
    rows = crafting.edit_rows(parts.rows, edit) if edit else parts.rows
    changed = dict(parts.manifest)
    if manifest:
        manifest(changed)
    target = folder / name
    target.write_bytes(crafting.build(changed, rows, crafting.keys_of(a.db),
                                      [crafting.recipient_of(b.db)],
                                      keep_tables=parts.manifest["tables"]))
    return target


def accounts(site) -> set[tuple]:
    """This site's own accounts as sign-in reads them."""
    with site.db.engine.connect() as connection:
        return set(connection.execute(text(
            "SELECT id, username, full_name, role, active, deleted_at, hlc FROM user_account "
            "WHERE origin_site = :site"), {"site": site.db.site_id.hex}))


def sign_in(site, username: str):
    with site.db.session() as session, session.begin():
        return users.sign_in(session, username, PASSWORD).actor


def quarantined(site) -> dict[str, str]:
    """Quarantine reasons by table.column detail."""
    with site.db.session() as session:
        return {row.detail: row.reason for row in session.scalars(select(QuarantinedRow))}


def reopens(site) -> None:
    """The site opens again (its clock rebuilt from stored stamps) and lists people."""
    again = open_database(site.paths)
    try:
        assert Stamp.parse(again.clock.tick()).wall_ms < time.time_ns() // 1_000_000 + 60_000
        with again.session() as session:
            for person_id in session.scalars(text("SELECT id FROM person")).all():
                persons.get_person(session, uuid.UUID(hex=person_id))
    finally:
        again.close()


def set_account(a, b, **values):
    """An edit of B's own rows of user_account, stamped as A's newest change."""
    def edit(connection: sqlite3.Connection) -> None:
        assignments = ", ".join(f"{k} = ?" for k in values)
        connection.execute(
            f"UPDATE user_account SET {assignments}, hlc = ? WHERE origin_site = ?",
            (*values.values(), stamp_of(a), b.db.site_id.hex))
    return edit


# --- accounts: each site is the only authority over its own ---------------------------

@pytest.mark.parametrize("change", [
    {"role": "administrator"},            # the viewer made an administrator
    {"active": 0},                        # the administrators disabled
    {"username": "intruder", "role": "read_only"},  # renamed and demoted
    {"deleted_at": "2026-01-01 00:00:00.000000"},   # deleted
], ids=["promote viewer", "deactivate admin", "rename and demote", "delete"])
def test_a_package_cannot_change_the_receivers_own_accounts(sites, tmp_path, change):
    a, b = sites
    before = accounts(b)
    edit = set_account(a, b, **change)
    report = b.import_(hostile(a, b, tmp_path, edit))
    assert report.tables["user_account"].quarantined == 2
    assert accounts(b) == before
    assert sign_in(b, "viewer").role is Role.READ_ONLY
    assert sign_in(b, "admin").role is Role.ADMINISTRATOR
    assert set(quarantined(b).values()) == {"not_authority"}
    b.import_(hostile(a, b, tmp_path, edit, name="again.cdsync"))  # sent again
    assert accounts(b) == before
    reopens(b)


def test_a_package_cannot_create_an_account_of_the_receivers_site(sites, tmp_path):
    a, b = sites
    before = accounts(b)

    def edit(connection):
        connection.execute(
            "INSERT INTO user_account SELECT ?, origin_site, created_at, created_by, "
            "updated_at, updated_by, ?, deleted_at, 'mole', 'Mole', 'administrator', 1, "
            "'[\"ИК-5\"]', NULL "
            "FROM user_account WHERE origin_site = ? LIMIT 1",
            (uuid.uuid4().hex, stamp_of(a), b.db.site_id.hex))
    b.import_(hostile(a, b, tmp_path, edit))
    assert accounts(b) == before
    assert sign_in(b, "mole") is None


def test_a_package_cannot_move_an_account_to_another_origin(sites, tmp_path):
    """Claiming B's viewer as one of A's own (origin A) does not make it A's to edit."""
    a, b = sites
    before = accounts(b)

    def edit(connection):
        connection.execute("UPDATE user_account SET origin_site = ?, role = 'administrator', "
                           "hlc = ? WHERE username = 'viewer'", (a.db.site_id.hex, stamp_of(a)))
    b.import_(hostile(a, b, tmp_path, edit))
    assert accounts(b) == before
    assert sign_in(b, "viewer").role is Role.READ_ONLY


def test_the_command_line_still_works_after_an_attack_on_the_accounts(sites, tmp_path):
    a, b = sites
    b.import_(hostile(a, b, tmp_path, set_account(a, b, active=0)))
    b.db.close()
    done = subprocess.run([sys.executable, "-m", "centre_desk", "conflicts", "list",
                           "--data-dir", str(b.paths.data_dir)],
                          capture_output=True, text=True, timeout=120)
    b.db = open_database(b.paths)
    assert done.returncode == 0, done.stderr


# --- stamps: no value can stop a site from opening or move its clock ---------------

@pytest.mark.parametrize("stamp, reason", [
    ("~not-a-stamp", "invalid_value"),
    ("1" * 16 + ".000000.{site}", "invalid_value"),
    ("999999999999999.999999.{site}", "future_stamp"),
    ("004102444800000.000000.{site}", "future_stamp"),  # the year 2100
    (None, "missing_value"),
], ids=["garbage", "16-digit wall", "largest stamp", "year 2100", "none"])
def test_a_bad_or_future_stamp_is_quarantined_and_the_site_still_opens(sites, tmp_path,
                                                                        stamp, reason):
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    forged = stamp.format(site=a.db.site_id) if stamp else None
    clock_before = b.db.clock.tick()

    def edit(connection):
        connection.execute("UPDATE person SET hlc = ? WHERE id = ?", (forged, person_id.hex))
    report = b.import_(hostile(a, b, tmp_path, edit))
    assert report.tables["person"].quarantined == 1
    assert quarantined(b) == {"person.hlc": reason}
    with b.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM person WHERE id = :id"),
                                  {"id": person_id.hex}).scalar() == 0
    # The clock did not move past real time (the import observed nothing from it).
    after = Stamp.parse(b.db.clock.tick())
    assert after.wall_ms < time.time_ns() // 1_000_000 + 1000
    assert str(after) > clock_before
    reopens(b)


def test_a_stamp_within_the_skew_applies_and_bounds_the_clock(sites, tmp_path):
    """A PC whose clock runs an hour fast is a fact of life: its rows apply."""
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    hour_ahead = stamp_of(a, NOW_MS + 3_600_000)
    b.import_(hostile(a, b, tmp_path, lambda c: c.execute(
        "UPDATE person SET hlc = ? WHERE id = ?", (hour_ahead, person_id.hex))))
    assert quarantined(b) == {}
    assert b.db.clock.tick() > hour_ahead


def test_an_edit_after_an_import_stamps_above_the_value_it_replaces(sites, tmp_path):
    """The counter never outgrows its width: a stamp with the last counter value is
    followed by the next millisecond, not by a seven-digit counter sorting below it."""
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей", phone="+7 700 000 00 01")
    last_counter = stamp_of(a, NOW_MS + 60_000, 999_999)
    package = hostile(a, b, tmp_path, lambda c: c.execute(
        "UPDATE person SET hlc = ? WHERE id = ?", (last_counter, person_id.hex)))
    b.import_(package)
    edit_person(b, person_id, phone="+7 700 000 00 02")
    with b.db.engine.connect() as connection:
        stamp = connection.execute(text("SELECT hlc FROM person WHERE id = :id"),
                                   {"id": person_id.hex}).scalar()
    assert stamp > last_counter and Stamp.parse(stamp).counter < 1_000_000
    b.import_(package)  # read again: the old value does not come back
    with b.db.session() as session:
        assert persons.get_person(session, person_id).phone == "+7 700 000 00 02"


def test_the_manifests_clock_range_and_vector_never_move_the_clock(sites, tmp_path):
    a, b = sites
    far = "004102444800000.000000." + str(a.db.site_id)

    def manifest(m):
        m["clock"] = {"from": far, "to": far}
        m["seen"] = {str(a.db.site_id): far}
    try:
        b.import_(hostile(a, b, tmp_path, manifest=manifest))
    except api.SyncRefused:
        pass  # refusing such a manifest outright is as good
    assert Stamp.parse(b.db.clock.tick()).wall_ms < time.time_ns() // 1_000_000 + 1000
    with b.db.session() as session:
        assert all(row.hlc < far for row in session.scalars(select(SeenStamp)))


# --- seen vectors: only what the sender can vouch for ---------------------------------

def test_a_forged_seen_vector_does_not_stop_a_third_sites_rows(tmp_path):
    """A claims B has seen everything of C; C's new person still reaches B."""
    a, b, c = (make_site(tmp_path, n) for n in "ABC")
    try:
        introduce(a, b, c, relays=False)
        b.import_(c.export_to(b, folder=tmp_path, name="c-b-1.cdsync"))
        c.import_(b.export_to(c, folder=tmp_path, name="b-c-1.cdsync"))
        highest = str(Stamp(NOW_MS + MAX_SKEW_MS // 2, 999_999, str(c.db.site_id)))

        def manifest(m):
            m["seen"] = dict(m["seen"], **{str(c.db.site_id): highest})
        b.import_(hostile(a, b, tmp_path, manifest=manifest))
        with b.db.session() as session:
            assert session.get(SeenStamp, c.db.site_id) is None or \
                session.get(SeenStamp, c.db.site_id).hlc < highest
        # B tells C what it has seen; C then sends its new person.
        c.import_(b.export_to(c, folder=tmp_path, name="b-c-2.cdsync"))
        newcomer = create_person(c, "Әбенова", "Гүлнар")
        b.import_(c.export_to(b, folder=tmp_path, name="c-b-2.cdsync"))
        with b.db.session() as session:
            assert persons.get_person(session, newcomer).surname == "Әбенова"
    finally:
        for site in (a, b, c):
            site.db.close()


# --- values: every row is checked against the model -----------------------------------

@pytest.mark.parametrize("column, value", [
    ("birth_date", "not a date"),
    ("birth_date", "2026-02-30"),
    ("birth_date", 20260101),
    ("created_by", "not-a-uuid"),
    ("updated_at", "garbage"),
    ("updated_at", "2026-13-01 00:00:00.000000"),
    ("surname", "Я" * 5_000_000),
    ("surname", b"\x00\xff"),
    ("sex", "robot"),
    ("id", "short"),
    ("origin_site", None),
])
def test_a_value_the_model_refuses_is_quarantined_and_the_file_still_opens(
        sites, tmp_path, column, value):
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    good_id = create_person(a, "Сейітова", "Айгүл")

    def edit(connection):
        connection.execute(f'UPDATE person SET "{column}" = ? WHERE id = ?',
                           (value, person_id.hex))
    report = b.import_(hostile(a, b, tmp_path, edit))
    assert report.tables["person"].quarantined == 1
    assert list(quarantined(b).items())[0][0] == f"person.{column}"
    with b.db.session() as session:
        assert persons.get_person(session, good_id).surname == "Сейітова"
        [row] = session.scalars(select(QuarantinedRow)).all()
        assert len(row.payload) < 20_000  # kept for review, bounded
    reopens(b)
    b.db.close()
    printed = tmp_path / "good.pdf"
    done = subprocess.run([sys.executable, "-m", "centre_desk", "print-file", good_id.hex,
                           "--data-dir", str(b.paths.data_dir), "--out", str(printed)],
                          capture_output=True, text=True, timeout=120)
    b.db = open_database(b.paths)
    assert done.returncode == 0, done.stderr
    assert printed.read_bytes().startswith(b"%PDF")


def test_a_bad_row_does_not_stop_the_rest_of_the_package(sites, tmp_path):
    a, b = sites
    ids = [create_person(a, "Ким", f"Алексей{n}") for n in range(5)]
    report = b.import_(hostile(a, b, tmp_path, lambda c: c.execute(
        "UPDATE person SET birth_date = 'not a date' WHERE id = ?", (ids[2].hex,))))
    assert report.tables["person"].quarantined == 1
    with b.db.session() as session:
        assert {persons.get_person(session, i).given_name for i in ids if i != ids[2]} == {
            f"Алексей{n}" for n in (0, 1, 3, 4)}


# --- provenance: a peer speaks for itself -----------------------------------------------

def test_a_peer_that_does_not_relay_cannot_send_a_third_sites_change(sites, tmp_path):
    """A row stamped as C's, sent by A (no relay), waits in quarantine; once B lets A
    relay, it applies at the next import."""
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    someone_else = str(uuid.uuid4())

    def edit(connection):
        connection.execute("UPDATE person SET hlc = ?, origin_site = ? WHERE id = ?",
                           (str(Stamp(NOW_MS, 0, someone_else)), uuid.UUID(someone_else).hex,
                            person_id.hex))
    package = hostile(a, b, tmp_path, edit)
    b.import_(package)
    assert quarantined(b) == {"person.hlc": "not_relayed"}
    with b.db.session(b.admin) as session, session.begin():
        cards.set_relays(session, a.db.site_id, True)
    report = b.import_(package)
    assert report.retried == 1 or report.tables["person"].new == 1
    assert quarantined(b) == {}


def test_a_peer_cannot_put_words_in_the_receivers_mouth(sites, tmp_path):
    """A change stamped as B's own, which B never made, is refused."""
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    b.import_(a.export_to(b, folder=tmp_path, name="plain.cdsync"))
    b_future = stamp_of(b, NOW_MS + 3_600_000)

    def edit(connection):
        connection.execute("UPDATE person SET surname = 'Подделкин', hlc = ? WHERE id = ?",
                           (b_future, person_id.hex))
    b.import_(hostile(a, b, tmp_path, edit))
    with b.db.session() as session:
        assert persons.get_person(session, person_id).surname == "Ким"
    assert list(quarantined(b).values()) == ["forged_stamp"]


def test_field_stamps_travel_only_with_their_rows(sites, tmp_path):
    """Stamps for a row the package does not carry are not taken."""
    a, b = sites
    kept = create_person(a, "Ким", "Алексей")
    b.import_(a.export_to(b, folder=tmp_path, name="plain.cdsync"))
    newcomer = create_person(a, "Нұрланова", "Дана")

    def edit(connection):
        connection.execute("DELETE FROM person WHERE id <> ?", (newcomer.hex,))
        for table in ("case_file", "user_account", "relationship"):
            connection.execute(f'DELETE FROM "{table}"')
        connection.execute("INSERT INTO field_stamp VALUES ('person', ?, 'surname', ?)",
                           (kept.hex, stamp_of(a)))
        connection.execute("INSERT INTO field_stamp VALUES ('person', ?, '*', ?)",
                           (kept.hex, stamp_of(a)))
    b.import_(hostile(a, b, tmp_path, edit))
    with b.db.session() as session:
        assert persons.get_person(session, newcomer).surname == "Нұрланова"
        assert session.scalars(select(FieldStamp).where(FieldStamp.row_id == kept)).all() == []


def test_a_bad_field_stamp_refuses_its_row(sites, tmp_path):
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    edit_person(a, person_id, phone="+7 700 000 00 09")

    def edit(connection):
        connection.execute("UPDATE field_stamp SET hlc = '~x' WHERE row_id = ?",
                           (person_id.hex,))
    b.import_(hostile(a, b, tmp_path, edit))
    assert quarantined(b) == {"person field stamp": "invalid_value"}
    with b.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM person WHERE id = :id"),
                                  {"id": person_id.hex}).scalar() == 0
    reopens(b)


def test_the_quarantine_keeps_a_refused_rows_values_bounded(sites, tmp_path):
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    b.import_(hostile(a, b, tmp_path, lambda c: c.execute(
        "UPDATE person SET notes = ?, sex = 'robot' WHERE id = ?",
        ("x" * 2_000_000, person_id.hex))))
    with b.db.session() as session:
        [row] = session.scalars(select(QuarantinedRow)).all()
        assert row.reason == "invalid_value" and len(row.payload) < 10_000


def test_a_full_package_echoing_what_the_receiver_has_is_no_change(tmp_path):
    """A peer that does not relay may still send back the receiver's own rows and a
    third site's rows the receiver already holds: unchanged, nothing quarantined."""
    a, b, c = (make_site(tmp_path, n) for n in "ABC")
    try:
        introduce(a, b, c, relays=False)
        create_person(b, "Бекова", "Айым")
        create_person(c, "Цой", "Виктор")
        for sender, receiver in ((b, a), (c, a), (c, b)):
            receiver.import_(sender.export_to(receiver, folder=tmp_path,
                                              name=f"{sender.name}-{receiver.name}.cdsync"))
        before = synced_snapshot(b.db)
        report = b.import_(a.export_to(b, folder=tmp_path, full=True, name="echo.cdsync"))
        assert report.total("quarantined") == 0 and report.still_quarantined == 0
        assert report.total("updated") == 0
        assert report.total("new") == report.tables["user_account"].new == 1  # A's admin
        assert report.tables["person"].unchanged == 2
        assert quarantined(b) == {}
        after = synced_snapshot(b.db)
        assert {k: v for k, v in after.items() if k != "user_account"} == {
            k: v for k, v in before.items() if k != "user_account"}
    finally:
        for site in (a, b, c):
            site.db.close()


@pytest.mark.parametrize("table, column", [
    ("attendance", "hlc"), ("person", "id"), ("field_stamp", "table_name"),
    ("field_stamp", "hlc")])
def test_a_table_without_its_key_columns_is_refused_whole(sites, tmp_path, table, column):
    """Found by the fuzz: rows that cannot be told apart are a damaged package."""
    a, b = sites
    person_id = create_person(a, "Ким", "Алексей")
    edit_person(a, person_id, phone="+7 700 000 00 09")  # a field stamp to carry
    before = database_digest(b.db)
    package = hostile(a, b, tmp_path, lambda c: c.execute(
        f'ALTER TABLE "{table}" DROP COLUMN "{column}"'))
    with pytest.raises(api.SyncRefused) as refusal:
        b.import_(package)
    assert refusal.value.reason == "damaged"
    assert database_digest(b.db) == before


def test_a_bad_id_in_a_big_package_is_found_among_many(sites, tmp_path):
    """The checker tests the hex digits of a whole chunk of ids at once; one bad id
    among thousands is still found, and only its row is refused."""
    a, b = sites
    with a.db.session(a.admin) as session, session.begin():
        for n in range(3000):
            persons.create_person(session, persons.PersonInput(surname="Ким",
                                                               given_name=f"Алексей{n}"))

    def edit(connection):
        [(victim,)] = connection.execute(
            "SELECT id FROM person ORDER BY rowid LIMIT 1 OFFSET 2500").fetchall()
        connection.execute("UPDATE person SET created_by = ? WHERE id = ?",
                           ("g" * 32, victim))
    report = b.import_(hostile(a, b, tmp_path, edit))
    assert report.tables["person"].quarantined == 1
    assert (report.tables["person"].new, report.tables["person"].unchanged) == (2999, 1)
    assert quarantined(b) == {"person.created_by": "invalid_value"}


def test_how_far_ahead_a_stamp_may_be_is_the_sites_own_setting(sites, tmp_path):
    """settings.json's clock_skew_hours (default 24): a site that allows one hour keeps
    a stamp two hours ahead in quarantine, where the default would take it."""
    a, b = sites
    dataclasses.replace(Settings.load(b.paths), clock_skew_hours=1).save(b.paths)
    b.db.close()
    b.db = open_database(b.paths)
    person_id = create_person(a, "Ким", "Алексей")
    two_hours_ahead = stamp_of(a, time.time_ns() // 1_000_000 + 2 * 3_600_000)
    b.import_(hostile(a, b, tmp_path, lambda c: c.execute(
        "UPDATE person SET hlc = ? WHERE id = ?", (two_hours_ahead, person_id.hex))))
    assert quarantined(b) == {"person.hlc": "future_stamp"}
    assert b.db.clock.tick() < two_hours_ahead
