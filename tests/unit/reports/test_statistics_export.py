"""The half-year statistics saved as XLSX (read back with openpyxl), PDF (text read back
with pdftotext) and JSON, each audited, and written whole or not at all."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, PlacementKind, Programme
from centre_desk.reports.statistics_export import ReportFormat, save_report
from centre_desk.services.statistics import FigureKey as F
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from centre_desk.ui.toolkit import labels
from tests.unit.services.test_placements import snapshot
from tests.unit.services.test_statistics import END, HALF_YEAR, START, build_statistics_centre

CENTRE = "Центр «Ақниет»"  # Cyrillic with a Kazakh letter, from the test installation


@pytest.fixture
def workspace(db, admin, qapp) -> Workspace:
    build_statistics_centre(db, admin)
    return Workspace(db, admin)


@pytest.fixture
def run(workspace):
    return workspace.run


def _events(db) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.entity == "statistics")))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_spreadsheet_has_the_figures_and_a_sheet_of_rows_behind_each(workspace, tmp_path,
                                                                         db):
    target = tmp_path / "half-year.xlsx"
    report = save_report(workspace, HALF_YEAR, ReportFormat.XLSX, target, labels.label)

    book = openpyxl.load_workbook(target)
    figures = book.worksheets[0]
    assert figures.title == "Figures"
    values = {row[0]: row[1] for row in figures.iter_rows(min_row=6, values_only=True)}
    assert values["Activities held"] == 8
    assert values["Unique people involved"] == 5
    assert values["Activities held: Mothers' club"] == 1
    assert values["Placements made: Housing"] == 1
    assert values["Individuals rehabilitated"] == 2
    assert CENTRE in [row[0] for row in figures.iter_rows(max_row=4, values_only=True)]
    assert len(book.worksheets) == len(report.figures) + 3
    assert book.worksheets[1].title == "Planned against held"
    counts = {row[0]: row[1] for row in book.worksheets[-1].iter_rows(values_only=True)}
    assert book.worksheets[-1].title == "What the figures count"
    assert "on the day of the meeting" in counts["Unique inmates involved"]
    for sheet, figure in zip(book.worksheets[2:], report.figures):
        assert sheet.max_row == figure.value + 1, sheet.title
    people = book.worksheets[2 + [f.key for f in report.figures].index(F.PEOPLE_INVOLVED)]
    rows = list(people.iter_rows(values_only=True))
    assert rows[0][0] == "Name"
    aliya = next(row for row in rows if row[0] == "Сәрсенова Әлия")
    assert aliya[3].date() == END and aliya[4] == 5  # last came on 30 Jun, five times
    meetings = book.worksheets[2 + [f.key for f in report.figures].index(F.FACILITY_MEETINGS)]
    first = list(meetings.iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert first[0].date() == START and first[1] == "Case work"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_pdf_has_the_figures_then_the_charts_in_cyrillic_and_kazakh(workspace, tmp_path):
    target = tmp_path / "half-year.pdf"
    save_report(workspace, HALF_YEAR, ReportFormat.PDF, target, labels.label)

    first, second, plans, third = pdf_text(target).split("\f")[:4]
    for text in (CENTRE, "CONFIDENTIAL", "Page 1 of 4", "Half-year statistics",
                 "Period: 01.01.2024 to 30.06.2024", "Printed by Әлия Сәрсенова",
                 "Inmates who openly renounced radical views", "Placements made: Nursery place"):
        assert text in first
    assert any(line.split()[-1:] == ["8"] for line in first.splitlines()
               if "Activities held " in line + " " and ":" not in line)
    for text in ("Activities per month by programme", "Participants by stage (today)",
                 "Placements by kind and status (today)", "03.2024", "Rehabilitated",
                 "Page 2 of 4", CENTRE):
        assert text in second
    notes = " ".join(third.split())  # the sentences as read, however the lines break
    assert "Planned against held" in plans and "Page 3 of 4" in plans
    for text in ("What the figures count", "Page 4 of 4", "did not relapse after it",
                 "recorded by a centre of the region"):
        assert text in notes


def test_the_json_holds_codes_and_numbers(workspace, tmp_path):
    target = tmp_path / "half-year.json"
    save_report(workspace, HALF_YEAR, ReportFormat.JSON, target, labels.label)

    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["period"] == {"from": "2024-01-01", "to": "2024-06-30"}
    assert data["centre"] == CENTRE
    figures = {(f["figure"], f.get("programme"), f.get("placement_kind")): f["value"]
               for f in data["figures"]}
    assert figures["people_involved", None, None] == 5
    assert figures["activities_held", Programme.CASE_WORK.value, None] == 5
    assert figures["placements_made", None, PlacementKind.JOB.value] == 1
    assert data["charts"]["participants_by_stage"]["rehabilitated"] == 2


@pytest.mark.parametrize(("file_format", "action"), [
    (ReportFormat.XLSX, AuditAction.EXPORTED), (ReportFormat.JSON, AuditAction.EXPORTED),
    (ReportFormat.PDF, AuditAction.PRINTED)])
def test_every_saved_report_is_audited(workspace, db, tmp_path, file_format, action):
    target = tmp_path / f"report.{file_format}"
    save_report(workspace, HALF_YEAR, file_format, target, labels.label)

    [event] = _events(db)
    assert event.action is action and event.username == "admin"
    detail = json.loads(event.detail)
    assert (detail["format"], detail["file"], detail["start"], detail["end"]) == \
        (file_format.value, str(target), "2024-01-01", "2024-06-30")


class Cancelled(Exception):
    """What a progress callback raises to stop the work."""


def test_a_cancelled_or_failed_save_leaves_no_file_and_no_audit_event(workspace, db,
                                                                      tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "half-year.xlsx"
    target.write_bytes(b"the earlier report")
    before = snapshot(db)

    def cancel(done, total):
        if done > 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        save_report(workspace, HALF_YEAR, ReportFormat.XLSX, target, labels.label,
                    progress=cancel)
    with pytest.raises(OSError):
        save_report(workspace, HALF_YEAR, ReportFormat.PDF, out / "missing" / "x.pdf",
            labels.label)

    assert target.read_bytes() == b"the earlier report"
    assert sorted(p.name for p in out.iterdir()) == ["half-year.xlsx"]
    assert snapshot(db) == before


def test_a_report_already_made_is_saved_as_made(workspace, run, tmp_path, db, admin):
    from centre_desk.services import statistics
    made = run(statistics.half_year_report, HALF_YEAR)
    target = tmp_path / "r.json"
    assert save_report(workspace, HALF_YEAR, "json", target, labels.label, report=made) is made
    assert json.loads(target.read_text(encoding="utf-8"))["made_by"] == "Әлия Сәрсенова"
    assert dt.date.fromisoformat(json.loads(target.read_text())["period"]["to"]) == END
