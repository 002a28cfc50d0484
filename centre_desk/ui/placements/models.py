"""Small read-only table models for the placement windows: status history, follow-ups
and the partner directory. Each holds a tuple of frozen service views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel


def history_model(parent: QObject | None = None) -> RowsModel:
    """A placement's status history: date, from, to, note, who."""
    return RowsModel((
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Date"),
                   lambda v: labels.date_text(v.changed_on)),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "From"),
                   lambda v: labels.label(v.from_status)),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "To"),
                   lambda v: labels.label(v.to_status)),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Note"),
                   lambda v: v.note or ""),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Changed by"),
                   lambda v: v.changed_by or ""),
    ), row_id=lambda v: v.id, parent=parent)


def follow_up_model(parent: QObject | None = None) -> RowsModel:
    """A placement's follow-ups: due date, state, date done, note; overdue ones marked."""
    return RowsModel((
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Due"),
                   lambda v: labels.date_text(v.due_on)),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "State"),
                   lambda v: labels.label(v.state)),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Done on"),
                   lambda v: labels.date_text(v.done_on)),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Note"),
                   lambda v: v.note or ""),
    ), row_id=lambda v: v.id, parent=parent, highlight=lambda view: view.overdue)


def organisation_model(parent: QObject | None = None) -> RowsModel:
    """The partner directory: name, kind, region, contact person, phone, address."""
    return RowsModel((
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Name"),
                   lambda v: v.name),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Kind"),
                   lambda v: labels.label(v.kind)),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Region"),
                   lambda v: v.region or ""),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Contact person"),
                   lambda v: v.contact_person or ""),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Phone"),
                   lambda v: v.phone or ""),
        FileColumn(lambda: QCoreApplication.translate("PlacementModels", "Address"),
                   lambda v: v.address or ""),
    ), row_id=lambda v: v.id, parent=parent)
