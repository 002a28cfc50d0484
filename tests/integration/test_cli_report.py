"""``centre-desk report half-year``: the statistics as JSON, XLSX and PDF from the command
line, audited as the site itself or under the user who signed in with --as-user and
--password-file; every mistake is one line, a non-zero exit, and no file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from centre_desk import cli
from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services.audit import SITE_USERNAME
from centre_desk.store.models import AuditEvent
from tests.conftest import USER_PASSWORD
from tests.unit.services.test_placements import snapshot
from tests.unit.services.test_statistics import build_statistics_centre
from tests.integration.conftest import one_line, secret_file



@pytest.fixture
def centre(db, admin, make_user):
    build_statistics_centre(db, admin)
    make_user(Role.SPECIALIST, "specialist")
    make_user(Role.SUPERVISOR, "supervisor")


@pytest.fixture
def password_file(tmp_path) -> Path:
    """The password of the users ``centre`` makes."""
    return secret_file(tmp_path / "user.pw", USER_PASSWORD)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _report(installed, *extra: str) -> int:
    return cli.main(["report", "half-year", "--data-dir", str(installed.data_dir),
                     "--from", "2024-01-01", "--to", "2024-06-30", "--language", "en",
                     *extra])



def _events(db) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.entity == "statistics")))


def test_json_report_for_a_period_as_the_site_itself(installed, centre, out, db, capsys,
                                                      qapp):
    target = out / "h1.json"
    assert _report(installed, "--format", "json", "--out", str(target)) == 0
    assert "5 people involved" in capsys.readouterr().out
    data = json.loads(target.read_text(encoding="utf-8"))
    figures = {f["figure"]: f["value"] for f in data["figures"]
               if "programme" not in f and "placement_kind" not in f}
    assert figures == {"rehabilitated": 2, "activities_held": 8, "people_involved": 5,
                       "facility_meetings": 5, "inmates_involved": 2, "inmates_renounced": 1,
                       "courses_completed": 2, "returnees": 0, "returnee_children": 0}
    # No plans: every activity was held without one.
    assert data["planned_against_held"]["total"] == {
        "planned": 0, "held": 0, "missed": 0, "to_come": 0, "cancelled": 0, "unplanned": 8}
    [event] = _events(db)
    assert (event.action, event.user_id, event.username) == (
        AuditAction.EXPORTED, None, SITE_USERNAME)


def test_xlsx_report_narrowed_to_a_facility_as_a_supervisor(installed, centre, out, db,
                                                            password_file, capsys, qapp):
    target = out / "h1.xlsx"
    assert _report(installed, "--format", "xlsx", "--out", str(target), "--facility",
                   "ЛА-155/4", "--as-user", "supervisor", "--password-file",
                   str(password_file)) == 0
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert ["Facility: ЛА-155/4"] == [row[0] for row in sheet.iter_rows(values_only=True)
                                      if str(row[0]).startswith("Facility")]
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=6, values_only=True)}
    assert values["Activities held"] == 4
    [event] = _events(db)
    assert event.username == "supervisor"
    assert json.loads(event.detail)["facility"] == "ЛА-155/4"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_pdf_report_from_a_separate_process(installed, centre, out, db):
    target = out / "h1.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "centre_desk", "report", "half-year", "--data-dir",
         str(installed.data_dir), "--from", "2024-01-01", "--to", "2024-06-30", "--format",
         "pdf", "--out", str(target), "--language", "en"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Центр «Ақниет»" in text and "Half-year statistics" in text
    assert "Activities per month by programme" in text
    [event] = _events(db)
    assert event.action is AuditAction.PRINTED


@pytest.mark.parametrize(("args", "expected"), [
    (["--from", "2024-02-30"], "is not a date; write it as YYYY-MM-DD"),
    (["--to", "30.06.2024"], "is not a date; write it as YYYY-MM-DD"),
    (["--from", "2024-07-01"], "The period ends (2024-06-30) before it starts (2024-07-01)"),
    (["--format", "docx"], "invalid choice: 'docx'"),
    (["--as-user", "supervisor"], "Acting as supervisor needs that account's password"),
    (["--password-file", "user.pw"], "--password-file is the password of the --as-user"),
    (["--out", "{out}/missing/h1.pdf"], "does not exist: create it or choose another --out"),
    (["--out", "{out}"], "is a folder: give --out a file name"),
])
def test_bad_input_is_one_line_a_non_zero_exit_and_no_file(installed, centre, out, db, capsys,
                                                          qapp, args, expected):
    before = snapshot(db)
    command = ["--format", "pdf", "--out", str(out / "h1.pdf")]
    for name, value in zip(args[::2], args[1::2]):
        if name in command:
            command[command.index(name) + 1] = value.replace("{out}", str(out))
        else:
            command += [name, value]
    assert _report(installed, *command) != 0
    stdout, err = capsys.readouterr()
    assert expected in one_line(err)
    assert stdout == ""
    assert list(out.iterdir()) == []
    assert snapshot(db) == before


@pytest.mark.parametrize(("user", "password", "expected", "audited"), [
    ("ghost", USER_PASSWORD, "The user name ghost or its password is wrong",
     AuditAction.SIGN_IN_FAILED),
    ("supervisor", "not the password", "The user name supervisor or its password is wrong",
     AuditAction.SIGN_IN_FAILED),
    ("specialist", USER_PASSWORD, "specialist may not see the statistics",
     AuditAction.SIGNED_IN),
])
def test_acting_as_a_user_needs_their_password_and_their_role(
        installed, centre, out, db, tmp_path, capsys, qapp, user, password, expected, audited):
    """The command signs in as the window does: the attempt is audited, and nothing else
    is written."""
    password_file = secret_file(tmp_path / "typed.pw", password)
    with db.session() as session:
        last = session.scalar(select(func.max(AuditEvent.seq)))
    assert _report(installed, "--format", "json", "--out", str(out / "h1.json"),
                   "--as-user", user, "--password-file", str(password_file)) == 1
    stdout, err = capsys.readouterr()
    assert expected in one_line(err) and stdout == ""
    assert list(out.iterdir()) == []
    with db.session() as session:
        written = session.scalars(select(AuditEvent).where(AuditEvent.seq > last)).all()
    assert [(e.action, e.username) for e in written] == [(audited, user)]
