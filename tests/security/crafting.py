"""Crafting hostile sync packages, the way an attacker would, with the project's own
format (see centre_desk/sync/package.py for the layout):

* ``open_parts`` opens a package with a receiver's identity into its parts: the
  manifest (parsed and as signed), the signature, every zip member and the rows'
  SQLite database, decompressed;
* ``edit_rows`` changes that SQLite database through a plain sqlite3 connection;
* ``seal`` brings the manifest's row counts, size and checksum up to date with the
  rows (what a hostile peer does so its package passes the checksum);
* ``sign`` / ``zip_package`` / ``encrypt`` / ``build`` put it back together, signed
  with a given site's key and encrypted for given recipients.

Who can do what: anyone holding the receiver's public site card can encrypt for it
(``recipient_of``); only a peer holding its own signing key (``keys_of``) can sign a
manifest the receiver trusts.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pyrage
import zstandard

from centre_desk.services import site_keys
from centre_desk.services.site_keys import SiteKeys
from centre_desk.sync import api, package

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ROWS = package.ROWS_MEMBER
FIELD_STAMP = "field_stamp"


@dataclasses.dataclass
class PackageParts:
    """A decrypted package taken apart; change any part, then ``build`` it again."""

    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]
    """Every zip member's stored bytes by name, in the archive's order."""
    rows: bytes
    """The rows' SQLite database, decompressed (a serialized SQLite file)."""

    @property
    def zip_bytes(self) -> bytes:
        return zip_package(self.members)

    def copy(self) -> PackageParts:
        return PackageParts(json.loads(self.manifest_bytes), self.manifest_bytes,
                            self.signature, dict(self.members), self.rows)


# --- keys -------------------------------------------------------------------------------------

def keys_of(db) -> SiteKeys:
    """A site's own private keys (signing key and age identity), as its software loads
    them."""
    with db.session() as session:
        keys = site_keys.load(db.paths, session, db.site_id)
    assert keys is not None, "the site has no keys yet"
    return keys


def recipient_of(db) -> str:
    """The ``age1...`` recipient from a site's public card: all anyone needs to encrypt a
    package for it."""
    return json.loads(api.site_card(db))["age_recipient"]


# --- taking apart -----------------------------------------------------------------------------

def decrypt(data: bytes, identity: SiteKeys) -> bytes:
    """The zip inside an encrypted package."""
    return pyrage.decrypt(data, [identity.age_identity])


def read_zip(zip_bytes: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def decompress_rows(compressed: bytes) -> bytes:
    """The rows' SQLite file from the member's zstd frame (written without a content
    size, so through a stream)."""
    return zstandard.ZstdDecompressor().decompressobj().decompress(compressed)


def open_parts(source: Path | bytes, identity: SiteKeys) -> PackageParts:
    """Open a package (its file or bytes) with a receiver's identity into its parts."""
    data = source.read_bytes() if isinstance(source, Path) else source
    members = read_zip(decrypt(data, identity))
    manifest_bytes = members[MANIFEST]
    return PackageParts(json.loads(manifest_bytes), manifest_bytes,
                        base64.b64decode(members[SIGNATURE]), members,
                        decompress_rows(members[ROWS]))


# --- the rows' database -----------------------------------------------------------------------

@contextlib.contextmanager
def rows_connection(rows: bytes):
    """A writable in-memory sqlite3 connection on a copy of the rows' database."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.deserialize(rows)
        yield connection
    finally:
        connection.close()


def edit_rows(rows: bytes, edit: Callable[[sqlite3.Connection], object]) -> bytes:
    """The rows' database after ``edit`` (given a connection in autocommit mode)."""
    with rows_connection(rows) as connection:
        edit(connection)
        return connection.serialize()


def table_names(rows: bytes) -> list[str]:
    """The tables in the rows' database, in creation order (field_stamp included)."""
    with rows_connection(rows) as connection:
        return [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]


def count_rows(rows: bytes) -> dict[str, int]:
    """Rows per table of the package (field_stamp left out, as the exporter does)."""
    with rows_connection(rows) as connection:
        names = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        return {name: connection.execute(f'SELECT count(*) FROM "{quote(name)}"').fetchone()[0]
                for name in names if name != FIELD_STAMP}


def quote(name: str) -> str:
    """A name for inside double quotes in SQL."""
    return name.replace('"', '""')


def compress_rows(rows: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=1).compress(rows)


# --- putting together -------------------------------------------------------------------------

def seal(manifest: dict, compressed_rows: bytes, counts: dict[str, int] | None = None,
         keep_tables: Iterable[str] = ()) -> dict:
    """``manifest`` with the rows' size and checksum of ``compressed_rows`` and, given
    ``counts``, a ``tables`` entry for every table with rows (and for each of
    ``keep_tables`` present in ``counts``, even when empty), as the exporter writes it."""
    manifest = dict(manifest)
    if counts is not None:
        keep = set(keep_tables)
        manifest["tables"] = {name: {"rows": n} for name, n in counts.items()
                              if n or name in keep}
    manifest["rows"] = {"member": ROWS, "bytes": len(compressed_rows),
                        "sha256": hashlib.sha256(compressed_rows).hexdigest()}
    return manifest


def manifest_bytes_of(manifest: dict) -> bytes:
    """JSON bytes as the exporter writes them."""
    return json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")


def sign(manifest_bytes: bytes, signer: SiteKeys) -> bytes:
    """The manifest.sig member: base64 of the Ed25519 signature."""
    return base64.b64encode(signer.signing_key.sign(manifest_bytes))


def zip_package(members: dict[str, bytes] | Iterable[tuple[str, bytes]],
                compression: int = zipfile.ZIP_STORED) -> bytes:
    """A zip laid out as package.write lays it out: the rows' member first (zip64
    local header, stored), then the others."""
    items = list(members.items()) if isinstance(members, dict) else list(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in items:
            if name == ROWS:
                with archive.open(ROWS, "w", force_zip64=True) as member:
                    member.write(data)
            else:
                archive.writestr(name, data)
    return buffer.getvalue()


def encrypt(zip_bytes: bytes, recipients: Iterable[str]) -> bytes:
    """The package file's bytes: ``zip_bytes`` age-encrypted for ``recipients``."""
    return pyrage.encrypt(zip_bytes, [pyrage.x25519.Recipient.from_str(r)
                                      for r in recipients])


def build(manifest: dict | bytes, rows: bytes | None, signer: SiteKeys | None,
          recipients: Iterable[str], *, compressed_rows: bytes | None = None,
          recount: bool = True, keep_tables: Iterable[str] = (),
          signature: bytes | None = None) -> bytes:
    """A whole package file (encrypted bytes).

    ``manifest`` as a dict is sealed over the rows (size, checksum and, with
    ``recount``, per-table counts) and written as the exporter writes it; as bytes it
    goes in exactly as given. ``rows`` (decompressed) is compressed unless
    ``compressed_rows`` is given. The manifest is signed by ``signer`` unless
    ``signature`` (the member's bytes) is given."""
    if compressed_rows is None:
        assert rows is not None
        compressed_rows = compress_rows(rows)
    if isinstance(manifest, dict):
        manifest = manifest_bytes_of(seal(
            manifest, compressed_rows, count_rows(rows) if recount and rows else None,
            keep_tables))
    if signature is None:
        assert signer is not None
        signature = sign(manifest, signer)
    members = {ROWS: compressed_rows, MANIFEST: manifest, SIGNATURE: signature}
    return encrypt(zip_package(members), recipients)
