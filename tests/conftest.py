"""Shared fixtures: a temp installation, an open database, signed-in actors.

Two things keep them cheap. Passwords are hashed with argon2 parameters of almost no
cost (one test, in tests/unit/services/test_users.py, checks the production ones).
And first-run set-up runs once per test process, into a template data dir that each
test's ``installed`` is a fresh copy of (copy_installation).

The services, reports and command-line suites run twice, on SQLite and on PostgreSQL
(POSTGRESQL_SUITES): ``installed`` is parametrised by ``database_engine``. A PostgreSQL
installation is a data dir whose settings.json names the test process's own database,
set up once and put back to that state before each test (tests/postgresql.py). A test that is about
SQLite's file itself says ``@pytest.mark.sqlite_only("why")``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from pathlib import Path

# Before any Qt import: tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from argon2 import PasswordHasher

from centre_desk.config import Paths
from centre_desk.domain.enums import Role
from centre_desk.services import setup, users
from centre_desk.store.database import Database, open_database
from centre_desk.store.stamping import Actor
from tests import postgresql

ADMIN_PASSWORD = "correct horse battery"
USER_PASSWORD = "staple paper clip"


# Suites whose tests on an installation run on both engines (paths from the repository).
POSTGRESQL_SUITES = ("tests/unit/services/", "tests/unit/reports/", "tests/unit/store/",
                     "tests/integration/")
# Left on SQLite until sync's row storage works without ATTACH (issue 16).
SYNC_ON_SQLITE_ONLY = ("tests/unit/sync/", "tests/integration/test_sync_")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only(reason): runs on SQLite only (it is about SQLite's file)")
    config.addinivalue_line(
        "markers", "both_engines: runs on SQLite and PostgreSQL outside POSTGRESQL_SUITES")


def pytest_generate_tests(metafunc):
    """A test on an installation in one of POSTGRESQL_SUITES, or marked both_engines
    (the GUI's smoke tests), runs on both engines."""
    if "database_engine" not in metafunc.fixturenames:
        return
    path = Path(metafunc.definition.path).relative_to(Path(__file__).parent.parent).as_posix()
    wanted = path.startswith(POSTGRESQL_SUITES) and not path.startswith(SYNC_ON_SQLITE_ONLY)
    chosen = any("database_engine" in str(mark.args[0])  # the test names its own
                 for mark in metafunc.definition.iter_markers("parametrize"))
    if chosen or not (wanted or metafunc.definition.get_closest_marker("both_engines")) or \
            metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("database_engine", ["sqlite", "postgresql"], indirect=True)


def pytest_terminal_summary(terminalreporter):
    """How many tests ran on PostgreSQL; or why none did."""
    stats = terminalreporter.stats
    on_postgresql = sum(
        1 for outcome in ("passed", "failed", "error") for report in stats.get(outcome, [])
        if getattr(report, "when", "call") == "call" and re.search(
            r"[\[-]postgresql[\]-]", report.nodeid))
    skipped = sum(1 for report in stats.get("skipped", [])
                  if postgresql.SKIPPED in str(report.longrepr))
    if skipped:
        terminalreporter.write_line(
            f"{postgresql.SKIPPED} ({skipped} PostgreSQL tests not run)", yellow=True)
    elif on_postgresql:
        terminalreporter.write_line(f"{on_postgresql} tests ran on PostgreSQL as well")


@pytest.fixture
def database_engine(request) -> str:
    """The engine ``installed`` uses, "sqlite" or "postgresql" (pytest_generate_tests)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgresql_server():
    """The test server (tests/postgresql.py); skips without one, fails on CI."""
    url = postgresql.server_url()
    if url is None:
        if postgresql.on_ci():
            pytest.fail(f"CI must test PostgreSQL: {postgresql.URL_VARIABLE} is not set")
        pytest.skip(postgresql.SKIPPED)
    server = postgresql.Server(url)
    try:
        server.check()
    except Exception as error:  # noqa: BLE001 - any failure to connect is the one message
        pytest.fail(f"The PostgreSQL server at {postgresql.URL_VARIABLE} cannot be reached: "
                    f"{error}")
    server.drop_leftovers()
    yield server
    server.drop_own()
    server.dispose()


@pytest.fixture
def paths(tmp_path) -> Paths:
    """An empty data dir."""
    return Paths(tmp_path / "data")


# argon2id at its smallest (8 KiB, one pass, one lane): microseconds, where the
# production parameters cost a quarter of a second per account made or signed in.
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():
    """Every test hashes passwords with TEST_HASHER (users.use_hasher), unknown names'
    stand-in hash included; child processes (the command-line tests) hash as
    production does."""
    users.use_hasher(TEST_HASHER)
    yield
    users.use_hasher(None)


def copy_installation(template: Paths, target: Paths) -> Paths:
    """Copy a closed data dir (see check_closed_and_movable) to ``target``, files'
    modes included, and make it private as every open does; returns ``target``."""
    shutil.copytree(template.data_dir, target.data_dir, dirs_exist_ok=True)
    target.keep_private()
    return target


def check_closed_and_movable(template: Paths) -> Paths:
    """Make sure a data dir can be copied for a test: its database closed (no -wal,
    -shm or -journal left, so every engine on it was disposed) and no file holding
    the folder's own path (a copy would point back at the template)."""
    database = template.database.name
    left_open = sorted(path.name for path in template.data_dir.iterdir()
                       if path.name.startswith(database) and path.name != database)
    assert not left_open, f"the template database is still open: {left_open}"
    own_path = str(template.data_dir).encode()
    for path in template.data_dir.rglob("*"):
        assert not (path.is_file() and own_path in path.read_bytes()), \
            f"{path} names the template's folder: a copy would point back at it"
    return template


def seed_template(folder: Path, installation_template: Paths, persons: int) -> Paths:
    """A copy of the installation template in ``folder`` seeded with ``persons`` people
    and the seeded staff (random seed 7), closed, for a module's tests to copy."""
    template = copy_installation(installation_template, Paths(folder / "data"))
    from centre_desk.services.seed import seed  # the seeder only where a test seeds
    database = open_database(template)
    try:
        seed(database, persons=persons, random_seed=7)
    finally:
        database.close()
    return check_closed_and_movable(template)


SET_UP = setup.SetUpRequest(
    centre_name="Центр «Ақниет»", region="Алматы", admin_username="admin",
    admin_full_name="Әлия Сәрсенова", admin_password=ADMIN_PASSWORD)


@pytest.fixture(scope="session")
def installation_template(tmp_path_factory, cheap_password_hashing) -> Paths:
    """First-run set-up (SET_UP), once per test process; never opened, only copied."""
    template = Paths(tmp_path_factory.mktemp("installed") / "data")
    setup.set_up(template, SET_UP)  # disposes its engine: the database is closed
    return check_closed_and_movable(template)


@pytest.fixture(scope="session")
def site_templates(tmp_path_factory, cheap_password_hashing):
    """Groups of sites that know each other, made once per test process by a recipe
    and copied per test (tests.unit.sync.sites.SiteTemplates)."""
    from tests.unit.sync.sites import SiteTemplates  # the sync libraries load only here

    return SiteTemplates(tmp_path_factory.mktemp("sites"))


@pytest.fixture(scope="session")
def postgresql_installation(tmp_path_factory, postgresql_server, cheap_password_hashing):
    """First-run set-up (SET_UP) on a PostgreSQL database of this test process's own,
    once: its data dir (settings and keys), never opened, and the snapshot of its
    database that each test starts from (tests/postgresql.py)."""
    template = Paths(tmp_path_factory.mktemp("installed-postgresql") / "data")
    name = postgresql_server.new_name("installed")
    url = postgresql_server.create(name)
    setup.set_up(template, dataclasses.replace(SET_UP, database_url=url))
    snapshot = postgresql.Snapshot(postgresql_server, name)
    yield check_closed_and_movable(template), snapshot
    snapshot.dispose()


@pytest.fixture
def installed(request, paths, database_engine, installation_template) -> Paths:
    """A data dir after first-run set-up with the administrator 'admin': a copy of
    the session's template, so every test has its own, with the same site id and keys
    as the other tests' (sites that must differ are made by set_up itself, as
    tests/unit/sync/sites.py does). On PostgreSQL the copy names this test process's
    database, put back to the state set-up left it in."""
    if database_engine == "sqlite":
        return copy_installation(installation_template, paths)
    template, snapshot = request.getfixturevalue("postgresql_installation")
    snapshot.restore()
    return copy_installation(template, paths)


@pytest.fixture
def db(installed) -> Database:
    """The installation, open."""
    database = open_database(installed)
    yield database
    database.close()


def _sign_in(db: Database, username: str, password: str) -> Actor:
    with db.session() as session, session.begin():
        outcome = users.sign_in(session, username, password)
    assert outcome.actor is not None, outcome.refusal
    return outcome.actor


@pytest.fixture
def admin(db) -> Actor:
    """The administrator, signed in."""
    return _sign_in(db, "admin", ADMIN_PASSWORD)


@pytest.fixture
def run(db, admin):
    """Call a use case as the signed-in administrator (``Workspace.run``)."""
    from centre_desk.services.workspace import Workspace
    return Workspace(db, admin).run


@pytest.fixture
def make_user(db, admin):
    """Create a user with a role and return them signed in."""
    def make(role: Role, username: str | None = None) -> Actor:
        username = username or role.value
        with db.session(admin) as session, session.begin():
            users.create_user(session, username, f"Test {role.value}", role, USER_PASSWORD)
        return _sign_in(db, username, USER_PASSWORD)
    return make
