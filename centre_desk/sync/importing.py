"""Import: verify a package completely, then merge it in one transaction."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path

from sqlalchemy import func, select

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.store import migrate
from centre_desk.store.base import utc_now
from centre_desk.store.models import Peer, QuarantinedRow
from centre_desk.services import site_keys as identity
from centre_desk.sync import conflicts, package, vectors
from centre_desk.sync.cards import require_sync_permission
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.bulk import PackageMerger
from centre_desk.sync.merge import Failure, Merger, TablePart, TableReport
from centre_desk.sync.tables import attached, by_name, rows_storage, synced_tables

BULK_ROWS = 50_000
"""From this many rows a package is imported on a store.bulk connection: written once,
through a rollback journal, not twice through the write-ahead log."""


@dataclasses.dataclass(frozen=True)
class PackageInfo:
    """A verified package, before it is applied."""

    package_id: uuid.UUID
    sender_id: uuid.UUID
    sender_name: str
    created_at: str
    full: bool
    schema_version: str
    rows: dict[str, int]

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclasses.dataclass(frozen=True)
class ImportReport:
    """What an import did, per table: new, updated, unchanged, conflicts, quarantined.

    ``retried`` counts rows from earlier quarantine that applied this time;
    ``still_quarantined`` the rows waiting in quarantine after this import."""

    package: PackageInfo
    tables: dict[str, TableReport]
    retried: int
    still_quarantined: int

    def total(self, what: str) -> int:
        """The sum of one column (``"new"``, ``"conflicts"``...) over every table."""
        return sum(getattr(report, what) for report in self.tables.values())


def inspect_package(database, source: Path) -> PackageInfo:
    """See centre_desk.sync.api.inspect_package."""
    with database.session() as session:
        keys = identity.load_or_create(database.paths, session, database.site_id)
        opened, _peer = _verify(session, database, source, keys)
        package.check_rows(opened)
        session.rollback()  # only a newly made key (encrypted database) would be kept
    return _info(opened.manifest)


def _verify(session, database, source: Path, keys):
    opened = package.open_package(source, keys)
    manifest = opened.manifest
    try:
        sender_id = uuid.UUID(manifest["sender"]["site_id"])
        recipients = {uuid.UUID(r) for r in manifest["recipients"]}
        schema = int(manifest["schema_version"])
    except (KeyError, TypeError, ValueError) as error:
        raise SyncRefused("not_a_package") from error
    peer = session.get(Peer, sender_id)
    if peer is None:
        raise SyncRefused("unknown_sender")
    package.verify_signature(opened, peer.signing_key)
    if database.site_id not in recipients:
        raise SyncRefused("not_for_this_site")
    if schema > int(migrate.HEAD):
        raise SyncRefused("newer_schema")
    return opened, peer


def _check_counts(cursor, manifest: dict) -> None:
    """Every table the signed manifest names holds the rows it says."""
    for name, entry in manifest["tables"].items():
        try:
            count = cursor.execute(
                f'SELECT count(*) FROM {package.ROWS_SCHEMA}."{name}"').fetchone()[0]
        except Exception as error:  # noqa: BLE001  (the driver's OperationalError)
            raise SyncRefused("tampered", f"missing table {name}") from error
        if count != entry["rows"]:
            raise SyncRefused("tampered", f"row count of {name}")


def _info(manifest: dict) -> PackageInfo:
    return PackageInfo(uuid.UUID(manifest["package_id"]),
                       uuid.UUID(manifest["sender"]["site_id"]),
                       manifest["sender"]["centre_name"], manifest["created_at"],
                       bool(manifest.get("full")), str(manifest["schema_version"]),
                       {name: entry["rows"] for name, entry in manifest["tables"].items()})


def import_package(database, actor, source: Path, progress) -> ImportReport:
    """See centre_desk.sync.api.import_package."""
    tables = synced_tables()
    total = len(tables) + 4
    done = 0

    def step() -> None:
        nonlocal done
        if progress is not None:
            progress(min(done, total), total)
        done += 1

    phases = package.Phases("import")
    with rows_storage(database) as rows_file:
        # Everything is verified before the database is touched.
        with database.session(actor) as session, session.begin():
            require_sync_permission(session, Permission.MANAGE_PEERS)
            keys = identity.load_or_create(database.paths, session, database.site_id)
            step()
            opened, peer = _verify(session, database, source, keys)
            sender_id = peer.id
            phases.done("decrypt")
            rows = package.unpack_rows(opened, rows_file)  # None when in a file
            opened.archive.close()  # the decrypted zip's memory goes back
            phases.done("verify and unpack")
        manifest = opened.manifest
        sender_seen = {str(k): str(v) for k, v in manifest.get("seen", {}).items()}
        # References are checked by the merger, in bulk: SQLite's own check of each
        # row costs more than the whole rest of an import into an empty site.
        # A big package writes much of the database: a bulk connection writes it once.
        info = _info(manifest)
        bulk = info.total_rows >= BULK_ROWS
        with attached(database, actor, rows_file, rows, foreign_keys=False, bulk=bulk) as (
                session, cursor), session.begin():
            require_sync_permission(session, Permission.MANAGE_PEERS)
            peer = session.get(Peer, sender_id)
            if peer is None:
                raise SyncRefused("unknown_sender")
            _check_counts(cursor, manifest)
            step()
            # The DB-API driver opens its transaction at the first write; savepoints
            # below must sit inside it, not start one of their own.
            cursor.execute("DELETE FROM sync_seen WHERE 0 = 1")
            journal = cursor.execute("PRAGMA main.journal_mode").fetchone()[0]
            phases.done(f"count rows ({journal} journal)")
            seen_here = vectors.ours(session)
            seen_here[str(database.site_id)] = "\uffff"  # every change of ours is known here
            merger = PackageMerger(cursor, seen_here)
            reports = {table.name: TableReport() for table in tables}
            for table in tables:
                step()
                if table.name in manifest["tables"]:
                    merger.apply_attached(table, sender_seen, reports[table.name])
                    phases.done(f"apply {table.name}")
            # A row can refer to one later in the same package (a merged person): one
            # more go.
            failures, merger.failures = merger.failures, []
            for failure in failures:
                _apply_failure(merger, failure, reports)
            step()
            retried = _retry_quarantine(session, merger, reports)
            still = _quarantine(session, merger.failures, peer.id, reports)
            vectors.raise_ours(session, sender_seen, database.site_id)
            vectors.record_peer(session, peer, sender_seen, database.site_id)
            conflicts.close_superseded(session)  # a decision made elsewhere arrived
            latest = max([*sender_seen.values(), manifest.get("clock", {}).get("to") or ""])
            if latest:
                database.clock.observe(latest)
            audit.record(session, AuditAction.IMPORTED, "sync_package", info.package_id,
                         username="command line", sender=info.sender_name,
                         new=sum(r.new for r in reports.values()),
                         updated=sum(r.updated for r in reports.values()),
                         conflicts=sum(r.conflicts for r in reports.values()),
                         quarantined=sum(r.quarantined for r in reports.values()),
                         file=source.name)
            phases.done("quarantine and bookkeeping")
            step()
    phases.done("commit")
    phases.log()
    if progress is not None:
        progress(total, total)
    return ImportReport(info, {k: v for k, v in reports.items() if any(
        dataclasses.astuple(v))}, retried, still)


def _apply_failure(merger: Merger, failure: Failure, reports) -> None:
    columns = list(failure.values)
    part = TablePart(failure.table.name, columns,
                             [[failure.values[c] for c in columns]],
                             {0: failure.stamps} if failure.stamps else {})
    merger.apply(failure.table, part, failure.seen, reports[failure.table.name])


def _retry_quarantine(session, merger: Merger, reports) -> int:
    """Try every quarantined row again; those that apply leave the quarantine."""
    tables = by_name()
    applied = 0
    for row in session.scalars(select(QuarantinedRow).order_by(QuarantinedRow.received_at)):
        payload = json.loads(row.payload)
        before = len(merger.failures)
        _apply_failure(merger, Failure(tables[row.table_name], payload["values"],
                                       payload["stamps"], payload["seen"], row.reason,
                                       row.detail or ""), reports)
        if len(merger.failures) == before:
            session.delete(row)
            applied += 1
        else:
            retried = merger.failures.pop()
            if (row.reason, row.detail) != (retried.reason, retried.detail):
                row.attempts += 1
                row.reason, row.detail = retried.reason, retried.detail
    session.flush()
    return applied


def _quarantine(session, failures: list[Failure], sender: uuid.UUID, reports) -> int:
    """Keep refused rows whole, replacing an older quarantined version of the same row."""
    for failure in failures:
        row_id = uuid.UUID(hex=str(failure.values["id"]))
        payload = json.dumps({"values": failure.values, "stamps": failure.stamps,
                              "seen": failure.seen}, ensure_ascii=False, sort_keys=True)
        reports[failure.table.name].quarantined += 1
        waiting = session.scalars(select(QuarantinedRow).where(
            QuarantinedRow.table_name == failure.table.name,
            QuarantinedRow.row_id == row_id)).all()
        if [q.payload for q in waiting] == [payload]:
            continue  # the same row again (a package read twice): keep it as it is
        for older in waiting:
            session.delete(older)
        session.add(QuarantinedRow(
            table_name=failure.table.name, row_id=row_id, sender_site=sender,
            payload=payload, reason=failure.reason, detail=failure.detail,
            received_at=utc_now(), attempts=1))
    session.flush()
    return session.scalar(select(func.count()).select_from(QuarantinedRow))
