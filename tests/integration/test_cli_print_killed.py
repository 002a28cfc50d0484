"""``centre-desk print-file`` killed at random moments never leaves a printed file that the
audit trail does not name: the PRINTED entry commits before a byte of the PDF exists."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time

from sqlalchemy import select

from centre_desk.domain.enums import AuditAction
from centre_desk.services.audit_chain import verify_chain
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.store.models import AuditEvent
from tests import printing_data
from tests.printing_data import IIN

KILLS = 20



def _start(installed, out) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "centre_desk", "print-file", "--data-dir",
         str(installed.data_dir), IIN, "--out", str(out), "--language", "en"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _printed_targets(installed) -> set[str]:
    database = open_database(installed)
    try:
        with database.session() as session:
            return {json.loads(e.detail)["target"] for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == AuditAction.PRINTED))}
    finally:
        database.close()


def test_a_print_killed_at_any_moment_leaves_no_unaudited_file(installed, db, admin,
                                                               tmp_path):
    printing_data.register(Workspace(db, admin).run)
    db.close()
    folder = tmp_path / "prints"
    folder.mkdir()

    # One whole print first: how long one takes here, and proof that the command works.
    started = time.monotonic()
    whole = _start(installed, folder / "print-whole.pdf")
    assert whole.wait(timeout=300) == 0, whole.stderr.read().decode()
    duration = time.monotonic() - started

    moments = random.Random(12).sample(range(KILLS), KILLS)
    for n in range(KILLS):
        out = folder / f"print-{n:02d}.pdf"
        process = _start(installed, out)
        # Spread over the whole run, ending a little after a typical finish.
        time.sleep(duration * (0.1 + moments[n] / KILLS))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        process.stderr.close()

        audited = _printed_targets(installed)
        if out.exists():
            assert str(out) in audited, f"{out.name} exists with no PRINTED entry"
        # A temporary file beside it holds bytes only once the entry is committed.
        for leftover in folder.iterdir():
            target = re.search(r"print-\d\d\.pdf|print-whole\.pdf", leftover.name)
            if leftover.stat().st_size and target:
                assert str(folder / target.group()) in audited, leftover.name

    database = open_database(installed)
    try:
        with database.session() as session:
            assert verify_chain(session).intact
    finally:
        database.close()
