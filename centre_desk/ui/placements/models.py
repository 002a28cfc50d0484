"""Small read-only table models for the placement windows: status history, follow-ups
and the partner directory. Each holds a tuple of frozen service views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.i18n import region_text
from centre_desk.ui.toolkit.rows_model import RowsModel, column

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


HISTORY_COLUMNS = (
    column(lambda: translate("PlacementModels", "Date"), "changed_on", labels.date_text),
    column(lambda: translate("PlacementModels", "From"), "from_status", labels.label),
    column(lambda: translate("PlacementModels", "To"), "to_status", labels.label),
    column(lambda: translate("PlacementModels", "Note"), "note"),
    column(lambda: translate("PlacementModels", "Changed by"), "changed_by"),
)

FOLLOW_UP_COLUMNS = (
    column(lambda: translate("PlacementModels", "Due"), "due_on", labels.date_text),
    column(lambda: translate("PlacementModels", "State"), "state", labels.label),
    column(lambda: translate("PlacementModels", "Done on"), "done_on", labels.date_text),
    column(lambda: translate("PlacementModels", "Note"), "note"),
)

ORGANISATION_COLUMNS = (
    column(lambda: translate("PlacementModels", "Name"), "name"),
    column(lambda: translate("PlacementModels", "Kind"), "kind", labels.label),
    column(lambda: translate("PlacementModels", "Region"), "region", region_text),
    column(lambda: translate("PlacementModels", "Contact person"), "contact_person"),
    column(lambda: translate("PlacementModels", "Phone"), "phone"),
    column(lambda: translate("PlacementModels", "Address"), "address"),
)


def _views_by_id(columns, parent: QObject | None, **options) -> RowsModel:
    """Service views, each row known by the view's ``id``."""
    return RowsModel(columns, row_id=lambda view: view.id, parent=parent, **options)


def history_model(parent: QObject | None = None) -> RowsModel:
    """A placement's status history: date, from, to, note, who."""
    return _views_by_id(HISTORY_COLUMNS, parent)


def follow_up_model(parent: QObject | None = None) -> RowsModel:
    """A placement's follow-ups: due date, state, date done, note; overdue ones marked."""
    return _views_by_id(FOLLOW_UP_COLUMNS, parent, highlight=lambda view: view.overdue)


def organisation_model(parent: QObject | None = None) -> RowsModel:
    """The partner directory: name, kind, region, contact person, phone, address."""
    return _views_by_id(ORGANISATION_COLUMNS, parent)
