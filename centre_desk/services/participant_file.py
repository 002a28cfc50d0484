"""What a participant's file window reads and writes, each in one transaction: opening
the file with the choices its forms offer, saving both halves at once, registering and
linking a new relative, and the likely duplicates it suggests for a merge."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable

from sqlalchemy.orm import Session

from centre_desk.domain.family import Relation
from centre_desk.services import cases, family, listing, persons
from centre_desk.services.concurrency import EditConflict, Seen
from centre_desk.services.editing import seen_record
from centre_desk.services.errors import InvalidInput
from centre_desk.services.person_file import person_file
from centre_desk.services.persons import PersonInput, PersonView
from centre_desk.services.redaction import may_see_full_identity, redacted


@dataclasses.dataclass(frozen=True)
class FileContents:
    """Everything one opening of the file reads."""

    file: cases.ParticipantFile | None
    person: PersonView | None
    relatives: tuple
    timeline: tuple
    specialists: tuple
    facilities: tuple[str, ...]
    seen: tuple[Seen | None, Seen | None] = (None, None)
    """What the forms show of the person and of the case, handed back at save (services.
    concurrency): a save never overwrites what another desk changed since."""


def load_file(session: Session, case_id: uuid.UUID | None,
              person_id: uuid.UUID | None) -> FileContents:
    """A case's whole file or the file of a person without a case (either recorded as
    viewed by the service that reads it), or nothing for a new participant; with the
    choices the forms offer. IIN, address and phone are withheld from a user who may
    not see them (services.redaction), as in print."""
    specialists = tuple(cases.list_specialists(session))
    facilities = tuple(listing.participant_facilities(session))
    full = may_see_full_identity(session)
    if case_id is not None:
        file = cases.participant_file(session, case_id)
        if not full:  # IIN, address and phone withheld, the likely duplicates' IINs too
            file = dataclasses.replace(
                file, person=redacted(file.person, full), possible_duplicates=tuple(
                    redacted(candidate, full) for candidate in file.possible_duplicates))
        return FileContents(file, file.person, file.family, file.timeline, specialists,
                            facilities, _seen(session, full, file.person.id, case_id))
    if person_id is not None:
        opened = person_file(session, person_id)
        return FileContents(None, redacted(opened.person, full), opened.family,
                            opened.timeline, specialists, facilities,
                            _seen(session, full, person_id, None))
    return FileContents(None, None, (), (), specialists, facilities)


def _seen(session: Session, full: bool, person_id: uuid.UUID,
          case_id: uuid.UUID | None) -> tuple[Seen | None, Seen | None]:
    """What the forms show, for a user who may edit them; nothing for one who may not
    (who may not see the identity either: the values seen hold it in full)."""
    if not full:
        return None, None
    return (seen_record(session, "person", person_id),
            seen_record(session, "case_file", case_id) if case_id else None)


def save_participant(session: Session, person_id: uuid.UUID, person: PersonInput,
                     case_id: uuid.UUID, case: cases.CaseInput,
                     seen: tuple[Seen | None, Seen | None] = (None, None)) -> None:
    """Both halves of a file, all saved or nothing; the problems of both halves are
    reported together, and so are the fields another desk changed since ``seen``
    (FileContents.seen; EditConflict)."""
    problems: dict[str, str] = {}
    conflicts: list = []
    try:
        persons.update_person(session, person_id, person, seen=seen[0])
    except InvalidInput as refusal:
        problems |= refusal.problems
    except EditConflict as refusal:
        conflicts += refusal.conflicts
    try:
        cases.update_case(session, case_id, case, seen=seen[1])
    except InvalidInput as refusal:
        problems |= refusal.problems
    except EditConflict as refusal:
        conflicts += refusal.conflicts
    if problems:
        raise InvalidInput(problems)
    if conflicts:
        raise EditConflict(conflicts)


def register_and_link(session: Session, person_id: uuid.UUID, data: PersonInput,
                      relation: Relation) -> uuid.UUID:
    """Register a new relative and link them, so a refused link never leaves a stray
    person behind. Returns the new person's id."""
    relative_id = persons.create_person(session, data)
    family.link_relative(session, person_id, relative_id, relation)
    return relative_id


def persons_by_id(session: Session, ids: Iterable[uuid.UUID]) -> list[PersonView]:
    """Several live persons (the likely duplicates a merge suggests)."""
    return [persons.get_person(session, person_id) for person_id in ids]
