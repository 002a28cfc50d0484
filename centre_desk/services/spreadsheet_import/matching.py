"""Persons on file born the same day as a row, with a name alike in any alphabet: the
duplicates service's own test (services.duplicates: the same birth date, names scored
by domain.names.name_similarity with and without patronymics, SIMILAR or more), asked
once per row for a small file, and for a large one answered from one read of the
persons born on the file's dates (10,000 queries by birth date would take longer than
the whole preview may)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.services import duplicates
from centre_desk.services.persons import PersonInput
from centre_desk.services.records import full_name
from centre_desk.store.models import Person

ASK_EACH_UP_TO = 200
"""Files with at most this many birth dates ask services.duplicates row by row."""
LIMIT = 5


class BornSameDay:
    """Look-alikes of the rows' persons among the live persons on file."""

    def __init__(self, session: Session, birth_dates: set[dt.date]) -> None:
        self.by_day: dict[dt.date, list] | None = None
        if len(birth_dates) > ASK_EACH_UP_TO:
            self.by_day = defaultdict(list)
            rows = session.execute(
                select(Person.id, Person.surname, Person.given_name, Person.patronymic,
                       Person.birth_date, Person.iin)
                .where(Person.deleted_at.is_(None), Person.birth_date.is_not(None)))
            for row in rows:
                if row.birth_date in birth_dates:
                    self.by_day[row.birth_date].append(row)

    def alike(self, session: Session, data: PersonInput) -> tuple[
            duplicates.DuplicateCandidate, ...]:
        """As duplicates.possible_duplicates(session, data)."""
        if self.by_day is None or data.birth_date is None:
            return duplicates.possible_duplicates(session, data, limit=LIMIT)
        found = []
        for row in self.by_day.get(data.birth_date, ()):
            # The duplicates service's own scoring, so both paths flag the same persons.
            score = duplicates._similarity(data, row.surname, row.given_name, row.patronymic)
            if score >= duplicates.SIMILAR:
                found.append(duplicates.DuplicateCandidate(
                    row.id, full_name(row.surname, row.given_name, row.patronymic),
                    row.birth_date, row.iin, score))
        found.sort(key=lambda c: (-c.similarity, c.full_name, c.person_id))
        return tuple(found[:LIMIT])
