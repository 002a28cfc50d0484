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

Signing the manifest signs the rows through their checksum. On an SQLite site rows
move between the database and the package's SQLite inside SQLite (INSERT ... SELECT
through ATTACH), so a million rows never become Python objects; a PostgreSQL site
cannot ATTACH, so there they stream between the package's file (sqlite3) and the
server (COPY), a table at a time (see sync.pg_bulk). The zip and the decrypted package
live in memory; the rows' SQLite is a work file on a plain or PostgreSQL site. An
SQLCipher site's data must stay encrypted at rest: its export keeps the rows in memory
(tables.rows_storage), its import decompresses them in memory and hands them to
SQLCipher's library as an in-memory database or, where that library hides SQLite's C
API, copies them into a work file encrypted under a random key (sync.sealed_rows).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import logging
import shutil
import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
import zstandard
from cryptography.exceptions import InvalidSignature

from centre_desk.store.atomic import replacing
from centre_desk.sync.errors import Cancelled, SyncRefused
from centre_desk.sync.manifest import row_total, validate_manifest
from centre_desk.services.site_keys import SiteKeys, decode_public_key

FORMAT = "centre-desk-sync"
FORMAT_VERSION = 2
"""2: rows as one SQLite file; 1 (never released): one JSON part per table."""
AGE_MAGIC = b"age-encryption.org/v1\n"
ROWS_MEMBER = "rows.sqlite3.zst"
MANIFEST_MEMBER = "manifest.json"
SIGNATURE_MEMBER = "manifest.sig"
ROWS_SCHEMA = "pkg"
"""The name the package's SQLite file is attached under while rows move."""
_CHUNK = 1 << 20
_WRITE_CHUNK = 4 << 20
"""Decompressed rows are written in pieces this big: a region's 680 MB package went to
disk in 2.1 s in 1 or 2 MiB writes and in 0.2-0.3 s in 4 or 8 MiB ones on the
development machine (a bomb's refusal still stays within 16 MiB of memory)."""
_LEVEL = 1  # zstd level 1 compresses ~6x faster than zlib's fastest, and smaller

# Work before trust is bounded (DESIGN.md, Trust model). Before the signature is
# checked: the decrypted zip (no bigger than the file) and two stored members under
# these caps. After it: the rows' stored size and sha256 are checked before a byte is
# decompressed, and the decompressed SQLite may not exceed what the signed counts
# allow. A peer can still claim many rows, but then it must send a package of that
# size's worth of work, and nothing of it stays: the work file goes with the refusal.
_MEMBERS = (MANIFEST_MEMBER, ROWS_MEMBER, SIGNATURE_MEMBER)
_MEMBER_CAPS = {
    MANIFEST_MEMBER: 1 << 20,  # a few KiB; a seen vector of thousands of sites fits
    SIGNATURE_MEMBER: 1 << 10,  # 88 bytes of base64
}
"""The rows member has no cap of its own: it lies within the zip in memory, and its
size must be the one the signed manifest gives."""
ROWS_BASE_BYTES = 64 << 20
"""The rows' SQLite may always be this big: SQLite's own pages, and room for a few
long texts (notes have no length limit)."""
ROWS_BYTES_PER_ROW = 8 << 10
"""...and this much more per row the signed manifest counts: a seeded region's full
package averages under 400 bytes a row, SQLite's pages included; 20 times that leaves
room for long notes and a stamp per field."""
DOCUMENT_TABLE = "document"
"""The table whose rows carry a scanned file each (store.models.documents)."""
_MAX_WINDOW = 1 << 25
"""zstd's window, which a frame names and the decompressor allocates: level 1 uses
512 KiB, level 19 8 MiB; a frame asking for more is refused, not obeyed."""
_ALLOWED_FLAGS = 0x08 | 0x800
"""Zip flag bits a member may carry: sizes after the data, UTF-8 name. Not encryption
(bit 0), nor the compressed-patch and strong-encryption bits zipfile cannot read."""
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError,
               RuntimeError, ValueError, struct.error)
