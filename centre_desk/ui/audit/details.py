"""An audit entry's details in the user's words: each key the services record (see
``audit.record`` calls) gets a label in the UI language, and codes (roles, stages,
statuses, kinds, programmes, yes or no, dates, sizes) show as the rest of the program
shows them. A key or a code without a word here stays as it is.

    detail_text("user_account", '{"role": "supervisor", "was": "specialist"}')
    # ru: "Роль: Супервайзер; Была: Специалист"
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from centre_desk.domain.enums import (
    ActivityKind, CourseGroup, EnrolmentStatus, PlacementKind, PlacementStatus, Programme,
    RelationshipKind, Role, Stage)
from centre_desk.services.audit_trail import AuditKind, detail_items
from centre_desk.ui.toolkit import labels

_CONTEXT = "AuditDetails"

KIND_WORDS = {
    AuditKind.VIEWED: QT_TRANSLATE_NOOP("AuditTrail", "Viewed"),
    AuditKind.CHANGED: QT_TRANSLATE_NOOP("AuditTrail", "Changed (created, changed, deleted, "
                                                       "merged)"),
    AuditKind.PRINTED: QT_TRANSLATE_NOOP("AuditTrail", "Printed"),
    AuditKind.EXPORTED: QT_TRANSLATE_NOOP("AuditTrail", "Exported"),
    AuditKind.SIGNED_IN: QT_TRANSLATE_NOOP("AuditTrail", "Signed in"),
    AuditKind.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AuditTrail", "Sign-in failed"),
    AuditKind.SYNC: QT_TRANSLATE_NOOP("AuditTrail", "Sync"),
    AuditKind.SEEN: QT_TRANSLATE_NOOP("AuditTrail", "Seen (viewed, printed, exported)"),
}
"""The trail's filter by action (also named in the detail of an exported trail)."""

