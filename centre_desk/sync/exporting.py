"""Export: the rows a set of peers has not seen, packed, encrypted and signed."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.store import migrate
from centre_desk.store.base import utc_now
from centre_desk.store.models import Peer, Site
from centre_desk.services import site_keys as identity
from centre_desk.sync import package, vectors
from centre_desk.sync.cards import require_sync_permission
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.tables import effective_stamps, stamp_site, synced_tables


@dataclasses.dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    package_id: uuid.UUID
    peers: tuple[str, ...]
    full: bool
    rows: dict[str, int]
    size_bytes: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def export_package(database, actor, peer_ids: list[uuid.UUID], target: Path, full: bool,
                   progress, cancelled) -> ExportSummary:
    """See centre_desk.sync.api.export_package."""
    if not peer_ids:
        raise SyncRefused("no_peers")
    tables = synced_tables()
    total = len(tables) + 3
    done = 0

    def step() -> None:
        nonlocal done
        package.cancel_check(cancelled)
        if progress is not None:
            progress(min(done, total), total)
        done += 1

    with database.session(actor) as session, session.begin():
        require_sync_permission(session, Permission.MANAGE_PEERS)
        peers = [session.get(Peer, peer_id) for peer_id in peer_ids]
        if any(peer is None for peer in peers):
            raise SyncRefused("unknown_peer")
        keys = identity.load_or_create(database.paths, session, database.site_id)
        site = session.get(Site, database.site_id)
        known = None if full else vectors.common([vectors.of_peer(session, p.id)
                                                  for p in peers])
        seen = vectors.ours(session)
        seen[str(database.site_id)] = database.clock.tick()
        cursor = session.connection().connection.cursor()
        parts, low, high = [], None, None
        for table in tables:
            step()
            part = _read_table(cursor, table, known)
            if part.rows:
                parts.append(part)
                hlc_at = part.columns.index("hlc")
                stamps = [row[hlc_at] for row in part.rows]
                stamps += [s for entry in part.stamps.values() for s in entry.values()]
                low = min(low or min(stamps), min(stamps))
                high = max(high or max(stamps), max(stamps))
        package_id = uuid.uuid4()
        manifest = {
            "format": package.FORMAT, "format_version": package.FORMAT_VERSION,
            "schema_version": migrate.HEAD, "package_id": str(package_id),
            "created_at": utc_now().isoformat(timespec="seconds") + "Z",
            "sender": {"site_id": str(site.id), "centre_name": site.centre_name,
                       "region": site.region},
            "recipients": [str(p.id) for p in peers], "full": full,
            "clock": {"from": low, "to": high}, "seen": seen,
        }
        rows = {part.name: len(part.rows) for part in parts}
        audit.record(session, AuditAction.EXPORTED, "sync_package", package_id,
                     username="command line", peers=[p.centre_name for p in peers],
                     full=full, rows=sum(rows.values()), file=target.name)
        size = package.write(target, manifest, parts, keys, [p.age_recipient for p in peers],
                             step)
    if progress is not None:
        progress(total, total)
    return ExportSummary(target, package_id, tuple(p.centre_name for p in peers), full, rows,
                         size)


def _read_table(cursor, table, known: dict[str, str] | None) -> package.TablePart:
    columns = list(table.columns)
    quoted = ", ".join(f'"{c}"' for c in columns)
    stored: dict[str, dict[str, str]] = {}
    for row_id, field, hlc in cursor.execute(
            "SELECT row_id, field, hlc FROM field_stamp WHERE table_name = ?", (table.name,)):
        stored.setdefault(row_id, {})[field] = hlc
    rows = cursor.execute(f'SELECT {quoted} FROM "{table.name}"').fetchall()
    id_at, hlc_at = columns.index("id"), columns.index("hlc")
    if known is not None:
        rows = [row for row in rows
                if _unseen(table.fields, row[hlc_at], stored.get(row[id_at]), known)]
    stamps = {}
    if stored:
        for index, row in enumerate(rows):
            entry = stored.get(row[id_at])
            if entry:
                stamps[index] = entry
    return package.TablePart(table.name, columns, rows, stamps)


def _unseen(fields, row_hlc: str, stored: dict[str, str] | None, known: dict[str, str]) -> bool:
    if not stored:
        return row_hlc > known.get(stamp_site(row_hlc), "")
    return any(stamp > known.get(stamp_site(stamp), "")
               for stamp in set(effective_stamps(fields, row_hlc, stored).values()))
