"""The ``.cdsync`` file: an age-encrypted zip holding a signed manifest and one JSON
part per table.

Inside the age layer (``age -d -i identity.txt file.cdsync > package.zip`` opens it)::

    manifest.json      format and schema version, sender, recipients, clock range,
                       the sender's seen vector, per-table row counts and the
                       sha256 of each part
    manifest.sig       base64 Ed25519 signature of manifest.json's bytes
    tables/NAME.json   {"columns": [...], "rows": [[raw values...]],
                        "stamps": {"row index": {field: stamp}}}

Signing the manifest signs the parts through their checksums. Raw values are what
SQLite stores (uuids as 32 hex digits, dates and times as ISO text), so neither side
converts a million values through Python types.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature

from centre_desk.store.atomic import replacing
from centre_desk.sync.errors import Cancelled, SyncRefused
from centre_desk.services.site_keys import SiteKeys, decode_public_key

FORMAT = "centre-desk-sync"
FORMAT_VERSION = 1
AGE_MAGIC = b"age-encryption.org/v1\n"


@dataclasses.dataclass
class TablePart:
    """One table's rows in a package; ``stamps`` maps a row's index to its stored
    field stamps (rows edited field by field only)."""

    name: str
    columns: list[str]
    rows: list[list]
    stamps: dict[int, dict[str, str]]


def write(target: Path, manifest: dict, parts: list[TablePart], keys: SiteKeys,
          recipients: list[str], step: Callable[[], None]) -> int:
    """Write the package complete or not at all; returns its size in bytes.
    ``step`` is called between parts and may raise Cancelled."""
    buffer = io.BytesIO()
    tables = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for part in parts:
            step()
            data = json.dumps({"columns": part.columns, "rows": part.rows,
                               "stamps": {str(i): s for i, s in part.stamps.items()}},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            name = f"tables/{part.name}.json"
            archive.writestr(name, data)
            tables[part.name] = {"rows": len(part.rows), "part": name,
                                 "sha256": hashlib.sha256(data).hexdigest()}
        manifest = dict(manifest, tables=tables)
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", base64.b64encode(keys.signing_key.sign(manifest_bytes)))
    step()
    encrypted = pyrage.encrypt(buffer.getvalue(),
                               [pyrage.x25519.Recipient.from_str(r) for r in recipients])
    step()
    with replacing(target) as temporary:
        temporary.write_bytes(encrypted)
    return len(encrypted)


@dataclasses.dataclass
class OpenedPackage:
    """A decrypted package whose manifest is read but not yet trusted."""

    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    archive: zipfile.ZipFile


def open_package(source: Path, keys: SiteKeys) -> OpenedPackage:
    """Decrypt with this site's identity and read the manifest; refuses what is not a
    package, not for this site, or damaged."""
    try:
        data = source.read_bytes()
    except IsADirectoryError:
        raise SyncRefused("not_a_package") from None
    if not data.startswith(AGE_MAGIC):
        raise SyncRefused("not_a_package")
    try:
        plain = pyrage.decrypt(data, [keys.age_identity])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise SyncRefused("not_for_this_site") from error
        raise SyncRefused("damaged", str(error)) from error
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
        manifest_bytes = archive.read("manifest.json")
        signature = base64.b64decode(archive.read("manifest.sig"), validate=True)
        manifest = json.loads(manifest_bytes)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SyncRefused("not_a_package", str(error)) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SyncRefused("not_a_package")
    return OpenedPackage(manifest, manifest_bytes, signature, archive)


def verify_signature(opened: OpenedPackage, signing_key: str) -> None:
    """The manifest must be signed by the sender's known key."""
    try:
        decode_public_key(signing_key).verify(opened.signature, opened.manifest_bytes)
    except (InvalidSignature, ValueError) as error:
        raise SyncRefused("tampered", "signature") from error


def read_parts(opened: OpenedPackage) -> list[TablePart]:
    """Every table part, each checked against the signed manifest's checksum."""
    parts = []
    for name, entry in opened.manifest.get("tables", {}).items():
        try:
            data = opened.archive.read(entry["part"])
        except (KeyError, zipfile.BadZipFile) as error:
            raise SyncRefused("tampered", f"missing part {name}") from error
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise SyncRefused("tampered", f"checksum of {name}")
        raw = json.loads(data)
        if len(raw["rows"]) != entry["rows"]:
            raise SyncRefused("tampered", f"row count of {name}")
        parts.append(TablePart(name, raw["columns"], raw["rows"],
                               {int(i): s for i, s in raw["stamps"].items()}))
    return parts


def cancel_check(cancelled: Callable[[], bool] | None) -> None:
    """Raise Cancelled when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()
