"""A PostgreSQL server's address typed in parts, tested as the Test connection button
does, against the real test server: one sentence for each way it fails (wrong password,
missing database, refused port, unknown host, a login kept out of its database, a
server older than 15, no driver), the password in none of them; and a second desk
joining a database another desk set up, which changes nothing in it."""

from __future__ import annotations

import dataclasses
import sys
import types
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from centre_desk.config import Paths, Settings
from centre_desk.services import database_server, setup
from centre_desk.services.database_server import ServerAddress
from centre_desk.services.errors import InvalidInput
from centre_desk.store import postgresql as store_postgresql
from centre_desk.store.errors import StoreError
from tests.conftest import SET_UP
from tests.unit.sync.sites import database_digest

SECRET = "p@ss:w/rd?#ё"  # every character a URL joined by hand would break on


@pytest.fixture
def database_url(postgresql_server):
    """A new, empty PostgreSQL database's URL, dropped after the test."""
    name = postgresql_server.new_name("server")
    yield postgresql_server.create(name)
    postgresql_server.drop(name)


def _address(url: str, **change) -> ServerAddress:
    parsed = make_url(url)
    parts = dict(host=parsed.host or "localhost", port=parsed.port, database=parsed.database,
                 username=parsed.username, password=parsed.password or "")
    return ServerAddress(**{**parts, **change})


@pytest.fixture
def role(postgresql_server):
    """A login role whose password holds @ : / ? # and a Cyrillic letter."""
    name = f"cdtest_role_{uuid.uuid4().hex[:8]}"
    with postgresql_server._admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{SECRET}'")
    yield name
    with postgresql_server._admin.connect() as connection:
        connection.exec_driver_sql(f"DROP ROLE IF EXISTS {name}")


def test_the_right_address_connects_and_finds_no_installation(database_url):
    check = database_server.check_connection(_address(database_url))
    assert check.connected and check.sentence == ""
    assert int(check.server_version.split(".")[0]) >= store_postgresql.MIN_SERVER_VERSION
    assert check.installation is None


def test_the_address_is_built_from_its_parts_so_any_password_works(database_url, role):
    address = _address(database_url, username=role, password=SECRET)
    assert database_server.check_connection(address).connected
    assert SECRET not in repr(address) and SECRET not in repr(address.url())
    assert make_url(address.url_text()).password == SECRET


@pytest.mark.parametrize("change, code, says", [
    (dict(password="not the password"), "login",
     "The PostgreSQL server at {host} refused the user name {user} or its password: "
     "check both in the database address."),
    (dict(database="no_such_database"), "no_database",
     "The PostgreSQL server at {host} has no database no_such_database: create it "
     "(createdb) or correct its name in the database address."),
    (dict(port=1), "no_server",
     "No PostgreSQL server answers at {host}, port 1: check that it runs there and "
     "accepts connections from this computer."),
    (dict(host="no-such-server.invalid"), "unknown_host",
     "No computer named no-such-server.invalid was found: check the server's name."),
])
def test_each_wrong_part_is_one_sentence(database_url, change, code, says):
    address = _address(database_url, **change)
    check = database_server.check_connection(address)
    assert (check.problem, check.sentence) == (code, says.format(
        host=address.host, user=address.username))
    assert address.password not in check.sentence


def test_a_wrong_user_name_is_the_same_sentence_as_a_wrong_password(database_url):
    check = database_server.check_connection(_address(database_url, username="nobody_here"))
    assert check.problem == "login" and "refused the user name nobody_here" in check.sentence


def test_a_login_kept_out_of_its_database_is_told_to_ask_for_a_grant(
        postgresql_server, database_url, role):
    name = make_url(database_url).database
    with postgresql_server._admin.connect() as connection:
        connection.exec_driver_sql(f'REVOKE CONNECT ON DATABASE "{name}" FROM PUBLIC')
    check = database_server.check_connection(
        _address(database_url, username=role, password=SECRET))
    assert check.problem == "no_access"
    assert check.sentence == (f"The user {role} may not use the database {name} at "
                              f"{_address(database_url).host}: the server's administrator "
                              f"must grant it.")


def test_a_server_older_than_15_is_named_with_its_version(database_url, monkeypatch):
    monkeypatch.setattr(store_postgresql, "server_version", lambda _connection: (14, 9))
    check = database_server.check_connection(_address(database_url))
    assert (check.problem, check.server_version) == ("too_old", "14.9")
    assert check.sentence.endswith("is version 14.9; Centre Desk needs version 15 or newer.")


def test_without_the_driver_it_says_how_to_install_it(database_url, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg fails
    check = database_server.check_connection(_address(database_url))
    assert check.problem == "no_driver"
    assert 'pip install -e ".[postgresql]"' in check.sentence


def test_missing_parts_are_refused_before_connecting():
    with pytest.raises(InvalidInput) as refused:
        database_server.check_connection(ServerAddress(" ", 70000, "", "", "x"))
    assert refused.value.problems == {"host": "required", "database": "required",
                                      "username": "required", "port": "invalid"}


def _digest(url: str) -> str:
    engine = create_engine(url)
    try:
        return database_digest(types.SimpleNamespace(engine=engine))
    finally:
        engine.dispose()


def test_a_second_desk_joins_without_setting_anything_up_again(database_url, tmp_path):
    first = Paths(tmp_path / "first")
    setup.set_up(first, dataclasses.replace(SET_UP, database_url=database_url))
    before = _digest(database_url)
    check = database_server.check_connection(_address(database_url))
    assert check.installation == store_postgresql.Installation("Центр «Ақниет»", "Алматы")

    second = Paths(tmp_path / "second")
    found = database_server.join(second, _address(database_url), "kk")
    assert found == check.installation
    settings = Settings.load(second)
    assert (settings.language, make_url(settings.database_url)) == ("kk",
                                                                    make_url(database_url))
    assert not second.database.exists()
    assert _digest(database_url) == before

    with pytest.raises(StoreError, match="already holds a Centre Desk installation"):
        database_server.join(second, _address(database_url), "ru")


def test_joining_an_empty_database_or_a_wrong_address_writes_nothing(database_url, tmp_path):
    paths = Paths(tmp_path / "desk")
    with pytest.raises(StoreError) as refused:
        database_server.join(paths, _address(database_url), "ru")
    assert str(refused.value) == (
        f"The PostgreSQL database {store_postgresql.where(make_url(database_url))} holds "
        f"no Centre Desk installation yet: set it up from this desk instead of joining it.")
    with pytest.raises(StoreError, match="refused the user name"):
        database_server.join(paths, _address(database_url, password="wrong"), "ru")
    assert not paths.data_dir.exists()
