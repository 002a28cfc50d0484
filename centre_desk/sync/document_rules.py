"""What a scanned document's row from a package must be (validation.VALUE_RULES): a
peer's file is checked as this site's own is when attached (services.documents)."""

from __future__ import annotations

from centre_desk.domain.documents import MAGIC, MAX_BYTES

BLOB_LIMIT = MAX_BYTES
"""The longest bytes value taken from a package (a document's file)."""
DOCUMENT_RULES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # The size within the limit and equal to the bytes' length; the type the one the
    # first bytes say (never the name); the SHA-256 that of the bytes (cd_sha256, given
    # to every connection that checks rows by tables.sql_functions).
    (("size_bytes",), f"{{size_bytes}} NOT BETWEEN 1 AND {MAX_BYTES}", "size"),
    (("content", "size_bytes"), "length({content}) <> {size_bytes}", "size of the bytes"),
    (("content", "media_type"), "CASE {media_type} " + " ".join(
        f"WHEN '{kind.value}' THEN hex(substr({{content}}, 1, {len(magic)})) "
        f"<> '{magic.hex().upper()}'" for kind, magic in MAGIC.items()) + " ELSE 1 END",
     "type of the bytes"),
    (("sha256",), "length({sha256}) <> 64 OR {sha256} GLOB '*[^0-9a-f]*'", "digest"),
    (("content", "sha256"), "cd_sha256({content}) IS NOT {sha256}", "digest of the bytes"),
)
