"""How the printed participant file is laid out on A4, read back from the PDF: narrow
columns wrap between words, never inside one ("индивидуальн / ая"); no heading is left
alone at the foot of a page; a group session's row says who led it and how many came."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from centre_desk.domain.enums import ActivityKind, OrganisationKind, PlacementKind
from centre_desk.reports.participant_file import SECTION_TITLES, write_pdf
from centre_desk.services import interventions, organisations, placements
from centre_desk.services import participant_report as report
from centre_desk.services.participant_report import PrintContext
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.i18n import Translations

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")

CONTEXT = PrintContext("Центр «Ақниет»", "Әлия Сәрсенова", dt.datetime(2025, 1, 31, 9, 30))
TODAY = dt.date(2024, 12, 1)
LEADERS = "Сәрсенова Әлия, Жумабаев Нурлан"
NOTE = ("Социально-психологическое консультирование: семейные взаимоотношения, "
        "трудоустройство, профессиональная переподготовка. Участница рассказала о "
        "детях и о планах вернуться к работе швеи; договорились о следующей встрече "
        "и о поиске вакансий через партнёрские организации.")
"""A long note, as real ones are: it takes the table's width from the narrow columns."""
PARTNER = "Индивидуальный предприниматель Сәрсенбаев (швейная мастерская)"
PLACE = "Реабилитационный центр «Ақниет», кабинет психолога"
SUBHEADINGS = ("Stage history", "Mothers’ club membership", "Club meetings attended",
               "Children’s events attended", "Arabic courses")


@pytest.fixture
def language(tmp_path):
    """Switch the print's language; English again afterwards."""
    loaded = Translations(tmp_path / "qm")
    yield loaded.apply
    loaded.apply("en")


def _pages(path: Path) -> list[list[str]]:
    """Each page's lines as pdftotext lays them out, the margins' lines left out."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = []
    for page in text.split("\f")[:-1]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        pages.append(lines[1:-1])  # the header band's line and the footer band's line
    return pages


def _log(run, printed, number: int) -> None:
    kind = ActivityKind.INDIVIDUAL_CONSULTATION if number % 2 else ActivityKind.GROUP_TRAINING
    who = (printed.person_id,) if number % 2 else (printed.person_id, printed.other_id)
    run(interventions.log_intervention, interventions.InterventionInput(
        kind, dt.date(2024, 5, 1) + dt.timedelta(days=number), who, place=PLACE,
        facilitators=LEADERS, notes=NOTE), today=TODAY)


def _print(run, printed, path: Path) -> list[list[str]]:
    write_pdf(path, [run(report.participant_report, printed.person_id)], CONTEXT,
              labels.label)
    if os.environ.get("CENTRE_DESK_SHOTS"):
        shutil.copy(path, Path(os.environ["CENTRE_DESK_SHOTS"]) / path.name)
    return _pages(path)


@pytest.mark.parametrize("code", ["ru", "kk", "en"])
def test_narrow_columns_wrap_between_words_never_inside_one(tmp_path, run, printed, language,
                                                            code):
    language(code)
    for number in range(4):
        _log(run, printed, number)
    partner = run(organisations.create_organisation, organisations.OrganisationInput(
        PARTNER, OrganisationKind.EMPLOYER))
    run(placements.request_placement, placements.PlacementInput(
        PlacementKind.JOB, printed.person_id, organisation_id=partner,
        requested_on=dt.date(2024, 11, 1), notes=NOTE), today=TODAY)

    text = "\n".join(line for page in _print(run, printed, tmp_path / f"words-{code}.pdf")
                     for line in page)

    words = {word.strip(",.") for value in (
        labels.label(ActivityKind.INDIVIDUAL_CONSULTATION),
        labels.label(ActivityKind.GROUP_TRAINING),
        labels.label(ActivityKind.THEOLOGICAL_LECTURE), NOTE, PLACE, PARTNER)
        for word in value.replace("-", " ").split()}  # a hyphen may end a line
    split = [word for word in words if word not in text]
    assert not split, f"split across lines: {split}"


def test_no_heading_is_the_last_line_of_a_page(tmp_path, run, printed):
    headings = set(SECTION_TITLES.values()) | set(SUBHEADINGS)
    # One more session each time pushes every heading below it further down, so each
    # heading passes the foot of a page on the way.
    for number in range(36):
        _log(run, printed, number)
        pages = _print(run, printed, tmp_path / "long.pdf")
        for page, lines in enumerate(pages[:-1], start=1):
            assert lines, f"with {number + 1} sessions page {page} is blank"
            assert lines[-1] not in headings, (
                f"with {number + 1} sessions page {page} ends with the heading {lines[-1]!r}")


def test_a_group_sessions_row_names_who_led_it_and_how_many_came(tmp_path, run, printed):
    _log(run, printed, 0)  # two attend: the participant and Ахметов

    file = run(report.participant_report, printed.person_id)
    [session] = [entry for entry in file.interventions
                 if entry.activity_kind is ActivityKind.GROUP_TRAINING]
    assert (session.led_by, session.attended) == (LEADERS, 2)
    lines = [line for page in _print(run, printed, tmp_path / "group.pdf") for line in page]
    header = next(line for line in lines if line.startswith("Date") and "Led by" in line)
    assert header.split() == ["Date", "Kind", "Title", "Place", "Led", "by", "Attended",
                              "Note"]
    row = next(line for line in lines if line.startswith("01.05.2024"))
    assert "Сәрсенова" in row and " 2 " in f"{row} "
