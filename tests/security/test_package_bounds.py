"""Hostile packages that must be refused before they cost the site memory, disk or a
crash: zip tricks, manifests of the wrong shape, swapped rows, bombs, rows that are no
clean SQLite database. Built as an attacker would, with the project's own writer and
real keys: anyone holding B's site card can encrypt for B; A, B's peer, can also sign.

Each refusal is one sentence (SyncRefused), the same from inspect and import, and
leaves B's database as it was, no work folder in cache/, and a site that opens."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sqlite3
import tracemalloc
import uuid
import warnings
import zipfile
from pathlib import Path

import pyrage
import pytest
import zstandard

from centre_desk import cli
from centre_desk.services import site_keys
from centre_desk.store import migrate
from centre_desk.store.database import open_database
from centre_desk.sync import api, package
from tests.unit.sync.conftest import two_sites as two_sites  # a fixture, used by name
from tests.unit.sync.sites import create_person, database_digest, introduce, make_site

ROWS = package.ROWS_MEMBER
MANIFEST = package.MANIFEST_MEMBER
SIGNATURE = package.SIGNATURE_MEMBER
MiB = 1 << 20


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """Sites A and B, peers, shared by the module's tests: every test here is refused
    and proves it left B as it was."""
    root = tmp_path_factory.mktemp("sites")
    a, b = make_site(root, "A"), make_site(root, "B")
    introduce(a, b)
    create_person(a, "Ким", "Ли")
    yield a, b, a.export_to(b, folder=root)
    a.db.close()
    b.db.close()


@pytest.fixture
def sent(sites):
    """A, B and A's package for B holding one new person, which B has not read."""
    return sites


# --- refused, and nothing changed -----------------------------------------------------

def _refused(site, path: Path, reason: str, password: str | None = None) -> api.SyncRefused:
    """Inspect and import both refuse ``path`` for ``reason`` with one sentence, and
    the site is as before: same rows, no work folder left, opens again (with
    ``password``, an encrypted one)."""
    before = database_digest(site.db)
    with pytest.raises(api.SyncRefused) as inspected:
        api.inspect_package(site.db, path)
    with pytest.raises(api.SyncRefused) as imported:
        site.import_(path)
    for refusal in (inspected.value, imported.value):
        assert refusal.reason == reason, refusal.detail
        assert str(refusal) == api.SyncRefused.SENTENCES[reason]
    assert database_digest(site.db) == before
    assert list(site.paths.cache.glob("sync-*")) == []
    open_database(site.paths, password).close()
    return imported.value


# --- the attacker's tools ---------------------------------------------------------------

def _keys(site) -> site_keys.SiteKeys:
    with site.db.session() as session:
        return site_keys.load(site.paths, session, site.db.site_id)


def _recipient(site) -> str:
    """From the site's public card: all an outsider needs to encrypt for it."""
    return json.loads(api.site_card(site.db))["age_recipient"]


