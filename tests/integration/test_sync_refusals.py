"""Packages that must be refused, each with one sentence and nothing changed; and the
format, proved with the standard age tool."""

from __future__ import annotations

import base64
import io
import json
import shutil
import sqlite3
import subprocess
import zipfile

import pyrage
import pytest
import zstandard

from centre_desk.services import site_keys
from centre_desk.store.models import Peer
from centre_desk.sync import api, package
from tests.unit.sync.conftest import (  # fixtures, used by name
    three_sites as three_sites, two_sites as two_sites)
from tests.unit.sync.sites import create_person, database_digest, make_site


@pytest.fixture
def sent(two_sites, tmp_path):
    """A's package for B holding one new person; B has not read it."""
    a, b = two_sites
    create_person(a, "Ким", "Ли")
    return a, b, a.export_to(b, folder=tmp_path)


def _refused(site, path, reason):
    before = database_digest(site.db)
    with pytest.raises(api.SyncRefused) as refusal:
        site.import_(path)
    assert refusal.value.reason == reason
    assert str(refusal.value).count(".") == 1 or str(refusal.value).endswith(".")
    assert database_digest(site.db) == before
    return refusal.value


def test_a_package_from_an_unknown_site_is_refused(sent):
    a, b, path = sent
    with b.db.session() as session, session.begin():
        session.delete(session.get(Peer, a.db.site_id))
    refusal = _refused(b, path, "unknown_sender")
    assert "not among this site's peers" in str(refusal)


def test_a_package_for_another_site_is_refused(three_sites, tmp_path):
    a, b, c = three_sites
    path = a.export_to(b, folder=tmp_path)
    _refused(c, path, "not_for_this_site")


def test_a_tampered_package_is_refused(sent, tmp_path):
    a, b, path = sent
    # Someone holding B's public recipient changes a row and re-encrypts: the age
    # layer is fine, the signed checksum is not.
    keys, source = _opened(b, path)
    rows = _rows(source, tmp_path)
    with sqlite3.connect(rows) as connection:
        connection.execute("UPDATE person SET surname = 'Кем' WHERE surname = 'Ким'")
    connection.close()
    tampered = _sealed(keys, tmp_path / "tampered.cdsync", {
        **_members(source),
        package.ROWS_MEMBER: zstandard.ZstdCompressor().compress(rows.read_bytes())})
    _refused(b, tampered, "tampered")


def test_a_package_signed_by_another_key_is_refused(sent, tmp_path):
    a, b, path = sent
    keys, source = _opened(b, path)
    forger = site_keys.SiteKeys(*_fresh_keys())
    forged = _sealed(keys, tmp_path / "forged.cdsync", {
        **_members(source),
        "manifest.sig": base64.b64encode(forger.signing_key.sign(source.read("manifest.json")))})
    _refused(b, forged, "tampered")


def test_a_truncated_package_is_refused(sent, tmp_path):
    a, b, path = sent
    truncated = tmp_path / "truncated.cdsync"
    truncated.write_bytes(path.read_bytes()[:-40])
    _refused(b, truncated, "damaged")


def test_a_package_from_a_newer_schema_is_refused(sent, tmp_path):
    a, b, _path = sent
    keys = _keys(a)
    manifest = {"format": package.FORMAT, "format_version": package.FORMAT_VERSION,
                "schema_version": "9999", "package_id": "00000000-0000-0000-0000-000000000001",
                "created_at": "2030-01-01T00:00:00Z",
                "sender": {"site_id": str(a.db.site_id), "centre_name": "A", "region": "R"},
                "recipients": [str(b.db.site_id)], "full": True,
                "clock": {"from": None, "to": None}, "seen": {}}
    newer = tmp_path / "newer.cdsync"
    rows = sqlite3.connect(":memory:")
    rows.execute("CREATE TABLE field_stamp (table_name, row_id, field, hlc)")
    package.write(newer, manifest, rows.serialize(), {}, keys, [_keys(b).age_recipient],
                  lambda: None)
    refusal = _refused(b, newer, "newer_schema")
    assert "newer Centre Desk" in str(refusal)


