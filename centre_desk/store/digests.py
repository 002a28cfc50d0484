"""A file's SHA-256 digest, kept beside it in ``sha256sum``'s format (``NAME.sha256``
holding ``<hex>  NAME``), so ``sha256sum -c`` checks it too."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from centre_desk.store.atomic import replacing

SUFFIX = ".sha256"


def digest_path(path: Path) -> Path:
    """Where the digest of ``path`` is kept."""
    return path.with_name(path.name + SUFFIX)


def file_digest(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
    """The SHA-256 of a file, hex; ``progress`` gets (MiB read, MiB in all)."""
    total = max(1, path.stat().st_size >> 20)
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for done, chunk in enumerate(iter(lambda: file.read(1 << 20), b""), 1):
            digest.update(chunk)
            if progress and done % 16 == 0:
                progress(min(done, total), total)
    return digest.hexdigest()


def recorded_digest(path: Path) -> str | None:
    """The digest recorded beside ``path``; None without a readable one (an older
    backup, or a file copied without it)."""
    try:
        with open(digest_path(path), "rb") as file:
            words = file.read(256).decode("ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    if len(words) == 2 and re.fullmatch(r"[0-9a-f]{64}", words[0]) \
            and words[1].lstrip("*") == path.name:
        return words[0]
    return None


def record_digest(path: Path, digest: str) -> None:
    """Record ``digest`` beside ``path`` (written whole or not at all)."""
    with replacing(digest_path(path)) as temporary:
        temporary.write_text(f"{digest}  {path.name}\n", encoding="ascii")
