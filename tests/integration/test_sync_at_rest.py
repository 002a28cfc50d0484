"""Sync keeps an encrypted site encrypted at rest: no decrypted rows reach its data dir."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from centre_desk.domain.enums import Sex
from centre_desk.domain.iin import make_iin
from centre_desk.services import persons
from tests.unit.sync.sites import introduce, make_site

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


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_an_encrypted_site_writes_no_plain_rows_when_it_exports_and_imports(tmp_path):
    secret = make_site(tmp_path, "secret", database_password="a long database password")
    plain = make_site(tmp_path, "plain")
    out = tmp_path / "packages"
    out.mkdir()
    try:
        introduce(secret, plain)
        with plain.db.session(plain.admin) as session, session.begin():
            persons.create_person(session, persons.PersonInput(
                surname="Пак", given_name="Ерлан",
                iin=make_iin(dt.date(1990, 1, 1), Sex.MALE, 1)))
        incoming = plain.export_to(secret, folder=out)
        with secret.db.session(secret.admin) as session, session.begin():
            persons.create_person(session, persons.PersonInput(
                surname="Ким", given_name="Ерлан"))
        data_dir = secret.paths.data_dir.resolve()
        before = _files(data_dir)
        _watched.append(data_dir)
        try:
            outgoing = secret.export_to(plain, folder=out, full=True)
            report = secret.import_(incoming)
        finally:
            _watched.clear()
        assert report.tables["person"].new == 1
        assert plain.import_(outgoing).tables["person"].new == 1
        assert _written == []  # not even for a moment
        assert _files(data_dir) - before <= {"centre-desk.sqlite3-wal",
                                             "centre-desk.sqlite3-shm"}
        assert sorted(p.name for p in out.iterdir()) == sorted([incoming.name, outgoing.name])
    finally:
        secret.db.close()
        plain.db.close()
