"""Full sync packages this site asks its peers for after a restore, and owes to peers
that asked it: kept beside the database.

A restored database has forgotten what this site merged or made after the backup,
but its peers still hold it and believe this site does too, so their next packages
would leave it out. So a restore starts an *asking*: every package this site sends a
peer that has not answered yet carries the request (sync.manifest, "full_request"),
and a peer that reads it *owes* this site a full package, which its next export to
this site is (and says so, "full_answers"). The asking ends for a peer when its answer
is imported, not when the request is sent: a package may be lost on its way, and a
request sent again costs the peer only one more full package.

A file in the data dir (no migration, like store.clock_floor), replaced atomically. A
file that does not read as this module writes it counts as no asking and nothing owed:
the peers can still be asked by hand (export --full at each of them). Several desks
on one PostgreSQL database each keep their own file: a request is answered by the next
export of the desk that imported it (a restore, and so an asking, is SQLite's only).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path

FILE_NAME = "full-package-requests.json"
_LOCK = threading.Lock()
"""One change of the file at a time in this process (an import and an export may run
on threads of their own)."""


def path_in(data_dir: Path) -> Path:
    """Where the requests of the installation in ``data_dir`` are kept."""
    return Path(data_dir) / FILE_NAME


def ask_every_peer(data_dir: Path) -> dict | None:
    """Start asking every peer for a full package under a new request id (a restore is
    about to replace the database); returns the asking it replaced, for ``withdraw``."""
    with _LOCK:
        state = _read(data_dir)
        replaced = state["asking"]
        state["asking"] = {"id": str(uuid.uuid4()), "answered": []}
        _write(data_dir, state)
    return replaced


def withdraw(data_dir: Path, replaced: dict | None) -> None:
    """Put back the asking ``ask_every_peer`` replaced: the restore did not happen."""
    with _LOCK:
        state = _read(data_dir)
        state["asking"] = replaced
        _write(data_dir, state)


def asking(data_dir: Path, peer_ids: Iterable[uuid.UUID]) -> tuple[str, list[str]] | None:
    """(request id, the peers among ``peer_ids`` still to answer it), or None when this
    site asks none of them."""
    current = _read(data_dir)["asking"]
    if current is None:
        return None
    waiting = [str(p) for p in peer_ids if str(p) not in current["answered"]]
    return (current["id"], waiting) if waiting else None


def answered(data_dir: Path, peer_id: uuid.UUID, request_ids: Iterable[str]) -> None:
    """``peer_id``'s full package answering ``request_ids`` is imported: if it answers
    the current asking, that peer is asked no more."""
    with _LOCK:
        state = _read(data_dir)
        current = state["asking"]
        if current is None or current["id"] not in request_ids \
                or str(peer_id) in current["answered"]:
            return
        current["answered"].append(str(peer_id))
        _write(data_dir, state)


def owe(data_dir: Path, peer_id: uuid.UUID, request_id: str) -> None:
    """``peer_id`` asked for a full package (request ``request_id``)."""
    with _LOCK:
        state = _read(data_dir)
        if state["owed"].get(str(peer_id)) == request_id:
            return
        state["owed"][str(peer_id)] = request_id
        _write(data_dir, state)


def owed_to(data_dir: Path, peer_ids: Iterable[uuid.UUID]) -> dict[str, str]:
    """The requests owed to the peers among ``peer_ids``: request id by peer."""
    owed = _read(data_dir)["owed"]
    return {str(p): owed[str(p)] for p in peer_ids if str(p) in owed}


def sent(data_dir: Path, answers: dict[str, str]) -> None:
    """A full package answering ``answers`` (request id by peer) is written: those
    requests are paid (a request that came since stays owed)."""
    if not answers:
        return
    with _LOCK:
        state = _read(data_dir)
        for peer, request in answers.items():
            if state["owed"].get(peer) == request:
                del state["owed"][peer]
        _write(data_dir, state)


def _read(data_dir: Path) -> dict:
    """The state kept, its entries checked: anything else reads as nothing."""
    state = {"asking": None, "owed": {}}
    try:
        kept = json.loads(path_in(data_dir).read_text(encoding="utf-8"))
    except (FileNotFoundError, UnicodeDecodeError, ValueError):
        return state
    if not isinstance(kept, dict):
        return state
    current = kept.get("asking")
    if isinstance(current, dict) and _is_id(current.get("id")) \
            and isinstance(current.get("answered"), list):
        state["asking"] = {"id": current["id"],
                           "answered": [p for p in current["answered"] if _is_id(p)]}
    owed = kept.get("owed")
    if isinstance(owed, dict):
        state["owed"] = {p: r for p, r in owed.items() if _is_id(p) and _is_id(r)}
    return state


def _write(data_dir: Path, state: dict) -> None:
    from centre_desk.store.atomic import replacing

    with replacing(path_in(data_dir)) as temporary:
        temporary.write_text(json.dumps(state, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")


def _is_id(value: object) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False
