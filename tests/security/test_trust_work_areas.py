"""A hostile peer cannot say where the receiver's own staff work: the facilities and
programmes of an account travel with it, and only its own site changes them."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.security.test_trust import (hostile, hostile_peer_and_victim, quarantined,
                                       reopens, set_account)


@pytest.fixture
def sites(tmp_path, site_templates):
    a, b = site_templates.copy(hostile_peer_and_victim, tmp_path)
    yield a, b
    for site in (a, b):
        site.db.close()


def _areas(site) -> set[tuple]:
    with site.db.engine.connect() as connection:
        return set(connection.execute(text(
            "SELECT id, work_facilities, work_programmes, hlc FROM user_account "
            "WHERE origin_site = :site"), {"site": site.db.site_id.hex}))


def test_a_package_cannot_change_where_the_receivers_staff_work(sites, tmp_path):
    a, b = sites
    before = _areas(b)
    edit = set_account(a, b, work_facilities='["ИК-5"]', work_programmes='["case_work"]')
    report = b.import_(hostile(a, b, tmp_path, edit))
    assert report.tables["user_account"].quarantined == 2
    assert set(quarantined(b).values()) == {"not_authority"}
    assert _areas(b) == before
    reopens(b)
