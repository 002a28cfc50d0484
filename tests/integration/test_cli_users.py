"""``centre-desk users``: list, add, set-role, disable, enable, reset-password; each
refusal is one sentence and changes nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from centre_desk import cli
from centre_desk.domain.enums import Role
from centre_desk.services import users
from centre_desk.store.database import open_database
from centre_desk.store.models import User
from tests.integration.conftest import one_line, secret_file
from tests.unit.sync.sites import database_digest


def _users(installed, capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["users", *argv, "--data-dir", str(installed.data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(installed) -> str:
    database = open_database(installed)
    try:
        return database_digest(database)
    finally:
        database.close()


def _sign_in(installed, username, password):
    database = open_database(installed)
    try:
        with database.session() as session, session.begin():
            return users.sign_in(session, username, password)
    finally:
        database.close()


def _account(installed, username) -> tuple[Role, bool]:
    database = open_database(installed)
    try:
        with database.session() as session:
            user = session.query(User).filter_by(username=username).one()
            return user.role, user.active
    finally:
        database.close()


def test_add_list_set_role_disable_enable_and_reset(installed, capsys, tmp_path):
    first = secret_file(tmp_path / "first.txt", "Бастапқы құпиясөз")
    code, out, err = _users(installed, capsys, "add", "aigerim", "--full-name",
                            "Айгерим Нұрланқызы", "--role", "read-only", "--password-file",
                            str(first))
    assert (code, err) == (0, "")
    assert out == "Added aigerim (read-only) with a one-time password.\n"
    assert _sign_in(installed, "aigerim", "Бастапқы құпиясөз").must_change_password
    code, out, _ = _users(installed, capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert any(line.split()[:4] == ["aigerim", "read-only", "active,", "one-time"]
               for line in lines)
    assert any(line.startswith("admin ") and "administrator" in line for line in lines)
    assert _users(installed, capsys, "set-role", "aigerim", "supervisor")[:2] == (
        0, "aigerim is now supervisor.\n")
    assert _users(installed, capsys, "disable", "aigerim")[1] == "aigerim is disabled.\n"
    assert _account(installed, "aigerim") == (Role.SUPERVISOR, False)
    assert _sign_in(installed, "aigerim", "Бастапқы құпиясөз").actor is None
    assert _users(installed, capsys, "enable", "aigerim")[1] == "aigerim is enabled.\n"
    second = secret_file(tmp_path / "second.txt", "Екінші құпиясөз")
    code, out, _ = _users(installed, capsys, "reset-password", "aigerim", "--password-file",
                          str(second))
    assert code == 0 and "one-time password" in out
    assert _sign_in(installed, "aigerim", "Бастапқы құпиясөз").actor is None
    assert _sign_in(installed, "aigerim", "Екінші құпиясөз").must_change_password


@pytest.mark.parametrize(("argv", "password", "sentence"), [
    (["set-role", "admin", "specialist"], None,
     "admin is the last active administrator: make another account an administrator "
     "first."),
    (["disable", "admin"], None,
     "admin is the last active administrator: make another account an administrator "
     "first."),
    (["disable", "nobody"], None,
     "This site has no account named nobody: see 'users list'."),
    (["reset-password", "admin", "--password-file"], "short",
     "The password is too short: use at least 10 characters."),
    (["add", "marat", "--full-name", "Марат", "--role", "specialist", "--password-file"],
     "qwertyuiop", "The password is one of the commonest: choose a less guessable one, "
                   "such as a few unrelated words."),
    (["add", "admin", "--full-name", "Ещё один", "--role", "specialist", "--password-file"],
     "Длинный пароль", "The user name admin is already taken at this site."),
    (["reset-password", "admin", "--password-file"], "", None),
])
def test_refusals_are_one_sentence_and_change_nothing(installed, capsys, tmp_path, argv,
                                                       password, sentence):
    if password is not None:
        argv = [*argv, str(secret_file(tmp_path / "p.txt", password))]
    _digest(installed)  # the first opening of a copied installation settles statistics
    before = _digest(installed)
    code, out, err = _users(installed, capsys, *argv)
    assert code != 0 and out == ""
    line = one_line(err)
    if sentence is not None:
        assert line == sentence
    assert _digest(installed) == before


def test_the_real_command_adds_with_the_production_hasher(installed, tmp_path):
    password = secret_file(tmp_path / "p.txt", "Жылы күн шықты")
    done = subprocess.run(
        [sys.executable, "-m", "centre_desk", "users", "add", "dana", "--full-name",
         "Дана Ерланқызы", "--role", "specialist", "--password-file", str(password),
         "--data-dir", str(installed.data_dir)], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert _sign_in(installed, "dana", "Жылы күн шықты").actor.role is Role.SPECIALIST