KEY_WORDS = {
    "active": QT_TRANSLATE_NOOP("AuditDetails", "Active"),
    "attendance_added": QT_TRANSLATE_NOOP("AuditDetails", "Attendance marked"),
    "attendance_removed": QT_TRANSLATE_NOOP("AuditDetails", "Attendance removed"),
    "attendances": QT_TRANSLATE_NOOP("AuditDetails", "Attendances"),
    "attendances_dropped": QT_TRANSLATE_NOOP("AuditDetails", "Attendances dropped"),
    "automatic": QT_TRANSLATE_NOOP("AuditDetails", "Automatic"),
    "before_restore": QT_TRANSLATE_NOOP("AuditDetails", "Backup made before the restore"),
    "cases": QT_TRANSLATE_NOOP("AuditDetails", "Case files"),
    "cases_joined": QT_TRANSLATE_NOOP("AuditDetails", "Case files joined"),
    "centre": QT_TRANSLATE_NOOP("AuditDetails", "Centre"),
    "child": QT_TRANSLATE_NOOP("AuditDetails", "Child"),
    "choice": QT_TRANSLATE_NOOP("AuditDetails", "Choice"),
    "clock_floor": QT_TRANSLATE_NOOP("AuditDetails", "Sync clock continues from"),
    "club_memberships": QT_TRANSLATE_NOOP("AuditDetails", "Club memberships"),
    "conflicts": QT_TRANSLATE_NOOP("AuditDetails", "Conflicts"),
    "consent_on": QT_TRANSLATE_NOOP("AuditDetails", "Consent date"),
    "count": QT_TRANSLATE_NOOP("AuditDetails", "Files"),
    "course": QT_TRANSLATE_NOOP("AuditDetails", "Course"),
    "descending": QT_TRANSLATE_NOOP("AuditDetails", "Descending"),
    "document": QT_TRANSLATE_NOOP("AuditDetails", "Document"),
    "done_on": QT_TRANSLATE_NOOP("AuditDetails", "Done on"),
    "due_on": QT_TRANSLATE_NOOP("AuditDetails", "Due date"),
    "duplicate": QT_TRANSLATE_NOOP("AuditDetails", "Duplicate record"),
    "earlier_merges": QT_TRANSLATE_NOOP("AuditDetails", "Earlier merges"),
    "end": QT_TRANSLATE_NOOP("AuditDetails", "Period to"),
    "enrolled_on": QT_TRANSLATE_NOOP("AuditDetails", "Enrolment date"),
    "enrolments": QT_TRANSLATE_NOOP("AuditDetails", "Course enrolments"),
    "enrolments_dropped": QT_TRANSLATE_NOOP("AuditDetails", "Course enrolments dropped"),
    "event": QT_TRANSLATE_NOOP("AuditDetails", "Event"),
    "event_registrations": QT_TRANSLATE_NOOP("AuditDetails", "Event registrations"),
    "event_registrations_dropped": QT_TRANSLATE_NOOP("AuditDetails",
                                                     "Event registrations dropped"),
    "facilities": QT_TRANSLATE_NOOP("AuditDetails", "Facilities"),
    "facility": QT_TRANSLATE_NOOP("AuditDetails", "Facility"),
    "field": QT_TRANSLATE_NOOP("AuditDetails", "Field"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "Fields"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "File"),
    "filled": QT_TRANSLATE_NOOP("AuditDetails", "Fields filled in"),
    "filter": QT_TRANSLATE_NOOP("AuditDetails", "Filter"),
    "follow_ups": QT_TRANSLATE_NOOP("AuditDetails", "Follow-ups"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "Format"),
    "from_stage": QT_TRANSLATE_NOOP("AuditDetails", "Stage before"),
    "from_status": QT_TRANSLATE_NOOP("AuditDetails", "Status before"),
    "full": QT_TRANSLATE_NOOP("AuditDetails", "Full package"),
    "group": QT_TRANSLATE_NOOP("AuditDetails", "Group"),
    "guardian": QT_TRANSLATE_NOOP("AuditDetails", "Guardian"),
    "held_on": QT_TRANSLATE_NOOP("AuditDetails", "Date held"),
    "how": QT_TRANSLATE_NOOP("AuditDetails", "Printed to"),
    "joined_on": QT_TRANSLATE_NOOP("AuditDetails", "Joined on"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "Kind"),
    "left_on": QT_TRANSLATE_NOOP("AuditDetails", "Left on"),
    "lessons": QT_TRANSLATE_NOOP("AuditDetails", "Lessons"),
    "list": QT_TRANSLATE_NOOP("AuditDetails", "List"),
    "locked": QT_TRANSLATE_NOOP("AuditDetails", "Sign-in locked for a minute"),
    "merged_persons_followed": QT_TRANSLATE_NOOP("AuditDetails", "Merged persons followed"),
    "new": QT_TRANSLATE_NOOP("AuditDetails", "New records"),
    "on": QT_TRANSLATE_NOOP("AuditDetails", "Date"),
    "password": QT_TRANSLATE_NOOP("AuditDetails", "Password"),
    "peers": QT_TRANSLATE_NOOP("AuditDetails", "Peers"),
    "people": QT_TRANSLATE_NOOP("AuditDetails", "People"),
    "person": QT_TRANSLATE_NOOP("AuditDetails", "Person"),
    "person_id": QT_TRANSLATE_NOOP("AuditDetails", "Person"),
    "persons": QT_TRANSLATE_NOOP("AuditDetails", "Persons"),
    "placement_id": QT_TRANSLATE_NOOP("AuditDetails", "Placement"),
    "placements": QT_TRANSLATE_NOOP("AuditDetails", "Placements"),
    "programme": QT_TRANSLATE_NOOP("AuditDetails", "Programme"),
    "programmes": QT_TRANSLATE_NOOP("AuditDetails", "Programmes"),
    "quarantined": QT_TRANSLATE_NOOP("AuditDetails", "Quarantined"),
    "random_seed": QT_TRANSLATE_NOOP("AuditDetails", "Random seed"),
    "redacted": QT_TRANSLATE_NOOP("AuditDetails", "IIN, address and phone withheld"),
    "region": QT_TRANSLATE_NOOP("AuditDetails", "Region"),
    "registrations": QT_TRANSLATE_NOOP("AuditDetails", "Registrations"),
    "relationships": QT_TRANSLATE_NOOP("AuditDetails", "Family links"),
    "relationships_dropped": QT_TRANSLATE_NOOP("AuditDetails", "Family links dropped"),
    "relative_id": QT_TRANSLATE_NOOP("AuditDetails", "Relative"),
    "relays": QT_TRANSLATE_NOOP("AuditDetails", "Relays other centres' records"),
    "report": QT_TRANSLATE_NOOP("AuditDetails", "Report"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "Role"),
    "row": QT_TRANSLATE_NOOP("AuditDetails", "Record"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "Rows"),
    "sections": QT_TRANSLATE_NOOP("AuditDetails", "Sections"),
    "sender": QT_TRANSLATE_NOOP("AuditDetails", "Sender"),
    "settled_by": QT_TRANSLATE_NOOP("AuditDetails", "Settled by"),
    "size": QT_TRANSLATE_NOOP("AuditDetails", "Size"),
    "sort": QT_TRANSLATE_NOOP("AuditDetails", "Sorted by"),
    "start": QT_TRANSLATE_NOOP("AuditDetails", "Period from"),
    "table": QT_TRANSLATE_NOOP("AuditDetails", "Table"),
    "target": QT_TRANSLATE_NOOP("AuditDetails", "Saved to"),
    "text": QT_TRANSLATE_NOOP("AuditDetails", "Search text"),
    "title": QT_TRANSLATE_NOOP("AuditDetails", "Title"),
    "to_stage": QT_TRANSLATE_NOOP("AuditDetails", "New stage"),
    "to_status": QT_TRANSLATE_NOOP("AuditDetails", "New status"),
    "updated": QT_TRANSLATE_NOOP("AuditDetails", "Updated records"),
    "username": QT_TRANSLATE_NOOP("AuditDetails", "User name"),
    "users": QT_TRANSLATE_NOOP("AuditDetails", "Staff accounts"),
    "value": QT_TRANSLATE_NOOP("AuditDetails", "Value"),
    "was": QT_TRANSLATE_NOOP("AuditDetails", "Role before"),
    "was_facilities": QT_TRANSLATE_NOOP("AuditDetails", "Facilities before"),
    "was_programmes": QT_TRANSLATE_NOOP("AuditDetails", "Programmes before"),
    # the filter of an exported audit trail
    "user": QT_TRANSLATE_NOOP("AuditDetails", "User"),
    "since": QT_TRANSLATE_NOOP("AuditDetails", "Period from"),
    "until": QT_TRANSLATE_NOOP("AuditDetails", "Period to"),
    "cannot": QT_TRANSLATE_NOOP("AuditDetails", "Rows left as they were"),
    "erased": QT_TRANSLATE_NOOP("AuditDetails",
                                "Removed without a trace (nothing had been sent to other sites)"),
    "restored": QT_TRANSLATE_NOOP("AuditDetails", "Persons put back"),
    "tombstoned": QT_TRANSLATE_NOOP("AuditDetails", "Records deleted"),
    "undone": QT_TRANSLATE_NOOP("AuditDetails", "Undone"),
    "import_batch": QT_TRANSLATE_NOOP("AuditDetails", "Import"),
}
"""The label of each key an entry's detail may hold."""

