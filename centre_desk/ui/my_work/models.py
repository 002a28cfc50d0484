"""The tables of My work: one model per section of due items, and the caseloads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from centre_desk.domain.enums import ActivityKind, PlacementKind, Stage
from centre_desk.services.my_work import DueItem, DueKind
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

_TABLE_WORDS = {
    "person": lambda: translate("MyWork", "Person's details"),
    "case_file": lambda: translate("MyWork", "Case file"),
    "placement": lambda: translate("MyWork", "Placement"),
    "activity": lambda: translate("MyWork", "Activity"),
}


def due_text(item: DueItem) -> str:
    """The day an item is due (a first assessment: its case's intake)."""
    return labels.date_text(item.due_on)


def what_text(item: DueItem) -> str:
    """The item's detail in words: a placement's kind, the outcome asked for, the
    record and field of a conflict."""
    if item.kind is DueKind.REASSESSMENT:
        return translate("MyWork", "Reassessment")
    if item.kind is DueKind.FIRST_ASSESSMENT:
        return translate("MyWork", "First assessment (participants never assessed: %1)") \
            .replace("%1", str(item.count))
    if item.detail is None:
        return ""
    if item.kind is DueKind.PLACEMENT_FOLLOW_UP:
        return labels.label(PlacementKind(item.detail))
    if item.kind is DueKind.APPROVAL:
        return labels.label(Stage(item.detail))
    if item.kind is DueKind.PLANNED_SESSION:
        return item.title or labels.label(ActivityKind(item.detail))
    if item.kind is DueKind.CONFLICT:
        table, _dot, field = item.detail.partition(".")
        words = _TABLE_WORDS.get(table)
        return translate("MyWork", "%1, field “%2”").replace(
            "%1", words() if words else table).replace("%2", field)
    return item.detail


def time_text(item: DueItem) -> str:
    """A planned session's start, 10:00."""
    minute = item.start_minute or 0
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _columns(kind: DueKind) -> list[FileColumn]:
    if kind is DueKind.PLANNED_SESSION:
        return [FileColumn(lambda: translate("MyWork", "Day"), due_text),
                FileColumn(lambda: translate("MyWork", "Time"), time_text),
                FileColumn(lambda: translate("MyWork", "Session"), what_text),
                FileColumn(lambda: translate("MyWork", "Facility or place"),
                           lambda item: item.facility or "")]
    if kind is DueKind.CONFLICT:
        return [FileColumn(lambda: translate("MyWork", "Received"), due_text),
                FileColumn(lambda: translate("MyWork", "Value changed at two sites"),
                           what_text)]
    if kind is DueKind.APPROVAL:
        return [FileColumn(lambda: translate("MyWork", "Asked on"), due_text),
                FileColumn(lambda: translate("MyWork", "Participant"),
                           lambda item: item.person_name or ""),
                FileColumn(lambda: translate("MyWork", "Outcome"), what_text)]
    columns = [FileColumn(lambda: translate("MyWork", "Due"), due_text),
               FileColumn(lambda: translate("MyWork", "Participant"),
                          lambda item: item.person_name or "")]
    if kind is DueKind.PLACEMENT_FOLLOW_UP:
        columns.append(FileColumn(lambda: translate("MyWork", "Help"), what_text))
    if kind is DueKind.REASSESSMENT:  # and the one first assessment item
        columns.append(FileColumn(lambda: translate("MyWork", "Assessment"), what_text))
    return columns


def _record_id(item: DueItem):
    return (item.case_id if item.kind in (DueKind.FOLLOW_UP, DueKind.REASSESSMENT,
                                          DueKind.FIRST_ASSESSMENT, DueKind.APPROVAL)
            else item.placement_id if item.kind is DueKind.PLACEMENT_FOLLOW_UP
            else item.plan_id if item.kind is DueKind.PLANNED_SESSION
            else item.conflict_id)


def due_model(kind: DueKind, parent: QObject | None = None) -> RowsModel:
    """A section's table: its items soonest first, overdue ones in the overdue colours;
    ``ID_ROLE`` is the record the item opens (case, placement or conflict)."""
    return RowsModel(_columns(kind), row_id=_record_id,
                     person_id=lambda item: item.person_id, parent=parent,
                     highlight=lambda item: item.overdue)


def _number(value: int) -> str:
    return str(value)


def caseload_model(parent: QObject | None = None) -> RowsModel:
    """Every specialist's load side by side; a load with overdue follow-ups stands out."""
    columns = [
        FileColumn(lambda: translate("MyWork", "Staff member"),
                   lambda row: row.full_name),
        FileColumn(lambda: translate("MyWork", "Role"), lambda row: labels.label(row.role)),
        FileColumn(lambda: translate("MyWork", "Participants"),
                   lambda row: _number(row.participants)),
        FileColumn(lambda: translate("MyWork", "Sessions this month"),
                   lambda row: _number(row.sessions_this_month)),
        FileColumn(lambda: translate("MyWork", "Overdue follow-ups"),
                   lambda row: _number(row.overdue_follow_ups)),
    ]
    return RowsModel(columns, row_id=lambda row: row.user_id, parent=parent,
                     highlight=lambda row: row.overdue_follow_ups > 0)