"""What zipfile raises for an archive that lies about itself (RuntimeError: an
encrypted member; ValueError: a bad seek, a name that is not UTF-8, bad base64)."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SQLITE_HEADER = 100

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
        archive.writestr(MANIFEST_MEMBER, manifest_bytes)
        archive.writestr(SIGNATURE_MEMBER,
                         base64.b64encode(keys.signing_key.sign(manifest_bytes)))
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
    """A decrypted package whose manifest is read and of the right shape (see
    sync.manifest) but not yet trusted."""

    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    archive: io.BytesIO
    """The decrypted zip, in memory."""


def open_package(source: Path, keys: SiteKeys) -> OpenedPackage:
    """Decrypt with this site's identity, in memory, and read the manifest; refuses
    what is not a package, not for this site, damaged, or of another format.

    Only the two small manifest members are read here, after the zip's layout is
    checked (see _check_layout): nothing is decompressed before the signature is."""
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
            _check_layout(archive)
            manifest_bytes = archive.read(MANIFEST_MEMBER)
            signature = base64.b64decode(archive.read(SIGNATURE_MEMBER), validate=True)
        manifest = json.loads(manifest_bytes)
    except _ZIP_ERRORS as error:
        raise SyncRefused("not_a_package", f"{type(error).__name__}: {error}") from error
    except RecursionError as error:  # JSON nested deeper than Python's stack
        raise SyncRefused("not_a_package", "manifest nested too deep") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SyncRefused("not_a_package")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < FORMAT_VERSION:
        raise SyncRefused("not_a_package", f"format version {version!r}")
    if version > FORMAT_VERSION:
        raise SyncRefused("newer_schema", f"format version {version}")
    validate_manifest(manifest, ROWS_MEMBER)
    return OpenedPackage(manifest, manifest_bytes, signature, plain)


def _check_layout(archive: zipfile.ZipFile) -> None:
    """The zip holds exactly the three members export writes, each stored whole within
    the archive, unencrypted and uncompressed (zstd compresses the rows, so a stored
    member's size is its size: no zip-level bomb), the manifest's two under their
    caps. zipfile itself reads the central directory only; a lie found later (a local
    header unlike it, a wrong CRC) still ends in one of _ZIP_ERRORS."""
    members = archive.infolist()
    if sorted(m.filename for m in members) != sorted(_MEMBERS):
        raise SyncRefused("not_a_package", "members " + ", ".join(
            repr(m.filename[:80]) for m in members[:10]))
    for member in members:
        name = member.filename
        if member.flag_bits & ~_ALLOWED_FLAGS:
            raise SyncRefused("not_a_package", f"{name}: flags {member.flag_bits:#x}")
        if member.compress_type != zipfile.ZIP_STORED:
            raise SyncRefused("not_a_package", f"{name}: compression {member.compress_type}")
        if member.compress_size != member.file_size:
            raise SyncRefused("not_a_package", f"{name}: stored size unlike its size")
        if member.file_size > _MEMBER_CAPS.get(name, member.file_size):
            raise SyncRefused("not_a_package", f"{name}: {member.file_size} bytes")
        if member.header_offset + member.compress_size > archive.start_dir:
            raise SyncRefused("not_a_package", f"{name}: beyond the archive")


def verify_signature(opened: OpenedPackage, signing_key: str) -> None:
    """The manifest must be signed by the sender's known key."""
    try:
        decode_public_key(signing_key).verify(opened.signature, opened.manifest_bytes)
    except (InvalidSignature, ValueError) as error:
        raise SyncRefused("tampered", "signature") from error


def rows_cap(manifest: dict) -> int:
    """The most bytes the rows' SQLite of a (validated) manifest may decompress to."""
    # A document row may carry a file of up to MAX_BYTES: the cap grows by that much for
    # each one the signed manifest counts (a peer claiming many must send them all).
    documents = manifest["tables"].get(DOCUMENT_TABLE, {}).get("rows", 0)
    return (ROWS_BASE_BYTES + ROWS_BYTES_PER_ROW * row_total(manifest)
            + documents_max_bytes() * documents)


def documents_max_bytes() -> int:
    """The most bytes one document row may carry (its file, domain.documents)."""
    from centre_desk.domain.documents import MAX_BYTES

    return MAX_BYTES


def unpack_rows(opened: OpenedPackage, target: Path | Callable[[bytes], object] | None = None
                ) -> bytearray | None:
    """Decompress the rows' SQLite database to the file ``target``, into the function
    ``target`` a chunk at a time or, without one, in memory (returned, serialized).
    Call only once the manifest's signature is verified.

    The compressed member's size and checksum are checked against the signed manifest
    before anything is decompressed or ``target`` made; the output stops at rows_cap
    and must be one whole SQLite database. Nothing is trusted before this returns."""
    with zipfile.ZipFile(opened.archive) as archive:
        _check_rows_member(opened.manifest, archive)
        if callable(target):
            _decompress(opened.manifest, archive, target)
            return None
        if target is not None:
            with target.open("wb") as file:
                _decompress(opened.manifest, archive, file.write)
            return None
        rows = bytearray()
        _decompress(opened.manifest, archive, rows.extend)
        return rows


def _check_rows_member(manifest: dict, archive: zipfile.ZipFile) -> None:
    """The stored rows are those the manifest signs: size, then sha256, compressed."""
    entry = manifest["rows"]
    try:
        member = archive.getinfo(ROWS_MEMBER)
        if member.file_size != entry["bytes"]:
            raise SyncRefused("tampered", "size of the rows")
        digest = hashlib.sha256()
        with archive.open(member) as stored:
            while chunk := stored.read(_CHUNK):
                digest.update(chunk)
    except _ZIP_ERRORS as error:
        raise SyncRefused("damaged", f"{type(error).__name__}: {error}") from error
    if digest.hexdigest() != entry["sha256"]:
        raise SyncRefused("tampered", "checksum of the rows")


def _decompress(manifest: dict, archive: zipfile.ZipFile,
                write: Callable[[bytes], object]) -> None:
    """Stream the checked rows member through zstd into ``write``, at most rows_cap
    bytes, a chunk at a time (a bomb's output never sits in memory whole)."""
    cap = rows_cap(manifest)
    size = 0
    header = b""
    try:
        with archive.open(ROWS_MEMBER) as stored, zstandard.ZstdDecompressor(
                max_window_size=_MAX_WINDOW).stream_reader(stored, read_size=_CHUNK) as reader:
            while chunk := reader.read(_WRITE_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise SyncRefused("tampered", f"rows beyond {cap} bytes")
                if len(header) < _SQLITE_HEADER:
                    header += chunk[:_SQLITE_HEADER - len(header)]
                    if len(header) >= 16 and not header.startswith(_SQLITE_MAGIC):
                        raise SyncRefused("damaged", "rows are not an SQLite database")
                write(chunk)
    except zstandard.ZstdError as error:
        raise SyncRefused("damaged", str(error)) from error
    except _ZIP_ERRORS as error:
        raise SyncRefused("damaged", f"{type(error).__name__}: {error}") from error
    _check_sqlite_size(header, size)


def _check_sqlite_size(header: bytes, size: int) -> None:
    """The decompressed rows are one whole SQLite file: zstd reads a cut-off frame
    without a word, so a short file is caught by the size its own header gives."""
    if len(header) < _SQLITE_HEADER or not header.startswith(_SQLITE_MAGIC):
        raise SyncRefused("damaged", "rows are not an SQLite database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size * pages != size:
        raise SyncRefused("damaged", f"rows: {size} bytes, not {pages} pages of {page_size}")


def cancel_check(cancelled: Callable[[], bool] | None) -> None:
    """Raise Cancelled when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()
