"""Read-only table models over the participant file's short lists: the stage history,
the timeline and the family. Each is a few dozen rows, loaded whole with the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel

__all__ = ["FileColumn", "RowsModel", "family_model", "history_model", "timeline_model"]

def _joined(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


HISTORY_COLUMNS = (
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Date"),
               lambda change: labels.date_text(change.changed_on)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Stage"),
               lambda change: labels.label(change.to_stage)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Witness"),
               lambda change: change.witness or ""),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Recorded by"),
               lambda change: change.recorded_by_name or ""),
    # Last, so the note takes the width left over (and shows whole as a tooltip).
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Note"),
               lambda change: change.note or ""),
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
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Date"),
               lambda entry: labels.date_text(entry.on)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "What"),
               timeline_what),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Details"),
               timeline_details),
)


FAMILY_COLUMNS = (
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Relation"),
               lambda relative: labels.label(relative.relation)),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Full name"),
               lambda relative: relative.full_name),
    FileColumn(lambda: QCoreApplication.translate("ParticipantFile", "Birth date"),
               lambda relative: labels.date_text(relative.birth_date)),
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
