"""Sync end to end: quarantine and retry, a supervisor's decision reaching a third
site, an import killed mid-way, and the command line."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import signal
import sqlite3
import zipfile

import pyrage
import pytest
import zstandard

from centre_desk import cli
from centre_desk.domain.enums import Role, Sex
from centre_desk.domain.family import Relation
from centre_desk.domain.iin import make_iin
from centre_desk.services import family, persons, site_keys, users
from centre_desk.services.errors import NotPermitted
from centre_desk.store.database import open_database
from centre_desk.sync import api, package
from tests.unit.sync.conftest import (  # fixtures, used by name
    three_sites as three_sites, two_sites as two_sites)
from tests.unit.sync.sites import (PASSWORD, create_person, database_digest, edit_person,
                                   import_paused_midway, introduced,
                                   make_site)

IIN = make_iin(dt.date(1990, 1, 1), Sex.MALE, 1)
OTHER_IIN = make_iin(dt.date(1990, 1, 1), Sex.MALE, 2)


def _phone(site, person_id):
    with site.db.session(site.admin) as session:
        return persons.get_person(session, person_id).phone


def test_a_row_that_cannot_apply_is_quarantined_and_applies_later(two_sites, tmp_path):
    a, b = two_sites
    theirs = create_person(a, "Ахметов", iin=IIN)
    create_person(a, "Бекова")
    mine = create_person(b, "Ахметов", iin=IIN)  # the same IIN registered at both centres
    report = b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    assert report.tables["person"].quarantined == 1
    assert report.tables["person"].new == 1  # the rest of the package applied
    with b.db.session(b.admin) as session:
        waiting = [q for q in api.list_quarantine(session) if q.table_name == "person"]
    assert [(q.row_id, q.reason) for q in waiting] == [(theirs, "duplicate")]
    assert "person.iin" in waiting[0].detail
    edit_person(b, mine, iin=OTHER_IIN)  # the supervisor corrects this centre's record
    create_person(a, "Ким")
    report = b.import_(a.export_to(b, folder=tmp_path, name="second.cdsync"))
    assert report.retried == 1
    with b.db.session(b.admin) as session:
        assert [q for q in api.list_quarantine(session) if q.table_name == "person"] == []
        assert persons.get_person(session, theirs).iin == IIN


def test_a_row_whose_reference_is_missing_is_quarantined_and_the_rest_goes_in_bulk(
        two_sites, tmp_path):
    a, b = two_sites
    wife, husband = create_person(a, "Ахметова"), create_person(a, "Ахметов")
    with a.db.session(a.admin) as session, session.begin():
        family.link_relative(session, wife, husband, Relation.SPOUSE)
    whole = a.export_to(b, folder=tmp_path, name="whole.cdsync")
    lacking = _without_person(a, b, whole, husband, tmp_path / "lacking.cdsync")
    report = b.import_(lacking)
    assert report.tables["person"].new == 1
    assert report.tables["relationship"].quarantined == 1
    assert "relationship" not in [t for t, r in report.tables.items() if r.new]
    with b.db.session(b.admin) as session:
        [waiting] = api.list_quarantine(session)
    assert (waiting.table_name, waiting.reason) == ("relationship", "broken_reference")
    report = b.import_(whole)  # the husband arrives: the link applies from quarantine
    assert report.tables["person"].new == 1
    assert report.retried == 1
    with b.db.session(b.admin) as session:
        assert api.list_quarantine(session) == []
        assert [r.person_id for r in family.family_of(session, wife)] == [husband]


def test_an_encrypted_site_and_a_plain_one_exchange_packages(tmp_path):
    secret = make_site(tmp_path, "secret", database_password="a long database password")
    plain = make_site(tmp_path, "plain")
    with introduced(secret, plain):
        sent = create_person(secret, "Ким")
        report = plain.import_(secret.export_to(plain, folder=tmp_path))
        assert report.tables["person"].new == 1
        back = create_person(plain, "Пак")
        report = secret.import_(plain.export_to(secret, folder=tmp_path))
        assert report.tables["person"].new == 1
        with secret.db.session(secret.admin) as session:
            assert persons.get_person(session, back).surname == "Пак"
        with plain.db.session(plain.admin) as session:
            assert persons.get_person(session, sent).surname == "Ким"


def _without_person(sender, receiver, path, person_id, target):
    """``path`` re-made by ``sender`` without one person: a signed package whose
    relationship refers to a person the receiver has never seen."""
    with receiver.db.session() as session:
        identity = site_keys.load(receiver.paths, session, receiver.db.site_id).age_identity
    with sender.db.session() as session:
        signing_key = site_keys.load(sender.paths, session, sender.db.site_id).signing_key
    source = zipfile.ZipFile(io.BytesIO(pyrage.decrypt(path.read_bytes(), [identity])))
    rows = target.with_suffix(".sqlite3")
    rows.write_bytes(zstandard.ZstdDecompressor().decompress(
        source.read(package.ROWS_MEMBER), max_output_size=1 << 30))
    with sqlite3.connect(rows) as connection:
        connection.execute("DELETE FROM person WHERE id = ?", (person_id.hex,))
    connection.close()
    packed = zstandard.ZstdCompressor().compress(rows.read_bytes())
    manifest = json.loads(source.read("manifest.json"))
    manifest["tables"]["person"]["rows"] -= 1
    manifest["rows"].update(sha256=hashlib.sha256(packed).hexdigest(), bytes=len(packed))
    manifest_bytes = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(package.ROWS_MEMBER, packed)
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", base64.b64encode(signing_key.sign(manifest_bytes)))
    target.write_bytes(pyrage.encrypt(buffer.getvalue(), [identity.to_public()]))
    return target


def test_a_supervisor_decides_a_conflict_and_the_decision_reaches_the_third_site(
        three_sites, tmp_path):
    a, b, c = three_sites
    person_id = create_person(a, "Сәрсенов")
    for site in (b, c):
        site.import_(a.export_to(site, folder=tmp_path, name=f"first-{site.name}.cdsync"))
    edit_person(a, person_id, phone="+7 700 111 11 11")
    edit_person(b, person_id, phone="+7 700 222 22 22")
    b.import_(a.export_to(b, folder=tmp_path, name="race.cdsync"))
    supervisor = _user(b, Role.SUPERVISOR)
    specialist = _user(b, Role.SPECIALIST)
    with b.db.session(supervisor) as session:
        [conflict] = api.list_conflicts(session)
    assert (conflict.kept_value, conflict.lost_value) == ("+7 700 222 22 22",
                                                         "+7 700 111 11 11")
    before = database_digest(b.db)
    try:
        with b.db.session(specialist) as session, session.begin():
            api.decide_conflict(session, conflict.id, api.KEEP_LOST)
    except NotPermitted:
        pass
    else:
        raise AssertionError("a specialist decided a conflict")
    assert database_digest(b.db) == before
    with b.db.session(supervisor) as session, session.begin():
        api.decide_conflict(session, conflict.id, api.TYPED, "+7 700 333 33 33")
    with b.db.session(supervisor) as session:
        assert api.list_conflicts(session) == []
    assert _phone(b, person_id) == "+7 700 333 33 33"
    c.import_(b.export_to(c, a, folder=tmp_path, name="decision.cdsync"))
    a.import_(tmp_path / "decision.cdsync")
    assert _phone(c, person_id) == _phone(a, person_id) == "+7 700 333 33 33"


@pytest.mark.parametrize("bulk", [False, True], ids=["write-ahead log", "rollback journal"])
def test_an_import_killed_mid_way_leaves_the_database_as_before(two_sites, tmp_path, bulk):
    a, b = two_sites
    for number in range(30):
        create_person(a, f"Иванов{number}")
    path = a.export_to(b, folder=tmp_path)
    b.db.close()
    before = database_digest(b.db)
    b.db.engine.dispose()  # this process lets go of the file: the child has it to itself
    # As a big package would be: on a bulk connection, here with a page cache so small
    # that written pages reach the database file before the commit.
    as_big = ("import centre_desk.sync.importing, centre_desk.store.bulk\n"
              "centre_desk.sync.importing.BULK_ROWS = 1\n"
              "centre_desk.store.bulk.BULK_CACHE_KIB = 1\n") if bulk else ""
    child = import_paused_midway(b, path, before=as_big)
    assert child.stdout.readline().strip() == "midway"
    journal = b.paths.database.with_name(b.paths.database.name + "-journal")
    assert journal.exists() == bulk  # the rollback journal path is the one taken
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert database_digest(b.db) == before
    report = b.import_(path)  # and the database still works
    assert report.tables["person"].new == 30


def test_the_command_line_exports_imports_and_refuses_with_one_line(two_sites, tmp_path,
                                                                    capsys):
    a, b = two_sites
    create_person(a, "Ахметов")
    for site in (a, b):
        site.db.close()
    package = tmp_path / "to-b.cdsync"
    assert cli.main(["export", "--data-dir", str(a.paths.data_dir), "--to", "b",
                     "--out", str(package)]) == 0
    assert cli.main(["import", "--data-dir", str(b.paths.data_dir), str(package)]) == 0
    assert "person" in capsys.readouterr().out
    assert cli.main(["import", "--data-dir", str(a.paths.data_dir), str(package)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["centre-desk: The package was made for another site, not this one."]
    assert cli.main(["peers", "list", "--data-dir", str(a.paths.data_dir)]) == 0
    assert " B " in capsys.readouterr().out
    assert cli.main(["conflicts", "list", "--data-dir", str(b.paths.data_dir)]) == 0
    assert cli.main(["export", "--data-dir", str(a.paths.data_dir), "--to", "nobody",
                     "--out", str(tmp_path / "x.cdsync")]) == 1
    assert not (tmp_path / "x.cdsync").exists()


def _user(site, role):
    with site.db.session(site.admin) as session, session.begin():
        users.create_user(session, role.value, f"Test {role.value}", role, PASSWORD)
    with site.db.session() as session, session.begin():
        return users.sign_in(session, role.value, PASSWORD).actor


def test_the_command_line_says_whether_a_peer_may_relay_and_changes_it(tmp_path, capsys):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B")
    card = tmp_path / "b.cdcard"
    api.write_site_card(b.db, card)
    for site in (a, b):
        site.db.close()
    data_dir = str(a.paths.data_dir)
    assert cli.main(["peers", "add", "--data-dir", data_dir, str(card)]) == 0
    assert "may send only its own records" in capsys.readouterr().out
    assert cli.main(["peers", "relays", "--data-dir", data_dir, "B", "yes"]) == 0
    assert capsys.readouterr().out.strip() == "B may pass on other centres' records."
    assert cli.main(["peers", "list", "--data-dir", data_dir]) == 0
    assert "relays for others" in capsys.readouterr().out
    assert cli.main(["peers", "relays", "--data-dir", data_dir, "nobody", "no"]) == 1
    assert capsys.readouterr().err.strip().startswith("centre-desk: No peer with that name")
    reopened = open_database(a.paths)
    try:
        with reopened.session() as session:
            assert [p.relays for p in api.list_peers(session)] == [True]
    finally:
        reopened.close()
