"""Export: the rows a set of peers has not seen, packed, encrypted and signed."""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from pathlib import Path

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.audit_trail import SYNC_PACKAGE
from centre_desk.store import full_requests, migrate
from centre_desk.store.base import utc_now
from centre_desk.store.bulk import memory_mapped
from centre_desk.store.models import Peer, Site
from centre_desk.services import site_keys as identity
from centre_desk.sync import package, pg_bulk, vectors
from centre_desk.sync.cards import require_sync_permission
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.pg_raw import is_postgresql
from centre_desk.sync.tables import (attached, detach, package_rows, rows_location,
                                     rows_storage, stamp_site, synced_tables, take_rows)

_PAGE_BYTES = 65536
"""The page size of the package's SQLite: SQLite's largest. A region's rows went into
it with a fifth less CPU than into 4 KiB pages (fewer pages to fill, balance and
write), and the file came out 5 % smaller (less to compress); any SQLite reads it."""


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

    phases = package.Phases("export")
    with rows_storage(database) as storage, \
            attached(database, actor, rows_location(storage), fresh=True) as (session, raw):
        with session.begin():
            require_sync_permission(session, Permission.MANAGE_PEERS)
            peers = [session.get(Peer, peer_id) for peer_id in peer_ids]
            if any(peer is None for peer in peers):
                raise SyncRefused("unknown_peer")
            keys = identity.load_or_create(database.paths, session, database.site_id)
            site = session.get(Site, database.site_id)
            # A peer that asked for everything (a restore there) gets it, whatever it
            # has acknowledged.
            owed = full_requests.owed_to(database.paths.data_dir, peer_ids)
            full = full or bool(owed)
            known = None if full else vectors.common([vectors.of_peer(session, p.id)
                                                      for p in peers])
            seen = vectors.ours(session)
            seen[str(database.site_id)] = database.clock.tick()
            pages, schema = package_rows(raw)  # the package's, before its first table
            pages.execute(f"PRAGMA {schema}.page_size = {_PAGE_BYTES}")
            if is_postgresql(raw):  # no ATTACH there: see pg_bulk
                rows, low, high = pg_bulk.copy_rows_out(raw, tables, known, step, phases)
            else:
                with _pages_at_hand(raw):
                    rows, low, high = _copy_rows(raw, tables, known, step, phases)
        # Committed: the package's rows are in their file or in memory (and new
        # keys, if made).
        phases.done("commit")
        rows_source = storage
        if not isinstance(storage, Path):
            rows_source = take_rows(raw, storage)
            phases.done("serialize")
        detach(raw)  # in-memory rows go before compression takes its own memory
        package_id = uuid.uuid4()
        manifest = {
            "format": package.FORMAT, "format_version": package.FORMAT_VERSION,
            "schema_version": migrate.HEAD, "package_id": str(package_id),
            "created_at": utc_now().isoformat(timespec="seconds") + "Z",
            "sender": {"site_id": str(site.id), "centre_name": site.centre_name,
                       "region": site.region},
            "recipients": [str(p.id) for p in peers], "full": full,
            "clock": {"from": low, "to": high}, "seen": seen,
            **_requests(database, peer_ids, owed),
        }
        size = package.write(target, manifest, rows_source, rows, keys,
                             [p.age_recipient for p in peers], step, phases)
        try:
            with session.begin():
                audit.record(session, AuditAction.EXPORTED, SYNC_PACKAGE, package_id,
                             username=audit.SITE_USERNAME,
                             peers=[p.centre_name for p in peers], full=full,
                             rows=sum(rows.values()), file=target.name)
        except BaseException:
            target.unlink(missing_ok=True)  # no package leaves without its audit
            raise
        full_requests.sent(database.paths.data_dir, owed)
    phases.log()
    if progress is not None:
        progress(total, total)
    return ExportSummary(target, package_id, tuple(p.centre_name for p in peers), full, rows,
                         size)


