"""Where a Centre Desk installation keeps its files, and its per-PC settings."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from pathlib import Path

APP_NAME = "CentreDesk"
DATA_DIR_ENV = "CENTRE_DESK_DATA_DIR"

log = logging.getLogger("centre_desk.config")


def default_data_dir() -> Path:
    """The platform's user data dir, unless CENTRE_DESK_DATA_DIR names another."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # imported when needed: every millisecond of start-up shows

    return Path(platformdirs.user_data_dir(APP_NAME, False))


@dataclasses.dataclass(frozen=True)
class Paths:
    """Every file of one installation lives under one data dir, so --data-dir moves all."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "centre-desk.sqlite3"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def keys(self) -> Path:
        return self.data_dir / "keys"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def cache(self) -> Path:
        return self.data_dir / "cache"

    def make_dirs(self) -> None:
        """Create the data dir and its sub-folders, readable by this user only (also
        when they existed before: see keep_private)."""
        for folder in self._folders():
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        self.keep_private()

    def keep_private(self) -> None:
        """Make the data dir readable by this user only, on every start: its folders
        0700 and the files Centre Desk keeps there (database and its -wal, -shm and
        -journal, settings, logs, keys, backups) 0600, also those an earlier version,
        a copy or a restore left looser. A file another user owns is left as it is.

        And the process's umask becomes 077, so every file made from now on (a log
        after rotation, a new key, SQLite's database at set-up, an export) is private
        from its first byte: a chmod afterwards leaves a moment, and a new kind of file
        would need its own. SQLite makes its -wal and -shm with the database's mode.
        Nothing on Windows, where the user's profile folder keeps others out."""
        if os.name == "nt":
            return
        os.umask(0o077)
        for folder in self._folders():
            _restrict(folder, PRIVATE_FOLDER)
        kept = [self.settings, *(self.database.with_name(self.database.name + suffix)
                                 for suffix in ("", "-wal", "-shm", "-journal"))]
        for folder in (self.logs, self.keys, self.backups):
            if folder.is_dir() and not folder.is_symlink():
                kept += folder.iterdir()
        for path in kept:
            if path.is_file() and not path.is_symlink():
                _restrict(path, PRIVATE_FILE)

    def _folders(self) -> tuple[Path, ...]:
        return (self.data_dir, self.logs, self.keys, self.backups, self.cache)


PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def _restrict(path: Path, mode: int) -> None:
    """chmod ``path`` to ``mode`` unless it is so already or is missing or not ours."""
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except PermissionError:
        log.warning("Cannot make %s private to this user: it belongs to another.", path)


@dataclasses.dataclass(frozen=True)
class Settings:
    """Per-PC settings; the centre's own data lives in the database."""

    language: str = "ru"
    encrypted: bool = False
    database_url: str | None = None
    clock_skew_hours: int = 24
    """How far ahead of this PC's clock a stamp from another site may be and still be
    taken (PCs' clocks are set wrong by hours; further ahead waits in quarantine)."""
    window_size: list[int] | None = None
    """The main window's width and height when it was last closed (not maximised)."""
    window_maximised: bool = False
    """Whether the main window was maximised when it was last closed."""
    idle_lock_minutes: int = 10
    """After how many minutes without keyboard or mouse input the program locks."""

    @property
    def clock_skew_ms(self) -> int:
        """clock_skew_hours in milliseconds; a value that is no whole number of hours
        from 1 to 720 counts as the default."""
        hours = self.clock_skew_hours
        if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= 720:
            hours = Settings.clock_skew_hours
        return hours * 3_600_000

    @property
    def idle_lock_ms(self) -> int:
        """idle_lock_minutes in milliseconds; a value that is no whole number of minutes
        from 1 to 480 (a hand-edited or damaged settings.json) counts as the default."""
        minutes = self.idle_lock_minutes
        if not isinstance(minutes, int) or isinstance(minutes, bool) or \
                not 1 <= minutes <= 480:
            minutes = Settings.idle_lock_minutes
        return minutes * 60_000

    @property
    def window_size_to_open(self) -> tuple[int, int] | None:
        """window_size as (width, height) to open with; None when it is not two whole
        numbers from 200 to 20,000 (a hand-edited or damaged settings.json)."""
        size = self.window_size
        if isinstance(size, (list, tuple)) and len(size) == 2 and all(
                isinstance(side, int) and 200 <= side <= 20000 for side in size):
            return size[0], size[1]
        return None

    @classmethod
    def load(cls, paths: Paths) -> Settings:
        """Read settings.json; a missing file means defaults."""
        try:
            raw = json.loads(paths.settings.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self, paths: Paths) -> None:
        """Write settings.json atomically, so a crash never leaves half a file."""
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=paths.data_dir,
                                         delete=False, suffix=".tmp") as handle:
            handle.write(text)
        os.replace(handle.name, paths.settings)
