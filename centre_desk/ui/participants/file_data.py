"""What the participant file compares before it saves: the fields that make two
records look alike (what the file reads and writes is services.participant_file)."""

from __future__ import annotations

from centre_desk.services.persons import PersonInput, PersonView


def likeness_key(person: PersonInput | PersonView) -> tuple:
    """What the duplicate check looks at: a save anyway holds until one of these changes."""
    return (person.surname.strip().casefold(), person.given_name.strip().casefold(),
            (person.patronymic or "").strip().casefold(), person.birth_date, person.iin)
