"""Restoring the database from a backup (administrators only).

The chosen file is checked first (whole, of this site, of a schema this program can
migrate): anything else is refused with one sentence and nothing changes. Then the
current database is backed up (``…-before-restore.sqlite3`` in backups/), the
clock's newest stamp is kept as the clock floor (store.clock_floor: the clock goes on
above every stamp this site ever issued, before and after), and the backup is copied
INTO the live database with SQLite's online backup API: one write transaction, so a
crash or a kill at any moment leaves the live database whole, either as it was or as
the backup. Older schemas are then migrated.

Peers: the restored database's vectors say what it knew when the backup was made;
what this site merged or made after it comes back only in a full package from its
peers. So every peer is asked for one, automatically: the next package this site
sends each peer carries the request, until that peer's full package is imported here
(store.full_requests). A restore that does not happen withdraws the request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import audit
from centre_desk.services.backup import (BackupInfo, Progress, _step_reporter, attached,
                                         inspect_file, make_backup, refuse_server_database)
from centre_desk.services.errors import NotPermitted
from centre_desk.store import clock_floor, full_requests, migrate, stamping

_PAGES_PER_STEP = 1024


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    """What a restore replaced the database with, and where the old one went."""

    restored: BackupInfo
    before: BackupInfo
    """The backup of the database as it was just before the restore."""


def restore(database, actor, source: Path, *, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> RestoreResult:
    """Replace the open database with the backup ``source``; see the module's doc.

    ``actor`` must be an administrator (or the site itself on the command line).
    Raises BackupRefused (nothing changed) for a file that is missing, damaged, of
    another site or of a newer schema; BackupCancelled before the replacing starts."""
    if actor is None or actor.role is not Role.ADMINISTRATOR:
        raise NotPermitted("restore")
    refuse_server_database(database)
    source = Path(source)
    checking, backing_up, copying = _phases(progress, (2, 3, 5))
    chosen = inspect_file(database, source, progress=checking)
    with database.session(actor) as session, session.begin():
        before = make_backup(database, session, database.paths.backups, progress=backing_up,
                             cancelled=cancelled, before_restore=True)
    # The clock's floor first: from here on a kill may leave either database in place.
    newest = max(database.clock.last,
                 stamping.clock_for(database.engine, database.site_id).last)
    clock_floor.save(database.paths.data_dir, newest)
    asked_before = full_requests.ask_every_peer(database.paths.data_dir)
    try:
        _copy_into_live(database, source, copying, cancelled)
    except BaseException:
        full_requests.withdraw(database.paths.data_dir, asked_before)
        raise
    migrate.upgrade_to_head(database.engine)
    database.clock.observe(newest)
    with database.session(actor) as session, session.begin():
        audit.record(session, AuditAction.IMPORTED, "backup", None, file=str(source),
                     before_restore=str(before.path), people=chosen.people,
                     cases=chosen.cases, clock_floor=newest)
    return RestoreResult(chosen, before)


def _phases(progress: Progress | None, weights: tuple[int, ...]) -> list[Progress | None]:
    """One bar for the steps of a restore: the progress of each step, weighted by its
    share of the time (measured on a region's 1.2 GB), moves one bar from 0 to 1000."""
    if progress is None:
        return [None] * len(weights)
    whole = sum(weights)

    def step(before: int, weight: int) -> Progress:
        def report(done: int, total: int) -> None:
            total = max(total, 1)
            progress((before * total + weight * min(done, total)) * 1000 // (whole * total),
                     1000)
        return report
    return [step(sum(weights[:index]), weight) for index, weight in enumerate(weights)]


def _copy_into_live(database, source: Path, progress: Progress | None,
                    cancelled: Callable[[], bool] | None) -> None:
    """Online backup from ``source`` into the live database: one transaction."""
    database.engine.dispose()  # no pooled connection holds a stale schema or a lock
    with attached(database, source, "restore_source") as reader:
        # A connection of its own (an SQLCipher engine hands each thread the same one).
        pool = database.engine.pool.recreate()
        try:
            raw = pool.connect()
            try:
                reader.backup(raw.driver_connection, name="restore_source",
                              pages=_PAGES_PER_STEP,
                              progress=_step_reporter(progress, cancelled))
            finally:
                raw.close()
        finally:
            pool.dispose()
    database.engine.dispose()
