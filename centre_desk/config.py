"""Where a Centre Desk installation keeps its files, and its per-PC settings."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path

APP_NAME = "CentreDesk"
DATA_DIR_ENV = "CENTRE_DESK_DATA_DIR"


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
        """Create the data dir and its sub-folders, readable by this user only."""
        for folder in (self.data_dir, self.logs, self.keys, self.backups, self.cache):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


@dataclasses.dataclass(frozen=True)
class Settings:
    """Per-PC settings; the centre's own data lives in the database."""

    language: str = "ru"
    encrypted: bool = False
    database_url: str | None = None

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
