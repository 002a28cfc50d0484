"""``centre-desk users add --facility --programme``, ``users set-areas`` and the list
showing where each person works; an unknown facility is one sentence naming the known
ones, and changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import CaseCategory
from centre_desk.services import cases, users
from centre_desk.services.persons import PersonInput
from centre_desk.store.database import open_database
from centre_desk.store.models import User
from tests.conftest import ADMIN_PASSWORD
from tests.integration.conftest import one_line, secret_file
from tests.integration.test_cli_users import _digest, _users


@pytest.fixture
def with_cases(installed):
    """The installation with participants in ИК-5 and УК-161/2."""
    database = open_database(installed)
    try:
        with database.session() as session, session.begin():
            actor = users.sign_in(session, "admin", ADMIN_PASSWORD).actor
        with database.session(actor) as session, session.begin():
            for surname, facility in (("Ермуханов", "ИК-5"), ("Сәрсенов", "УК-161/2")):
                cases.register_participant(
                    session, PersonInput(surname, "Қайрат"),
                    cases.CaseInput(CaseCategory.INMATE, facility=facility),
                    dt.date(2024, 1, 1))
    finally:
        database.close()
    return installed


def _areas(installed, username) -> tuple:
    database = open_database(installed)
    try:
        with database.session() as session:
            user = session.scalar(select(User).where(User.username == username))
            return (json.loads(user.work_facilities or "[]"),
                    json.loads(user.work_programmes or "[]"))
    finally:
        database.close()


def test_add_with_areas_set_them_later_and_list_them(with_cases, capsys, tmp_path):
    password = secret_file(tmp_path / "p.txt", "Бастапқы құпиясөз")
    code, out, err = _users(with_cases, capsys, "add", "aigerim", "--full-name",
                            "Айгерим Нұрланқызы", "--role", "specialist", "--password-file",
                            str(password), "--facility", "ик-5", "--programme",
                            "mothers_club", "--programme", "case_work")
    assert (code, err) == (0, "")
    assert _areas(with_cases, "aigerim") == (["ИК-5"], ["case_work", "mothers_club"])
    code, out, _ = _users(with_cases, capsys, "list")
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("aigerim "))
    assert lines[at + 1].split() == ["works", "in:", "ИК-5,", "case_work,", "mothers_club"]
    assert _users(with_cases, capsys, "set-areas", "aigerim", "--facility", "УК-161/2",
                  "--facility", "ИК-5", "--programme", "placements")[:3] == (
        0, "aigerim works in: УК-161/2, ИК-5, placements.\n", "")
    assert _areas(with_cases, "aigerim") == (["УК-161/2", "ИК-5"], ["placements"])
    assert _users(with_cases, capsys, "set-areas", "aigerim")[1] == (
        "aigerim works in: nothing named.\n")
    assert _areas(with_cases, "aigerim") == ([], [])
    _, out, _ = _users(with_cases, capsys, "list")
    assert "works in" not in out


def test_an_unknown_facility_is_one_sentence_naming_the_known_ones(with_cases, capsys,
                                                                   tmp_path):
    password = secret_file(tmp_path / "p.txt", "Бастапқы құпиясөз")
    _digest(with_cases)  # the first opening of a copied installation settles statistics
    before = _digest(with_cases)
    for argv in (["set-areas", "admin", "--facility", "ИК-5", "--facility", "ИК-99"],
                 ["add", "marat", "--full-name", "Марат", "--role", "specialist",
                  "--password-file", str(password), "--facility", "ИК-99"]):
        code, out, err = _users(with_cases, capsys, *argv)
        assert code != 0 and out == ""
        assert one_line(err) == ("No case at this site names the facility ИК-99: known "
                                 "facilities are ИК-5, УК-161/2.")
    assert _digest(with_cases) == before


def test_an_unknown_programme_is_refused_by_its_choices(with_cases, capsys):
    code, out, err = _users(with_cases, capsys, "set-areas", "admin", "--programme", "sewing")
    assert code != 0 and out == "" and "sewing" in err and "mothers_club" in err