def _requests(database, peer_ids, owed: dict[str, str]) -> dict:
    """The manifest's requests for a full package (after a restore here, of the peers
    that have not answered) and answers to theirs (sync.manifest); none: no keys, so
    the package reads as before in every release."""
    fields = {}
    asking = full_requests.asking(database.paths.data_dir, peer_ids)
    if asking is not None:
        request_id, waiting = asking
        fields["full_request"] = {"id": request_id, "from": waiting}
    if owed:
        fields["full_answers"] = sorted(set(owed.values()))
    return fields


@contextlib.contextmanager
def _pages_at_hand(raw):
    """Rows leave in id order, each looked up from the key's index, so a table's pages
    are read in no order. A plain database is memory-mapped meanwhile: not a system
    call per page (a full export of a region: about a second faster). An SQLCipher one
    cannot be mapped (every page read is decrypted and checked): its page cache may hold
    the whole database meanwhile, so a page is decrypted once rather than at nearly
    every row (a region's attendance in id order: 13.5 s of CPU with the usual cache,
    3.3 s with room for all its pages); _copy_rows empties it after each table, and it
    is set back after. A plain database's pages come from the map, not the cache."""
    (cache,) = raw.execute("PRAGMA main.cache_size").fetchone()
    (pages,) = raw.execute("PRAGMA main.page_count").fetchone()
    raw.execute(f"PRAGMA main.cache_size = {max(pages, cache)}")
    try:
        with memory_mapped(raw.execute):
            yield
    finally:
        raw.execute(f"PRAGMA main.cache_size = {cache}")
        raw.execute("PRAGMA shrink_memory")


def _copy_rows(raw, tables, known: dict[str, str] | None, step, phases):
    """Copy the rows to send (all, or those with a stamp beyond ``known``) into the
    attached package, table by table in id order, with their field stamps; returns
    (rows per non-empty table, lowest stamp, highest stamp)."""
    schema = package.ROWS_SCHEMA
    # Untyped columns: values keep exactly what SQLite stores here.
    raw.execute(f"CREATE TABLE {schema}.field_stamp (table_name, row_id, field, hlc)")
    unseen = "1"
    if known is not None:
        raw.create_function("cd_unseen", 1,
                            lambda stamp: stamp > known.get(stamp_site(stamp), ""),
                            deterministic=True)
        unseen = ("(cd_unseen(m.hlc) OR m.id IN (SELECT row_id FROM main.field_stamp"
                  " WHERE table_name = :name AND cd_unseen(hlc)))")
    rows, stamps = {}, []
    for table in tables:
        step()
        quoted = ", ".join(f'"{c}"' for c in table.columns)
        raw.execute(f'CREATE TABLE {schema}."{table.name}" ({quoted})')
        raw.execute(f'INSERT INTO {schema}."{table.name}" ({quoted}) SELECT '
                    + ", ".join(f'm."{c}"' for c in table.columns)
                    + f' FROM main."{table.name}" m WHERE {unseen} ORDER BY m.id',
                    {"name": table.name})
        count = raw.execute("SELECT changes()").fetchone()[0]
        if not count:
            continue
        rows[table.name] = count
        # All rows: the lowest and highest stamp from the stamp's index.
        sent = f'main."{table.name}"' if known is None else f'{schema}."{table.name}"'
        low, high = raw.execute(f"SELECT min(hlc), max(hlc) FROM {sent}").fetchone()
        stamps += [low, high]
        raw.execute(f"INSERT INTO {schema}.field_stamp SELECT s.table_name, s.row_id, "
                    "s.field, s.hlc FROM main.field_stamp s WHERE s.table_name = :name AND "
                    f'EXISTS (SELECT 1 FROM main."{table.name}" m WHERE m.id = s.row_id '
                    f"AND {unseen})", {"name": table.name})
        raw.execute("PRAGMA shrink_memory")  # this table's pages go (_pages_at_hand)
        phases.done(f"read {table.name}")
    stamps += [s for s in raw.execute(f"SELECT min(hlc), max(hlc) FROM {schema}.field_stamp")
               .fetchone() if s is not None]
    return rows, min(stamps, default=None), max(stamps, default=None)
