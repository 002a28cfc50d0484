"""The week view's Print: the week's schedule of the facility shown, as a PDF on A4
landscape (reports.week_schedule lays it out)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from centre_desk.ui.plans.week_model import STATUS_COLOURS, WeekModel, facility_text

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def schedule_rows(model: WeekModel) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """The model's rows as the printout's: (facility or '', a (text, colour) per day)."""
    rows = []
    for row in range(model.rowCount()):
        heading = model.headerData(row, Qt.Orientation.Vertical) or ""
        cells = []
        for column in range(7):
            occurrence = model.occurrence(model.index(row, column))
            if occurrence is None:
                cells.append(("", None))
            else:
                cells.append((model.index(row, column).data(), STATUS_COLOURS[occurrence.status]))
        rows.append((heading, cells))
    return rows


def choose_pdf_path(parent: QWidget, name: str) -> str:
    """Ask where to save the schedule ('' when the user cancels)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("WeekView", "Save the week's schedule"), f"{name}.pdf",
        translate("WeekView", "PDF documents (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def write_schedule(path: str, model: WeekModel, facility: str | None, week_text: str) -> int:
    """Write the week's schedule to ``path``; returns the page count."""
    from centre_desk.reports.week_schedule import write_pdf  # the PDF code loads when used

    title = translate("WeekView", "Schedule of the week: %1").replace(
        "%1", facility_text(facility) if facility else translate("WeekView", "all facilities"))
    headings = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(7)]
    return write_pdf(path, title, week_text, headings, schedule_rows(model))
