"""The file of a person without a case (a child, a mother): their details, family and
timeline, read at once and recorded as viewed, as a case's file is."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, family, persons, timeline


@dataclasses.dataclass(frozen=True)
class PersonFile:
    """What the file window shows of a person who has no case."""

    person: persons.PersonView
    family: tuple[family.RelativeView, ...]
    timeline: tuple[timeline.TimelineEntry, ...]


def person_file(session: Session, person_id: uuid.UUID) -> PersonFile:
    """A live person's file; each call is one opening, recorded as one VIEWED entry
    naming the person (a case's file is read with ``cases.participant_file``)."""
    audit.require(session, Permission.VIEW)
    opened = PersonFile(persons.get_person(session, person_id),
                        family.family_of(session, person_id),
                        timeline.person_timeline(session, person_id))
    audit.record(session, AuditAction.VIEWED, "person", person_id)
    return opened
