"""The command line: init and seed work; every mistake is one line, and changes nothing."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from centre_desk import __version__, cli
from centre_desk.config import Paths
from centre_desk.services import site, users
from centre_desk.store.database import open_database
from centre_desk.store.models import Person
from tests.integration.conftest import one_line, secret_file

PASSWORD = "correct horse battery"
DB_PASSWORD = "a long database secret"



@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def password_file(tmp_path) -> Path:
    return secret_file(tmp_path / "admin.pw", PASSWORD)


@pytest.fixture
def db_password_file(tmp_path) -> Path:
    return secret_file(tmp_path / "db.pw", DB_PASSWORD)


def _init_args(data_dir: Path, password_file: Path, *extra: str) -> list[str]:
    return ["init", "--data-dir", str(data_dir), "--centre", "Центр «Ақниет»",
            "--region", "Алматы", "--admin", "admin", "--admin-name", "Әлия Сәрсенова",
            "--password-file", str(password_file), *extra]



def _fingerprint(data_dir: Path) -> dict[str, str]:
    return {str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data_dir.rglob("*")) if p.is_file()}


def _run(*args: str, env_data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CENTRE_DESK_DATA_DIR": str(env_data_dir)}
    return subprocess.run([sys.executable, "-m", "centre_desk", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_version_prints_the_program_and_its_version(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"centre-desk {__version__}\n"


def test_init_creates_an_installation_the_administrator_can_sign_in_to(
        data_dir, password_file, capsys):
    assert cli.main(_init_args(data_dir, password_file)) == 0
    assert "sign in as admin" in capsys.readouterr().out
    database = open_database(Paths(data_dir))
    try:
        with database.session() as session, session.begin():
            outcome = users.sign_in(session, "admin", PASSWORD)
            centre = site.this_site(session).centre_name
        assert outcome.actor is not None
        assert centre == "Центр «Ақниет»"
    finally:
        database.close()


def test_password_file_gives_its_first_line_without_the_line_ending(
        data_dir, tmp_path, capsys):
    password_file = tmp_path / "windows.pw"
    password_file.write_bytes("\ufeff  spaced pass  \r\nsecond line\n".encode())
    assert cli.main(_init_args(data_dir, password_file)) == 0
    database = open_database(Paths(data_dir))
    try:
        with database.session() as session, session.begin():
            assert users.sign_in(session, "admin", "  spaced pass  ").actor is not None
    finally:
        database.close()


def test_a_second_init_is_refused_in_one_line_and_leaves_the_first_untouched(
        data_dir, password_file, capsys):
    assert cli.main(_init_args(data_dir, password_file)) == 0
    before = _fingerprint(data_dir)
    capsys.readouterr()
    other = _init_args(data_dir, password_file, "--language", "kk")
    other[other.index("--centre") + 1] = "Другой центр"
    assert cli.main(other) != 0
    out, err = capsys.readouterr()
    assert "already holds a Centre Desk installation" in one_line(err)
    assert out == ""
    assert _fingerprint(data_dir) == before


@pytest.mark.parametrize("content, expected", [
    (None, "does not exist"),
    ("", "is empty"),
    ("\nsecond line", "is empty"),
])
def test_an_unusable_password_file_is_one_line_and_creates_no_data_dir(
        data_dir, tmp_path, capsys, content, expected):
    password_file = tmp_path / "admin.pw"
    if content is not None:
        password_file.write_text(content, encoding="utf-8")
    assert cli.main(_init_args(data_dir, password_file)) != 0
    assert expected in one_line(capsys.readouterr().err)
    assert not data_dir.exists()


def test_a_short_password_names_the_option_to_fix_and_creates_nothing(
        data_dir, tmp_path, capsys):
    password_file = tmp_path / "short.pw"
    password_file.write_text("short\n", encoding="utf-8")
    assert cli.main(_init_args(data_dir, password_file)) != 0
    assert one_line(capsys.readouterr().err) == \
        "Please correct: --password-file (shorter than 8 characters)."
    assert not data_dir.exists()


@pytest.mark.parametrize("argv, expected", [
    (["bogus"], "invalid choice: 'bogus'"),
    (["seed", "--persons"], "expected one argument"),
    (["seed", "--persons", "many"], "invalid int value: 'many'"),
    (["seed"], "the following arguments are required: --persons"),
    (["init", "--centre", "X"], "the following arguments are required"),
])
def test_bad_arguments_are_one_line_with_exit_code_2(capsys, argv, expected):
    assert cli.main(argv) == 2
    out, err = capsys.readouterr()
    line = one_line(err)
    assert expected in line.lower() and "--help" in line
    assert out == ""


def test_seed_fills_the_installation_and_reports_the_counts(data_dir, password_file, capsys):
    assert cli.main(_init_args(data_dir, password_file)) == 0
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "40",
                     "--random-seed", "5"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Seeded 40 persons" in out and "attendances" in out
    database = open_database(Paths(data_dir))
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 40
    finally:
        database.close()


def test_seeding_twice_is_refused_in_one_line(data_dir, password_file, capsys):
    assert cli.main(_init_args(data_dir, password_file)) == 0
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10"]) == 0
    capsys.readouterr()
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10"]) == 1
    assert "already holds persons" in one_line(capsys.readouterr().err)


def test_seed_into_a_missing_data_dir_is_one_line_and_creates_nothing(data_dir, capsys):
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10"]) == 1
    assert "does not exist" in one_line(capsys.readouterr().err)
    assert not data_dir.exists()


def test_a_damaged_database_file_is_one_line(data_dir, capsys):
    data_dir.mkdir()
    (data_dir / "centre-desk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10"]) == 1
    assert "damaged" in one_line(capsys.readouterr().err)


def test_a_damaged_settings_file_is_one_line(data_dir, password_file, capsys):
    assert cli.main(_init_args(data_dir, password_file)) == 0
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10"]) == 1
    assert "settings file" in one_line(capsys.readouterr().err)


def test_an_encrypted_installation_needs_its_password(
        data_dir, password_file, db_password_file, capsys):
    assert cli.main(_init_args(data_dir, password_file, "--db-password-file",
                               str(db_password_file))) == 0
    capsys.readouterr()
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10"]) == 1
    assert "--db-password-file" in one_line(capsys.readouterr().err)
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10",
                     "--db-password-file", str(db_password_file)]) == 0


def test_a_wrong_database_password_is_exactly_one_line_from_the_real_command(
        tmp_path, data_dir, password_file, db_password_file):
    made = _run(*_init_args(data_dir, password_file, "--db-password-file",
                            str(db_password_file)), env_data_dir=tmp_path / "unused")
    assert made.returncode == 0, made.stderr
    before = _fingerprint(data_dir)
    wrong = _run("seed", "--data-dir", str(data_dir), "--persons", "10",
                 "--db-password-file", str(password_file), env_data_dir=tmp_path / "unused")
    assert wrong.returncode == 1
    assert one_line(wrong.stderr) == "The database password is wrong: check it and try again."
    assert wrong.stdout == ""
    assert _fingerprint(data_dir) == before


def test_the_real_command_sets_up_seeds_and_refuses_in_one_line(tmp_path, password_file):
    data_dir = tmp_path / "via-default"  # found through CENTRE_DESK_DATA_DIR
    init_args = _init_args(data_dir, password_file)
    del init_args[1:3]  # no --data-dir: the default applies
    made = _run(*init_args, env_data_dir=data_dir)
    assert made.returncode == 0 and made.stderr == "", made.stderr
    seeded = _run("seed", "--persons", "25", env_data_dir=data_dir)
    assert seeded.returncode == 0 and seeded.stderr == "", seeded.stderr
    assert "Seeded 25 persons" in seeded.stdout
    again = _run(*init_args, env_data_dir=data_dir)
    assert again.returncode != 0
    assert "already holds" in one_line(again.stderr)


def test_an_unexpected_error_is_logged_with_its_traceback_and_shown_in_one_line(
        data_dir, password_file, capsys, monkeypatch):
    assert cli.main(_init_args(data_dir, password_file)) == 0
    capsys.readouterr()

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the seed")
    monkeypatch.setattr("centre_desk.services.seed.seed", broken)
    assert cli.main(["seed", "--data-dir", str(data_dir), "--persons", "10"]) == 1
    line = one_line(capsys.readouterr().err)
    log_file = data_dir / "logs" / "centre-desk.log"
    assert line == f"Something went wrong; the details are in {log_file.resolve()}."
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a bug in the seed" in logged


def test_without_a_command_the_window_starts_on_the_data_dir(data_dir, monkeypatch):
    app = pytest.importorskip("centre_desk.ui.shell.app")
    started = []
    monkeypatch.setattr(app, "run", lambda folder=None: started.append(folder) or 0)
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert started == [data_dir]


def test_a_registered_command_gets_data_dir_and_database_password_options(
        data_dir, monkeypatch):
    seen = []

    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--greeting", default="hello")

    def run(args: argparse.Namespace) -> int:
        seen.append((args.data_dir, args.db_password_file, args.greeting))
        return 0
    monkeypatch.setitem(cli._COMMANDS, "greet", cli.Command("greet", "say hello", configure, run))
    assert cli.main(["greet", "--data-dir", str(data_dir), "--db-password-file", "x.pw"]) == 0
    assert seen == [(data_dir, Path("x.pw"), "hello")]
    with pytest.raises(ValueError):
        cli.register(cli.Command("greet", "again", configure, run))


def test_the_command_line_loads_no_qt():
    probe = ("import sys, centre_desk.cli as c; c.main(['--version']); "
             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"
