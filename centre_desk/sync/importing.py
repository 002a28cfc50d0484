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
from centre_desk.services.audit_trail import SYNC_PACKAGE
from centre_desk.store import full_requests, migrate
from centre_desk.store.base import utc_now
from centre_desk.store.models import Peer, QuarantinedRow
from centre_desk.services import site_keys as identity
from centre_desk.services.moving import follow_merges
from centre_desk.sync import (conflicts, manifest as manifests, older_peers, package,
                              sealed_rows, vectors)
from centre_desk.sync.cards import require_sync_permission
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.bulk import PackageMerger
from centre_desk.sync.checking import RowChecker
from centre_desk.sync.merge import Failure, Merger, TablePart, TableReport
from centre_desk.sync.pg_raw import is_postgresql
from centre_desk.sync.tables import (attached, by_name, database_errors, package_rows,
                                     synced_tables)
from centre_desk.sync.validation import PERMANENT, Rules, kept_for_review

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
    """See centre_desk.sync.api.inspect_package. The same checks as an import, up to
    the merge: signature, sizes, checksum, the rows' SQLite and its counts."""
    with sealed_rows.import_storage(database) as rows_file:
        with database.session() as session:
            keys = identity.load_or_create(database.paths, session, database.site_id)
            opened, _peer = _verify(session, database, source, keys)
            session.rollback()  # only a newly made key (encrypted database) would be kept
        counted = _unpack(opened, rows_file)
        with attached(database, None, rows_file.location, whole_checked=not rows_file.sealed,
                      rows_key=rows_file.key) as (_session, cursor):
            _check_counts(cursor, opened.manifest, counted)
    return _info(opened.manifest)


def _verify(session, database, source: Path, keys):
    """The package opened (its manifest of the right shape, see sync.manifest), from a
    known peer, signed by it, for this site, of a schema this site knows."""
    opened = package.open_package(source, keys)
    manifest = opened.manifest
    sender_id = uuid.UUID(manifest["sender"]["site_id"])
    recipients = {uuid.UUID(r) for r in manifest["recipients"]}
    peer = session.get(Peer, sender_id)
    if peer is None:
        raise SyncRefused("unknown_sender")
    package.verify_signature(opened, peer.signing_key)
    if database.site_id not in recipients:
        raise SyncRefused("not_for_this_site")
    if int(manifest["schema_version"]) > int(migrate.HEAD):
        raise SyncRefused("newer_schema")
    return opened, peer


def _unpack(opened: package.OpenedPackage,
            rows_file: sealed_rows.RowsFile) -> dict[str, int] | None:
    """The verified package's rows into their work file or, on an SQLCipher site, in
    memory (decompressed there, then loaded into memory or sealed); the decrypted zip's
    memory goes back before that. Returns the tables' row counts where they were
    counted on the way (sealed), else None."""
    if rows_file.path is not None and not rows_file.sealed:
        package.unpack_rows(opened, rows_file.path)
        opened.archive.close()
        return None
    if rows_file.in_memory:
        sealed_rows.fill_in_memory(opened, rows_file)
        opened.archive.close()
        return None
    rows = package.unpack_rows(opened)
    opened.archive.close()
    return sealed_rows.seal(rows, rows_file)


