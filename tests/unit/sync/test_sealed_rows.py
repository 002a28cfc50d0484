"""An encrypted site imports through memory (an in-memory database of SQLCipher's
library) or, where that library hides SQLite's C API, a work file SQLCipher encrypts
under a random key (sync.sealed_rows): either way the same rows as a plain site,
nothing readable on disk, nothing left behind, and a failure changes nothing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from centre_desk.store import memory_image
from centre_desk.sync import importing, sealed_rows
from centre_desk.sync.bulk import PackageMerger
from tests.unit.store.test_bulk import ram_sorting_here
from tests.unit.sync.sites import (Site, create_person, database_digest, edit_person,
                                   introduced, make_site, synced_snapshot)

_SQLITE_HEADER = b"SQLite format 3\x00"
_DATABASE_PASSWORD = "a long database password"


@pytest.fixture(params=["in memory", "sealed work file"])
def way(request, monkeypatch) -> str:
    """How the encrypted site holds the rows: in memory, or (its library taken for one
    that hides SQLite's C API) in a sealed work file."""
    assert memory_image.supported()  # sqlcipher3's wheels export it
    if request.param == "sealed work file":
        monkeypatch.setattr(memory_image, "supported", lambda: False)
    return request.param


@contextlib.contextmanager
def _sender_plain_and_secret(tmp_path: Path) -> Iterator[tuple[Site, Site, Site, Path]]:
    """A sender with a few persons (one edited field by field), a plain site and an
    encrypted one, all introduced, and the sender's full package for both."""
    sites = (make_site(tmp_path, "sender"), make_site(tmp_path, "plain"),
             make_site(tmp_path, "secret", database_password=_DATABASE_PASSWORD))
    with introduced(*sites):
        sender, plain, secret = sites
        people = [create_person(sender, surname, "Ерлан")
                  for surname in ("Пак", "Ким", "Ли", "Цой")]
        edit_person(sender, people[0], given_name="Марат")
        folder = tmp_path / "packages"
        folder.mkdir()
        yield sender, plain, secret, sender.export_to(plain, secret, folder=folder, full=True)


def _work_files(site: Site) -> list[Path]:
    return [path for path in site.paths.cache.glob("sync-*/*") if path.is_file()]


def _field_stamps(site: Site) -> list[tuple]:
    with site.db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT table_name, row_id, field, hlc FROM field_stamp ORDER BY 1, 2, 3"))]


@pytest.mark.parametrize("bulk", [False, True], ids=["small package", "big package"])
def test_an_encrypted_site_holds_the_same_rows_as_a_plain_one_after_an_import(
        tmp_path, monkeypatch, bulk, way):
    if bulk:  # on the bulk connection, as a region's package is
        monkeypatch.setattr(importing, "BULK_ROWS", 1)
    with _sender_plain_and_secret(tmp_path) as (_sender, plain, secret, package):
        reports = [site.import_(package) for site in (plain, secret)]
        assert reports[0].tables == reports[1].tables
        assert reports[1].tables["person"].new == 4
        snapshots = [synced_snapshot(site.db) for site in (plain, secret)]
        for snapshot in snapshots:
            del snapshot["user_account"]  # each site's set-up makes its own administrator
        assert snapshots[0] == snapshots[1]
        assert _field_stamps(plain) == _field_stamps(secret) != []


def test_nothing_readable_lies_in_the_work_folder_while_an_encrypted_site_imports(
        tmp_path, monkeypatch, way):
    looked: list[dict[str, bytes]] = []
    apply_attached = PackageMerger.apply_attached
    seal = sealed_rows.seal

    def look() -> None:
        looked.append({path.name: path.read_bytes()[:len(_SQLITE_HEADER)]
                       for path in _work_files(secret)})

    def seal_and_look(rows, rows_file):
        assert way == "sealed work file"
        seal(rows, rows_file)
        look()

    def apply_and_look(merger, table, sender_seen, report):
        apply_attached(merger, table, sender_seen, report)
        look()

    monkeypatch.setattr(sealed_rows, "seal", seal_and_look)
    monkeypatch.setattr(PackageMerger, "apply_attached", apply_and_look)
    with _sender_plain_and_secret(tmp_path) as (_sender, _plain, secret, package):
        assert secret.import_(package).tables["person"].new == 4
        assert _work_files(secret) == []
        assert list(secret.paths.cache.glob("sync-*")) == []
    assert len(looked) >= 2  # after each table applied (and once sealed)
    for files in looked:
        assert not any(head.startswith(b"SQLite") for head in files.values())
        if way == "sealed work file":
            assert files[sealed_rows.SEALED_NAME] != _SQLITE_HEADER
        else:
            assert files == {}  # no work file at all


def test_a_failure_midway_leaves_an_encrypted_site_as_it_was_and_no_work_file(
        tmp_path, monkeypatch, way):
    apply_attached = PackageMerger.apply_attached

    def apply_then_fail(merger, table, sender_seen, report):
        apply_attached(merger, table, sender_seen, report)
        if table.name == "person":  # the persons are in, uncommitted
            raise OSError("the disk went away")

    monkeypatch.setattr(PackageMerger, "apply_attached", apply_then_fail)
    with _sender_plain_and_secret(tmp_path) as (_sender, _plain, secret, package):
        create_person(secret, "Әлиев")
        before = database_digest(secret.db)
        with pytest.raises(OSError, match="the disk went away"):
            secret.import_(package)
        assert database_digest(secret.db) == before
        assert list(secret.paths.cache.glob("sync-*")) == []


def test_an_encrypted_sites_work_file_opens_only_with_its_own_key(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    rows_file = sealed_rows.RowsFile(folder / sealed_rows.SEALED_NAME, "x'" + "ab" * 32 + "'")
    with contextlib.closing(sealed_rows.connect_sealed(rows_file)) as sealed:
        sealed.execute("CREATE TABLE person (id, hlc)")
        sealed.execute("INSERT INTO person VALUES ('a', 'b')")
        sealed.commit()
    assert not rows_file.path.read_bytes().startswith(_SQLITE_HEADER)
    other = sealed_rows.RowsFile(rows_file.path, "x'" + "cd" * 32 + "'")
    with contextlib.closing(sealed_rows.connect_sealed(other, read_only=True)) as wrong:
        with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
            wrong.execute("SELECT count(*) FROM person").fetchone()


def test_a_big_package_sorts_its_indexes_in_ram_and_puts_the_setting_back(tmp_path,
                                                                         monkeypatch):
    """On the bulk connection an encrypted site keeps its temporary files in a tmpfs
    where one has room (two threads sort a new index), in memory elsewhere; the pooled
    connections keep SQLCipher's own setting (memory)."""
    monkeypatch.setattr(importing, "BULK_ROWS", 1)
    seen: list[int] = []
    apply_attached = PackageMerger.apply_attached

    def apply_and_look(merger, table, sender_seen, report):
        seen.append(merger.cursor.execute("PRAGMA temp_store").fetchone()[0])
        apply_attached(merger, table, sender_seen, report)

    monkeypatch.setattr(PackageMerger, "apply_attached", apply_and_look)
    with _sender_plain_and_secret(tmp_path) as (_sender, _plain, secret, package):
        assert secret.import_(package).tables["person"].new == 4
        with secret.db.engine.connect() as connection:
            after = connection.exec_driver_sql("PRAGMA temp_store").scalar()
    assert set(seen) == {1 if ram_sorting_here() else 0}  # FILE, or the default
    assert after == 0
