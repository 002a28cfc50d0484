"""The words and tables of "planned against held" (services.statistics_plans), shared by
the statistics window, its PDF and its spreadsheet: a table per facility and one per
programme, each with its total line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from centre_desk.reports.statistics_words import Label, translated
from centre_desk.services.statistics_plans import COUNTS, PlanLine, PlansAgainstHeld

COUNT_HEADINGS = {
    "planned": QT_TRANSLATE_NOOP("Statistics", "Planned"),
    "held": QT_TRANSLATE_NOOP("Statistics", "Held"),
    "missed": QT_TRANSLATE_NOOP("Statistics", "Missed"),
    "to_come": QT_TRANSLATE_NOOP("Statistics", "Still to come"),
    "cancelled": QT_TRANSLATE_NOOP("Statistics", "Cancelled"),
    "unplanned": QT_TRANSLATE_NOOP("Statistics", "Held without a plan"),
}
"""The column of each of a line's numbers."""

PLANS_NOTE = QT_TRANSLATE_NOOP(
    "Statistics", "Sessions of the week's plans taking place in the period. Planned: "
    "those not cancelled, that is held, missed and still to come. Held: recorded as an "
    "activity; missed: their day has passed and no activity was recorded; still to come: "
    "today's and later ones. Cancelled: on their own or by a holiday. Held without a "
    "plan: activities of the period that no plan's session became. A session counts "
    "under its plan's facility and programme; a facility or a region narrows the plans "
    "as it narrows activities.")
"""What the table counts, under it and on the report's notes."""

_TEXTS = (QT_TRANSLATE_NOOP("Statistics", "Planned against held"),
          QT_TRANSLATE_NOOP("Statistics", "By facility"),
          QT_TRANSLATE_NOOP("Statistics", "By programme"),
          QT_TRANSLATE_NOOP("Statistics", "No facility"),
          QT_TRANSLATE_NOOP("Statistics", "Total"))
# Marked for pyside6-lupdate; looked up through translated() where used.


def plan_headings(by_programme: bool) -> list[str]:
    """The columns of a table: "Facility" (or "Programme") then the numbers."""
    first = translated("Programme") if by_programme else translated("Facility")
    return [first, *(translated(COUNT_HEADINGS[name]) for name in COUNTS)]


def line_name(line: PlanLine, label: Label) -> str:
    """A facility's or programme's line's first cell: its programme, its facility, or
    "No facility"."""
    if line.programme is not None:
        return label(line.programme)
    return line.facility if line.facility is not None else translated("No facility")


def line_values(line: PlanLine) -> list[int]:
    """A line's numbers in the order of the headings."""
    return [getattr(line, name) for name in COUNTS]


def plan_tables(plans: PlansAgainstHeld, label: Label
                ) -> list[tuple[str, list[str], list[list[str | int]]]]:
    """(title, headings, rows ending with the total) of the table by facility, then by
    programme."""
    total = [translated("Total"), *line_values(plans.total)]
    return [(translated(title), plan_headings(by_programme),
             [*([line_name(line, label), *line_values(line)] for line in lines), total])
            for title, by_programme, lines in (
                ("By facility", False, plans.by_facility),
                ("By programme", True, plans.by_programme))]
