"""The words of the half-year statistics, shared by its window, PDF and spreadsheet:
figure titles, column headings, the cells of the rows behind a figure, the period.

Words for codes (programmes, stages ...) come from ``label`` (the UI's
``labels.label``), because the reports layer cannot import the UI's.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.reports.language import region_text
from centre_desk.services.statistics import Figure, FigureKey, ReportScope
from centre_desk.services.statistics_rows import ActivityLine, PersonLine

Label = Callable[[enum.Enum | None], str]
CONTEXT = "Statistics"

_F = FigureKey
FIGURE_TITLES = {
    _F.REHABILITATED: QT_TRANSLATE_NOOP("Statistics", "Individuals rehabilitated"),
    _F.ACTIVITIES_HELD: QT_TRANSLATE_NOOP("Statistics", "Activities held"),
    _F.PEOPLE_INVOLVED: QT_TRANSLATE_NOOP("Statistics", "Unique people involved"),
    _F.FACILITY_MEETINGS: QT_TRANSLATE_NOOP("Statistics", "Meetings held in penal facilities"),
    _F.INMATES_INVOLVED: QT_TRANSLATE_NOOP("Statistics", "Unique inmates involved"),
    _F.INMATES_RENOUNCED: QT_TRANSLATE_NOOP("Statistics",
                                            "Inmates who openly renounced radical views"),
    _F.COURSES_COMPLETED: QT_TRANSLATE_NOOP("Statistics", "Courses completed"),
    _F.PLACEMENTS_MADE: QT_TRANSLATE_NOOP("Statistics", "Placements made"),
    _F.RETURNEES: QT_TRANSLATE_NOOP("Statistics", "Returnees from conflict zones in work"),
    _F.RETURNEE_CHILDREN: QT_TRANSLATE_NOOP("Statistics",
                                            "Returnees' children in the children's register"),
}
"""Each figure's title, as the ministry words it."""

FIGURE_DEFINITIONS = {
    _F.REHABILITATED: QT_TRANSLATE_NOOP(
        "Statistics", "Persons whose case reached the stage “rehabilitated” in the period "
        "and did not relapse after it within the period; each person once. Only approved "
        "outcomes count: a request still waiting for a second supervisor does not."),
    _F.ACTIVITIES_HELD: QT_TRANSLATE_NOOP(
        "Statistics", "Activities held in the period, both of its days included: in all "
        "and per programme."),
    _F.PEOPLE_INVOLVED: QT_TRANSLATE_NOOP(
        "Statistics", "Persons present at the period's activities, each counted once. "
        "Someone who came to two programmes counts once in the total and once under each "
        "programme, so the programme lines add up to more than the total. Children present "
        "at children's events are counted."),
    _F.FACILITY_MEETINGS: QT_TRANSLATE_NOOP(
        "Statistics", "Activities of the period held in a penal facility."),
    _F.INMATES_INVOLVED: QT_TRANSLATE_NOOP(
        "Statistics", "Persons present at meetings held in penal facilities whose case was "
        "an inmate's on the day of the meeting; each person once."),
    _F.INMATES_RENOUNCED: QT_TRANSLATE_NOOP(
        "Statistics", "Persons whose case, an inmate's on that day, reached the stage "
        "“renounced radical views” in the period and did not relapse after it within the "
        "period."),
    _F.COURSES_COMPLETED: QT_TRANSLATE_NOOP(
        "Statistics", "Course certificates dated in the period; someone who completed two "
        "courses counts twice."),
    _F.PLACEMENTS_MADE: QT_TRANSLATE_NOOP(
        "Statistics", "Placements that became “placed” in the period, per kind of help."),
    _F.RETURNEES: QT_TRANSLATE_NOOP(
        "Statistics", "Persons whose case is a returnee's (on the period's last day), taken "
        "in by the end of the period and not closed before it began; each person once."),
    _F.RETURNEE_CHILDREN: QT_TRANSLATE_NOOP(
        "Statistics", "Children in the children's register of those returnees' cases; each "
        "child once."),
}
"""What each figure counts, as a tooltip and on the report's notes."""

NARROWING_NOTES = (
    QT_TRANSLATE_NOOP(
        "Statistics", "A facility narrows activities to those held in it, and "
        "rehabilitations, renunciations, courses and placements to persons whose case "
        "names it (for a stage, the case that reached it)."),
    QT_TRANSLATE_NOOP(
        "Statistics", "A region narrows activities, and the persons present at them, to "
        "those recorded by a centre of the region (this centre, or a peer centre of that "
        "region), so the regions add up to the whole; rehabilitations, renunciations, "
        "courses and placements to persons living in the region."),
    QT_TRANSLATE_NOOP(
        "Statistics", "Deleted records are not counted; two records of one person merged "
        "into one count once."),
)
"""How the narrowing works, on the report's notes."""