def _members(site, path: Path) -> list[tuple[str, bytes]]:
    """A package ``site`` can read, taken apart: (name, stored bytes) in zip order."""
    plain = pyrage.decrypt(path.read_bytes(), [_keys(site).age_identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def _zip(members, tweak=None, deflate=()) -> bytes:
    """A zip laid out as package.write lays it out. ``tweak`` gets the entries by name
    after their data is written and before the central directory is: what it changes
    there is what a reader is told (sizes, flags, compression)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names, when wanted
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in members:
                if name == ROWS:
                    with archive.open(name, "w", force_zip64=True) as member:
                        member.write(data)
                else:
                    archive.writestr(name, data, zipfile.ZIP_DEFLATED if name in deflate
                                     else zipfile.ZIP_STORED)
            if tweak is not None:
                tweak({entry.filename: entry for entry in archive.infolist()})
    return buffer.getvalue()


def _seal(zip_bytes: bytes, site, folder: Path, name: str) -> Path:
    """``zip_bytes`` encrypted for ``site``, as a package file."""
    path = folder / name
    path.write_bytes(pyrage.encrypt(zip_bytes, [pyrage.x25519.Recipient.from_str(
        _recipient(site))]))
    return path


def _signed(signer, manifest: dict) -> list[tuple[str, bytes]]:
    data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    return [(MANIFEST, data), (SIGNATURE, base64.b64encode(_keys(signer).signing_key.sign(data)))]


def _manifest(a, b, **changes) -> dict:
    """A manifest as export writes one, from A for B, before the writer adds the rows."""
    return {"format": package.FORMAT, "format_version": package.FORMAT_VERSION,
            "schema_version": migrate.HEAD, "package_id": str(uuid.uuid4()),
            "created_at": "2026-11-25T10:00:00Z",
            "sender": {"site_id": str(a.db.site_id), "centre_name": "A", "region": "R"},
            "recipients": [str(b.db.site_id)], "full": True,
            "clock": {"from": None, "to": None}, "seen": {}, **changes}


def _write(a, b, folder: Path, name: str, rows: bytes | Path, counts: dict[str, int],
           **changes) -> Path:
    """A package A signs for B with the project's writer, holding ``rows`` as they are."""
    target = folder / name
    package.write(target, _manifest(a, b, **changes), rows, counts, _keys(a),
                  [_recipient(b)], lambda: None)
    return target


def _signed_package(a, b, folder: Path, name: str, compressed: bytes,
                    counts: dict[str, int]) -> Path:
    """A package A signs for B around ``compressed`` as it is (the writer would
    compress it whole)."""
    manifest = _manifest(a, b, tables={n: {"rows": c} for n, c in counts.items()},
                         rows={"member": ROWS, "bytes": len(compressed),
                               "sha256": hashlib.sha256(compressed).hexdigest()})
    return _seal(_zip([(ROWS, compressed), *_signed(a, manifest)]), b, folder, name)


def _empty_rows() -> bytes:
    """The rows' SQLite of a package with no rows."""
    image = sqlite3.connect(":memory:")
    image.execute("CREATE TABLE field_stamp (table_name, row_id, field, hlc)")
    return image.serialize()


def _rows_of(site, path: Path) -> tuple[bytes, dict]:
    """The rows' SQLite file and the manifest of a package ``site`` can read."""
    members = dict(_members(site, path))
    rows = zstandard.ZstdDecompressor().decompressobj().decompress(members[ROWS])
    return rows, json.loads(members[MANIFEST])


def _counts(manifest: dict) -> dict[str, int]:
    return {name: entry["rows"] for name, entry in manifest["tables"].items()}


# --- before the signature: the zip ------------------------------------------------------

def test_a_deflate_bomb_in_the_manifest_is_refused_in_little_memory(sent, tmp_path):
    a, b, path = sent
    members = dict(_members(b, path))
    # 128 MiB of spaces in front of the real manifest: valid JSON, 128 KiB deflated.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        with archive.open(ROWS, "w", force_zip64=True) as member:
            member.write(members[ROWS])
        entry = zipfile.ZipInfo(MANIFEST, (2026, 11, 25, 10, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(entry, "w") as member:
            for _ in range(128):
                member.write(b" " * MiB)
            member.write(members[MANIFEST])
        archive.writestr(SIGNATURE, members[SIGNATURE])
    bomb = _seal(buffer.getvalue(), b, tmp_path, "bomb.cdsync")
    assert bomb.stat().st_size < MiB
    _refused_in_little_memory(b, bomb, "not_a_package")


def _refused_in_little_memory(b, bomb: Path, reason: str) -> None:
    """Importing ``bomb`` is refused for ``reason`` without taking 16 MiB of memory."""
    tracemalloc.start()
    try:
        with pytest.raises(api.SyncRefused) as refusal:
            b.import_(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refusal.value.reason == reason
    assert peak < 16 * MiB
    _refused(b, bomb, reason)


def _encrypted(entries):
    entries[MANIFEST].flag_bits |= 0x1


def _strong_encryption(entries):
    entries[ROWS].flag_bits |= 0x40


def _compressed_patch(entries):
    entries[SIGNATURE].flag_bits |= 0x20


def _unknown_compression(entries):
    entries[ROWS].compress_type = 99  # AES, as WinZip writes it


def _size_unlike_data(entries):
    entries[MANIFEST].file_size += 100


def _both_sizes_beyond_the_data(entries):
    entries[MANIFEST].file_size += 10_000
    entries[MANIFEST].compress_size += 10_000


def _zip64_terabyte(entries):
    # Written with zip64 extra fields, as a member of that size would be.
    for entry in (entries[MANIFEST], entries[SIGNATURE]):
        entry.file_size = entry.compress_size = 1 << 40


def _rows_terabyte(entries):
    entries[ROWS].file_size = entries[ROWS].compress_size = 1 << 40


def _newer_zip_version(entries):
    entries[ROWS].create_version = entries[ROWS].extract_version = 99


@pytest.mark.parametrize("tweak", [
    _encrypted, _strong_encryption, _compressed_patch, _unknown_compression, _size_unlike_data,
    _both_sizes_beyond_the_data, _zip64_terabyte, _rows_terabyte, _newer_zip_version])
def test_a_zip_that_lies_about_its_members_is_refused(sent, tmp_path, tweak):
    a, b, path = sent
    crafted = _seal(_zip(_members(b, path), tweak), b, tmp_path, "crafted.cdsync")
    _refused(b, crafted, "not_a_package")


def test_a_compressed_manifest_is_refused(sent, tmp_path):
    a, b, path = sent
    crafted = _seal(_zip(_members(b, path), deflate={MANIFEST}), b, tmp_path, "deflated.cdsync")
    _refused(b, crafted, "not_a_package")


@pytest.mark.parametrize("change", ["duplicate manifest", "duplicate rows", "extra member",
                                    "missing signature", "path in a name"])
def test_a_zip_with_other_members_than_a_package_is_refused(sent, tmp_path, change):
    a, b, path = sent
    members = _members(b, path)
    by_name = dict(members)
    if change == "duplicate manifest":
        members.append((MANIFEST, by_name[MANIFEST]))
    elif change == "duplicate rows":
        members.insert(0, (ROWS, by_name[ROWS]))
    elif change == "extra member":
        members.append(("notes.txt", b"hello"))
    elif change == "missing signature":
        members = [(n, d) for n, d in members if n != SIGNATURE]
    else:
        members = [("../" + n if n == ROWS else n, d) for n, d in members]
    crafted = _seal(_zip(members), b, tmp_path, "members.cdsync")
    _refused(b, crafted, "not_a_package")


@pytest.mark.parametrize("cut", [0.5, 0.99])
def test_a_truncated_zip_inside_a_whole_encryption_is_refused(sent, tmp_path, cut):
    a, b, path = sent
    zip_bytes = _zip(_members(b, path))
    crafted = _seal(zip_bytes[:int(len(zip_bytes) * cut)], b, tmp_path, "cut.cdsync")
    _refused(b, crafted, "not_a_package")


# --- before the signature: the manifest's shape ---------------------------------------

def test_a_non_string_sender_is_refused_by_the_command_line_in_one_line(sent, tmp_path, capsys):
    a, b, _path = sent
    b.db.close()  # the command line opens it; closing keeps SQLite's statistics
    before = database_digest(b.db)
    for number, site_id in enumerate([12345, ["x"], {"id": str(a.db.site_id)}, None]):
        path = _write(a, b, tmp_path, f"sender-{number}.cdsync", _empty_rows(), {},
                      sender={"site_id": site_id, "centre_name": "A", "region": "R"})
        assert cli.main(["import", "--data-dir", str(b.paths.data_dir), str(path)]) == 1
        err = capsys.readouterr().err
        assert err == "centre-desk: The file is not a Centre Desk sync package.\n"
    assert database_digest(b.db) == before
    assert list(b.paths.cache.glob("sync-*")) == []


@pytest.mark.parametrize("change", [
    {"recipients": "all"}, {"recipients": [7]}, {"package_id": "nope"},
    {"schema_version": 6}, {"schema_version": "6; DROP"}, {"full": "yes"},
    {"created_at": 20261125}, {"seen": {"not-a-site": "x"}}, {"seen": []},
    {"clock": {"from": None, "to": "2100"}}, {"clock": "now"},
], ids=lambda change: json.dumps(change))
def test_a_manifest_of_the_wrong_shape_is_refused(sent, tmp_path, change):
    a, b, _path = sent
    path = _write(a, b, tmp_path, "shape.cdsync", _empty_rows(), {}, **change)
    _refused(b, path, "not_a_package")


@pytest.mark.parametrize("manifest", [b"[" * 500_000, b'{"format": 1e999}', b"\xff\xfe{",
                                      b"[]", b'"centre-desk-sync"'],
                         ids=["nested deep", "infinite number", "not UTF-8", "a list",
                              "a string"])
def test_a_manifest_that_is_no_json_object_is_refused(sent, tmp_path, manifest):
    a, b, path = sent
    members = [(n, manifest if n == MANIFEST else d) for n, d in _members(b, path)]
    crafted = _seal(_zip(members), b, tmp_path, "json.cdsync")
    _refused(b, crafted, "not_a_package")


def test_a_seen_vector_naming_this_site_in_capitals_is_refused(sent, tmp_path):
    """Ids are compared as text: another spelling of B's own id must not pass for
    another site's."""
    a, b, _path = sent
    stamp = a.db.clock.tick()
    path = _write(a, b, tmp_path, "capitals.cdsync", _empty_rows(), {},
                  seen={str(b.db.site_id).upper(): stamp})
    _refused(b, path, "not_a_package")


@pytest.mark.parametrize("table", ["audit_event", 'person" WHERE 0 = 1 --', "field_stamp",
                                   "sqlite_master", "user_account\x00"])
def test_a_table_that_is_not_synced_never_reaches_sql(sent, tmp_path, table):
    a, b, path = sent
    rows, manifest = _rows_of(b, path)
    counts = {**_counts(manifest), table: 0}
    crafted = _write(a, b, tmp_path, "table.cdsync", rows, counts)
    _refused(b, crafted, "not_a_package")


def test_an_unknown_table_of_a_newer_schema_is_refused_as_newer(sent, tmp_path):
    a, b, path = sent
    rows, manifest = _rows_of(b, path)
    crafted = _write(a, b, tmp_path, "newer.cdsync", rows,
                     {**_counts(manifest), 'future" --': 0}, schema_version="9999")
    _refused(b, crafted, "newer_schema")


# --- after the signature, before decompression: the rows member -----------------------

def test_rows_swapped_in_from_another_package_are_refused_before_decompression(
        sent, tmp_path):
    a, b, _path = sent
    create_person(a, "Ким", "Ли")
    first = a.export_to(b, folder=tmp_path, name="first.cdsync")
    create_person(a, "Пак", "Ен")
    second = a.export_to(b, folder=tmp_path, name="second.cdsync", full=True)
    rows = dict(_members(b, second))[ROWS]
    swapped = [(n, rows if n == ROWS else d) for n, d in _members(b, first)]
    refusal = _refused(b, _seal(_zip(swapped), b, tmp_path, "swapped.cdsync"), "tampered")
    assert refusal.detail in {"size of the rows", "checksum of the rows"}
    # Of the same size, one byte changed: the checksum of the compressed member.
    original = dict(_members(b, first))[ROWS]
    changed = original[:-1] + bytes([original[-1] ^ 0xFF])
    same_size = [(n, changed if n == ROWS else d) for n, d in _members(b, first)]
    crafted = _seal(_zip(same_size), b, tmp_path, "changed.cdsync")
    assert _refused(b, crafted, "tampered").detail == "checksum of the rows"
    # Nothing was decompressed: the work file is never made.
    opened = package.open_package(crafted, _keys(b))
    package.verify_signature(opened, json.loads(api.site_card(a.db))["signing_key"])
    target = tmp_path / "rows.sqlite3"
    with pytest.raises(api.SyncRefused):
        package.unpack_rows(opened, target)
    assert not target.exists()


# --- after the signature: what the rows decompress to ---------------------------------

def _bomb(folder: Path, size: int) -> Path:
    """An SQLite file's first page and then zeros to ``size`` bytes (sparse on disk):
    zstd makes a few KiB of it."""
    path = folder / "bomb.sqlite3"
    with path.open("wb") as file:
        file.write(_empty_rows())
        file.truncate(size)
    return path


def test_a_zstd_bomb_signed_by_a_peer_stops_at_the_cap(sent, tmp_path):
    a, b, _path = sent
    cap = package.ROWS_BASE_BYTES  # the manifest counts no rows
    bomb = _write(a, b, tmp_path, "bomb.cdsync", _bomb(tmp_path, cap + 8 * MiB), {})
    assert bomb.stat().st_size < MiB
    _refused_in_little_memory(b, bomb, "tampered")
    # The work file grows no further than the cap.
    opened = package.open_package(bomb, _keys(b))
    target = tmp_path / "rows.sqlite3"
    with pytest.raises(api.SyncRefused):
        package.unpack_rows(opened, target)
    assert target.stat().st_size <= cap


def test_rows_that_are_not_sqlite_are_refused_as_damaged(sent, tmp_path):
    a, b, _path = sent
    path = _write(a, b, tmp_path, "text.cdsync", "name,surname\nЛи,Ким\n".encode() * 1000, {})
    _refused(b, path, "damaged")


@pytest.mark.parametrize("where", ["the SQLite file", "the zstd frame"])
def test_truncated_rows_are_refused_as_damaged(sent, tmp_path, where):
    a, b, path = sent
    rows, manifest = _rows_of(b, path)
    if where == "the SQLite file":
        crafted = _write(a, b, tmp_path, "cut.cdsync", rows[:len(rows) // 2],
                         _counts(manifest))
    else:
        compressed = dict(_members(b, path))[ROWS]
        crafted = _signed_package(a, b, tmp_path, "cut.cdsync",
                                  compressed[:len(compressed) // 2], _counts(manifest))
    _refused(b, crafted, "damaged")


def test_rows_of_a_newer_sqlite_file_format_are_refused_as_damaged(sent, tmp_path):
    """SQLite reads the header as the rows are attached: format 5 does not exist."""
    a, b, path = sent
    rows, manifest = _rows_of(b, path)
    newer = rows[:44] + (5).to_bytes(4, "big") + rows[48:]
    _refused(b, _write(a, b, tmp_path, "newer.cdsync", newer, _counts(manifest)), "damaged")


def test_rows_with_a_broken_page_are_refused_as_damaged(sent, tmp_path):
    a, b, path = sent
    rows, manifest = _rows_of(b, path)
    page = int.from_bytes(rows[16:18], "big")
    broken = bytearray(rows)
    broken[page:2 * page] = b"\xff" * page  # the second page: a table's root
    crafted = _write(a, b, tmp_path, "broken.cdsync", bytes(broken), _counts(manifest))
    _refused(b, crafted, "damaged")


_EXTRAS = {
    "view": "CREATE VIEW summary AS SELECT * FROM person",
    "trigger": "CREATE TRIGGER spy AFTER INSERT ON person BEGIN SELECT 1; END",
    "index": "CREATE INDEX by_surname ON person (surname)",
    "other table": 'CREATE TABLE "user_account"" (x); --" (x)',
    "quoted column": 'ALTER TABLE person ADD COLUMN "x"" CHECK (1), ""y"',
}


@pytest.mark.parametrize("extra", sorted(_EXTRAS))
def test_rows_holding_more_than_plain_synced_tables_are_refused(sent, tmp_path, extra):
    a, b, path = sent
    rows, manifest = _rows_of(b, path)
    image = sqlite3.connect(":memory:")
    image.deserialize(rows)
    image.execute(_EXTRAS[extra])
    image.commit()
    crafted = _write(a, b, tmp_path, "extra.cdsync", image.serialize(), _counts(manifest))
    _refused(b, crafted, "damaged")


def test_an_encrypted_site_refuses_a_view_and_names_with_a_quote(tmp_path):
    """On an SQLCipher site the rows stay in memory and are copied table by table, each
    name put into SQL: they are checked before."""
    a = make_site(tmp_path, "A")
    b = make_site(tmp_path, "B", database_password="a long database password")
    try:
        introduce(a, b)
        create_person(a, "Ким", "Ли")
        rows, manifest = _rows_of(b, a.export_to(b, folder=tmp_path))
        for number, extra in enumerate((_EXTRAS["view"], _EXTRAS["other table"],
                                        _EXTRAS["quoted column"])):
            image = sqlite3.connect(":memory:")
            image.deserialize(rows)
            image.execute(extra)
            image.commit()
            crafted = _write(a, b, tmp_path, f"extra-{number}.cdsync", image.serialize(),
                             _counts(manifest))
            before = database_digest(b.db)
            with pytest.raises(api.SyncRefused) as refusal:
                b.import_(crafted)
            assert refusal.value.reason == "damaged"
            assert database_digest(b.db) == before
        open_database(b.paths, "a long database password").close()
    finally:
        a.db.close()
        b.db.close()


@pytest.mark.parametrize("password", [None, "a long database password"],
                         ids=["plain site", "encrypted site"])
def test_rows_fewer_than_the_signed_counts_are_refused(tmp_path, password):
    """The signed manifest counts each table's rows; a package holding fewer is refused
    before the merge, on an encrypted site (which counts the rows as it seals them) as
    on a plain one (which counts its work file)."""
    a = make_site(tmp_path, "A")
    b = make_site(tmp_path, "B", database_password=password)
    try:
        introduce(a, b)
        create_person(a, "Ким", "Ли")
        create_person(a, "Ахметова", "Әйгерім")
        rows, manifest = _rows_of(b, a.export_to(b, folder=tmp_path))
        assert manifest["tables"]["person"]["rows"] == 2
        image = sqlite3.connect(":memory:")
        image.deserialize(rows)
        image.execute("DELETE FROM person WHERE rowid = (SELECT max(rowid) FROM person)")
        image.commit()
        crafted = _write(a, b, tmp_path, "fewer.cdsync", image.serialize(), _counts(manifest))
        assert _refused(b, crafted, "tampered", password).detail == "row count of person"
    finally:
        a.db.close()
        b.db.close()


def test_a_package_within_its_bounds_still_imports(two_sites, tmp_path):
    """The checks above refuse nothing export writes."""
    a, b = two_sites
    create_person(a, "Ким", "Ли")
    path = a.export_to(b, folder=tmp_path)
    assert api.inspect_package(b.db, path).rows["person"] == 1
    assert b.import_(path).tables["person"].new == 1
    assert list(b.paths.cache.glob("sync-*")) == []
