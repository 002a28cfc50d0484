"""Fixtures: two or three small sites that know each other, each test its own copies
of sites made once per test process (SiteTemplates)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.sync.sites import Site, introduce, make_site


def _introduced(root: Path, *names: str) -> list[Site]:
    sites = [make_site(root, name) for name in names]
    introduce(*sites)
    return sites


def a_and_b(root: Path) -> list[Site]:
    """Sites A and B, each with the other as a peer."""
    return _introduced(root, "A", "B")


def a_b_and_c(root: Path) -> list[Site]:
    """Sites A, B and C, each with the others as peers."""
    return _introduced(root, "A", "B", "C")


def _copies(tmp_path: Path, site_templates, recipe) -> Iterator[list[Site]]:
    """The sites ``recipe`` makes, copied for this test; closed after it."""
    sites = site_templates.copy(recipe, tmp_path)
    yield sites
    for site in sites:
        site.db.close()


@pytest.fixture
def two_sites(tmp_path, site_templates):
    """Sites A and B, each with the other as a peer."""
    yield from _copies(tmp_path, site_templates, a_and_b)


@pytest.fixture
def three_sites(tmp_path, site_templates):
    """Sites A, B and C, each with the others as peers."""
    yield from _copies(tmp_path, site_templates, a_b_and_c)