def _check_counts(cursor, manifest: dict, counted: dict[str, int] | None = None) -> None:
    """Every table the signed manifest names holds the rows it says, and field_stamp is
    there (the merge reads it). The rows' SQLite is whole and of plain tables already
    (tables.attached). ``counted``: the tables' row counts as the rows were sealed,
    instead of counting the work file."""
    synced = by_name()
    cursor, schema = package_rows(cursor)
    present = {name for (name,) in cursor.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")}
    for name in (*manifest["tables"], "field_stamp"):
        if name not in present:
            raise SyncRefused("tampered", f"missing table {name}")
    for name, entry in manifest["tables"].items():
        if name not in synced:
            # sync.manifest refused it already; a name reaches SQL only from by_name().
            raise SyncRefused("tampered", "table not synced")
        count = counted[name] if counted is not None else cursor.execute(
            f'SELECT count(*) FROM {schema}."{synced[name].name}"').fetchone()[0]
        if count != entry["rows"]:
            raise SyncRefused("tampered", f"row count of {name}")


def _info(manifest: dict) -> PackageInfo:
    """What the package is, from its manifest (of the shape sync.manifest checks)."""
    return PackageInfo(uuid.UUID(manifest["package_id"]),
                       uuid.UUID(manifest["sender"]["site_id"]),
                       manifest["sender"]["centre_name"], manifest["created_at"],
                       manifest["full"], manifest["schema_version"],
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
    with sealed_rows.import_storage(database) as rows_file:
        # Everything is verified before the database is touched.
        with database.session(actor) as session, session.begin():
            require_sync_permission(session, Permission.MANAGE_PEERS)
            keys = identity.load_or_create(database.paths, session, database.site_id)
            step()
            opened, peer = _verify(session, database, source, keys)
            sender_id = peer.id
            phases.done("decrypt")
            counted = _unpack(opened, rows_file)
            phases.done("verify and unpack" + (" (sealed)" if rows_file.sealed else
                                               " (in memory)" if rows_file.in_memory else ""))
        manifest = opened.manifest
        # References are checked by the merger, in bulk: SQLite's own check of each
        # row costs more than the whole rest of an import into an empty site.
        # A big package writes much of the database: a bulk connection writes it once.
        info = _info(manifest)
        bulk = info.total_rows >= BULK_ROWS
        with attached(database, actor, rows_file.location, foreign_keys=False, bulk=bulk,
                      whole_checked=False, rows_key=rows_file.key) as (session, cursor), \
                session.begin():
            require_sync_permission(session, Permission.MANAGE_PEERS)
            peer = session.get(Peer, sender_id)
            if peer is None:
                raise SyncRefused("unknown_sender")
            _check_counts(cursor, manifest, counted)
            # Every stamp this site (any desk of it) has issued is stored or on its clock.
            own_last = max(database.clock.last,
                           _newest_stamp(cursor, tables, database.clock.bound()) or "")
            rules = _rules(database, peer, own_last)
            sender_seen = rules.vouched(manifest.get("seen"))
            step()
            # The DB-API driver opens its transaction at the first write; savepoints
            # below must sit inside it, not start one of their own.
            cursor.execute("DELETE FROM sync_seen WHERE 0 = 1")
            journal = "server" if is_postgresql(cursor) else cursor.execute(
                "PRAGMA main.journal_mode").fetchone()[0]
            phases.done(f"count rows ({journal} journal)")
            seen_here = vectors.ours(session)
            seen_here[str(database.site_id)] = "\uffff"  # every change of ours is known here
            sent = [table for table in tables if table.name in manifest["tables"]]
            with RowChecker(rules, sent, rows_file, cursor, package.ROWS_SCHEMA) as checker:
                merger = PackageMerger(cursor, seen_here, rules, checker)
                reports = {table.name: TableReport() for table in tables}
                try:
                    for table in tables:
                        step()
                        if table in sent:
                            merger.apply_attached(table, sender_seen, reports[table.name])
                            phases.done(f"apply {table.name}")
                except database_errors(cursor):
                    checker.require_whole()  # a damaged package, said so; else the disk
                    raise
                checker.require_whole()
            # A row can refer to one later in the same package (a merged person): one
            # more go.
            failures, merger.failures = merger.failures, []
            for failure in failures:
                _apply_failure(merger, failure, reports)
            step()
            retried = _retry_quarantine(session, merger, reports,
                                        lambda sender: _rules(database, session.get(Peer, sender),
                                                              own_last))
            still = _quarantine(session, merger.failures, peer.id, reports)
            vectors.raise_ours(session, sender_seen, database.site_id)
            vectors.record_peer(session, peer, sender_seen, database.site_id)
            conflicts.close_superseded(session)  # a decision made elsewhere arrived
            # Past every stamp now stored, each one checked: nothing the package only
            # claims (its clock range, its vector) moves this site's clock.
            newest = _newest_stamp(cursor, tables, rules.latest)
            if newest:
                database.clock.observe(newest)
            # A site not yet upgraded sends former region names and older name keys.
            older_peers.bring_up_to_date(session, manifest["schema_version"])
            # Rows naming a person merged away (there or here) move to the survivor,
            # stamped after everything received so the move wins and travels back.
            session.flush()
            followed = follow_merges(session)
            audit.record(session, AuditAction.IMPORTED, SYNC_PACKAGE, info.package_id,
                         username=audit.SITE_USERNAME, sender=info.sender_name,
                         new=sum(r.new for r in reports.values()),
                         updated=sum(r.updated for r in reports.values()),
                         conflicts=sum(r.conflicts for r in reports.values()),
                         quarantined=sum(r.quarantined for r in reports.values()),
                         merged_persons_followed=followed, file=source.name)
            phases.done("quarantine and bookkeeping")
            step()
    phases.done("commit")
    _take_requests(database, sender_id, manifest)
    phases.log()
    if progress is not None:
        progress(total, total)
    return ImportReport(info, {k: v for k, v in reports.items() if any(
        dataclasses.astuple(v))}, retried, still)


def _take_requests(database, sender_id: uuid.UUID, manifest: dict) -> None:
    """After the package applied: the sender's request for a full package is owed (our
    next export to it is full), its full package answering ours ends our asking it.
    Neither touches the database, accounts or clock (store.full_requests); if the
    program stops before this, the sender asks again (or is asked again) next time."""
    data_dir = database.paths.data_dir
    request = manifests.full_request_for(manifest, database.site_id)
    if request is not None:
        full_requests.owe(data_dir, sender_id, request)
    if manifest["full"]:
        full_requests.answered(data_dir, sender_id, manifests.full_answers(manifest))


def _rules(database, peer: Peer | None, own_last: str) -> Rules:
    """The checks rows sent by ``peer`` (None: no longer a peer) must pass now."""
    return Rules.for_import(database.site_id,
                            peer.id if peer is not None else uuid.UUID(int=0),
                            bool(peer is not None and peer.relays), own_last,
                            database.clock.bound())


def _newest_stamp(cursor, tables, latest: str) -> str | None:
    """The newest stamp stored in any synced table, from each table's stamp index."""
    stamps = [cursor.execute(f'SELECT max(hlc) FROM main."{table.name}" WHERE hlc <= ?',
                             (latest,)).fetchone()[0] for table in tables]
    return max((s for s in stamps if s), default=None)


def _apply_failure(merger: Merger, failure: Failure, reports) -> None:
    columns = list(failure.values)
    part = TablePart(failure.table.name, columns,
                             [[failure.values[c] for c in columns]],
                             {0: failure.stamps} if failure.stamps else {})
    merger.apply(failure.table, part, failure.seen, reports[failure.table.name])


def _retry_quarantine(session, merger: Merger, reports, rules_for) -> int:
    """Try every quarantined row that a later package or time may mend again, under
    the rules of the peer that sent it; those that apply leave the quarantine."""
    tables = by_name()
    applied = 0
    rules = merger.rules
    waiting = select(QuarantinedRow).where(QuarantinedRow.reason.not_in(PERMANENT)) \
        .order_by(QuarantinedRow.received_at)
    try:
        for row in session.scalars(waiting):
            payload = json.loads(row.payload)
            before = len(merger.failures)
            merger.rules = rules_for(row.sender_site)
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
    finally:
        merger.rules = rules
    session.flush()
    return applied


def _quarantine(session, failures: list[Failure], sender: uuid.UUID, reports) -> int:
    """Keep refused rows, replacing an older quarantined version of the same row: whole
    when a later package or time may mend them, bounded for review when nothing can."""
    for failure in failures:
        try:
            row_id = uuid.UUID(hex=str(failure.values.get("id")))
        except ValueError:
            row_id = uuid.UUID(int=0)  # not even an id: kept for review under none
        values, stamps = failure.values, failure.stamps
        if failure.reason in PERMANENT:
            values = kept_for_review(values)
            stamps = {str(k)[:50]: v for k, v in kept_for_review(stamps).items()}
        payload = json.dumps({"values": values, "stamps": stamps,
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