# The date and detail columns of the people behind each kind of figure.
_PERSON_COLUMNS = {
    _F.REHABILITATED: (QT_TRANSLATE_NOOP("Statistics", "Rehabilitated on"),
                       QT_TRANSLATE_NOOP("Statistics", "Facility")),
    _F.INMATES_RENOUNCED: (QT_TRANSLATE_NOOP("Statistics", "Renounced on"),
                           QT_TRANSLATE_NOOP("Statistics", "Facility")),
    _F.COURSES_COMPLETED: (QT_TRANSLATE_NOOP("Statistics", "Certificate of"),
                           QT_TRANSLATE_NOOP("Statistics", "Course")),
    _F.PLACEMENTS_MADE: (QT_TRANSLATE_NOOP("Statistics", "Placed on"),
                         QT_TRANSLATE_NOOP("Statistics", "Partner")),
    _F.PEOPLE_INVOLVED: (QT_TRANSLATE_NOOP("Statistics", "Last came on"),
                         QT_TRANSLATE_NOOP("Statistics", "Activities attended")),
}
_PERSON_COLUMNS[_F.INMATES_INVOLVED] = _PERSON_COLUMNS[_F.PEOPLE_INVOLVED]
_PERSON_COLUMNS[_F.RETURNEES] = (QT_TRANSLATE_NOOP("Statistics", "Taken in on"),
                                 QT_TRANSLATE_NOOP("Statistics", "Children in the register"))
_PERSON_COLUMNS[_F.RETURNEE_CHILDREN] = (QT_TRANSLATE_NOOP("Statistics", "Health check on"),
                                         QT_TRANSLATE_NOOP("Statistics", "School"))
_NAME_COLUMNS = (QT_TRANSLATE_NOOP("Statistics", "Name"),
                 QT_TRANSLATE_NOOP("Statistics", "Born"),
                 QT_TRANSLATE_NOOP("Statistics", "Region"))
_ACTIVITY_COLUMNS = (QT_TRANSLATE_NOOP("Statistics", "Held on"),
                     QT_TRANSLATE_NOOP("Statistics", "Programme"),
                     QT_TRANSLATE_NOOP("Statistics", "Kind"),
                     QT_TRANSLATE_NOOP("Statistics", "Title"),
                     QT_TRANSLATE_NOOP("Statistics", "Place"),
                     QT_TRANSLATE_NOOP("Statistics", "Present"))
# Marked for pyside6-lupdate; looked up through translated() where used.
_TEXTS = (QT_TRANSLATE_NOOP("Statistics", "Half-year statistics"),
          QT_TRANSLATE_NOOP("Statistics", "Period: %1 to %2"),
          QT_TRANSLATE_NOOP("Statistics", "Facility: %1"),
          QT_TRANSLATE_NOOP("Statistics", "Region: %1"),
          QT_TRANSLATE_NOOP("Statistics", "All facilities and regions"),
          QT_TRANSLATE_NOOP("Statistics", "Figure"),
          QT_TRANSLATE_NOOP("Statistics", "Value"),
          QT_TRANSLATE_NOOP("Statistics", "Figures"),
          QT_TRANSLATE_NOOP("Statistics", "CONFIDENTIAL"),
          QT_TRANSLATE_NOOP("Statistics", "Printed by %1 on %2"),
          QT_TRANSLATE_NOOP("Statistics", "Page %1 of %2"),
          QT_TRANSLATE_NOOP("Statistics", "What the figures count"))


def translated(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in this context) in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def figure_title(figure: Figure, label: Label) -> str:
    """"Activities held", or for one programme or kind "Activities held: Case work"."""
    title = translated(FIGURE_TITLES[figure.key])
    part = figure.programme or figure.placement_kind
    return f"{title}: {label(part)}" if part is not None else title


def definition(figure: Figure) -> str:
    """What ``figure`` counts, in the current language."""
    return translated(FIGURE_DEFINITIONS[figure.key])


def notes() -> list[tuple[str, str]]:
    """(title, what it counts) of every figure, then ("", note) of how a report is
    narrowed: the report's notes page."""
    return [*((translated(FIGURE_TITLES[key]), translated(text))
              for key, text in FIGURE_DEFINITIONS.items()),
            *(("", translated(text)) for text in NARROWING_NOTES)]


def date_text(day: dt.date | None) -> str:
    """A date as Kazakh and Russian paperwork writes it: 05.03.2024."""
    return day.strftime("%d.%m.%Y") if day is not None else ""


def period_text(scope: ReportScope) -> str:
    """"Period: 01.01.2024 to 30.06.2024"."""
    return translated("Period: %1 to %2").replace("%1", date_text(scope.start)).replace(
        "%2", date_text(scope.end))


def narrowing_text(scope: ReportScope) -> str:
    """Which facility or region the report is narrowed to, or that it is not."""
    parts = []
    if scope.facility:
        parts.append(translated("Facility: %1").replace("%1", scope.facility))
    if scope.region:
        parts.append(translated("Region: %1").replace("%1", region_text(scope.region)))
    return "; ".join(parts) or translated("All facilities and regions")


def row_headings(figure: Figure) -> list[str]:
    """Column titles of the rows behind ``figure``."""
    if figure.counts_activities:
        return [translated(text) for text in _ACTIVITY_COLUMNS]
    return [translated(text) for text in (*_NAME_COLUMNS, *_PERSON_COLUMNS[figure.key])]


def row_cells(line: PersonLine | ActivityLine, label: Label) -> list[Any]:
    """One row's values in the order of ``row_headings``: dates stay dates and counts
    numbers, so a spreadsheet can sort them."""
    if isinstance(line, ActivityLine):
        return [line.held_on, label(line.programme), label(line.kind), line.title or "",
                line.place or "", line.present]
    last = line.activities if line.activities is not None else (line.detail or "")
    return [line.full_name, line.birth_date, region_text(line.region), line.on, last]
