"""Property (issue 16): a star of two SQLite centres around a PostgreSQL hub (a
regional office), making random creates, edits and deletes and exchanging packages
only through the hub in random orders (duplicates included), ends identical, and
every value that lost a same-field race is in a conflict queue. The model is
test_convergence's. Runs only with a test server (tests/postgresql.py)."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centre_desk.config import Paths, Settings
from centre_desk.store.database import open_database
from centre_desk.sync import api
from tests.conftest import check_closed_and_movable, copy_installation
from tests.unit.sync.sites import Site, introduce, make_site
from tests.unit.sync.test_convergence import FIELDS, World
from tests.unit.sync.test_postgresql_sync import make_postgresql_site, typed_snapshot

CENTRES = ("A", "B")
HUB = "H"
SITES = (*CENTRES, HUB)

steps = st.lists(st.one_of(
    st.tuples(st.just("create"), st.sampled_from(SITES)),
    st.tuples(st.just("edit"), st.sampled_from(SITES), st.integers(0, 5),
              st.sampled_from(sorted(FIELDS)), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.sampled_from(SITES), st.integers(0, 5)),
    st.tuples(st.just("sync"), st.sampled_from(CENTRES), st.just(HUB)),
    st.tuples(st.just("sync"), st.just(HUB), st.sampled_from(CENTRES)),
    st.tuples(st.just("again"), st.integers(0, 20)),
), min_size=4, max_size=18)


@pytest.fixture(scope="module")
def star_template(tmp_path_factory, postgresql_server):
    """The hub and the centres, introduced, made once and closed: (folder, admins,
    the hub's database)."""
    root = tmp_path_factory.mktemp("star")
    sites = [make_site(root, name) for name in CENTRES]
    sites.append(make_postgresql_site(root, HUB, postgresql_server))
    introduce(*sites)
    for site in sites:
        site.db.close()
    for site in sites:
        check_closed_and_movable(site.paths)
    return root, {site.name: site.admin for site in sites}, sites[-1].db.engine.url.database


class Star(World):
    """The hub on PostgreSQL, the centres on SQLite, each a copy of star_template's;
    the hub relays for the centres."""

    def __init__(self, root: Path, template, server) -> None:
        folder, admins, hub_database = template
        self.root = root
        self.sites = {}
        for name in SITES:
            paths = copy_installation(Paths(folder / name), Paths(root / name))
            if name == HUB:
                url = server.create(server.new_name("hub"), template=hub_database)
                dataclasses.replace(Settings.load(paths), database_url=url).save(paths)
            self.sites[name] = Site(name, paths, open_database(paths), admins[name])
        self.packages = []
        self.written = set()
        self.overwritten = set()

    def settle(self) -> None:
        for _round in range(2):
            for centre in CENTRES:
                self.sync(centre, HUB)
            for centre in CENTRES:
                self.sync(HUB, centre)


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plan=steps)
def test_a_postgresql_hub_and_two_sqlite_centres_converge(star_template, postgresql_server,
                                                          plan):
    with tempfile.TemporaryDirectory() as folder:
        world = Star(Path(folder), star_template, postgresql_server)
        try:
            for step in plan:
                getattr(world, step[0])(*step[1:])
            world.settle()
            snapshots = [typed_snapshot(site.db) for site in world.sites.values()]
            for snapshot in snapshots:
                snapshot.pop("user_account")  # each site's own administrator
            assert snapshots[0] == snapshots[1] == snapshots[2]
            final = {}
            with world.sites["A"].db.engine.connect() as connection:
                for row in connection.exec_driver_sql(
                        "SELECT id, phone, notes, surname FROM person"):
                    for field, value in zip(("phone", "notes", "surname"), row[1:]):
                        final[(row[0], field)] = value
            queued = set()
            for each in world.sites.values():
                with each.db.session(each.admin) as session:
                    queued |= {(c.row_id, c.field, c.lost_value)
                               for c in api.list_conflicts(session, open_only=False)}
            for person_id, field, value in world.written - world.overwritten:
                if final[(person_id.hex, field)] != value:
                    assert (person_id, field, value) in queued, (field, value)
        finally:
            world.close()
            postgresql_server.drop(world.sites[HUB].db.engine.url.database)
