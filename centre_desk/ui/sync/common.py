"""Words the sync windows share: refusals, table names, quarantine reasons, clock stamps."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QDateTime, QLocale, Qt)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from centre_desk.domain.clock import Stamp
from centre_desk.services import site
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from centre_desk.sync.tables import by_name
from centre_desk.ui.toolkit import labels
from centre_desk.services.errors import ServiceError
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.rows_model import RowsModel

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".cdsync"
CARD_SUFFIX = ".cdcard"

# One sentence per SyncRefused.reason (the English ones the command line prints).
_REFUSALS = {
    "not_a_package": QT_TRANSLATE_NOOP("Sync", "The file is not a Centre Desk sync package."),
    "not_for_this_site": QT_TRANSLATE_NOOP(
        "Sync", "The package was made for another site, not this one."),
    "damaged": QT_TRANSLATE_NOOP(
        "Sync", "The package is incomplete or damaged: copy it again from the sender."),
    "tampered": QT_TRANSLATE_NOOP(
        "Sync", "The package was altered after it was signed: do not use it."),
    "unknown_sender": QT_TRANSLATE_NOOP(
        "Sync", "The package comes from a site that is not among this site's peers: "
                "add its site card under Peers… first."),
    "newer_schema": QT_TRANSLATE_NOOP(
        "Sync", "The package was made by a newer Centre Desk: update this installation "
                "first."),
    "not_a_card": QT_TRANSLATE_NOOP("Sync", "The file is not a Centre Desk site card."),
    "own_card": QT_TRANSLATE_NOOP(
        "Sync", "This is this site's own card: add the other site's card instead."),
    "key_changed": QT_TRANSLATE_NOOP(
        "Sync", "A peer with this site id is already known with other keys: check the "
                "card with its sender."),
    "unknown_peer": QT_TRANSLATE_NOOP(
        "Sync", "One of the chosen peers is no longer known: open Peers… and check."),
    "ambiguous_peer": QT_TRANSLATE_NOOP(
        "Sync", "More than one peer has that name: choose it by site id."),
    "no_peers": QT_TRANSLATE_NOOP("Sync", "Choose at least one peer to export for."),
    "cancelled": QT_TRANSLATE_NOOP("Sync", "Cancelled; no file was written."),
}

_TABLES = {
    "course": QT_TRANSLATE_NOOP("Sync", "Arabic courses"),
    "organisation": QT_TRANSLATE_NOOP("Sync", "Partner organisations"),
    "person": QT_TRANSLATE_NOOP("Sync", "Persons"),
    "user_account": QT_TRANSLATE_NOOP("Sync", "User accounts"),
    "activity": QT_TRANSLATE_NOOP("Sync", "Activities"),
    "case_file": QT_TRANSLATE_NOOP("Sync", "Case files"),
    "club_membership": QT_TRANSLATE_NOOP("Sync", "Club memberships"),
    "enrolment": QT_TRANSLATE_NOOP("Sync", "Course enrolments"),
    "placement": QT_TRANSLATE_NOOP("Sync", "Placements"),
    "relationship": QT_TRANSLATE_NOOP("Sync", "Family links"),
    "attendance": QT_TRANSLATE_NOOP("Sync", "Attendances"),
    "case_specialist": QT_TRANSLATE_NOOP("Sync", "Assigned specialists"),
    "event_registration": QT_TRANSLATE_NOOP("Sync", "Event registrations"),
    "follow_up": QT_TRANSLATE_NOOP("Sync", "Follow-ups"),
    "placement_status_change": QT_TRANSLATE_NOOP("Sync", "Placement status changes"),
    "stage_change": QT_TRANSLATE_NOOP("Sync", "Stage changes"),
    "category_change": QT_TRANSLATE_NOOP("Sync", "Category changes"),
    "approval_request": QT_TRANSLATE_NOOP("Sync", "Outcomes awaiting approval"),
    "returnee_child": QT_TRANSLATE_NOOP("Sync", "Returnees' children"),
    "plan": QT_TRANSLATE_NOOP("Sync", "Plans"),
    "plan_exception": QT_TRANSLATE_NOOP("Sync", "Cancelled, moved and held sessions"),
    "group_list": QT_TRANSLATE_NOOP("Sync", "Saved groups"),
    "group_member": QT_TRANSLATE_NOOP("Sync", "Members of saved groups"),
}

_QUARANTINE_REASONS = {
    "broken_reference": QT_TRANSLATE_NOOP(
        "Sync", "It refers to a record this site does not have yet; it is tried again at "
                "every import."),
    "duplicate": QT_TRANSLATE_NOOP(
        "Sync", "It duplicates a record this site already has (%1)."),
    "missing_value": QT_TRANSLATE_NOOP(
        "Sync", "A required value is missing (%1); it is kept for review, not tried again."),
    "invalid_value": QT_TRANSLATE_NOOP(
        "Sync", "A value is not valid here (%1); it is kept for review, not tried again."),
    "future_stamp": QT_TRANSLATE_NOOP(
        "Sync", "Its clock stamp is more than a day ahead of this PC's clock (%1); it is "
                "tried again at every import."),
    "not_authority": QT_TRANSLATE_NOOP(
        "Sync", "It would change one of this site's own user accounts, which only this "
                "site may change (%1); it is kept for review, not tried again."),
    "not_origin": QT_TRANSLATE_NOOP(
        "Sync", "It approves or changes a request for an outcome made at another centre, "
                "which only that centre's supervisors may decide (%1); it is kept for "
                "review, not tried again."),
    "forged_stamp": QT_TRANSLATE_NOOP(
        "Sync", "It claims a change this site never made (%1); it is kept for review, not "
                "tried again."),
    "not_relayed": QT_TRANSLATE_NOOP(
        "Sync", "It passes on a change made at another centre, and this peer does not "
                "relay for other centres (%1); tick “Relays other centres' records” under "
                "Peers… if it should."),
}


_FIELDS = {
    "surname": QT_TRANSLATE_NOOP("Sync", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("Sync", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("Sync", "Patronymic"),
    "iin": QT_TRANSLATE_NOOP("Sync", "IIN"),
    "sex": QT_TRANSLATE_NOOP("Sync", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Sync", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("Sync", "Phone"),
    "address": QT_TRANSLATE_NOOP("Sync", "Address"),
    "region": QT_TRANSLATE_NOOP("Sync", "Region"),
    "district": QT_TRANSLATE_NOOP("Sync", "District"),
    "language": QT_TRANSLATE_NOOP("Sync", "Language"),
    "notes": QT_TRANSLATE_NOOP("Sync", "Notes"),
    "note": QT_TRANSLATE_NOOP("Sync", "Note"),
    "deleted_at": QT_TRANSLATE_NOOP("Sync", "Deleted"),
    "category": QT_TRANSLATE_NOOP("Sync", "Category"),
    "facility": QT_TRANSLATE_NOOP("Sync", "Facility"),
    "offence_article": QT_TRANSLATE_NOOP("Sync", "Offence article"),
    "sentence_start": QT_TRANSLATE_NOOP("Sync", "Sentence start"),
    "sentence_end": QT_TRANSLATE_NOOP("Sync", "Sentence end"),
    "referral_source": QT_TRANSLATE_NOOP("Sync", "Referral source"),
    "risk_level": QT_TRANSLATE_NOOP("Sync", "Risk level"),
    "stage": QT_TRANSLATE_NOOP("Sync", "Stage"),
    "next_follow_up": QT_TRANSLATE_NOOP("Sync", "Next follow-up"),
    "consent_given": QT_TRANSLATE_NOOP("Sync", "Consent"),
    "title": QT_TRANSLATE_NOOP("Sync", "Title"),
    "place": QT_TRANSLATE_NOOP("Sync", "Place"),
    "held_on": QT_TRANSLATE_NOOP("Sync", "Date held"),
    "kind": QT_TRANSLATE_NOOP("Sync", "Kind"),
    "status": QT_TRANSLATE_NOOP("Sync", "Status"),
    "name": QT_TRANSLATE_NOOP("Sync", "Name"),
    "full_name": QT_TRANSLATE_NOOP("Sync", "Full name"),
    "contact_person": QT_TRANSLATE_NOOP("Sync", "Contact person"),
    "teacher": QT_TRANSLATE_NOOP("Sync", "Teacher"),
    "schedule": QT_TRANSLATE_NOOP("Sync", "Schedule"),
    "level": QT_TRANSLATE_NOOP("Sync", "Level"),
    "capacity": QT_TRANSLATE_NOOP("Sync", "Places"),
    "starts_on": QT_TRANSLATE_NOOP("Sync", "Starts"),
    "ends_on": QT_TRANSLATE_NOOP("Sync", "Ends"),
}


def translated(text: str) -> str:
    """A sentence marked above, in the current language."""
    return QCoreApplication.translate("Sync", text)


def refusal_text(error: Exception) -> str:
    """One sentence for why a sync step did not happen (refusal, role, file)."""
    if isinstance(error, api.SyncRefused) and error.reason in _REFUSALS:
        return translated(_REFUSALS[error.reason])
    if isinstance(error, OSError):
        return translated(QT_TRANSLATE_NOOP("Sync", "The file could not be read or written: "
                                                    "%1")).replace(
            "%1", error.strerror or str(error))
    if not isinstance(error, ServiceError):
        log.error("sync step failed", exc_info=error)
    return error_text(error)


def table_text(name: str) -> str:
    """A synced table's name in the user's words."""
    return translated(_TABLES[name]) if name in _TABLES else name


def field_text(name: str) -> str:
    """A field's name in the user's words (the column name for rarely raced ones)."""
    return translated(_FIELDS[name]) if name in _FIELDS else name.replace("_", " ")


def value_text(table_name: str, field: str, value: str | None) -> str:
    """A raced value as stored (codes, ISO dates) in the user's words."""
    if value is None or value == "":
        return translated(QT_TRANSLATE_NOOP("Sync", "(empty)"))
    column = by_name()[table_name].table.columns.get(field) if table_name in by_name() \
        else None
    members = getattr(getattr(column, "type", None), "enum_class", None)
    if members in labels.LABELLED_ENUMS:
        try:
            return labels.label(members(value))
        except ValueError:
            return value
    return value