def test_a_file_that_is_no_package_is_refused(two_sites, tmp_path):
    _a, b = two_sites
    other = tmp_path / "notes.cdsync"
    other.write_text("not a package", encoding="utf-8")
    _refused(b, other, "not_a_package")


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_age_tool_decrypts_a_package_and_its_manifest_reads(sent, tmp_path):
    a, b, path = sent
    identity = site_keys.age_identity_path(b.paths)
    done = subprocess.run(["age", "-d", "-i", str(identity), str(path)], capture_output=True,
                          check=True)
    with zipfile.ZipFile(io.BytesIO(done.stdout)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        rows = _rows(archive, tmp_path)
    assert manifest["format"] == "centre-desk-sync"
    assert manifest["format_version"] == 2
    assert manifest["sender"]["site_id"] == str(a.db.site_id)
    assert manifest["recipients"] == [str(b.db.site_id)]
    assert manifest["tables"]["person"]["rows"] == 1
    with sqlite3.connect(rows) as connection:  # the rows are a plain SQLite file
        assert connection.execute("SELECT surname FROM person").fetchall() == [("Ким",)]
    connection.close()


def test_site_keys_are_files_for_this_user_only_without_a_database_password(two_sites):
    a, _b = two_sites
    for name in (site_keys.SIGNING_KEY_FILE, site_keys.AGE_IDENTITY_FILE):
        assert (a.paths.keys / name).stat().st_mode & 0o077 == 0


def test_site_keys_live_in_the_encrypted_database_when_it_has_a_password(tmp_path):
    site = make_site(tmp_path, "secret", database_password="a long database password")
    try:
        assert not (site.paths.keys / site_keys.SIGNING_KEY_FILE).exists()
        card = json.loads(api.site_card(site.db))
        assert card["age_recipient"].startswith("age1")
    finally:
        site.db.close()


def test_a_package_of_another_format_version_is_refused(sent, tmp_path):
    a, b, path = sent
    keys, source = _opened(b, path)
    manifest = json.loads(source.read("manifest.json"))
    for version, reason in ((1, "not_a_package"), (3, "newer_schema")):
        manifest_bytes = json.dumps(dict(manifest, format_version=version)).encode()
        other = _sealed(keys, tmp_path / f"format-{version}.cdsync", {
            package.ROWS_MEMBER: source.read(package.ROWS_MEMBER),
            "manifest.json": manifest_bytes,
            "manifest.sig": base64.b64encode(_keys(a).signing_key.sign(manifest_bytes))})
        _refused(b, other, reason)


def _rows(archive: zipfile.ZipFile, folder):
    """The package's rows as an SQLite file in ``folder``."""
    rows = folder / "rows.sqlite3"
    rows.write_bytes(zstandard.ZstdDecompressor().decompress(
        archive.read(package.ROWS_MEMBER), max_output_size=1 << 30))
    return rows


def _opened(site, path) -> tuple[site_keys.SiteKeys, zipfile.ZipFile]:
    """The site's keys and the package sent to it, decrypted (its members unread)."""
    keys = _keys(site)
    return keys, zipfile.ZipFile(io.BytesIO(pyrage.decrypt(path.read_bytes(),
                                                           [keys.age_identity])))


def _members(archive: zipfile.ZipFile) -> dict[str, bytes]:
    """Every member of the package by name, in its order."""
    return {name: archive.read(name) for name in archive.namelist()}


def _sealed(keys, path, members: dict[str, bytes]):
    """A package of these members, in this order, encrypted for the site with ``keys``,
    written to ``path``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    path.write_bytes(pyrage.encrypt(buffer.getvalue(), [keys.age_identity.to_public()]))
    return path


def _keys(site):
    with site.db.session() as session:
        return site_keys.load(site.paths, session, site.db.site_id)


def _fresh_keys():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate()
