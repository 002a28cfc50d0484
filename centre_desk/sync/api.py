"""What the GUI and the command line call to sync: site card, peers, export, import,
conflicts and quarantine. No Qt here; slow calls take progress and cancel callbacks.

Sessions and permissions: functions taking a ``Session`` are use cases for
``Workspace.run`` (one transaction, audited, permission checked against the
session's actor). ``export_package`` and ``import_package`` take the open
``Database`` and the acting user themselves, because they read files and keys and
hold their own single transaction. With no actor (the command line, run by whoever
holds the data dir and its password) no role is checked; the audit trail says so.

Refusals raise ``SyncRefused`` (``reason`` is a code to word in the GUI, ``str()``
one English sentence); a cancelled export raises ``Cancelled`` (a SyncRefused).
Role refusals raise ``services.errors.NotPermitted``.

Typical GUI use::

    card_bytes = api.site_card(database)                       # File -> Site card...
    workspace.run(api.add_peer, path.read_bytes())             # Peers... -> Add
    peers = workspace.run(api.list_peers)
    summary = api.export_package(database, actor, [peer.id], target, full=False,
                                 progress=on_progress, cancelled=is_cancelled)
    info = api.inspect_package(database, source)               # before asking "Import?"
    report = api.import_package(database, actor, source, progress=on_progress)
    conflicts = workspace.run(api.list_conflicts)
    workspace.run(api.decide_conflict, conflict.id, api.KEEP_LOST)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from centre_desk.sync.cards import (
    PeerView, SiteCard, add_peer, find_peer, list_peers, set_relays)
from centre_desk.sync.conflicts import (
    KEEP_KEPT, KEEP_LOST, TYPED, ConflictView, QuarantineView, decide_conflict,
    list_conflicts, list_quarantine)
from centre_desk.sync.errors import Cancelled, SyncRefused
from centre_desk.sync.exporting import ExportSummary
from centre_desk.sync.importing import ImportReport, PackageInfo, TableReport

if TYPE_CHECKING:
    import uuid

    from centre_desk.store.database import Database
    from centre_desk.store.stamping import Actor

Progress = Callable[[int, int], None]
"""Called with (done, total) steps as work goes on; from the calling thread."""
IsCancelled = Callable[[], bool]
"""Polled between steps; True stops the export with nothing written."""


def site_card(database: Database) -> bytes:
    """This site's card file (JSON), making the site's keys first if it has none."""
    from centre_desk.services import site_keys as identity
    from centre_desk.sync import cards

    with database.session() as session, session.begin():
        keys = identity.load_or_create(database.paths, session, database.site_id)
        return cards.this_site_card(session, keys).to_json()


def write_site_card(database: Database, target: Path) -> None:
    """Write this site's card to ``target`` (complete or not at all)."""
    from centre_desk.store.atomic import replacing

    data = site_card(database)
    with replacing(target) as temporary:
        temporary.write_bytes(data)


def export_package(database: Database, actor: Actor | None, peer_ids: list[uuid.UUID],
                   target: Path, full: bool = False, progress: Progress | None = None,
                   cancelled: IsCancelled | None = None) -> ExportSummary:
    """Write one ``.cdsync`` package for ``peer_ids``: every change none of them has
    acknowledged (everything with ``full``), encrypted for them all and signed.

    The file is complete or absent. Needs MANAGE_PEERS; audited."""
    from centre_desk.sync import exporting

    return exporting.export_package(database, actor, peer_ids, Path(target), full,
                                    progress, cancelled)


def inspect_package(database: Database, source: Path) -> PackageInfo:
    """Decrypt and verify a package (sender, signature, recipient, checksums, schema)
    without applying it; SyncRefused says why it cannot be imported."""
    from centre_desk.sync import importing

    return importing.inspect_package(database, Path(source))


def import_package(database: Database, actor: Actor | None, source: Path,
                   progress: Progress | None = None) -> ImportReport:
    """Verify, then apply a package in one transaction; returns what changed per table.

    Refused packages change nothing. Rows that cannot be applied are quarantined and
    retried at later imports. Needs MANAGE_PEERS; audited."""
    from centre_desk.sync import importing

    return importing.import_package(database, actor, Path(source), progress)


def peers(session: Session) -> list[PeerView]:
    """Alias of list_peers, for Workspace.run."""
    return list_peers(session)