def quarantine_text(reason: str, detail: str | None) -> str:
    """Why a row waits in quarantine, as a sentence."""
    sentence = _QUARANTINE_REASONS.get(reason, _QUARANTINE_REASONS["invalid_value"])
    return translated(sentence).replace("%1", detail or reason)


def stamp_time(stamp: str | None) -> str:
    """When a clock stamp was made, in local time; '' for none or an unreadable one."""
    if not stamp:
        return ""
    try:
        wall_ms = Stamp.parse(stamp).wall_ms
    except ValueError:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(wall_ms)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def moment_text(value: dt.datetime | str | None) -> str:
    """A stored UTC moment (datetime or ISO text) in local time."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.rstrip("Z"))
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def size_text(size_bytes: int) -> str:
    """A file size the way a file manager shows it."""
    return QLocale().formattedDataSize(size_bytes)


def site_names(workspace: Workspace) -> dict[str, str]:
    """Centre names by site id (text): this site and every peer."""
    here = workspace.run(site.this_site)
    names = {str(peer.id): peer.centre_name for peer in workspace.run(api.list_peers)}
    names[str(here.id)] = here.centre_name
    return names


def file_row(label: QLabel, path: QLineEdit, choose: QPushButton) -> QHBoxLayout:
    """A package file's row: its label (whose shortcut reaches the path), the path
    taking the width, the button that chooses the file."""
    label.setBuddy(path)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(path, 1)
    row.addWidget(choose)
    return row


def rows_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """The sync windows' tables: whole rows selected, no row numbers, the last column
    taking the width left."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return view


class CountsModel(RowsModel):
    """Rows of a table name and counts: counts right-aligned, a totals line in bold."""

    def __init__(self, columns, is_total=lambda row: False, **kwargs) -> None:
        super().__init__(columns, **kwargs)
        self._is_total = is_total

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        """Override: alignment of the counts and the totals' font on top of RowsModel's."""
        if index.isValid() and 0 <= index.row() < self.rowCount():
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if role == Qt.ItemDataRole.FontRole and self._is_total(self.row_at(index.row())):
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
