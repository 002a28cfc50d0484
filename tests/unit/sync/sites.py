"""Small installations ("sites") in temp dirs that know each other, for sync tests."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import inspect, text

from centre_desk.config import Paths
from centre_desk.services import persons, setup, users
from centre_desk.store.database import Database, open_database
from centre_desk.store.stamping import Actor
from centre_desk.sync import api
from centre_desk.sync.tables import synced_tables

PASSWORD = "correct horse battery"


@dataclasses.dataclass
class Site:
    """An open installation and its administrator."""

    name: str
    paths: Paths
    db: Database
    admin: Actor

    def export_to(self, *peers: Site, folder: Path, full: bool = False,
                  name: str | None = None) -> Path:
        target = folder / (name or f"{self.name}-to-{'-'.join(p.name for p in peers)}.cdsync")
        api.export_package(self.db, self.admin, [p.db.site_id for p in peers], target, full)
        return target

    def import_(self, package: Path) -> api.ImportReport:
        return api.import_package(self.db, self.admin, package)


def make_site(root: Path, name: str, database_password: str | None = None) -> Site:
    """A new installation named ``name`` under ``root``, open, admin signed in."""
    paths = Paths(root / name)
    setup.set_up(paths, setup.SetUpRequest(
        centre_name=name, region="Алматы", admin_username="admin",
        admin_full_name=f"Admin {name}", admin_password=PASSWORD,
        database_password=database_password))
    db = open_database(paths, database_password)
    with db.session() as session, session.begin():
        outcome = users.sign_in(session, "admin", PASSWORD)
    return Site(name, paths, db, outcome.actor)


Recipe = Callable[[Path], list[Site]]
"""Makes sites under a folder (with make_site), introduces them, perhaps more."""


class SiteTemplates:
    """Sites made by a recipe once per test process, and copied for every test that
    asks (the ``site_templates`` fixture of tests/conftest.py).

    Each copy is what the recipe left, open, with the same administrators signed in:
    the sites of one copy differ from each other as the recipe made them (each by its
    own set_up: own id, own keys), and the copies of one recipe are alike. Making two
    sites costs a second; copying them a few milliseconds."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[Recipe, list[tuple[str, Actor]]] = {}

    def copy(self, recipe: Recipe, target: Path) -> list[Site]:
        """The recipe's sites, copied to ``target``/name (where make_site(target, name)
        would put them) and opened."""
        from tests.conftest import check_closed_and_movable, copy_installation

        folder = self._root / f"{recipe.__module__}.{recipe.__qualname__}"
        if recipe not in self._made:
            sites = recipe(folder)
            for site in sites:
                site.db.close()
            self._made[recipe] = [(site.name, site.admin) for site in sites]
            for site in sites:
                check_closed_and_movable(site.paths)
        copies = []
        for name, admin in self._made[recipe]:
            paths = copy_installation(Paths(folder / name), Paths(target / name))
            copies.append(Site(name, paths, open_database(paths), admin))
        return copies


def create_person(site: Site, surname: str = "Иванов", given_name: str = "Ерлан",
                  **fields) -> uuid.UUID:
    """A person made at ``site`` by its administrator."""
    with site.db.session(site.admin) as session, session.begin():
        return persons.create_person(session, persons.PersonInput(
            surname=surname, given_name=given_name, **fields))


def edit_person(site: Site, person_id: uuid.UUID, **changes) -> None:
    """Change some of a person's fields at ``site``, keeping the others as they are."""
    with site.db.session(site.admin) as session, session.begin():
        current = persons.get_person(session, person_id)
        data = {f.name: getattr(current, f.name) for f in dataclasses.fields(persons.PersonInput)}
        persons.update_person(session, person_id, persons.PersonInput(**{**data, **changes}))


def introduce(*sites: Site, relays: bool = True) -> None:
    """Every site adds every other site's card as a peer; with ``relays`` (a mesh of
    sites passing on each other's changes) each may relay for the others."""
    cards = {site.name: api.site_card(site.db) for site in sites}
    for site in sites:
        for other in sites:
            if other is not site:
                with site.db.session(site.admin) as session, session.begin():
                    api.add_peer(session, cards[other.name], relays=relays)


@contextlib.contextmanager
def introduced(*sites: Site) -> Iterator[None]:
    """For a block: the sites, introduced to each other; their databases close however
    the block ends."""
    try:
        introduce(*sites)
        yield
    finally:
        for site in sites:
            site.db.close()


def synced_snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every synced table's rows (all columns), sorted: equal for converged sites,
    except user accounts, which each site's set-up makes for itself."""
    snapshot = {}
    with db.engine.connect() as connection:
        for table in synced_tables():
            rows = connection.execute(text(f'SELECT * FROM "{table.name}" ORDER BY id'))
            snapshot[table.name] = [tuple(row) for row in rows]
    return snapshot


def database_digest(db: Database) -> str:
    """A hash of every table's rows (the audit trail and its head excluded): equal
    means nothing changed."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names())
        for name in names:
            if name in ("audit_event", "audit_head"):
                continue  # the trail of the attempt itself
            rows = sorted(repr(tuple(row)) for row in connection.execute(
                text(f'SELECT * FROM "{name}"')))
            digest.update(f"{name}:{len(rows)}:{''.join(rows)}".encode())
    return digest.hexdigest()


def import_paused_midway(site: Site, package: Path, before: str = ""):
    """A child process importing ``package`` into ``site``: it prints "midway" and
    sleeps once the rows are unpacked and its transaction is open (the moment to kill
    it), and "finished" if it ever gets to the end. ``before`` is Python run first."""
    script = before + textwrap.dedent(f"""
        import time
        from pathlib import Path
        from centre_desk.store.database import open_database
        from centre_desk.config import Paths
        from centre_desk.sync import api
        def progress(done, total):
            if done == total - 3:  # the rows are unpacked, the transaction still open
                print("midway", flush=True)
                time.sleep(60)
        db = open_database(Paths(Path({str(site.paths.data_dir)!r})))
        api.import_package(db, None, Path({str(package)!r}), progress=progress)
        print("finished", flush=True)
    """)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            text=True, cwd=os.getcwd())


def today() -> dt.date:
    return dt.date(2026, 11, 25)
