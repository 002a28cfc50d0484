"""What validating every incoming row costs: the region's full package (100,000 persons,
~1,000,000 attendances) imported into an empty site with the row checks and without
them, alternately, in one run (issue 12's budget: at most 10% slower)."""

from __future__ import annotations

import shutil
import statistics
import time

import pytest

from centre_desk.config import Paths
from centre_desk.store.database import open_database
from centre_desk.sync import api, importing
from tests.perf.conftest import region_and_peer

pytestmark = pytest.mark.perf
ROUNDS = 3


class _NoChecks:
    """A RowChecker that refuses nothing: the import as it was before validation."""

    def __init__(self, *_args, **_kwargs) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        pass

    def refused(self, _table) -> set[int]:
        return set()

    def require_whole(self) -> None:
        pass


def test_row_validation_costs_at_most_a_tenth_of_an_import(region_data_dir, tmp_path,
                                                          monkeypatch):
    region, template = region_and_peer(region_data_dir, tmp_path, "template")
    try:
        package = tmp_path / "full.cdsync"
        summary = api.export_package(region, None, [template.db.site_id], package, full=True)
    finally:
        region.close()
        template.db.close()

    checker = importing.RowChecker
    seconds: dict[str, list[float]] = {"checked": [], "unchecked": []}
    for round_ in range(ROUNDS):
        for kind in ("unchecked", "checked"):
            monkeypatch.setattr(importing, "RowChecker",
                                checker if kind == "checked" else _NoChecks)
            site = tmp_path / f"{kind}-{round_}"
            shutil.copytree(template.paths.data_dir, site)
            database = open_database(Paths(site))
            try:
                started = time.perf_counter()
                report = api.import_package(database, template.admin, package)
                seconds[kind].append(time.perf_counter() - started)
            finally:
                database.close()
                shutil.rmtree(site)
            assert report.total("new") == summary.total_rows
    checked, unchecked = (statistics.median(seconds[k]) for k in ("checked", "unchecked"))
    print(f"\n[perf] import of {summary.total_rows:,} rows into an empty site, median of "
          f"{ROUNDS}: with the row checks {checked:.1f} s, without {unchecked:.1f} s, "
          f"ratio {checked / unchecked:.2f} (budget 1.10); each: "
          + ", ".join(f"{k} {' / '.join(f'{s:.1f}' for s in v)}" for k, v in seconds.items()))
