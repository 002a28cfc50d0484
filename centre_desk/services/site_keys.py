"""This site's sync keys: an Ed25519 signing key and an age (X25519) identity (made at
set-up, so it lives below sync; centre_desk.sync uses it).

Where the private keys live, and why:

* When the database is encrypted (SQLCipher, ``Settings.encrypted``), they are kept in
  the ``site_key`` table inside it, so the database password protects them exactly as
  it protects the records, with the same cipher and key derivation. Nothing asks for
  the password a second time and no key file sits beside the database.
* Otherwise (plain SQLite or PostgreSQL) there is no password to derive a key from.
  They go to the data dir's ``keys/`` folder, readable by this OS user only (0600
  files in a 0700 folder) and apart from the database, so a copied database file or
  backup carries no private key. ``keys/age-identity.txt`` is in age's own format, so
  the standard ``age -d -i`` tool can open a package with it.

Keys are made at first-run set-up, or on first sync use for databases set up before
sync existed.
"""

from __future__ import annotations

import base64
import dataclasses
import os
import uuid
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from centre_desk.config import Paths, Settings
from centre_desk.store.atomic import replacing
from centre_desk.store.models import SiteKey

SIGNING_KEY_FILE = "signing-ed25519.key"
AGE_IDENTITY_FILE = "age-identity.txt"


@dataclasses.dataclass(frozen=True)
class SiteKeys:
    """This site's private keys, in memory only while a package is made or read."""

    signing_key: Ed25519PrivateKey
    age_identity: pyrage.x25519.Identity

    @property
    def signing_public(self) -> str:
        """The public signing key as base64 of its 32 raw bytes (as on the site card)."""
        return encode_public_key(self.signing_key.public_key())

    @property
    def age_recipient(self) -> str:
        """The ``age1...`` recipient others encrypt packages for this site with."""
        return str(self.age_identity.to_public())


def encode_public_key(key: Ed25519PublicKey) -> str:
    """Base64 of a public key's 32 raw bytes."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def decode_public_key(text: str) -> Ed25519PublicKey:
    """The key written by encode_public_key; ValueError if it is not one."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as error:
        raise ValueError("not a base64 public key") from error
    return Ed25519PublicKey.from_public_bytes(raw)


def _keeps_keys_in_database(paths: Paths) -> bool:
    return Settings.load(paths).encrypted


def load_or_create(paths: Paths, session: Session, site_id: uuid.UUID) -> SiteKeys:
    """This site's keys, made and stored now if it has none yet (inside ``session``'s
    transaction when they go to the encrypted database)."""
    keys = load(paths, session, site_id)
    if keys is not None:
        return keys
    keys = SiteKeys(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())
    signing_text = _private_text(keys.signing_key)
    identity_text = str(keys.age_identity)
    if _keeps_keys_in_database(paths):
        session.add(SiteKey(site_id=site_id, signing_key=signing_text,
                            age_identity=identity_text))
        session.flush()
    else:
        folder = paths.keys
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_private(folder / SIGNING_KEY_FILE, signing_text)
        _write_private(folder / AGE_IDENTITY_FILE,
                       f"# Centre Desk site {site_id}\n"
                       f"# public key: {keys.age_recipient}\n{identity_text}\n")
    return keys


def load(paths: Paths, session: Session, site_id: uuid.UUID) -> SiteKeys | None:
    """This site's keys, or None when none were made yet."""
    if _keeps_keys_in_database(paths):
        row = session.get(SiteKey, site_id)
        if row is None:
            return None
        return _parse(row.signing_key, row.age_identity)
    signing = paths.keys / SIGNING_KEY_FILE
    identity = paths.keys / AGE_IDENTITY_FILE
    if not signing.exists() or not identity.exists():
        return None
    return _parse(signing.read_text(encoding="ascii"), identity.read_text(encoding="ascii"))


def age_identity_path(paths: Paths) -> Path:
    """The age identity file (for the ``age`` tool), when keys are kept as files."""
    return paths.keys / AGE_IDENTITY_FILE


def _parse(signing_text: str, identity_text: str) -> SiteKeys:
    signing = serialization.load_pem_private_key(signing_text.encode("ascii"), None)
    if not isinstance(signing, Ed25519PrivateKey):
        raise ValueError("the signing key is not an Ed25519 key")
    secret = next(line.strip() for line in identity_text.splitlines()
                  if line.strip().startswith("AGE-SECRET-KEY-"))
    return SiteKeys(signing, pyrage.x25519.Identity.from_str(secret))


def _private_text(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode("ascii")


def _write_private(path: Path, text: str) -> None:
    with replacing(path) as temporary:
        os.chmod(temporary, 0o600)  # before any secret is written
        temporary.write_text(text, encoding="ascii")
