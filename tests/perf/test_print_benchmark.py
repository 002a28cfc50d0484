"""Printing on a region's data: one participant's file to PDF (read, laid out, written,
audited) and 500 files into one PDF. The print audit events are rolled back, so the
shared benchmark database is left as it was."""

from __future__ import annotations

import gc
import statistics
import time

import pytest

from centre_desk.config import Paths
from centre_desk.reports.participant_file import write_pdf
from centre_desk.services import participant_report as report, users
from centre_desk.services.listing import ListQuery, participants_page
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.ui.toolkit import labels
from tests.perf.conftest import ADMIN, PASSWORD

FILES = 500


@pytest.fixture
def database(region_data_dir):
    opened = open_database(Paths(region_data_dir))
    yield opened
    opened.close()


@pytest.fixture
def actor(database):
    return Workspace(database, None).run(users.sign_in, ADMIN, PASSWORD).actor


def _people(database, actor, count: int) -> list:
    """Participants from across the list (every n-th page), not only the first names."""
    found, after = [], None
    with database.session(actor) as session:
        while len(found) < count:
            page = participants_page(session, ListQuery(), after, 1000)
            found += [row.person_id for row in page.rows[::7]]
            if page.next is None:
                break
            after = page.next
    return found[:count]


def _print_one(database, actor, person_id, target) -> int:
    with database.session(actor) as session:
        session.begin()
        file = report.participant_report(session, person_id)
        context = report.print_context(session)
        pages = write_pdf(target, [file], context, labels.label)
        report.record_print(session, [person_id], report.PrintedHow.PDF)
        session.flush()
        session.rollback()  # measured, but not left in the shared database
    return pages


@pytest.mark.perf
def test_one_participant_file_to_pdf(qapp, database, actor, tmp_path):
    people = _people(database, actor, 12)
    gc.freeze()  # as the program does once its modules are loaded (ui/startup.py)
    times, pages = [], []
    for number, person_id in enumerate(people):
        started = time.perf_counter()
        pages.append(_print_one(database, actor, person_id, tmp_path / f"{number}.pdf"))
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times[1:])
    print(f"\n[perf] one participant file to PDF: first {times[0]:.0f} ms, then median "
          f"{median:.0f} ms, slowest {max(times[1:]):.0f} ms ({min(pages)}-{max(pages)} "
          f"pages; budget < 300 ms)")
    assert median < 300


@pytest.mark.perf
def test_500_files_into_one_pdf(qapp, database, actor, tmp_path):
    people = _people(database, actor, FILES)
    target = tmp_path / "files.pdf"
    started = time.perf_counter()
    with database.session(actor) as session:
        session.begin()
        files = (report.participant_report(session, person_id) for person_id in people)
        pages = write_pdf(target, files, report.print_context(session), labels.label,
                          total=len(people))
        report.record_print(session, people, report.PrintedHow.PDF)
        session.flush()
        session.rollback()
    elapsed = time.perf_counter() - started
    print(f"\n[perf] {len(people)} files into one PDF: {elapsed:.1f} s, {pages} pages, "
          f"{target.stat().st_size / 2**20:.1f} MiB ({elapsed * 1000 / len(people):.0f} ms "
          f"a file)")
    assert len(people) == FILES
