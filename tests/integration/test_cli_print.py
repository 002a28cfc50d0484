"""``centre-desk print-file``: a participant's file to PDF by IIN or id, as the site itself
or as a user who signs in with their password; every mistake is one line, a non-zero exit
and no file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from centre_desk import cli
from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services.audit import SITE_USERNAME
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from tests import printing_data
from tests.conftest import USER_PASSWORD
from tests.printing_data import ADDRESS, IIN, NAME, PHONE
from tests.integration.conftest import secret_file

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")



@pytest.fixture
def printed(db, admin, make_user):
    """The participants, a read-only user 'viewer'; the database closed again, as a
    command finds it."""
    ids = printing_data.register(Workspace(db, admin).run)
    make_user(Role.READ_ONLY, "viewer")
    return ids


@pytest.fixture
def viewer_password(tmp_path_factory) -> Path:
    """The viewer's password file, outside the folder the PDFs go to."""
    return secret_file(tmp_path_factory.mktemp("passwords") / "viewer.pw", USER_PASSWORD)


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _prints(installed) -> list[dict]:
    from centre_desk.store.database import open_database

    database = open_database(installed)
    try:
        with database.session() as session:
            return [json.loads(e.detail) | {"username": e.username, "user_id": e.user_id}
                    for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == AuditAction.PRINTED))]
    finally:
        database.close()


def test_print_file_by_iin_as_the_site_writes_the_full_file_and_audits_it_as_the_site(
        installed, printed, tmp_path):
    out = tmp_path / "file.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "centre_desk", "print-file", "--data-dir", str(installed.data_dir),
         IIN, "--out", str(out), "--language", "en"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and f"Wrote {out}" in done.stdout
    text = _text(out)
    assert NAME in text and IIN in text and PHONE in text and "Page 1 of" in text
    [event] = _prints(installed)
    assert event["persons"] == [str(printed.person_id)]
    assert (event["username"], event["user_id"], event["redacted"]) == (SITE_USERNAME, None,
                                                                        False)
    assert event["how"] == "pdf" and event["target"] == str(out)


def test_a_read_only_user_prints_chosen_sections_without_iin_phone_or_address(
        installed, printed, tmp_path, viewer_password, qapp, capsys):
    out = tmp_path / "viewer.pdf"
    code = cli.main(["print-file", "--data-dir", str(installed.data_dir),
                     str(printed.case_id), "--out", str(out), "--sections", "personal,family",
                     "--as-user", "viewer", "--password-file", str(viewer_password),
                     "--language", "en"])

    assert code == 0, capsys.readouterr().err
    text = _text(out)
    assert NAME in text and "Сұлтанбеков Нұрлан" in text and "withheld" in text
    assert IIN not in text and PHONE not in text and ADDRESS not in text
    assert "Лекция о семье" not in text  # interventions were not asked for
    [event] = _prints(installed)
    assert event["username"] == "viewer" and event["redacted"] is True
    assert event["sections"] == ["personal", "family"]


@pytest.mark.parametrize("arguments, says, exit_code", [
    (["000000000000"], "No participant has the IIN or id '000000000000'", 1),
    (["Сұлтанбекова"], "No participant has the IIN or id", 1),
    ([IIN, "--as-user", "nobody", "--password-file", "{pw}"],
     "The user name nobody or its password is wrong", 1),
    ([IIN, "--as-user", "viewer", "--password-file", "{wrong}"],
     "The user name viewer or its password is wrong", 1),
    ([IIN, "--as-user", "viewer"], "Acting as viewer needs that account's password", 2),
    ([IIN, "--sections", "personal,secrets"], "unknown section secrets", 2),
])
def test_bad_input_is_one_line_a_non_zero_exit_and_no_file(
        installed, printed, tmp_path, viewer_password, capsys, arguments, says, exit_code):
    out = tmp_path / "never.pdf"
    wrong = viewer_password.with_name("wrong.pw")
    wrong.write_text("not the viewer's password\n", encoding="utf-8")
    arguments = [a.format(pw=viewer_password, wrong=wrong) for a in arguments]
    code = cli.main(["print-file", "--data-dir", str(installed.data_dir), *arguments,
                     "--out", str(out)])

    err = capsys.readouterr().err
    assert code == exit_code
    assert err.count("\n") == 1 and err.startswith("centre-desk: ") and says in err
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["data"]
    assert _prints(installed) == []


def test_an_out_folder_that_does_not_exist_is_refused(installed, printed, tmp_path, capsys):
    code = cli.main(["print-file", "--data-dir", str(installed.data_dir), IIN,
                     "--out", str(tmp_path / "missing" / "file.pdf")])
    assert code == 1 and "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()
