"""After a restore a site asks its peers for a full package in its next packages and
gets back what it made and received after the backup; a peer's request is only ever
a request: it changes nothing else at the receiving site, and a malformed one is
refused."""

from __future__ import annotations

import itertools
import json
import uuid

import pytest

from centre_desk.services import backup, persons, restore
from centre_desk.services.errors import ServiceError
from centre_desk.store import full_requests
from centre_desk.store.database import open_database
from centre_desk.sync import api
from centre_desk.sync.errors import SyncRefused
from tests.security import crafting
from tests.unit.sync.conftest import a_and_b
from tests.unit.sync.sites import create_person, database_digest, edit_person

_numbers = itertools.count()


def _send(sender, receiver, folder, full: bool = False) -> dict:
    """``sender``'s package for ``receiver``, imported there; returns its manifest."""
    path = sender.export_to(receiver, folder=folder, full=full,
                            name=f"{next(_numbers)}-{sender.name}-{receiver.name}.cdsync")
    manifest = crafting.open_parts(path, crafting.keys_of(receiver.db)).manifest
    receiver.import_(path)
    return manifest


def _person(site, person_id):
    with site.db.session(site.admin) as session:
        try:
            return persons.get_person(session, person_id)
        except ServiceError:
            return None


def test_a_restored_site_asks_its_peers_and_gets_back_everything_made_after_the_backup(
        three_sites, tmp_path):
    a, b, c = three_sites
    early = create_person(a, "Ахметов", "Нурлан")
    for peer in (b, c):
        _send(a, peer, tmp_path)
    with a.db.session(a.admin) as session, session.begin():
        made = backup.make_backup(a.db, session)
    # After the backup: A makes a person and edits one, B gets them and edits again;
    # C makes a person that only A receives.
    late = create_person(a, "Сейтқали", "Айгерім")
    edit_person(a, early, given_name="Нұрлан")
    _send(a, b, tmp_path)
    edit_person(b, early, surname="Ахметұлы")
    _send(b, a, tmp_path)
    from_c = create_person(c, "Жұмабаев", "Ерлан")
    _send(c, a, tmp_path)

    restore.restore(a.db, a.admin, made.path)
    a.db.close()  # the program restarts after the restore
    a.db = open_database(a.paths)
    assert _person(a, late) is None and _person(a, from_c) is None
    assert _person(a, early).given_name == "Нурлан"

    to_b, to_c = _send(a, b, tmp_path), _send(a, c, tmp_path)
    request = to_b["full_request"]["id"]
    assert to_b["full_request"]["from"] == [str(b.db.site_id)]
    assert to_c["full_request"] == {"id": request, "from": [str(c.db.site_id)]}
    # Each peer's next package to A is full, though nobody asked it for one by hand.
    answer = _send(b, a, tmp_path)
    assert answer["full"] is True and answer["full_answers"] == [request]
    assert _send(c, a, tmp_path)["full_answers"] == [request]

    assert _person(a, late).surname == "Сейтқали"
    assert _person(a, from_c).surname == "Жұмабаев"
    assert (_person(a, early).surname, _person(a, early).given_name) == ("Ахметұлы", "Нұрлан")
    # Answered: A asks no more, B's packages are incremental again.
    assert "full_request" not in _send(a, b, tmp_path)
    again = _send(b, a, tmp_path)
    assert again["full"] is False and "full_answers" not in again
    # A later edit at A wins over the value B set before.
    edit_person(a, early, surname="Ахметов")
    _send(a, b, tmp_path)
    assert _person(b, early).surname == "Ахметов"


def test_a_request_lost_on_its_way_is_sent_again_until_answered(two_sites, tmp_path):
    a, b = two_sites
    with a.db.session(a.admin) as session, session.begin():
        made = backup.make_backup(a.db, session)
    restore.restore(a.db, a.admin, made.path)
    a.export_to(b, folder=tmp_path, name="lost.cdsync")  # never arrives
    assert "full_request" in _send(a, b, tmp_path)
    assert _send(b, a, tmp_path)["full"] is True
    assert full_requests.asking(a.paths.data_dir, [b.db.site_id]) is None


