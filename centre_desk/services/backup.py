"""Backups of the database: made online, verified, kept by a retention rule.

A backup is made with SQLite's online backup API from a connection of the open
database (an SQLCipher database with ``sqlcipher_export`` into a file attached with
the database's own key, so the backup is encrypted exactly as the database is), never
by copying the live file. It is written under a temporary name in the target folder,
checked (``quick_check``, schema revision, this site's id) and only then renamed
into place, so a half-written backup is never listed. Names sort by time:
``centre-desk-YYYYMMDD-HHMMSS.sqlite3`` (UTC). Beside each backup its SHA-256 digest,
in ``sha256sum``'s format (``….sqlite3.sha256``, so ``sha256sum -c`` checks it too),
recorded once the file proved whole: a file that still has that digest is the same
whole file, which restoring then reads in a second instead of checking it again with
``integrity_check`` (13 to 17 s for a region's 1.2 GB). Restoring is services.restore.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import audit
from centre_desk.services.errors import NotPermitted, ServiceError
from centre_desk.store import migrate
from centre_desk.store.atomic import replacing
from centre_desk.store.digests import digest_path, file_digest, record_digest, recorded_digest

PREFIX = "centre-desk-"
SUFFIX = ".sqlite3"
BEFORE_RESTORE = "-before-restore"
_NAME = re.compile(rf"{PREFIX}(\d{{8}}-\d{{6}})(-\d+)?({BEFORE_RESTORE})?{re.escape(SUFFIX)}")
_PAGES_PER_STEP = 1024
_STALE_PART_SECONDS = 3600
_CHECKS = {"integrity_check": "integrity_check", "quick_check": "quick_check"}

Progress = Callable[[int, int], None]
"""Called with (pages done, pages in all) while a backup or restore copies."""


class BackupRefused(ServiceError):
    """A file is no backup this site can use; ``reason`` is one of ``REASONS``."""

    REASONS = {
        "missing": "The backup file {path} does not exist.",
        "unreadable": "{path} is damaged or is not a Centre Desk backup of this database "
                      "(or was made with another database password).",
        "damaged": "The backup {path} is damaged (incomplete or altered): it was not used.",
        "foreign": "The backup {path} is of another centre's database, not of this one.",
        "newer": "The backup {path} was made by a newer version of Centre Desk: update "
                 "the program first.",
    }

    def __init__(self, reason: str, path: Path) -> None:
        super().__init__(self.REASONS[reason].format(path=path))
        self.reason, self.path = reason, path


class BackupCancelled(ServiceError):
    """The user cancelled a backup or restore; nothing was kept or changed."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    """One backup file as a list shows it."""

    path: Path
    made_at: dt.datetime | None
    """When it was made (UTC, from its name); None for a file named otherwise."""
    size: int
    people: int
    cases: int
    revision: str
    before_restore: bool = False


# -- reading a backup file through the open database's key ------------------------------

@contextmanager
def attached(database, path: Path, schema: str = "candidate") -> Iterator[object]:
    """A raw connection of ``database`` with ``path`` attached as ``schema``: with an
    SQLCipher database the file is opened with the database's own key."""
    raw = database.engine.raw_connection()
    try:
        connection = raw.driver_connection
        connection.execute(f"ATTACH DATABASE ? AS {schema}", (str(path),))
        try:
            yield connection
        finally:
            connection.execute(f"DETACH DATABASE {schema}")
    finally:
        raw.close()


def inspect_file(database, path: Path, check: str | None = "integrity_check", *,
                 progress: Progress | None = None) -> BackupInfo:
    """Check that ``path`` is a whole backup of this site with a schema this program
    can migrate; BackupRefused (one sentence) otherwise.

    ``check`` is the PRAGMA that proves the file whole: ``integrity_check`` (every
    page, every b-tree and every index against its table: 13 to 17 s for a region's
    1.2 GB) for a file about to be restored, unless the file still has the digest
    recorded beside it when it was made and checked (then it is that very file, read
    in a second; a file whose digest differs is refused as damaged); ``quick_check``
    (the same but the indexes' cross check: 1.4 s) for a backup just made by copying
    the database page for page; None for a listing. ``progress`` follows the reading
    of the digest."""
    path = Path(path)
    if not path.is_file():
        raise BackupRefused("missing", path)
    if check == "integrity_check" and (recorded := recorded_digest(path)) is not None:
        if file_digest(path, progress) != recorded:
            raise BackupRefused("damaged", path)
        check = None  # the very file that was checked when it was made
    errors = _driver_errors(database)
    try:
        with attached(database, path) as connection:
            if check is not None:
                verdict = [row[0] for row in connection.execute(
                    f"PRAGMA candidate.{_CHECKS[check]}(1)")]
                if verdict != ["ok"]:
                    raise BackupRefused("damaged", path)
            revision = _one(connection, "SELECT version_num FROM candidate.alembic_version")
            site = _one(connection, "SELECT id FROM candidate.site")
            people = _one(connection, "SELECT count(*) FROM candidate.person "
                                      "WHERE deleted_at IS NULL")
            cases = _one(connection, "SELECT count(*) FROM candidate.case_file "
                                     "WHERE deleted_at IS NULL")
    except errors as error:
        reason = "damaged" if "malformed" in str(error) else "unreadable"
        raise BackupRefused(reason, path) from error
    if not isinstance(revision, str) or site is None:
        raise BackupRefused("unreadable", path)
    if _revision_number(revision) > _revision_number(migrate.HEAD):
        raise BackupRefused("newer", path)
    if uuid.UUID(str(site)) != database.site_id:
        raise BackupRefused("foreign", path)
    match = _NAME.fullmatch(path.name)
    return BackupInfo(path, _parse_when(match[1]) if match else None, path.stat().st_size,
                      int(people or 0), int(cases or 0), revision,
                      bool(match and match[3]))


