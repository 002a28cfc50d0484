"""How a children's event window shows what it reads (services.event_file): the table
model of the registrations, the words for the age groups and their counts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from centre_desk.domain.ages import AgeGroup
from centre_desk.services.children_events import RegistrationView
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, column

_AGE_GROUPS = {
    AgeGroup.UNDER_6: QT_TRANSLATE_NOOP("ChildEvents", "under 6"),
    AgeGroup.AGE_6_9: QT_TRANSLATE_NOOP("ChildEvents", "6\u20139"),
    AgeGroup.AGE_10_13: QT_TRANSLATE_NOOP("ChildEvents", "10\u201313"),
    AgeGroup.AGE_14_17: QT_TRANSLATE_NOOP("ChildEvents", "14\u201317"),
    AgeGroup.ADULT: QT_TRANSLATE_NOOP("ChildEvents", "18 and over"),
}
_UNKNOWN_AGE = QT_TRANSLATE_NOOP("ChildEvents", "age unknown")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChildEvents", text)


translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def age_group_text(group: AgeGroup | None) -> str:
    """An age band in words ("6–9"); "age unknown" for None."""
    return _tr(_AGE_GROUPS[group] if group is not None else _UNKNOWN_AGE)


def age_groups_line(registered: dict, present: dict) -> str:
    """Each age band with children in it, youngest first, as "6–9: 4 registered,
    3 present", joined by " · "."""
    parts = []
    for group in (*AgeGroup, None):
        if registered.get(group, 0) or present.get(group, 0):
            parts.append(translate("ChildEvents", "%1: %2 registered, %3 present")
                         .replace("%1", age_group_text(group))
                         .replace("%2", str(registered.get(group, 0)))
                         .replace("%3", str(present.get(group, 0))))
    if not parts:
        return translate("ChildEvents", "No children registered yet.")
    return " \u00b7 ".join(parts)


def _consent(registration: RegistrationView) -> str:
    if registration.consent_on is None:
        return translate("ChildEvents", "not signed yet")
    return labels.date_text(registration.consent_on)


def _present(registration: RegistrationView) -> str:
    return translate("ChildEvents", "present") if registration.present else ""


(COL_CHILD, COL_AGE, COL_AGE_GROUP, COL_CONSENT, COL_PRESENT, COL_GUARDIAN) = range(6)

REGISTRATION_COLUMNS = (
    column(lambda: translate("ChildEvents", "Child"), "child_name"),
    FileColumn(lambda: QCoreApplication.translate("ChildEvents", "Age"),
               lambda r: labels.number_text(r.age)),
    column(lambda: translate("ChildEvents", "Age group"), "age_group", age_group_text),
    FileColumn(lambda: QCoreApplication.translate("ChildEvents", "Consent signed on"),
               _consent),
    FileColumn(lambda: QCoreApplication.translate("ChildEvents", "Attendance"), _present),
    # Last, so the guardian's name takes the width left over.
    column(lambda: translate("ChildEvents", "Parent or guardian"), "guardian_name"),
)


def registrations_model(parent: QObject | None = None) -> RowsModel:
    """The children registered for an event; ``PERSON_ID_ROLE`` is the child. A child
    still waiting for the consent stands out: they cannot be marked present yet."""
    return RowsModel(REGISTRATION_COLUMNS, row_id=lambda r: r.registration_id,
                     person_id=lambda r: r.child_id, parent=parent,
                     highlight=lambda r: r.consent_on is None)
