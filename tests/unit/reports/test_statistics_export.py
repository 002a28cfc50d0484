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
from centre_desk.reports.statistics_words import figure_title
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


def _rows(sheet) -> list[dict]:
    """A sheet of rows as dicts by its headings."""
    headings, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(headings, row, strict=True)) for row in rows]


def test_the_spreadsheet_has_the_figures_and_the_rows_behind_each(workspace, tmp_path, db):
    target = tmp_path / "half-year.xlsx"
    report = save_report(workspace, HALF_YEAR, ReportFormat.XLSX, target, labels.label)

    book = openpyxl.load_workbook(target)
    figures = book.worksheets[0]
    assert figures.title == "Figures"
    assert list(figures.iter_rows(min_row=6, max_row=6, values_only=True)) == [
        ("Figure", "Value", "Rows behind it")]
    values = {row[0]: row[1:] for row in figures.iter_rows(min_row=7, values_only=True)}
    assert values["Activities held"] == (8, "Sheet “2 Activities held”")
    assert values["Unique people involved"] == (5, "Sheet “3 Unique people involved”")
    assert values["Activities held: Mothers' club"] == (
        1, "Sheet “2 Activities held”, rows whose “Programme” is Mothers' club")
    assert values["Unique people involved: Case work"][1] == (
        "Sheet “3 Unique people involved”, rows where “Activities attended: Case work” "
        "is filled in")
    assert values["Meetings held in penal facilities"][1] == (
        "Sheet “2 Activities held”, rows where “Facility” is filled in")
    assert values["Placements made: Housing"] == (1, "Sheet “8 Placements made  Housing”")
    assert values["Individuals rehabilitated"] == (2, "Sheet “1 Individuals rehabilitated”")
    assert CENTRE in [row[0] for row in figures.iter_rows(max_row=4, values_only=True)]
    assert book.worksheets[1].title == "Planned against held"
    counts = {row[0]: row[1] for row in book.worksheets[-1].iter_rows(values_only=True)}
    assert book.worksheets[-1].title == "What the figures count"
    assert "on the day of the meeting" in counts["Unique inmates involved"]

    # Following "Rows behind it" finds as many rows as the figure says.
    activities = _rows(book["2 Activities held"])
    people = _rows(book["3 Unique people involved"])
    for figure in report.figures:
        title = figure_title(figure, labels.label)
        if figure.key is F.ACTIVITIES_HELD:
            behind = [row for row in activities if figure.programme is None
                      or row["Programme"] == labels.label(figure.programme)]
        elif figure.key is F.FACILITY_MEETINGS:
            behind = [row for row in activities if row["Facility"]]
        elif figure.key is F.PEOPLE_INVOLVED:
            column = "Activities attended" + (
                f": {labels.label(figure.programme)}" if figure.programme else "")
            behind = [row for row in people if row[column]]
        else:
            sheet = values[title][1].removeprefix("Sheet “").removesuffix("”")
            behind = _rows(book[sheet])
        assert len(behind) == figure.value, title
    assert len(book.worksheets) == 2 + 11 + 1  # figures, plans, 11 sheets of rows, notes

    aliya = next(row for row in people if row["Name"] == "Сәрсенова Әлия")
    assert aliya["Last came on"].date() == END and aliya["Activities attended"] == 5
    assert (aliya["Activities attended: Case work"], aliya["Activities attended: Mothers' club"],
            aliya["Activities attended: Arabic courses"]) == (4, 1, None)
    first = next(row for row in activities if row["Facility"])
    assert first["Held on"].date() == START and first["Programme"] == "Case work"
    assert first["Facility"] == "ЛА-155/4"


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
