"""What the command-line tests share: no test reaches the real user data dir, password
files, and a mistake reported as one line."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_real_data_dir(tmp_path, monkeypatch):
    """A slip in a test must never reach the real user data dir."""
    monkeypatch.setenv("CENTRE_DESK_DATA_DIR", str(tmp_path / "default-data-dir"))


def secret_file(path: Path, secret: str) -> Path:
    """A password file, as --password-file and --db-password-file read it."""
    path.write_text(secret + "\n", encoding="utf-8")
    return path


def one_line(err: str) -> str:
    """The single stderr line, checked to be one and to name the program."""
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert err.startswith("centre-desk: ")
    return err.removeprefix("centre-desk: ").strip()
