"""The ``.cdsync`` file: an age-encrypted zip holding a signed manifest and the rows as
one zstd-compressed SQLite file.

Inside the age layer (``age -d -i identity.txt file.cdsync > package.zip`` opens it)::

    rows.sqlite3.zst   an SQLite database, zstd-compressed: one table per synced table
                       (the sender's columns, raw values, in id order) and
                       ``field_stamp`` (table_name, row_id, field, hlc) for rows
                       edited field by field
    manifest.json      format and schema version, sender, recipients, clock range,
                       the sender's seen vector, per-table row counts and the
                       sha256 of rows.sqlite3.zst
    manifest.sig       base64 Ed25519 signature of manifest.json's bytes

Signing the manifest signs the rows through their checksum. Rows move between the
databases and the package's SQLite inside SQLite (INSERT ... SELECT through ATTACH), so
a million rows never become Python objects. The zip and the decrypted package live in
memory; the rows' SQLite is a work file on a plain site and in memory on an SQLCipher
one, whose data must stay encrypted at rest (see tables.rows_storage).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import logging
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
import zstandard
from cryptography.exceptions import InvalidSignature

from centre_desk.store.atomic import replacing
from centre_desk.sync.errors import Cancelled, SyncRefused
from centre_desk.services.site_keys import SiteKeys, decode_public_key

FORMAT = "centre-desk-sync"
FORMAT_VERSION = 2
"""2: rows as one SQLite file; 1 (never released): one JSON part per table."""
AGE_MAGIC = b"age-encryption.org/v1\n"
ROWS_MEMBER = "rows.sqlite3.zst"
ROWS_SCHEMA = "pkg"
"""The name the package's SQLite file is attached under while rows move."""
_CHUNK = 1 << 20
_LEVEL = 1  # zstd level 1 compresses ~6x faster than zlib's fastest, and smaller

log = logging.getLogger("centre_desk.sync")


