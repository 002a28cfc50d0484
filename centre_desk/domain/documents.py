"""Scanned documents: their kinds, the file types taken (told by their first bytes, never
by the name), and the size limit.

Why 10 MiB a file: a signed consent or statement scanned at 300 dpi is a few hundred
kilobytes as JPEG and one to five megabytes as a multi-page PDF, so 10 MiB takes every
real scan with room to spare, while a file's bytes live in the database itself (so an
encrypted site encrypts them with its key and backups and sync carry them like any row):
a sync package holds them, an encrypted site holds a package's rows in memory, and one
file of hundreds of megabytes would make every backup and package carry it.
"""

from __future__ import annotations

import enum
import hashlib

MAX_BYTES = 10 * 1024 * 1024
"""The largest file taken (10 MiB)."""
NAME_LIMIT = 255
"""The longest file name kept."""


class DocumentKind(enum.Enum):
    """What a scanned document is."""

    CONSENT = "consent"
    RENUNCIATION = "renunciation"
    COURT = "court"
    OTHER = "other"


class MediaType(enum.Enum):
    """A file type taken, named by its usual extension."""

    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"


MAGIC = {
    MediaType.PDF: b"%PDF-",
    MediaType.JPEG: b"\xff\xd8\xff",
    MediaType.PNG: b"\x89PNG\r\n\x1a\n",
}
"""The first bytes each type's files begin with."""


class DocumentProblem(enum.Enum):
    """Why a file is not taken."""

    EMPTY = "empty"
    TOO_BIG = "too_big"
    NOT_A_SCAN = "not_a_scan"


def media_type(content: bytes) -> MediaType | None:
    """The file's type by its first bytes, or None when it is no PDF, JPEG or PNG."""
    for kind, magic in MAGIC.items():
        if content.startswith(magic):
            return kind
    return None


def problem(content: bytes) -> DocumentProblem | None:
    """Why ``content`` cannot be attached, or None."""
    if not content:
        return DocumentProblem.EMPTY
    if len(content) > MAX_BYTES:
        return DocumentProblem.TOO_BIG
    if media_type(content) is None:
        return DocumentProblem.NOT_A_SCAN
    return None


def digest(content: bytes) -> str:
    """The file's SHA-256, as 64 lowercase hex digits."""
    return hashlib.sha256(content).hexdigest()
