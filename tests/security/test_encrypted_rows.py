"""Crafted rows signed with a real peer's keys, sent to an encrypted site, which holds
them in memory (store.memory_image, through SQLCipher's own C API) or, where its
library hides that API, in a sealed work file: each is refused with one sentence and
the site is left as it was, whichever way; byte flips anywhere in a real image never
crash the process."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centre_desk.store import memory_image
from centre_desk.sync import api
from tests.security.test_package_bounds import (
    _EXTRAS, _counts, _refused, _rows_of, _write)
from tests.unit.sync.sites import create_person, database_digest, introduce, make_site

PASSWORD = "a long database password"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """A (plain) and B (encrypted), peers; A's package for B with two persons, and its
    rows and manifest as B reads them."""
    root = tmp_path_factory.mktemp("encrypted")
    a, b = make_site(root, "A"), make_site(root, "B", database_password=PASSWORD)
    introduce(a, b)
    create_person(a, "Ахметова", "Әйгерім")
    create_person(a, "Ким", "Ли")
    rows, manifest = _rows_of(b, a.export_to(b, folder=root))
    yield a, b, rows, manifest
    a.db.close()
    b.db.close()


@pytest.fixture(params=["in memory", "sealed work file"])
def way(request, monkeypatch) -> str:
    if request.param == "sealed work file":
        monkeypatch.setattr(memory_image, "supported", lambda: False)
    return request.param


def _with(rows: bytes, statement: str) -> bytes:
    image = sqlite3.connect(":memory:")
    image.deserialize(rows)
    image.execute(statement)
    image.commit()
    return image.serialize()


def _crafted(rows: bytes, how: str) -> tuple[bytes, str]:
    """The rows changed ``how``, and the reason the site must give."""
    if how == "not SQLite":
        return "name,surname\nЛи,Ким\n".encode() * 1000, "damaged"
    if how == "cut in half":
        return rows[:len(rows) // 2], "damaged"
    if how == "a broken page":
        page = int.from_bytes(rows[16:18], "big")
        broken = bytearray(rows)
        broken[page:2 * page] = b"\xff" * page  # the second page: a table's root
        return bytes(broken), "damaged"
    if how == "a header of a newer file format":
        return rows[:44] + b"\x00\x00\x00\x05" + rows[48:], "damaged"
    if how in ("a header claiming twice its pages", "a header claiming half its pages"):
        pages = int.from_bytes(rows[28:32], "big")
        claimed = pages * 2 if "twice" in how else pages // 2
        return rows[:28] + claimed.to_bytes(4, "big") + rows[32:], "damaged"
    if how == "fewer rows than signed":
        return _with(rows, "DELETE FROM person WHERE rowid = "
                           "(SELECT max(rowid) FROM person)"), "tampered"
    return _with(rows, _EXTRAS[how]), "damaged"


@pytest.mark.parametrize("how", ["not SQLite", "cut in half", "a broken page",
                                 "a header of a newer file format",
                                 "a header claiming twice its pages",
                                 "a header claiming half its pages", "fewer rows than signed",
                                 *sorted(_EXTRAS)])
def test_crafted_rows_are_refused_by_an_encrypted_site_either_way(sites, tmp_path, way,
                                                                   how):
    a, b, rows, manifest = sites
    crafted, reason = _crafted(rows, how)
    path = _write(a, b, tmp_path, "crafted.cdsync", crafted, _counts(manifest))
    _refused(b, path, reason, PASSWORD)


def test_the_real_rows_still_import_in_memory_after_the_refusals(tmp_path):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", database_password=PASSWORD)
    try:
        introduce(a, b)
        create_person(a, "Сәрсенбаев", "Нұрлан")
        report = b.import_(a.export_to(b, folder=tmp_path))
        assert report.tables["person"].new == 1
        with b.db.engine.connect() as connection:
            assert [row[0] for row in connection.exec_driver_sql(
                "SELECT surname FROM person")] == ["Сәрсенбаев"]
    finally:
        a.db.close()
        b.db.close()


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(1, 255)),
                      min_size=1, max_size=4),
       in_header=st.booleans())
def test_byte_flips_in_the_rows_never_crash_the_in_memory_way(sites, tmp_path, flips,
                                                              in_header):
    """Whatever a flip hits (the header's page size and counts, a b-tree page, a
    value), the import either refuses with one sentence, leaving the site as it was, or
    merges what it could validate; the process goes on."""
    a, b, rows, manifest = sites
    crafted = bytearray(rows)
    for offset, mask in flips:
        at = offset % 100 if in_header else offset % len(crafted)
        crafted[at] ^= mask
    path = _write(a, b, tmp_path, "flipped.cdsync", bytes(crafted), _counts(manifest))
    before = database_digest(b.db)
    try:
        b.import_(path)
    except api.SyncRefused as refusal:
        assert refusal.reason in {"damaged", "tampered"}
        assert str(refusal) == api.SyncRefused.SENTENCES[refusal.reason]
        assert database_digest(b.db) == before
    assert list(b.paths.cache.glob("sync-*")) == []

