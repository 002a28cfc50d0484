"""Planned against held in the saved statistics: its sheet of the XLSX (read back with
openpyxl), its page of the PDF (text read back with pdftotext; a region's many facilities
run onto more pages, headings repeated and every page numbered of the whole) and the
JSON's "planned_against_held"."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import openpyxl
import pytest

from centre_desk.domain.enums import ActivityKind, Programme
from centre_desk.reports.statistics_export import ReportFormat, save_report
from centre_desk.services import plans
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from tests.unit.reports.test_statistics_export import pdf_text
from tests.unit.services.test_statistics_plans import (
    COLONY, NOVEMBER, OTHER_COLONY, build_plans_centre)

# Today is long after November 2024: every session not held nor cancelled was missed.
HEADINGS = ["Planned", "Held", "Missed", "Still to come", "Cancelled", "Held without a plan"]
BY_FACILITY = [[COLONY, 3, 1, 2, 0, 1, 1], [OTHER_COLONY, 1, 0, 1, 0, 0, 0],
               ["No facility", 3, 1, 2, 0, 1, 1], ["Total", 7, 2, 5, 0, 2, 2]]


def by_programme() -> list[list]:
    lines = {Programme.CASE_WORK: [4, 1, 3, 0, 1, 1], Programme.MOTHERS_CLUB: [3, 1, 2, 0, 1, 1]}
    return [[labels.label(p), *lines.get(p, [0] * 6)] for p in Programme] + [BY_FACILITY[-1]]


@pytest.fixture
def workspace(db, admin, qapp) -> Workspace:
    build_plans_centre(db, admin)
    return Workspace(db, admin)


def test_the_spreadsheet_has_a_sheet_of_planned_against_held(workspace, tmp_path):
    target = tmp_path / "november.xlsx"
    save_report(workspace, NOVEMBER, ReportFormat.XLSX, target, labels.label)

    sheet = openpyxl.load_workbook(target)["Planned against held"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Planned against held"
    assert rows[2][0] == "Period: 01.11.2024 to 30.11.2024"
    facility = rows.index(["By facility", *[None] * 6])
    assert rows[facility + 1] == ["Facility", *HEADINGS]
    assert rows[facility + 2:facility + 6] == BY_FACILITY
    programme = rows.index(["By programme", *[None] * 6])
    assert rows[programme + 1] == ["Programme", *HEADINGS]
    assert rows[programme + 2:programme + 3 + len(Programme)] == by_programme()
    assert rows[-1][0].startswith("Sessions of the week's plans taking place in the period.")


def _numbers(text: str, name: str) -> list[int]:
    """The numbers on the PDF line that begins with ``name``."""
    line = next(line for line in text.splitlines() if line.strip().startswith(name))
    return [int(word) for word in line[line.index(name) + len(name):].split()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_pdf_has_a_page_of_planned_against_held(workspace, tmp_path):
    target = tmp_path / "november.pdf"
    save_report(workspace, NOVEMBER, ReportFormat.PDF, target, labels.label)

    pages = pdf_text(target).split("\f")
    plan_page = pages[2]
    for text in ("Planned against held", "By facility", "By programme", "Page 3 of 4",
                 "Still to", "Cancelled", "Held"):
        assert text in plan_page
    for name, *numbers in BY_FACILITY[:3]:
        assert _numbers(plan_page, name) == numbers
    assert _numbers(plan_page, labels.label(Programme.CASE_WORK)) == [4, 1, 3, 0, 1, 1]
    assert [_numbers(line, "Total") for line in plan_page.splitlines()
            if line.strip().startswith("Total")] == [[7, 2, 5, 0, 2, 2]] * 2
    assert "Page 4 of 4" in pages[3] and "What the figures count" in pages[3]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_regions_many_facilities_run_onto_more_pages_numbered_of_the_whole(workspace,
                                                                            tmp_path):
    colonies = [f"ИК-{number:02d}" for number in range(1, 71)]
    for colony in colonies:
        workspace.run(plans.create_plan, plans.PlanInput(
            Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, (3,), 600, 60,
            dt.date(2024, 11, 1), facility=colony))
    target = tmp_path / "region.pdf"
    save_report(workspace, NOVEMBER, ReportFormat.PDF, target, labels.label)

    pages = pdf_text(target).split("\f")[:-1]  # the text ends with a page break
    count = len(pages)
    assert count >= 5
    plan_pages = pages[2:-1]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
    for page in plan_pages[1:]:  # the columns' headings on every page of the table
        assert "Cancelled" in page
    shown = [colony for colony in colonies if any(
        line.strip().startswith(colony) for page in plan_pages for line in page.splitlines())]
    assert shown == colonies
    assert _numbers(plan_pages[0], "ИК-01") == [4, 0, 4, 0, 0, 0]  # four Wednesdays
    assert [_numbers(line, "Total") for page in plan_pages for line in page.splitlines()
            if line.strip().startswith("Total")] == [[287, 2, 285, 0, 2, 2]] * 2


def test_the_json_holds_planned_against_held(workspace, tmp_path):
    target = tmp_path / "november.json"
    save_report(workspace, NOVEMBER, ReportFormat.JSON, target, labels.label)

    data = json.loads(target.read_text(encoding="utf-8"))["planned_against_held"]
    numbers = ("planned", "held", "missed", "to_come", "cancelled", "unplanned")
    assert [[line["facility"], *(line[n] for n in numbers)] for line in data["by_facility"]] \
        == [[COLONY, 3, 1, 2, 0, 1, 1], [OTHER_COLONY, 1, 0, 1, 0, 0, 0],
            [None, 3, 1, 2, 0, 1, 1]]
    assert [line["programme"] for line in data["by_programme"]] == [p.value for p in Programme]
    assert [data["by_programme"][0][n] for n in numbers] == [4, 1, 3, 0, 1, 1]
    assert data["total"] == dict(zip(numbers, [7, 2, 5, 0, 2, 2]))