class Phases:
    """Wall and CPU time of each phase of an export or import, logged in one line at
    the end (the benchmark prints it; CPU time tells a busy machine from slow code)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.seconds: dict[str, tuple[float, float]] = {}
        self._started = (time.perf_counter(), time.process_time())

    def done(self, phase: str) -> None:
        """The phase named ``phase`` ends now; the next one starts."""
        now = (time.perf_counter(), time.process_time())
        wall, cpu = self.seconds.get(phase, (0.0, 0.0))
        self.seconds[phase] = (wall + now[0] - self._started[0],
                               cpu + now[1] - self._started[1])
        self._started = now

    def log(self) -> None:
        log.info("%s phases: %s", self.what, ", ".join(
            f"{name} {wall:.2f} s (cpu {cpu:.2f} s)"
            for name, (wall, cpu) in self.seconds.items()))


class _Hashing:
    """A write-only file that hashes what passes on to ``target``."""

    def __init__(self, target) -> None:
        self.target = target
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self.target.write(data)

    def flush(self) -> None:
        self.target.flush()


def write(target: Path, manifest: dict, rows: bytes | Path, counts: dict[str, int],
          keys: SiteKeys, recipients: list[str], step: Callable[[], None],
          phases: Phases | None = None) -> int:
    """Write the package complete or not at all; returns its size in bytes. ``rows`` is
    the rows' SQLite database: its file, or serialized. ``step`` is called between phases and may
    raise Cancelled."""
    phases = phases or Phases("export")
    plain = io.BytesIO()  # the zip before encryption: in memory, never on disk
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_STORED) as archive:
        with archive.open(ROWS_MEMBER, "w", force_zip64=True) as member, \
                (rows.open("rb") if isinstance(rows, Path)
                 else io.BytesIO(rows)) as source:  # BytesIO shares, no copy
            hashing = _Hashing(member)
            compressor = zstandard.ZstdCompressor(level=_LEVEL, threads=-1)
            with compressor.stream_writer(hashing, closefd=False) as writer:
                shutil.copyfileobj(source, writer, _CHUNK)
        phases.done("compress")
        step()
        manifest = dict(manifest, tables={name: {"rows": n} for name, n in counts.items()},
                        rows={"member": ROWS_MEMBER, "bytes": hashing.size,
                              "sha256": hashing.sha256.hexdigest()})
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", base64.b64encode(keys.signing_key.sign(manifest_bytes)))
    phases.done("sign")
    step()
    plain.seek(0)
    with replacing(target) as temporary:
        with temporary.open("wb") as encrypted:
            pyrage.encrypt_io(plain, encrypted,
                              [pyrage.x25519.Recipient.from_str(r) for r in recipients])
        step()
        step()  # the last chance to cancel: nothing is in place yet
    phases.done("encrypt and write")
    return target.stat().st_size


@dataclasses.dataclass
class OpenedPackage:
    """A decrypted package whose manifest is read but not yet trusted."""

    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    archive: io.BytesIO
    """The decrypted zip, in memory."""


def open_package(source: Path, keys: SiteKeys) -> OpenedPackage:
    """Decrypt with this site's identity, in memory, and read the manifest; refuses
    what is not a package, not for this site, damaged, or of another format."""
    try:
        with source.open("rb") as file:
            magic = file.read(len(AGE_MAGIC))
    except IsADirectoryError:
        raise SyncRefused("not_a_package") from None
    if magic != AGE_MAGIC:
        raise SyncRefused("not_a_package")
    plain = io.BytesIO()
    try:
        with source.open("rb") as encrypted:
            pyrage.decrypt_io(encrypted, plain, [keys.age_identity])
    except (pyrage.DecryptError, OSError) as error:
        if isinstance(error, OSError) and error.errno is not None:
            raise  # the disk, not the package
        if "no matching keys" in str(error).lower():
            raise SyncRefused("not_for_this_site") from error
        raise SyncRefused("damaged", str(error)) from error
    try:
        with zipfile.ZipFile(plain) as archive:
            manifest_bytes = archive.read("manifest.json")
            signature = base64.b64decode(archive.read("manifest.sig"), validate=True)
        manifest = json.loads(manifest_bytes)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SyncRefused("not_a_package", str(error)) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SyncRefused("not_a_package")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < FORMAT_VERSION:
        raise SyncRefused("not_a_package", f"format version {version!r}")
    if version > FORMAT_VERSION:
        raise SyncRefused("newer_schema", f"format version {version}")
    return OpenedPackage(manifest, manifest_bytes, signature, plain)


def verify_signature(opened: OpenedPackage, signing_key: str) -> None:
    """The manifest must be signed by the sender's known key."""
    try:
        decode_public_key(signing_key).verify(opened.signature, opened.manifest_bytes)
    except (InvalidSignature, ValueError) as error:
        raise SyncRefused("tampered", "signature") from error


def unpack_rows(opened: OpenedPackage, target: Path | None = None) -> bytearray | None:
    """Decompress the rows' SQLite database to the file ``target`` or, without one, in
    memory (returned, serialized), checked against the signed manifest's checksum;
    nothing is trusted before this returns."""
    if target is not None:
        with target.open("wb") as file:
            _decompress(opened, file.write)
        return None
    rows = bytearray()
    _decompress(opened, rows.extend)
    return rows


def check_rows(opened: OpenedPackage) -> None:
    """Check the rows against the signed manifest's checksum, keeping nothing."""
    _decompress(opened, lambda _data: None)


def _decompress(opened: OpenedPackage, write: Callable[[bytes], object]) -> None:
    try:
        entry = opened.manifest["rows"]
        with zipfile.ZipFile(opened.archive) as archive, \
                archive.open(entry["member"]) as member:
            digest = hashlib.sha256()
            decompressor = zstandard.ZstdDecompressor().decompressobj()
            while chunk := member.read(_CHUNK):
                digest.update(chunk)
                write(decompressor.decompress(chunk))
    except (KeyError, TypeError, zipfile.BadZipFile) as error:
        raise SyncRefused("tampered", "missing rows") from error
    except zstandard.ZstdError as error:
        raise SyncRefused("damaged", str(error)) from error
    if digest.hexdigest() != entry.get("sha256"):
        raise SyncRefused("tampered", "checksum of the rows")


def cancel_check(cancelled: Callable[[], bool] | None) -> None:
    """Raise Cancelled when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()
