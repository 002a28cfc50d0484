"""Work folders under the data dir's cache that a killed process cannot leave behind.

A sync's work folder holds decrypted rows. Each one holds a lock file that its process
keeps locked for the folder's life; the lock goes with the process, however it ends,
so at the next start every folder whose lock can be taken belongs to nobody and goes
(see remove_abandoned). A folder another process is working in stays.

On POSIX the lock is ``flock``. Windows has no flock, but an open file there cannot be
deleted: removing the lock file is the test, and it fails while its owner is alive.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

SYNC_PREFIX = "sync-"
"""The work folders of sync (export and import), in the data dir's cache."""
LOCK_NAME = "lock"
_UNLOCKED_GRACE_S = 600
"""A folder without its lock file is one being made this moment (the lock follows the
folder within microseconds) or one a kill left in that moment: older than this, the
latter."""


@contextlib.contextmanager
def work_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A new folder ``prefix``-something under ``parent``, readable by this user only,
    locked while the ``with`` lasts and removed at its end whatever happens."""
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    while True:
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        lock = folder / LOCK_NAME
        descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        if _same_file(lock, descriptor):
            break
        # Another process's remove_abandoned took it between mkdtemp and the lock.
        os.close(descriptor)
    try:
        yield folder
    finally:
        os.close(descriptor)  # first: Windows cannot delete an open file
        shutil.rmtree(folder, ignore_errors=True)


def remove_abandoned(parent: Path, prefix: str) -> list[Path]:
    """Remove every ``prefix``* folder under ``parent`` whose lock nobody holds;
    returns those removed."""
    removed = []
    if not parent.is_dir():
        return removed
    for folder in parent.glob(f"{prefix}*"):
        if folder.is_dir() and not folder.is_symlink() and _take_and_remove(folder):
            removed.append(folder)
    return removed


def _take_and_remove(folder: Path) -> bool:
    lock = folder / LOCK_NAME
    if fcntl is None:
        try:
            lock.unlink()
        except FileNotFoundError:
            if not _old(folder):
                return False
        except OSError:
            return False  # open: its sync is running
        shutil.rmtree(folder, ignore_errors=True)
        return not folder.exists()
    try:
        descriptor = os.open(lock, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        if not _old(folder):
            return False
        shutil.rmtree(folder, ignore_errors=True)
        return True
    except OSError:
        return False
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        # Removed while locked: a sync that opened the lock file meanwhile finds its
        # file gone once it gets the lock, and makes another folder (see work_folder).
        shutil.rmtree(folder, ignore_errors=True)
        return True
    finally:
        os.close(descriptor)


def _same_file(path: Path, descriptor: int) -> bool:
    try:
        return os.path.samestat(os.stat(path), os.fstat(descriptor))
    except FileNotFoundError:
        return False


def _old(folder: Path) -> bool:
    try:
        return time.time() - folder.stat().st_mtime > _UNLOCKED_GRACE_S
    except FileNotFoundError:
        return False
