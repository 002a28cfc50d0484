"""Sync on a region's data with a PostgreSQL regional office (issue 16): the region's
full package (100,000 persons, ~1,800,000 rows, from its SQLite database) imported
into an empty office on the test server (COPY into each empty table, see
sync.pg_bulk), then the office's own full export (COPY out into the package's SQLite
file). Printed beside the SQLite budgets (test_sync_benchmark: export 10 s, import
20 s); needs CENTRE_DESK_TEST_POSTGRESQL_URL."""

from __future__ import annotations

import logging
import time

import pytest

from centre_desk.sync import api
from tests.perf.conftest import region_and_peer
from tests.unit.sync.test_postgresql_sync import make_postgresql_site

pytestmark = pytest.mark.perf


def test_full_import_into_and_export_from_a_postgresql_office(region_data_dir, tmp_path,
                                                                caplog, postgresql_server):
    caplog.set_level(logging.INFO, logger="centre_desk.sync")
    region, centre = region_and_peer(region_data_dir, tmp_path, "centre")
    office = make_postgresql_site(tmp_path, "office", postgresql_server)
    try:
        with region.session() as session, session.begin():
            api.add_peer(session, api.site_card(office.db))
        with office.db.session(office.admin) as session, session.begin():
            api.add_peer(session, api.site_card(region))
            api.add_peer(session, api.site_card(centre.db))
        package = tmp_path / "region.cdsync"
        api.export_package(region, None, [office.db.site_id], package, full=True)

        started = time.perf_counter()
        report = office.import_(package)
        import_s = time.perf_counter() - started

        started = time.perf_counter()
        summary = office.export_to(centre, folder=tmp_path, full=True)
        export_s = time.perf_counter() - started
        size = summary.stat().st_size
    finally:
        region.close()
        centre.db.close()
        office.db.close()
    print(f"\n[perf] PostgreSQL office: import of the region's full package "
          f"{import_s:.1f} s, {report.total('new'):,} new rows, "
          f"{report.total('quarantined')} quarantined (SQLite budget 20 s)")
    print(f"[perf] PostgreSQL office: full export {export_s:.1f} s, package "
          f"{size / 1e6:.1f} MB (SQLite budget 10 s)")
    for record in caplog.records:
        if "phases" in record.getMessage():
            print(f"[perf] PostgreSQL office {record.getMessage()}")
    assert report.total("quarantined") == 0
