"""Read-only table models over the participant file's short lists: the stage history,
the timeline and the family. Each is a few dozen rows, loaded whole with the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, column

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

__all__ = ["FileColumn", "RowsModel", "family_model", "history_model", "timeline_model"]

def _joined(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


HISTORY_COLUMNS = (
    column(lambda: translate("ParticipantFile", "Date"), "changed_on", labels.date_text),
    column(lambda: translate("ParticipantFile", "Stage"), "to_stage", labels.label),
    column(lambda: translate("ParticipantFile", "Witness"), "witness"),
    column(lambda: translate("ParticipantFile", "Recorded by"), "recorded_by_name"),
    # Last, so the note takes the width left over (and shows whole as a tooltip).
    column(lambda: translate("ParticipantFile", "Note"), "note"),
)


def timeline_what(entry) -> str:
    """What happened: the kind of activity when it was one ("Group training"), else the
    kind of entry ("Stage change", "Placement")."""
    return labels.label(entry.activity_kind or entry.kind)


def timeline_details(entry) -> str:
    """Everything else a timeline entry says, in words."""
    return _joined(labels.label(entry.stage), labels.label(entry.placement_kind),
                   labels.label(entry.placement_status), entry.title,
                   labels.label(entry.enrolment_status), entry.place, entry.note)


TIMELINE_COLUMNS = (
    column(lambda: translate("ParticipantFile", "Date"), "on", labels.date_text),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "What"),
               timeline_what),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Details"),
               timeline_details),
)


FAMILY_COLUMNS = (
    column(lambda: translate("ParticipantFile", "Relation"), "relation", labels.label),
    column(lambda: translate("ParticipantFile", "Full name"), "full_name"),
    column(lambda: translate("ParticipantFile", "Birth date"), "birth_date", labels.date_text),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Case file"),
               lambda relative: QCoreApplication.translate("ParticipantFile", "Yes")
               if relative.has_case else ""),
)


def history_model(parent: QObject | None = None) -> RowsModel:
    """The stage changes, newest first."""
    return RowsModel(HISTORY_COLUMNS, row_id=lambda change: change.id, parent=parent)


def timeline_model(parent: QObject | None = None) -> RowsModel:
    """Everything about the person, newest first."""
    return RowsModel(TIMELINE_COLUMNS, row_id=lambda entry: entry.source_id, parent=parent)


def family_model(parent: QObject | None = None) -> RowsModel:
    """The person's relatives; ``PERSON_ID_ROLE`` opens one."""
    return RowsModel(FAMILY_COLUMNS, row_id=lambda relative: relative.relationship_id,
                     person_id=lambda relative: relative.person_id, parent=parent)
