"""A package's manifest checked for shape and types before any of it is used.

The manifest is read before its signature can be checked (the signature's key is found
through the sender it names), and a signed manifest is still a peer's word: nothing in
it reaches SQL, a path or a comparison before this module has passed it. Anything
unexpected refuses the package as "not_a_package"; extra keys are ignored, so a later
release may add some.
"""

from __future__ import annotations

import re
import uuid

from centre_desk.domain.clock import is_stamp
from centre_desk.store import migrate
from centre_desk.sync.errors import SyncRefused

MAX_NAME_LENGTH = 200
"""A centre's name (its region is shorter), as the site table holds it."""
MAX_TEXT_LENGTH = 64
"""created_at and schema_version: an ISO time or a revision number."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_REVISION = re.compile(r"[0-9]{1,9}")


def validate_manifest(manifest: object, rows_member: str) -> dict:
    """``manifest`` (parsed JSON) if it has the shape export writes; else SyncRefused.

    Table names must be synced tables of this release, unless the package names a
    newer schema: that package is refused as such once its signature is checked, and
    its names never reach SQL."""
    _require(isinstance(manifest, dict), "not an object")
    sender = manifest.get("sender")
    _require(isinstance(sender, dict), "sender")
    _uuid(sender.get("site_id"), "sender.site_id")
    _text(sender.get("centre_name"), "sender.centre_name", MAX_NAME_LENGTH)
    if sender.get("region") is not None:
        _text(sender.get("region"), "sender.region", MAX_NAME_LENGTH)
    _uuid(manifest.get("package_id"), "package_id")
    recipients = manifest.get("recipients")
    _require(isinstance(recipients, list), "recipients")
    for recipient in recipients:
        _uuid(recipient, "recipients")
    schema = manifest.get("schema_version")
    _require(isinstance(schema, str) and _REVISION.fullmatch(schema) is not None,
             "schema_version")
    _text(manifest.get("created_at"), "created_at", MAX_TEXT_LENGTH)
    _require(isinstance(manifest.get("full"), bool), "full")
    _tables(manifest.get("tables"), schema)
    rows = manifest.get("rows")
    _require(isinstance(rows, dict) and rows.get("member") == rows_member, "rows.member")
    _count(rows.get("bytes"), "rows.bytes")
    _require(isinstance(rows.get("sha256"), str)
             and _SHA256.fullmatch(rows["sha256"]) is not None, "rows.sha256")
    seen = manifest.get("seen")
    _require(isinstance(seen, dict), "seen")
    for site, stamp in seen.items():
        _uuid(site, "seen")
        _stamp(stamp, "seen")
    _full_request(manifest)
    if "clock" in manifest:
        clock = manifest["clock"]
        _require(isinstance(clock, dict), "clock")
        for end in ("from", "to"):
            if clock.get(end) is not None:
                _stamp(clock[end], f"clock.{end}")
    return manifest


def full_request_for(manifest: dict, site_id: uuid.UUID) -> str | None:
    """The id of the sender's request for a full package, if the (validated) manifest
    asks ``site_id`` for one (a restore at the sender, store.full_requests)."""
    request = manifest.get("full_request")
    if request is None or str(site_id) not in request["from"]:
        return None
    return request["id"]


def full_answers(manifest: dict) -> list[str]:
    """The requests for a full package the (validated, full) package answers."""
    return list(manifest.get("full_answers", ()))


def row_total(manifest: dict) -> int:
    """The rows the (validated) manifest says the package holds."""
    return sum(entry["rows"] for entry in manifest["tables"].values())


def _tables(tables: object, schema: str) -> None:
    # Imported here: tables imports package, which imports this module.
    from centre_desk.sync.tables import by_name

    _require(isinstance(tables, dict), "tables")
    synced = by_name() if int(schema) <= int(migrate.HEAD) else None
    for name, entry in tables.items():
        _require(synced is None or name in synced, f"table {name[:80]!r}")
        _require(isinstance(entry, dict), f"tables.{name}")
        _count(entry.get("rows"), f"tables.{name}.rows")


def _full_request(manifest: dict) -> None:
    """The optional request for a full package ({"id", "from": recipients asked}) and
    answers to such requests (a full package only). Packages of earlier releases have
    neither; earlier releases ignore both."""
    recipients = manifest["recipients"]
    if "full_request" in manifest:
        request = manifest["full_request"]
        _require(isinstance(request, dict), "full_request")
        _uuid(request.get("id"), "full_request.id")
        asked = request.get("from")
        _require(isinstance(asked, list) and 0 < len(asked) <= len(recipients)
                 and all(site in recipients for site in asked), "full_request.from")
    if "full_answers" in manifest:
        answers = manifest["full_answers"]
        _require(manifest["full"] is True and isinstance(answers, list)
                 and len(answers) <= len(recipients), "full_answers")
        for answer in answers:
            _uuid(answer, "full_answers")


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise SyncRefused("not_a_package", f"manifest: {what}")


def _uuid(value: object, what: str) -> None:
    """A site or package id as export writes it: a lowercase UUID with dashes (ids are
    compared as text, so another spelling of the same id must not pass)."""
    try:
        canonical = isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        canonical = False
    _require(canonical, what)


def _text(value: object, what: str, length: int) -> None:
    _require(isinstance(value, str) and len(value) <= length, what)


def _count(value: object, what: str) -> None:
    _require(isinstance(value, int) and not isinstance(value, bool) and value >= 0, what)


def _stamp(value: object, what: str) -> None:
    _require(is_stamp(value), what)
