"""Per-field merge between two sites: edits, races, tombstones, acknowledgement."""

from __future__ import annotations

from centre_desk.services import persons
from centre_desk.sync import api
from tests.unit.sync.sites import create_person, database_digest, edit_person, synced_snapshot


def _person(site, person_id):
    with site.db.session(site.admin) as session:
        return persons.get_person(session, person_id)


def _exchange(a, b, folder, tag):
    to_b = a.export_to(b, folder=folder, name=f"{tag}-ab.cdsync")
    to_a = b.export_to(a, folder=folder, name=f"{tag}-ba.cdsync")
    return b.import_(to_b), a.import_(to_a)


def _same_data(a, b):
    left, right = synced_snapshot(a.db), synced_snapshot(b.db)
    return {k: v for k, v in left.items() if k != "user_account"} == \
        {k: v for k, v in right.items() if k != "user_account"}


def test_a_new_person_arrives_and_a_second_import_changes_nothing(two_sites, tmp_path):
    a, b = two_sites
    person_id = create_person(a, phone="+7 700 111 22 33")
    package = a.export_to(b, folder=tmp_path)
    report = b.import_(package)
    assert report.tables["person"].new == 1
    assert _person(b, person_id).phone == "+7 700 111 22 33"
    before = database_digest(b.db)
    again = b.import_(package)
    assert again.total("new") == again.total("updated") == again.total("conflicts") == 0
    assert database_digest(b.db) == before


def test_edits_of_different_fields_on_both_sides_merge_without_conflict(two_sites, tmp_path):
    a, b = two_sites
    person_id = create_person(a)
    b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    edit_person(a, person_id, phone="+7 700 111 22 33")
    edit_person(b, person_id, notes="Пришёл с матерью")
    to_b, to_a = _exchange(a, b, tmp_path, "second")
    for site in (a, b):
        person = _person(site, person_id)
        assert (person.phone, person.notes) == ("+7 700 111 22 33", "Пришёл с матерью")
    assert to_b.total("conflicts") == to_a.total("conflicts") == 0
    assert _same_data(a, b)


def test_a_same_field_race_keeps_the_newer_value_and_queues_the_loser(two_sites, tmp_path):
    a, b = two_sites
    person_id = create_person(a)
    b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    edit_person(a, person_id, phone="+7 700 111 11 11")
    edit_person(b, person_id, phone="+7 700 222 22 22")  # later stamp: wins everywhere
    _exchange(a, b, tmp_path, "second")
    assert _person(a, person_id).phone == _person(b, person_id).phone == "+7 700 222 22 22"
    for site in (a, b):
        with site.db.session(site.admin) as session:
            conflicts = api.list_conflicts(session)
        assert [(c.field, c.kept_value, c.lost_value) for c in conflicts] == \
            [("phone", "+7 700 222 22 22", "+7 700 111 11 11")]
    assert _same_data(a, b)


def test_an_edit_after_seeing_the_other_value_is_no_conflict(two_sites, tmp_path):
    a, b = two_sites
    person_id = create_person(a, phone="+7 700 111 11 11")
    b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    edit_person(b, person_id, phone="+7 700 222 22 22")
    report = a.import_(b.export_to(a, folder=tmp_path, name="second.cdsync"))
    assert report.tables["person"].updated == 1
    assert report.total("conflicts") == 0
    assert _person(a, person_id).phone == "+7 700 222 22 22"


def test_a_delete_reaches_the_peer_and_wins_over_an_edit_of_another_field(two_sites, tmp_path):
    a, b = two_sites
    person_id = create_person(a)
    b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    with a.db.session(a.admin) as session, session.begin():
        persons.delete_person(session, person_id)
    edit_person(b, person_id, notes="Переехал")
    _exchange(a, b, tmp_path, "second")
    for site in (a, b):
        with site.db.session(site.admin) as session:
            assert persons.find_persons(session, "Иванов") == []
    assert _same_data(a, b)


def test_two_deletes_of_one_person_end_with_the_same_deletion_time_and_no_conflict(
        two_sites, tmp_path):
    a, b = two_sites
    person_id = create_person(a)
    b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    for site in (a, b):  # b deletes later: its time stands everywhere
        with site.db.session(site.admin) as session, session.begin():
            persons.delete_person(session, person_id)
    to_b, to_a = _exchange(a, b, tmp_path, "second")
    with b.db.engine.connect() as connection:
        deleted_at = connection.exec_driver_sql(
            "SELECT deleted_at FROM person WHERE id = ?", (person_id.hex,)).scalar()
    assert deleted_at is not None
    assert _same_data(a, b)
    assert to_b.total("conflicts") == to_a.total("conflicts") == 0


def test_export_sends_only_what_the_peer_has_not_acknowledged(two_sites, tmp_path):
    a, b = two_sites
    create_person(a, surname="Первый")
    b.import_(a.export_to(b, folder=tmp_path, name="first.cdsync"))
    a.import_(b.export_to(a, folder=tmp_path, name="ack.cdsync"))  # carries B's vector
    create_person(a, surname="Второй")
    summary = api.export_package(a.db, a.admin, [b.db.site_id], tmp_path / "next.cdsync")
    assert summary.rows == {"person": 1}
    full = api.export_package(a.db, a.admin, [b.db.site_id], tmp_path / "full.cdsync",
                              full=True)
    assert full.rows["person"] == 2


def _index_statements(site) -> dict[str, str]:
    with site.db.engine.connect() as connection:
        return dict(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).all())


def test_a_bulk_import_into_an_empty_table_remakes_every_index_it_dropped(
        two_sites, tmp_path, monkeypatch):
    # Persons arriving in bulk are inserted without their plain indexes, which are made
    # again at the end: the search groups' indexes on expressions among them.
    from centre_desk.sync import merge

    a, b = two_sites
    if b.db.engine.dialect.name != "sqlite":
        return  # a server keeps its indexes through a bulk copy (test_postgresql_sync)
    person_id = create_person(a)
    monkeypatch.setattr(merge, "_BULK_FROM", 1)
    dropped: list[str] = []
    drop = merge.Merger._drop_plain_indexes

    def spied(self, table):
        statements = drop(self, table)
        dropped.extend(statements)
        return statements

    monkeypatch.setattr(merge.Merger, "_drop_plain_indexes", spied)
    before = _index_statements(b)
    assert "substr(search_key, 1, 3)" in before["ix_person_search_key_group"]
    report = b.import_(a.export_to(b, folder=tmp_path))
    assert report.tables["person"].new >= 1 and _person(b, person_id)
    assert any("ix_person_search_key_group" in statement for statement in dropped)
    assert _index_statements(b) == before
