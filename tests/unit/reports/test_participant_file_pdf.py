"""Participant files as PDF: the text pdftotext reads back, page margins, redaction,
many files in one PDF, cancelling, and the audit of what was printed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.reports.participant_file import write_pdf
from centre_desk.services import participant_report as report
from centre_desk.services.participant_report import PrintContext, PrintedHow, Section
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from centre_desk.ui.toolkit import labels
from tests.printing_data import ADDRESS, IIN, NAME, PHONE

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")

CONTEXT = PrintContext("Центр «Ақниет»", "Әлия Сәрсенова", dt.datetime(2025, 1, 31, 9, 30))


class Cancelled(Exception):
    """What a progress callback raises to stop the work."""


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pages_of(path: Path) -> list[str]:
    return pdf_text(path).split("\f")[:-1]


def test_a_file_reads_back_with_cyrillic_and_kazakh_letters_and_every_margin(
        tmp_path, run, printed):
    target = tmp_path / "file.pdf"
    file = run(report.participant_report, printed.person_id)

    pages = write_pdf(target, [file], CONTEXT, labels.label)

    text = pdf_text(target)
    assert NAME in text  # ұ, ә, қ intact
    for value in (IIN, PHONE, ADDRESS, "Лекция о семье", "ТОО «Өрлеу»", "Сұлтанбеков Нұрлан",
                  "Араб тілі — бастауыш", "Ана тілі — қазақ тілі"):
        assert value in text
    sheets = pages_of(target)
    assert len(sheets) == pages >= 1
    for number, sheet in enumerate(sheets, start=1):
        assert "Центр «Ақниет»" in sheet and "CONFIDENTIAL" in sheet and NAME in sheet
        assert f"Page {number} of {pages}" in sheet
        assert "Printed by Әлия Сәрсенова on 31.01.2025 09:30" in sheet


def test_a_read_only_users_pdf_has_no_iin_phone_or_address(tmp_path, db, printed, make_user):
    target = tmp_path / "viewer.pdf"
    viewer = Workspace(db, make_user(Role.READ_ONLY))
    write_pdf(target, [viewer.run(report.participant_report, printed.person_id)], CONTEXT,
              labels.label)

    text = pdf_text(target)
    assert NAME in text and "withheld" in text
    assert IIN not in text and PHONE not in text and ADDRESS not in text
    # The region is not withheld (given in Kazakh, stored as «Туркестанская область»,
    # printed in the print's language).
    assert "Turkistan Region" in text


def test_only_the_chosen_sections_print(tmp_path, run, printed):
    target = tmp_path / "family.pdf"
    file = run(report.participant_report, printed.person_id, (Section.FAMILY,))
    write_pdf(target, [file], CONTEXT, labels.label)

    text = pdf_text(target)
    assert "Family" in text and "Сұлтанбеков Нұрлан" in text
    assert IIN not in text and "Personal details" not in text and "Placements" not in text


def test_many_files_in_one_pdf_each_start_a_new_page_with_their_own_numbering(
        tmp_path, run, printed):
    target = tmp_path / "list.pdf"
    files = [run(report.participant_report, pid, (Section.PERSONAL,))
             for pid in (printed.person_id, printed.other_id)]
    done = []

    pages = write_pdf(target, iter(files), CONTEXT, labels.label, total=2,
                      progress=lambda n, total: done.append((n, total)))

    sheets = pages_of(target)
    assert pages == len(sheets) == 2 and done == [(1, 2), (2, 2)]
    assert NAME in sheets[0] and "Ахметов Ерлан" not in sheets[0]
    assert "Ахметов Ерлан" in sheets[1] and "Page 1 of 1" in sheets[1]


def test_a_cancelled_pdf_leaves_the_old_file_and_no_partial_one(tmp_path, run, printed):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "list.pdf"
    target.write_bytes(b"the previous print")
    files = [run(report.participant_report, pid) for pid in (printed.person_id,
                                                             printed.other_id)]

    def cancel(done, _total):
        raise Cancelled if done == 1 else AssertionError("went on after cancel")

    with pytest.raises(Cancelled):
        write_pdf(target, files, CONTEXT, labels.label, progress=cancel)

    assert target.read_bytes() == b"the previous print"
    assert [p.name for p in target.parent.iterdir()] == ["list.pdf"]


def test_the_audit_of_a_print_lists_the_files_printed(tmp_path, db, run, printed):
    ids = [printed.person_id, printed.other_id]
    write_pdf(tmp_path / "two.pdf", [run(report.participant_report, i) for i in ids],
              CONTEXT, labels.label)
    run(report.record_print, ids, PrintedHow.PDF, report.ALL_SECTIONS,
        str(tmp_path / "two.pdf"))

    with db.session() as session:
        [event] = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.PRINTED)).all()
    assert json.loads(event.detail)["persons"] == [str(i) for i in ids]