def test_a_restore_that_does_not_happen_asks_nobody(two_sites, tmp_path, monkeypatch):
    a, b = two_sites
    with a.db.session(a.admin) as session, session.begin():
        made = backup.make_backup(a.db, session)

    def cancelled(*_args):
        raise backup.BackupCancelled()
    monkeypatch.setattr(restore, "_copy_into_live", cancelled)
    with pytest.raises(backup.BackupCancelled):
        restore.restore(a.db, a.admin, made.path)
    assert "full_request" not in _send(a, b, tmp_path)


def test_a_request_changes_nothing_at_the_receiver_but_its_next_package(
        site_templates, tmp_path):
    a, plain_b = site_templates.copy(a_and_b, tmp_path / "plain")
    _, asked_b = site_templates.copy(a_and_b, tmp_path / "asked")  # the same sites again
    try:
        create_person(a, "Ким", "Ли")
        path = a.export_to(plain_b, folder=tmp_path)
        parts = crafting.open_parts(path, crafting.keys_of(plain_b.db))
        manifest = {**parts.manifest, "full_request": {
            "id": str(uuid.uuid4()), "from": [str(plain_b.db.site_id)]}}
        asking = tmp_path / "asking.cdsync"
        asking.write_bytes(crafting.build(manifest, parts.rows, crafting.keys_of(a.db),
                                          [crafting.recipient_of(plain_b.db)]))
        plain_b.import_(path)
        asked_b.import_(asking)

        assert database_digest(asked_b.db) == database_digest(plain_b.db)
        assert _send(plain_b, a, tmp_path)["full"] is False
        assert _send(asked_b, a, tmp_path)["full"] is True
    finally:
        for site in (a, plain_b, asked_b):
            site.db.close()


A_SITE = "00000000-0000-4000-8000-000000000001"


@pytest.mark.parametrize("fields", [
    {"full_request": "everything"},
    {"full_request": {"id": 7, "from": ["RECEIVER"]}},
    {"full_request": {"id": "not an id", "from": ["RECEIVER"]}},
    {"full_request": {"id": A_SITE, "from": "RECEIVER"}},
    {"full_request": {"id": A_SITE, "from": []}},
    {"full_request": {"id": A_SITE, "from": [A_SITE]}},  # not a recipient
    {"full_request": {"id": A_SITE, "from": ["RECEIVER"] * 2}},
    {"full_answers": [A_SITE]},  # an answer in a package that is not full
    {"full": True, "full_answers": A_SITE},
    {"full": True, "full_answers": [{"id": A_SITE}]},
], ids=lambda fields: json.dumps(fields)[:60])
def test_a_malformed_request_is_refused_and_changes_nothing(two_sites, tmp_path, fields):
    a, b = two_sites
    create_person(a, "Ким", "Ли")
    parts = crafting.open_parts(a.export_to(b, folder=tmp_path), crafting.keys_of(b.db))
    text = json.dumps(fields).replace("RECEIVER", str(b.db.site_id))
    hostile = tmp_path / "hostile.cdsync"
    hostile.write_bytes(crafting.build({**parts.manifest, **json.loads(text)}, parts.rows,
                                       crafting.keys_of(a.db), [crafting.recipient_of(b.db)]))
    before = database_digest(b.db)

    with pytest.raises(SyncRefused) as refusal:
        b.import_(hostile)

    assert refusal.value.reason == "not_a_package"
    assert str(refusal.value) == "The file is not a Centre Desk sync package."
    assert database_digest(b.db) == before
    assert not full_requests.path_in(b.paths.data_dir).exists()
    assert _send(b, a, tmp_path)["full"] is False


def test_a_package_of_an_earlier_release_asks_nothing(two_sites, tmp_path):
    a, b = two_sites
    manifest = _send(a, b, tmp_path)
    assert "full_request" not in manifest and "full_answers" not in manifest
    assert api.export_package(b.db, b.admin, [a.db.site_id], tmp_path / "b.cdsync").full is False
