"""A scanned document at an encrypted site is encrypted at rest as the database is: its
bytes are not readable in any file of the data dir (the database, its journal, its
backups, the cache) while the site is open, after a backup, a sync and an opening of the
document, nor once it is closed. The same scan finds them at a plain site, so it can."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from centre_desk.domain.documents import DocumentKind
from centre_desk.domain.enums import CaseCategory
from centre_desk.services import backup, cases, documents, persons
from tests.unit.sync.sites import introduced, make_site

MARK = b"\x00CD-SCAN-7f3a9c\xff"
"""Sixteen bytes no SQLite page, key or log holds by chance."""
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + MARK * 2048 + bytes(range(256))


def _files_holding(folder: Path, needle: bytes) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*")
                  if path.is_file() and needle in path.read_bytes())


def _attach_back_up_sync_and_open(site, peer, packages: Path) -> None:
    with site.db.session(site.admin) as session, session.begin():
        file = cases.register_participant(
            session, persons.PersonInput("Тоқтарова", "Мәдина"),
            cases.CaseInput(CaseCategory.RETURNEE), dt.date(2024, 5, 2))
        document_id = documents.attach_document(
            session, file.person_id, DocumentKind.RENUNCIATION, "отказ.png", PNG, file.case_id)
    with site.db.session(site.admin) as session, session.begin():
        backup.make_backup(site.db, session)
    peer.import_(site.export_to(peer, folder=packages))
    site.import_(peer.export_to(site, folder=packages, full=True))
    with site.db.session(site.admin) as session, session.begin():
        view, content = documents.read_document(session, document_id)
    with documents.opened_copy(view, content, site.paths.cache) as copy:
        # The copy is plain while it is open (services.documents.opened_copy says so).
        assert MARK in copy.read_bytes()
    assert not copy.exists()


@pytest.mark.parametrize("password", ["a long database password", None],
                         ids=["encrypted", "plain (the scan's control)"])
def test_a_documents_bytes_are_not_readable_in_an_encrypted_sites_data_dir(tmp_path, password):
    site = make_site(tmp_path, "S", database_password=password)
    peer = make_site(tmp_path, "P")
    packages = tmp_path / "packages"
    packages.mkdir()
    with introduced(site, peer):
        _attach_back_up_sync_and_open(site, peer, packages)
        data_dir = site.paths.data_dir
        assert list(site.paths.backups.iterdir())
        holding_open = _files_holding(data_dir, MARK)
    holding_closed = _files_holding(data_dir, MARK)
    if password is None:  # the scan finds plain bytes where they are
        assert site.paths.database.name in holding_closed
        assert any(name.startswith("backups/") for name in holding_closed)
    else:
        assert holding_open == [] and holding_closed == []
