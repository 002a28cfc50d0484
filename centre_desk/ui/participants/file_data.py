"""What a participant file reads and writes, each in one transaction: the service calls
behind the window, kept apart from its widgets."""

from __future__ import annotations

import dataclasses
import uuid

from centre_desk.services import cases, listing, persons
from centre_desk.services.errors import InvalidInput
from centre_desk.services.person_file import person_file
from centre_desk.services.persons import PersonInput, PersonView


@dataclasses.dataclass(frozen=True)
class FileContents:
    """Everything one open of the file reads, in one transaction."""

    file: cases.ParticipantFile | None
    person: PersonView | None
    relatives: tuple
    timeline: tuple
    specialists: tuple
    facilities: tuple[str, ...]


def load_file(session, case_id: uuid.UUID | None,
              person_id: uuid.UUID | None) -> FileContents:
    """A case's whole file or the file of a person without a case (either recorded as
    viewed by the service that reads it), or nothing for a new participant; with the
    choices the forms offer."""
    specialists = tuple(cases.list_specialists(session))
    facilities = tuple(listing.participant_facilities(session))
    if case_id is not None:
        file = cases.participant_file(session, case_id)
        return FileContents(file, file.person, file.family, file.timeline, specialists,
                            facilities)
    if person_id is not None:
        opened = person_file(session, person_id)
        return FileContents(None, opened.person, opened.family, opened.timeline, specialists,
                            facilities)
    return FileContents(None, None, (), (), specialists, facilities)


def save_participant(session, person_id: uuid.UUID, person: PersonInput,
                     case_id: uuid.UUID, case: cases.CaseInput) -> None:
    """Both halves of a file in one transaction, all saved or nothing; the problems of
    both halves are reported together."""
    problems: dict[str, str] = {}
    try:
        persons.update_person(session, person_id, person)
    except InvalidInput as refusal:
        problems |= refusal.problems
    try:
        cases.update_case(session, case_id, case)
    except InvalidInput as refusal:
        problems |= refusal.problems
    if problems:
        raise InvalidInput(problems)


def persons_by_id(session, ids) -> list[PersonView]:
    """Several live persons, in one transaction."""
    return [persons.get_person(session, person_id) for person_id in ids]


def likeness_key(person: PersonInput) -> tuple:
    """What the duplicate check looks at: a save anyway holds until one of these changes."""
    return (person.surname.strip().casefold(), person.given_name.strip().casefold(),
            (person.patronymic or "").strip().casefold(), person.birth_date, person.iin)
