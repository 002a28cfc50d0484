"""``centre-desk audit verify``: exit 0 and the count for an intact trail; one line naming
the first deleted or altered entry, and exit 1, for a broken one."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import select

from centre_desk import cli
from centre_desk.store.database import open_database
from centre_desk.store.models import AuditEvent
from tests.integration.conftest import one_line



def _entries(installed) -> list[AuditEvent]:
    database = open_database(installed)
    try:
        with database.session() as session:
            return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
    finally:
        database.close()


def _by_hand(installed, *statements: str) -> None:
    with sqlite3.connect(installed.database) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()



def test_an_intact_trail_is_reported_with_its_count(installed, capsys):
    count = len(_entries(installed))
    assert cli.main(["audit", "verify", "--data-dir", str(installed.data_dir)]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == (f"The audit trail is intact: {count} entries.\n", "")


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_an_entry_deleted_with_sqlite3_is_named_by_the_real_command(installed, make_user):
    entries = _entries(installed)
    gone, before = entries[2], entries[1]
    _by_hand(installed, "DROP TRIGGER audit_event_no_delete",
             f"DELETE FROM audit_event WHERE seq = {gone.seq}")
    done = subprocess.run(
        [sys.executable, "-m", "centre_desk", "audit", "verify", "--data-dir",
         str(installed.data_dir)], capture_output=True, text=True, timeout=120,
        env=os.environ)
    assert done.returncode == 1 and done.stdout == ""
    assert one_line(done.stderr) == (
        f"The audit trail is broken: entry {gone.seq}, written after "
        f"{before.at:%Y-%m-%d %H:%M:%S} UTC, is missing.")


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_an_entry_altered_with_sqlite3_is_named(installed, make_user, capsys):
    altered = _entries(installed)[1]
    _by_hand(installed, "DROP TRIGGER audit_event_no_update",
             f"UPDATE audit_event SET username = 'someone else' WHERE seq = {altered.seq}")
    assert cli.main(["audit", "verify", "--data-dir", str(installed.data_dir)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and one_line(err) == (
        f"The audit trail is broken: entry {altered.seq}, written "
        f"{altered.at:%Y-%m-%d %H:%M:%S} UTC, was altered.")


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_a_deleted_last_entry_is_named(installed, make_user, capsys):
    *kept, last = _entries(installed)
    _by_hand(installed, "DROP TRIGGER audit_event_no_delete",
             f"DELETE FROM audit_event WHERE seq = {last.seq}")
    assert cli.main(["audit", "verify", "--data-dir", str(installed.data_dir)]) == 1
    assert one_line(capsys.readouterr().err) == (
        f"The audit trail is broken: entry {last.seq}, written after "
        f"{kept[-1].at:%Y-%m-%d %H:%M:%S} UTC, is missing.")


def test_verify_needs_an_action_and_an_installation(tmp_path, capsys):
    assert cli.main(["audit", "--data-dir", str(tmp_path)]) == 2
    assert "required: ACTION" in one_line(capsys.readouterr().err)
    assert cli.main(["audit", "verify", "--data-dir", str(tmp_path / "none")]) == 1
    assert "does not exist" in one_line(capsys.readouterr().err)
