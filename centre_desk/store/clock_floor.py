"""The lowest stamp this site's clock may start from: kept beside the database.

A restore puts back a database whose newest stamps are older than stamps this site
has already sent its peers. A peer that has seen those would take a new edit
stamped below them as older than its own copy and drop it. So before a restore
replaces the database, the newest stamp of the clock so far is written here, and
every open moves the clock past it (open_database).
"""

from __future__ import annotations

from pathlib import Path

from centre_desk.domain.clock import HybridLogicalClock, is_stamp

FILE_NAME = "clock-floor.txt"


def path_in(data_dir: Path) -> Path:
    """Where the floor of the installation in ``data_dir`` is kept."""
    return Path(data_dir) / FILE_NAME


def read(data_dir: Path) -> str | None:
    """The floor kept for ``data_dir``, or None (none kept, or not a stamp)."""
    try:
        text = path_in(data_dir).read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return text if is_stamp(text) else None


def save(data_dir: Path, stamp: str) -> None:
    """Keep ``stamp`` as the floor unless a higher one is kept already; the file is
    replaced atomically, so it is either the old floor or the new one."""
    from centre_desk.store.atomic import replacing

    kept = read(data_dir)
    if kept is not None and kept >= stamp:
        return
    with replacing(path_in(data_dir)) as temporary:
        temporary.write_text(stamp + "\n", encoding="ascii")


def raise_clock(data_dir: Path, clock: HybridLogicalClock) -> None:
    """Move ``clock`` past the floor kept for ``data_dir`` (its own site's stamp)."""
    floor = read(data_dir)
    if floor is not None:
        clock.observe(floor)
