"""Fixtures: two or three small sites that know each other."""

from __future__ import annotations

import pytest

from tests.unit.sync.sites import introduce, make_site


@pytest.fixture
def two_sites(tmp_path):
    """Sites A and B, each with the other as a peer."""
    sites = [make_site(tmp_path, name) for name in ("A", "B")]
    introduce(*sites)
    yield sites
    for site in sites:
        site.db.close()


@pytest.fixture
def three_sites(tmp_path):
    """Sites A, B and C, each with the others as peers."""
    sites = [make_site(tmp_path, name) for name in ("A", "B", "C")]
    introduce(*sites)
    yield sites
    for site in sites:
        site.db.close()
