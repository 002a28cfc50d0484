"""Sync keeps an encrypted site encrypted at rest: no decrypted rows reach its data dir;
a plain site moves the rows through a work file that goes afterwards."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from centre_desk.domain.enums import Sex
from centre_desk.domain.iin import make_iin
from centre_desk.store import memory_image
from centre_desk.sync import exporting, importing, package, sealed_rows, tables
from tests.unit.sync.sites import Site, create_person, introduced, make_site

_watched: list[Path] = []
"""The data dir whose writes the audit hook records, while a test watches."""
_written: list[str] = []


def _record_writes(event: str, args: tuple) -> None:
    # Python's own file writes and folder creation (SQLite's files are the database's).
    if not _watched or event not in ("open", "os.mkdir"):
        return
    path, mode = args[0], args[1] if event == "open" else "w"
    if isinstance(path, (str, Path)) and isinstance(mode, str) and set(mode) & set("wax+"):
        if Path(path).resolve().is_relative_to(_watched[0]):
            _written.append(str(path))


sys.addaudithook(_record_writes)  # hooks cannot be removed: inert unless _watched is set


@contextlib.contextmanager
def _two_sites(tmp_path: Path, first: str, second: str,
               database_password: str | None = None) -> Iterator[tuple[Site, Site, Path]]:
    """Two new sites that know each other (the first with ``database_password``) and a
    folder for their packages; the databases close however the test ends."""
    sites = (make_site(tmp_path, first, database_password=database_password),
             make_site(tmp_path, second))
    out = tmp_path / "packages"
    out.mkdir()
    with introduced(*sites):
        yield (*sites, out)


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("way", ["in memory", "without SQLite's C API"])
@pytest.mark.parametrize("bulk", [False, True], ids=["small package", "big package"])
def test_an_encrypted_site_writes_no_plain_rows_when_it_exports_and_imports(
        tmp_path, monkeypatch, caplog, bulk, way):
    caplog.set_level(logging.INFO, logger="centre_desk.sync")
    if way != "in memory":  # the rows go through stdlib copies and a sealed work file
        monkeypatch.setattr(memory_image, "supported", lambda: False)
    if bulk:  # imported as a big package is: on the bulk connection (rollback journal)
        monkeypatch.setattr(importing, "BULK_ROWS", 1)
    with _two_sites(tmp_path, "secret", "plain",
                    database_password="a long database password") as (secret, plain, out):
        create_person(plain, "Пак", iin=make_iin(dt.date(1990, 1, 1), Sex.MALE, 1))
        incoming = plain.export_to(secret, folder=out)
        create_person(secret, "Ким")
        data_dir = secret.paths.data_dir.resolve()
        before = _files(data_dir)
        _written.clear()
        _watched.append(data_dir)
        try:
            outgoing = secret.export_to(plain, folder=out, full=True)
            report = secret.import_(incoming)
        finally:
            _watched.clear()
        assert report.tables["person"].new == 1
        journals = [r.getMessage() for r in caplog.records if "import phases" in r.getMessage()]
        assert ("(delete journal)" in journals[0]) == bulk
        assert plain.import_(outgoing).tables["person"].new == 1
        # Not even for a moment; the import makes only its work folder, whose rows file
        # SQLite writes encrypted (tests/unit/sync/test_sealed_rows.py looks inside).
        cache = secret.paths.cache.resolve()
        assert [p for p in _written
                if cache not in (Path(p).resolve(), Path(p).resolve().parent)] == []
        assert _files(data_dir) - before <= {"centre-desk.sqlite3-wal",
                                             "centre-desk.sqlite3-shm", "cache"}
        assert sorted(p.name for p in out.iterdir()) == sorted([incoming.name, outgoing.name])


def test_a_plain_site_moves_rows_through_a_work_file_and_leaves_no_folder(tmp_path,
                                                                          monkeypatch):
    with _two_sites(tmp_path, "first", "second") as (first, second, out):
        create_person(first, "Пак", iin=make_iin(dt.date(1990, 1, 1), Sex.MALE, 1))
        # A folder a killed sync left long ago goes; one a running sync holds stays.
        cache = second.paths.cache
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "sync-killed").mkdir()
        (cache / "sync-killed" / "rows.sqlite3").write_bytes(b"plain rows")
        old = time.time() - 7 * 3600
        os.utime(cache / "sync-killed", (old, old))
        (cache / "sync-running").mkdir()
        seen_files = []
        unpack = package.unpack_rows

        def unpack_and_look(opened, target=None):
            rows = unpack(opened, target)
            seen_files.append(target)
            return rows

        # Neither serialized nor deserialized: SQLite works on the file itself.
        monkeypatch.setattr(tables, "take_rows", _refuse)
        monkeypatch.setattr(exporting, "take_rows", _refuse)
        monkeypatch.setattr(sealed_rows, "seal", _refuse)
        monkeypatch.setattr(package, "unpack_rows", unpack_and_look)
        incoming = first.export_to(second, folder=out)
        report = second.import_(incoming)
        assert report.tables["person"].new == 1
        [work_file] = seen_files
        assert work_file.parent.parent == cache and work_file.parent.name.startswith("sync-")
        for site in (first, second):
            assert sorted(p.name for p in site.paths.cache.glob("sync-*")) == (
                ["sync-running"] if site is second else [])


def _refuse(*_args, **_kwargs):
    raise AssertionError("a plain site's rows went through memory")
