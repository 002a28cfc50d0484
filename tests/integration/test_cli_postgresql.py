"""A desk set up on PostgreSQL from the command line, as an office tries it: init with
--database-url, seed, a report; a second set-up of the same database and a wrong
address are refused in one line and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from centre_desk import cli
from centre_desk.config import Paths
from centre_desk.services import users
from centre_desk.store import postgresql as store_postgresql
from centre_desk.store.database import open_database
from tests.integration.conftest import one_line, secret_file

PASSWORD = "correct horse battery"


@pytest.fixture
def database_url(postgresql_server):
    """A new, empty PostgreSQL database's URL, dropped after the test."""
    name = postgresql_server.new_name("cli")
    yield postgresql_server.create(name)
    postgresql_server.drop(name)


def _init(data_dir: Path, password_file: Path, url: str) -> list[str]:
    return ["init", "--data-dir", str(data_dir), "--centre", "Центр «Ақниет»",
            "--region", "Алматы", "--admin", "admin", "--password-file", str(password_file),
            "--database-url", url]


def _rows(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                    for table in ("site", "user_account", "person", "audit_event")}
    finally:
        engine.dispose()


def test_init_seed_and_report_on_postgresql(database_url, tmp_path, capsys):
    data_dir = tmp_path / "desk"
    password_file = secret_file(tmp_path / "admin.pw", PASSWORD)
    assert cli.main(_init(data_dir, password_file, database_url)) == 0
    assert "sign in as admin" in capsys.readouterr().out
    assert not Paths(data_dir).database.exists()  # the data is on the server

    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "40"]) == 0
    out = tmp_path / "report.json"
    assert cli.main(["report", "half-year", "--data-dir", str(data_dir), "--from",
                     "2020-01-01", "--to", "2030-12-31", "--format", "json",
                     "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))
    assert _rows(database_url)["person"] >= 40

    database = open_database(Paths(data_dir))
    try:
        with database.session() as session, session.begin():
            assert users.sign_in(session, "admin", PASSWORD).actor is not None
    finally:
        database.close()


def test_a_second_init_on_the_same_database_is_refused_and_changes_nothing(
        database_url, tmp_path, capsys):
    password_file = secret_file(tmp_path / "admin.pw", PASSWORD)
    assert cli.main(_init(tmp_path / "first", password_file, database_url)) == 0
    before = _rows(database_url)
    capsys.readouterr()
    assert cli.main(_init(tmp_path / "second", password_file, database_url)) == 1
    assert one_line(capsys.readouterr().err) == (
        f"The PostgreSQL database {store_postgresql.where(make_url(database_url))} already "
        f"holds Centre Desk for Центр «Ақниет» (Алматы): this desk joins it with "
        f"'centre-desk join --database-url URL', which sets nothing up again.")
    assert _rows(database_url) == before
    assert not (tmp_path / "second").exists()


def test_a_second_desk_joins_from_the_command_line_and_signs_in(database_url, tmp_path,
                                                                capsys):
    password_file = secret_file(tmp_path / "admin.pw", PASSWORD)
    assert cli.main(_init(tmp_path / "first", password_file, database_url)) == 0
    before = _rows(database_url)
    capsys.readouterr()
    second = tmp_path / "second"
    assert cli.main(["join", "--data-dir", str(second), "--database-url", database_url,
                     "--language", "kk"]) == 0
    assert capsys.readouterr().out == (
        "This desk now uses Centre Desk for Центр «Ақниет» (Алматы); sign in with your "
        "account there.\n")
    assert _rows(database_url) == before
    database = open_database(Paths(second))
    try:
        with database.session() as session, session.begin():
            assert users.sign_in(session, "admin", PASSWORD).actor is not None
    finally:
        database.close()

    wrong = make_url(database_url).set(password="not the password")
    assert cli.main(["join", "--data-dir", str(tmp_path / "third"), "--database-url",
                     wrong.render_as_string(hide_password=False)]) == 1
    err = one_line(capsys.readouterr().err)
    assert "refused the user name" in err and "not the password" not in err
    assert not (tmp_path / "third").exists()


@pytest.mark.parametrize("change, says", [
    (dict(password="not the password"), "refused the user name {user} or its password"),
    (dict(database="no_such_database"), "has no database no_such_database: create it"),
    (dict(port=1), "No PostgreSQL server answers at {host}, port 1"),
])
def test_a_wrong_address_is_one_sentence_and_leaves_nothing(database_url, tmp_path, capsys,
                                                           change, says):
    url = make_url(database_url)
    wrong = url.set(**change).render_as_string(hide_password=False)
    password_file = secret_file(tmp_path / "admin.pw", PASSWORD)
    assert cli.main(_init(tmp_path / "desk", password_file, wrong)) == 1
    err = one_line(capsys.readouterr().err)
    assert says.format(user=url.username, host=url.host) in err
    assert "not the password" not in err
    assert not (tmp_path / "desk").exists()
    assert store_postgresql.check_url(wrong) == err
    assert store_postgresql.check_url(database_url) is None
