"""The audit trail's columns and words: actions, kinds and what an entry is about, each
in the UI language; and its export to XLSX, recorded before the file is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from centre_desk.domain.enums import AuditAction
from centre_desk.reports.list_xlsx import EXPORT_PAGE_SIZE, export_list
from centre_desk.services import audit_trail
from centre_desk.services.audit_trail import AuditFilter, AuditRow
from centre_desk.services.listing import ListQuery
from centre_desk.services.workspace import Workspace
from centre_desk.store.atomic import replacing
from centre_desk.ui.audit.details import detail_text, kind_text  # noqa: F401 - the window's
from centre_desk.ui.toolkit.labels import date_text
from centre_desk.ui.toolkit.paged_model import RIGHT, Column, ListSpec

_CONTEXT = "AuditTrail"


translate = QCoreApplication.translate
"""Called by this name with literal strings, so lupdate finds them."""


def _tr(text: str) -> str:
    """A word of the tables below (marked there with QT_TRANSLATE_NOOP)."""
    return translate(_CONTEXT, text)


ACTION_WORDS = {
    AuditAction.CREATED: QT_TRANSLATE_NOOP("AuditTrail", "Created"),
    AuditAction.UPDATED: QT_TRANSLATE_NOOP("AuditTrail", "Changed"),
    AuditAction.DELETED: QT_TRANSLATE_NOOP("AuditTrail", "Deleted"),
    AuditAction.VIEWED: QT_TRANSLATE_NOOP("AuditTrail", "Viewed"),
    AuditAction.PRINTED: QT_TRANSLATE_NOOP("AuditTrail", "Printed"),
    AuditAction.EXPORTED: QT_TRANSLATE_NOOP("AuditTrail", "Exported"),
    AuditAction.IMPORTED: QT_TRANSLATE_NOOP("AuditTrail", "Imported"),
    AuditAction.SIGNED_IN: QT_TRANSLATE_NOOP("AuditTrail", "Signed in"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AuditTrail", "Sign-in failed"),
    AuditAction.SIGNED_OUT: QT_TRANSLATE_NOOP("AuditTrail", "Signed out"),
    AuditAction.LOCKED: QT_TRANSLATE_NOOP("AuditTrail", "Locked (away)"),
    AuditAction.UNLOCKED: QT_TRANSLATE_NOOP("AuditTrail", "Unlocked"),
    AuditAction.SEEDED: QT_TRANSLATE_NOOP("AuditTrail", "Demo data added"),
    AuditAction.MERGED: QT_TRANSLATE_NOOP("AuditTrail", "Merged"),
}

ENTITY_WORDS = {
    "person": QT_TRANSLATE_NOOP("AuditTrail", "Person"),
    "person_list": QT_TRANSLATE_NOOP("AuditTrail", "Several files"),
    "case_file": QT_TRANSLATE_NOOP("AuditTrail", "Case file"),
    "list": QT_TRANSLATE_NOOP("AuditTrail", "List"),
    "sync_package": QT_TRANSLATE_NOOP("AuditTrail", "Sync package"),
    "user_account": QT_TRANSLATE_NOOP("AuditTrail", "Staff account"),
    "audit_trail": QT_TRANSLATE_NOOP("AuditTrail", "Audit trail"),
    "activity": QT_TRANSLATE_NOOP("AuditTrail", "Activity"),
    "placement": QT_TRANSLATE_NOOP("AuditTrail", "Placement"),
    "course": QT_TRANSLATE_NOOP("AuditTrail", "Course"),
    "enrolment": QT_TRANSLATE_NOOP("AuditTrail", "Course enrolment"),
    "relationship": QT_TRANSLATE_NOOP("AuditTrail", "Relative"),
    "backup": QT_TRANSLATE_NOOP("AuditTrail", "Backup"),
    "club_membership": QT_TRANSLATE_NOOP("AuditTrail", "Club membership"),
    "conflict": QT_TRANSLATE_NOOP("AuditTrail", "Sync conflict"),
    "event_registration": QT_TRANSLATE_NOOP("AuditTrail", "Event registration"),
    "follow_up": QT_TRANSLATE_NOOP("AuditTrail", "Follow-up"),
    "organisation": QT_TRANSLATE_NOOP("AuditTrail", "Partner organisation"),
    "peer": QT_TRANSLATE_NOOP("AuditTrail", "Peer"),
    "site": QT_TRANSLATE_NOOP("AuditTrail", "This centre"),
    "statistics": QT_TRANSLATE_NOOP("AuditTrail", "Statistics report"),
    "approval_request": QT_TRANSLATE_NOOP("AuditTrail", "Request for an outcome"),
    "returnee_child": QT_TRANSLATE_NOOP("AuditTrail", "Child in a returnee's register"),
    "plan": QT_TRANSLATE_NOOP("AuditTrail", "Plan"),
    "plan_exception": QT_TRANSLATE_NOOP("AuditTrail", "Holiday"),
    "group_list": QT_TRANSLATE_NOOP("AuditTrail", "Saved group"),
}


def action_text(action: AuditAction) -> str:
    return _tr(ACTION_WORDS[action]) if action in ACTION_WORDS else str(action)


def entity_text(entity: str) -> str:
    return _tr(ENTITY_WORDS[entity]) if entity in ENTITY_WORDS else entity


def moment_text(row: AuditRow) -> str:
    return f"{date_text(row.at.date())} {row.at:%H:%M:%S}"


COLUMNS = (
    Column(lambda: translate("AuditTrail", "No."), lambda r: str(r.seq), alignment=RIGHT, width=5),
    Column(lambda: translate("AuditTrail", "When"), moment_text, width=19),
    Column(lambda: translate("AuditTrail", "User"), lambda r: r.username, width=12),
    Column(lambda: translate("AuditTrail", "Action"), lambda r: action_text(r.action), width=14),
    Column(lambda: translate("AuditTrail", "About"), lambda r: entity_text(r.entity), width=18),
    Column(lambda: translate("AuditTrail", "Record id"), lambda r: r.entity_id, width=36),
    Column(lambda: translate("AuditTrail", "Details"),
           lambda r: detail_text(r.entity, r.detail), width=40),
)

SPEC = ListSpec(columns=COLUMNS, page=audit_trail.events_page,
                count=audit_trail.count_events, row_id=lambda r: r.seq)


def export_trail(workspace: Workspace, wanted: AuditFilter | None, total: int, path: str,
                 progress) -> int:
    """Write the entries the filter admits to an XLSX at ``path`` (complete or not at
    all), recorded in the trail first; returns how many rows were written."""
    query = ListQuery(filter=wanted)
    headers = [column.header() for column in COLUMNS]
    with replacing(path) as partial:
        # The temporary file comes first, so a folder that refuses it records nothing.
        workspace.run(audit_trail.record_trail_export, wanted, total, path)
        return export_list(
            partial, translate("AuditTrail", "Audit trail"), headers,
            lambda row: [row.seq, row.at, *(column.value(row) for column in COLUMNS[2:])],
            lambda after: workspace.run(audit_trail.events_page, query, after,
                                        EXPORT_PAGE_SIZE), total, progress)