def _one(connection, sql: str):
    row = connection.execute(sql).fetchone()
    return row[0] if row else None


def _revision_number(revision: str) -> int:
    try:
        return int(revision)
    except ValueError:
        return 10 ** 9  # a revision this program does not know comes from a newer one


def _driver_errors(database) -> tuple[type[Exception], ...]:
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    raw = database.engine.raw_connection()
    try:
        module = type(raw.driver_connection).__module__.split(".")[0]
    finally:
        raw.close()
    if module == "sqlcipher3":
        import sqlcipher3

        errors += (sqlcipher3.dbapi2.DatabaseError,)
    return errors


def _encrypted(connection) -> bool:
    return type(connection).__module__.split(".")[0] == "sqlcipher3"


# -- making a backup -------------------------------------------------------------------

def backup_name(now: dt.datetime | None = None, before_restore: bool = False) -> str:
    """A backup's file name for the moment ``now`` (UTC)."""
    now = now or dt.datetime.now(dt.UTC)
    tail = BEFORE_RESTORE if before_restore else ""
    return f"{PREFIX}{now:%Y%m%d-%H%M%S}{tail}{SUFFIX}"


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    number = 2
    while target.exists():
        stem = name.removesuffix(SUFFIX)
        head, tail = (stem[:-len(BEFORE_RESTORE)], BEFORE_RESTORE) \
            if stem.endswith(BEFORE_RESTORE) else (stem, "")
        target = folder / f"{head}-{number}{tail}{SUFFIX}"
        number += 1
    return target


def make_backup(database, session, target: Path | None = None, *,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                before_restore: bool = False) -> BackupInfo:
    """Back the database up into ``target`` (a file, or a folder to name it in; by
    default the installation's backups/ folder), verified, and audit it in
    ``session`` (committed by the caller). A file outside backups/ (a USB stick)
    only an administrator may make; any user's program makes its own automatic ones."""
    actor = audit.actor_of(session)
    refuse_server_database(database)
    folder_default = database.paths.backups
    target = Path(target) if target is not None else folder_default
    if target.is_dir() or target == folder_default:
        target.mkdir(parents=True, exist_ok=True)
        target = _free_name(target, backup_name(before_restore=before_restore))
    if target.parent.resolve() != folder_default.resolve() and (
            actor is None or actor.role is not Role.ADMINISTRATOR):
        raise NotPermitted("backup_elsewhere")
    _remove_stale_parts(target.parent)
    with replacing(target) as temporary:
        copy_database(database, temporary, progress=progress, cancelled=cancelled)
        # Refuses what did not come out whole.
        info = inspect_file(database, temporary, "quick_check")
        digest = file_digest(temporary)
        digest_path(target).unlink(missing_ok=True)  # never beside another file
    record_digest(target, digest)
    match = _NAME.fullmatch(target.name)
    info = dataclasses.replace(info, path=target, size=target.stat().st_size,
                               made_at=_parse_when(match[1]) if match else None,
                               before_restore=bool(match and match[3]))
    audit.record(session, AuditAction.EXPORTED, "backup", None, file=str(target),
                 size=info.size, people=info.people, cases=info.cases)
    return info


class ServerDatabase(ServiceError):
    """The data are in PostgreSQL: backups are the server's (pg_dump), not ours."""

    def __init__(self) -> None:
        super().__init__("The data are kept in a PostgreSQL database: back it up and "
                         "restore it with the server's own tools (pg_dump).")


def refuse_server_database(database) -> None:
    """ServerDatabase unless the database is an SQLite (or SQLCipher) file."""
    if database.engine.dialect.name != "sqlite":
        raise ServerDatabase()


