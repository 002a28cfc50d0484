"""``centre-desk audit list``: the entries the filters admit, newest first, one a line;
one sentence and nothing changed on bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from centre_desk import cli
from centre_desk.domain.enums import CaseCategory, Role
from centre_desk.services import cases, persons
from centre_desk.services.participant_file import load_file
from centre_desk.services.workspace import Workspace
from tests.integration.conftest import one_line
from tests.unit.sync.sites import database_digest

IIN = "900714400016"


@pytest.fixture
def viewed(db, run, make_user, installed):
    """A participant with an IIN whose file 'olga' opened once."""
    ids = run(cases.register_participant,
              persons.PersonInput(surname="Ахметова", given_name="Гүлнар",
                                  birth_date=dt.date(1990, 7, 14), iin=IIN),
              cases.CaseInput(category=CaseCategory.AT_RISK), dt.date(2024, 11, 20))
    Workspace(db, make_user(Role.SUPERVISOR, "olga")).run(load_file, ids.case_id, ids.person_id)
    db.close()
    return ids


def _lines(capsys) -> list[list[str]]:
    out, err = capsys.readouterr()
    assert err == ""
    return [line.split("\t") for line in out.splitlines()]


def test_lists_a_persons_entries_newest_first(installed, viewed, capsys):
    data = ["--data-dir", str(installed.data_dir)]
    assert cli.main(["audit", "list", *data, "--person", IIN]) == 0
    lines = _lines(capsys)
    assert [(line[2], line[3], line[4]) for line in lines] == [
        ("olga", "viewed", "case_file"), ("admin", "created", "case_file"),
        ("admin", "created", "person")]
    numbers = [int(line[0]) for line in lines]
    assert numbers == sorted(numbers, reverse=True)
    assert lines[-1][5] == str(viewed.person_id)
    assert cli.main(["audit", "list", *data, "--person", str(viewed.person_id),
                     "--action", "seen"]) == 0
    assert [line[2] for line in _lines(capsys)] == ["olga"]


def test_user_period_and_limit(installed, viewed, capsys):
    data = ["--data-dir", str(installed.data_dir)]
    today = dt.date.today().isoformat()
    assert cli.main(["audit", "list", *data, "--user", "olga"]) == 0
    assert {line[3] for line in _lines(capsys)} == {"signed_in", "viewed"}
    assert cli.main(["audit", "list", *data, "--from", today, "--to", today,
                     "--limit", "2"]) == 0
    assert len(_lines(capsys)) == 2
    assert cli.main(["audit", "list", *data, "--to", "2000-01-01"]) == 0
    assert _lines(capsys) == []


@pytest.mark.parametrize("arguments, sentence", [
    (["--person", "000000000000"], "No person has the IIN or id '000000000000': check "
                                   "--person."),
    (["--from", "2025-02-01", "--to", "2025-01-01"],
     "The period ends (2025-01-01) before it starts (2025-02-01): give a --to on or after "
     "--from."),
    (["--from", "1.2.2025"], "Argument --from: '1.2.2025' is not a date; write it as "
                             "YYYY-MM-DD, e.g. 2024-06-30; see 'centre-desk audit list "
                             "--help'."),
    (["--action", "looked"], None),
    (["--limit", "0"], None),
])
def test_bad_input_is_one_sentence_and_changes_nothing(installed, viewed, capsys, arguments,
                                                        sentence):
    from centre_desk.store.database import open_database

    def digest():
        database = open_database(installed)
        try:
            return database_digest(database)
        finally:
            database.close()

    before = digest()
    code = cli.main(["audit", "list", "--data-dir", str(installed.data_dir), *arguments])
    out, err = capsys.readouterr()
    assert code in (1, 2) and out == ""
    line = one_line(err)
    if sentence is not None:
        assert line == sentence
    assert digest() == before
