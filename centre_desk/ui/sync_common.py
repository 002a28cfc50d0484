"""Words the sync windows share: refusals, table names, quarantine reasons, clock stamps."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from centre_desk.domain.clock import Stamp
from centre_desk.services import site
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from centre_desk.services.errors import ServiceError
from centre_desk.ui.messages import error_text

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
}

_QUARANTINE_REASONS = {
    "broken_reference": QT_TRANSLATE_NOOP(
        "Sync", "It refers to a record this site does not have yet; it is tried again at "
                "every import."),
    "duplicate": QT_TRANSLATE_NOOP(
        "Sync", "It duplicates a record this site already has (%1)."),
    "missing_value": QT_TRANSLATE_NOOP("Sync", "A required value is missing (%1)."),
    "invalid_value": QT_TRANSLATE_NOOP("Sync", "A value is not valid here (%1)."),
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
        value = value.replace(tzinfo=dt.timezone.utc)
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