def copy_database(database, temporary: Path, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> None:
    """Write a consistent copy of the open database to ``temporary`` (an empty or
    absent file), encrypted with the database's key when it is encrypted."""
    raw = database.engine.raw_connection()
    try:
        source = raw.driver_connection
        if _encrypted(source):
            _check(cancelled)
            if progress:
                progress(0, 1)
            source.execute("ATTACH DATABASE ? AS backup_target", (str(temporary),))
            try:
                source.execute("SELECT sqlcipher_export('backup_target')")
            finally:
                source.execute("DETACH DATABASE backup_target")
            if progress:
                progress(1, 1)
            return
        target = sqlite3.connect(str(temporary))
        try:
            source.backup(target, pages=_PAGES_PER_STEP,
                          progress=_step_reporter(progress, cancelled))
            target.execute("PRAGMA journal_mode = DELETE")  # one file, for a USB stick too
        finally:
            target.close()
    finally:
        raw.close()
    _check(cancelled)


def _step_reporter(progress: Progress | None, cancelled: Callable[[], bool] | None):
    def step(_status: int, remaining: int, total: int) -> None:
        _check(cancelled)  # raising here makes SQLite abandon the copy
        if progress:
            progress(total - remaining, total)
    return step


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise BackupCancelled()


def _remove_stale_parts(folder: Path) -> None:
    """Remove what killed backups left (temporary files over an hour old)."""
    limit = time.time() - _STALE_PART_SECONDS
    for part in folder.glob(f".{PREFIX}*.part"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            pass


# -- listing and retention -------------------------------------------------------------

def _parse_when(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)


def backup_files(folder: Path) -> list[Path]:
    """The finished backups in ``folder`` (never a temporary file), newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and _NAME.fullmatch(p.name)]
    # By the time in the name, then (two in one second) by the file's own time.
    return sorted(found, key=lambda p: (_NAME.fullmatch(p.name)[1], p.stat().st_mtime_ns),
                  reverse=True)


def list_backups(database, folder: Path | None = None) -> list[BackupInfo]:
    """The backups in ``folder`` (default backups/) with their date, size and counts
    of people and cases read from each file, newest first; a file that cannot be
    read (another site's, damaged) is left out."""
    listed = []
    for path in backup_files(folder or database.paths.backups):
        try:
            listed.append(inspect_file(database, path, None))
        except BackupRefused:
            continue
    return listed


def to_delete(names: list[str], now: dt.datetime | None = None) -> list[str]:
    """The automatic backups the retention rule lets go: of the last 7 days the
    newest of each day is kept, of the last 4 weeks the newest of each week, of the
    last 12 months the newest of each month; every other one goes. Backups taken
    before a restore are kept (they are deleted by hand)."""
    now = now or dt.datetime.now(dt.UTC)
    dated = sorted(((_parse_when(m[1]), name) for name in names
                    if (m := _NAME.fullmatch(name)) and not m[3]), reverse=True)
    kept: set[str] = set()
    for days, bucket in ((7, lambda d: d.date()), (28, lambda d: d.isocalendar()[:2]),
                         (366, lambda d: (d.year, d.month))):
        seen = set()
        for when, name in dated:
            if now - when > dt.timedelta(days=days):
                continue
            key = bucket(when)
            if key not in seen:
                seen.add(key)
                kept.add(name)
    if dated:
        kept.add(dated[0][1])  # the newest is never let go
    return [name for _, name in dated if name not in kept]


def apply_retention(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups in ``folder`` the retention rule lets go; returns them."""
    doomed = [folder / name for name in to_delete([p.name for p in backup_files(folder)], now)]
    for path in doomed:
        path.unlink(missing_ok=True)
        digest_path(path).unlink(missing_ok=True)
    return doomed


def backup_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """Whether no automatic backup was made in ``folder`` in the last 24 hours."""
    now = now or dt.datetime.now(dt.UTC)
    for path in backup_files(folder):
        match = _NAME.fullmatch(path.name)
        if match and not match[3]:
            return now - _parse_when(match[1]) >= dt.timedelta(days=1)
    return True


def automatic_backup_due(database, now: dt.datetime | None = None) -> bool:
    """Whether closing the program should back up now (an SQLite database without an
    automatic backup in the last day)."""
    return database.engine.dialect.name == "sqlite" and backup_due(database.paths.backups,
                                                                   now)


def automatic_backup(database, session, now: dt.datetime | None = None,
                     progress: Progress | None = None) -> BackupInfo | None:
    """At most once a day (the program closing): a backup into backups/, then the
    retention rule. None when one was made within the last day."""
    folder = database.paths.backups
    if not automatic_backup_due(database, now):
        return None
    info = make_backup(database, session, folder, progress=progress)
    apply_retention(folder, now)
    return info
