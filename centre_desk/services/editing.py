"""What an editor saw when it opened a record (services.concurrency.Seen), by the
record's name as the audit trail gives it: every editable record in one place, so each
editor asks for it the same way, in the transaction that reads what it shows.

    seen = editing.seen_record(session, "person", person_id)
    persons.update_person(session, person_id, data, seen=seen)
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from centre_desk.services import case_editing, concurrency
from centre_desk.services.activities.core import ActivityInput
from centre_desk.services.cases import CaseInput
from centre_desk.services.club import MembershipChanges
from centre_desk.services.courses.course import CourseInput
from centre_desk.services.organisations import OrganisationInput
from centre_desk.services.persons import PersonInput
from centre_desk.services.placements.workflow import PlacementChanges
from centre_desk.services.records import live_row
from centre_desk.store.models import (Activity, Case, ClubMembership, Course, Organisation,
                                      Person, Placement)


def _names(input_class: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(input_class))


_CASE_COLUMNS = tuple(n for n in _names(CaseInput) if n != case_editing.SPECIALISTS)

EDITABLE: dict[str, tuple[type, tuple[str, ...]]] = {
    "person": (Person, _names(PersonInput)),
    "case_file": (Case, _CASE_COLUMNS),
    "course": (Course, _names(CourseInput)),
    "activity": (Activity, _names(ActivityInput)),
    "club_membership": (ClubMembership, _names(MembershipChanges)),
    "organisation": (Organisation, _names(OrganisationInput)),
    "placement": (Placement, _names(PlacementChanges)),
}
"""Each editable record: its model and the fields its editor edits (its update
service's input)."""

_ELSEWHERE: dict[str, Callable[[Session, uuid.UUID], concurrency.Current]] = {
    "case_file": lambda session, case_id: case_editing.specialists_of(session, case_id)[1],
}


def seen_record(session: Session, entity: str, row_id: uuid.UUID) -> concurrency.Seen:
    """What an editor of the live record ``entity`` ``row_id`` shows now (NotFound if it
    is gone)."""
    model, fields = EDITABLE[entity]
    row = live_row(session, model, row_id, entity)
    elsewhere = _ELSEWHERE.get(entity)
    return concurrency.seen(session, row, fields,
                            elsewhere(session, row_id) if elsewhere else None)