FIELD_WORDS = {
    "surname": QT_TRANSLATE_NOOP("AuditDetails", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("AuditDetails", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("AuditDetails", "Patronymic"),
    "iin": QT_TRANSLATE_NOOP("AuditDetails", "IIN"),
    "sex": QT_TRANSLATE_NOOP("AuditDetails", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("AuditDetails", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("AuditDetails", "Phone"),
    "address": QT_TRANSLATE_NOOP("AuditDetails", "Address"),
    "region": QT_TRANSLATE_NOOP("AuditDetails", "Region"),
    "district": QT_TRANSLATE_NOOP("AuditDetails", "District"),
    "language": QT_TRANSLATE_NOOP("AuditDetails", "Language"),
    "notes": QT_TRANSLATE_NOOP("AuditDetails", "Notes"),
    "category": QT_TRANSLATE_NOOP("AuditDetails", "Category"),
    "facility": QT_TRANSLATE_NOOP("AuditDetails", "Facility"),
    "offence_article": QT_TRANSLATE_NOOP("AuditDetails", "Offence article"),
    "sentence_start": QT_TRANSLATE_NOOP("AuditDetails", "Sentence start"),
    "sentence_end": QT_TRANSLATE_NOOP("AuditDetails", "Sentence end"),
    "referral_source": QT_TRANSLATE_NOOP("AuditDetails", "Referral source"),
    "risk_level": QT_TRANSLATE_NOOP("AuditDetails", "Risk level"),
    "consent_given": QT_TRANSLATE_NOOP("AuditDetails", "Consent"),
    "consent_on": QT_TRANSLATE_NOOP("AuditDetails", "Consent date"),
    "next_follow_up": QT_TRANSLATE_NOOP("AuditDetails", "Next follow-up"),
    "specialist_ids": QT_TRANSLATE_NOOP("AuditDetails", "Specialists"),
    "stage": QT_TRANSLATE_NOOP("AuditDetails", "Stage"),
    "status": QT_TRANSLATE_NOOP("AuditDetails", "Status"),
    "certificate_on": QT_TRANSLATE_NOOP("AuditDetails", "Certificate date"),
    "title": QT_TRANSLATE_NOOP("AuditDetails", "Title"),
    "held_on": QT_TRANSLATE_NOOP("AuditDetails", "Date held"),
    "place": QT_TRANSLATE_NOOP("AuditDetails", "Place"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "Kind"),
    "name": QT_TRANSLATE_NOOP("AuditDetails", "Name"),
    "contact_person": QT_TRANSLATE_NOOP("AuditDetails", "Contact person"),
    "joined_on": QT_TRANSLATE_NOOP("AuditDetails", "Joined on"),
    "left_on": QT_TRANSLATE_NOOP("AuditDetails", "Left on"),
    "teacher": QT_TRANSLATE_NOOP("AuditDetails", "Teacher"),
    "schedule": QT_TRANSLATE_NOOP("AuditDetails", "Schedule"),
}
"""The names of the fields an UPDATED entry lists (``fields``, ``filled``, ``field``)."""

_CODE_WORDS = {
    "reset": QT_TRANSLATE_NOOP("AuditDetails", "reset to a one-time password"),
    "changed": QT_TRANSLATE_NOOP("AuditDetails", "changed by its user"),
    "printer": QT_TRANSLATE_NOOP("AuditDetails", "printer"),
    "pdf": QT_TRANSLATE_NOOP("AuditDetails", "PDF file"),
    "preview": QT_TRANSLATE_NOOP("AuditDetails", "print preview"),
    "certificate": QT_TRANSLATE_NOOP("AuditDetails", "certificate"),
    "half_year": QT_TRANSLATE_NOOP("AuditDetails", "half-year report"),
    "personal": QT_TRANSLATE_NOOP("AuditDetails", "personal details"),
    "case": QT_TRANSLATE_NOOP("AuditDetails", "case file"),
    "interventions": QT_TRANSLATE_NOOP("AuditDetails", "interventions"),
    "placements": QT_TRANSLATE_NOOP("AuditDetails", "placements"),
    "family": QT_TRANSLATE_NOOP("AuditDetails", "family"),
    "notes": QT_TRANSLATE_NOOP("AuditDetails", "notes"),
}
"""Words for the codes of ``password``, ``how``, ``document``, ``report``, ``sections``."""

_CODED_KEYS = {"password", "how", "document", "report", "sections"}

_ENUMS: dict[str, type[enum.Enum]] = {
    "role": Role, "was": Role, "from_stage": Stage, "to_stage": Stage,
    "programme": Programme, "group": CourseGroup,
}
"""The enum a key's value is a code of, whatever the entry is about."""

_ENUMS_BY_ENTITY: dict[tuple[str, str], type[enum.Enum]] = {
    ("activity", "kind"): ActivityKind,
    ("relationship", "kind"): RelationshipKind,
    ("placement", "kind"): PlacementKind,
    ("placement", "from_status"): PlacementStatus,
    ("placement", "to_status"): PlacementStatus,
    ("enrolment", "from_status"): EnrolmentStatus,
    ("enrolment", "to_status"): EnrolmentStatus,
}
"""The enum of a key whose codes depend on what the entry is about."""

_SHOWN_WHEN_NO = {"active", "redacted"}
"""Keys whose "no" says something (a disabled account, a full export); other false
flags are left out as the entry would be read without them."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_text(kind: AuditKind) -> str:
    """What the trail's action filter calls ``kind``."""
    return QCoreApplication.translate("AuditTrail", KIND_WORDS[kind])


def key_text(key: str) -> str:
    """A detail's label; the key itself when it has none."""
    return _tr(KEY_WORDS[key]) if key in KEY_WORDS else key


def field_text(name: str) -> str:
    """A field's name in the user's words; the name itself when it has none."""
    return _tr(FIELD_WORDS[name]) if name in FIELD_WORDS else name


def _member(members: type[enum.Enum], value: str) -> enum.Enum | None:
    try:
        return members(value)
    except ValueError:
        return None


def _code_text(members: type[enum.Enum], value: str) -> str:
    member = _member(members, value)
    return labels.label(member) if member is not None else value


def value_text(entity: str, key: str, value: Any) -> str:
    """One detail's value as the program shows it elsewhere."""
    if isinstance(value, bool):
        return (QCoreApplication.translate("AuditDetails", "yes") if value
                else QCoreApplication.translate("AuditDetails", "no"))
    if isinstance(value, list):
        return ", ".join(value_text(entity, key, item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key_text(k)}: {value_text(entity, k, v)}"
                         for k, v in value.items())
    if key == "size" and isinstance(value, int):
        return QLocale().formattedDataSize(value)
    if not isinstance(value, str):
        return str(value)
    members = _ENUMS_BY_ENTITY.get((entity, key)) or _ENUMS.get(key)
    if key in ("programmes", "was_programmes") and _member(Programme, value) is not None:
        members = Programme  # a work area: a programme, or "placements" (below)
    if members is not None:
        return _code_text(members, value)
    if key in ("programmes", "was_programmes") and value == "placements":
        return key_text("placements")
    if key in ("fields", "filled", "field"):
        return field_text(value)
    if key == "kind" and entity == "audit_trail":  # the filter of an exported trail
        kind = _member(AuditKind, value)
        return kind_text(kind) if kind is not None else value
    if key in _CODED_KEYS and value in _CODE_WORDS:
        return _tr(_CODE_WORDS[value])
    if _ISO_DATE.fullmatch(value):
        return labels.date_text(dt.date.fromisoformat(value))
    return value


def _shown(key: str, value: Any) -> bool:
    if value is False:
        return key in _SHOWN_WHEN_NO
    return value not in (None, "", [], {})


def detail_text(entity: str, detail: str) -> str:
    """An entry's detail as one readable line in the user's language (``label: value;
    …``); text that is not a recorded detail shows as it is."""
    items = detail_items(detail)
    if items is None:
        return detail
    return "; ".join(f"{key_text(key)}: {value_text(entity, key, value)}"
                     for key, value in items.items() if _shown(key, value))
