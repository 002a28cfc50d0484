"""The preview: every row read under a mapping, its cells checked, matched with the
people on file (by IIN; by a look-alike name across alphabets with the same birth date,
through services.duplicates) and with the file's earlier rows, and an action proposed.
Nothing is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import CaseCategory, RiskLevel
from centre_desk.domain.names import name_similarity
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, cases, duplicates
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import full_name
from centre_desk.services.spreadsheet_import.checking import (
    PERSON_NAMES, RowReading, person_input, read_row, specs_of)
from centre_desk.services.spreadsheet_import.fields import FIELDS, RowKind
from centre_desk.services.spreadsheet_import.matching import BornSameDay
from centre_desk.services.spreadsheet_import.mapping import Mapping, fold
from centre_desk.services.spreadsheet_import.reading import SourceFile
from centre_desk.services.spreadsheet_import.results import (
    CREATE, SKIP, Action, Choice, PersonMatch, Preview, RowPreview, RowStatus)
from centre_desk.store.models import Course, Organisation, Person

Progress = Callable[[int, int], None]
_CHUNK = 500  # IINs looked up per query
_PROGRESS_EVERY = 200

CASE_NAMES = ("category", "facility", "offence_article", "sentence_start", "sentence_end",
              "referral_source", "risk_level")


def preview_import(session: Session, source: SourceFile, mapping: Mapping,
                   progress: Progress | None = None, today: dt.date | None = None) -> Preview:
    """Check every data row of ``mapping.sheet`` (rows after ``mapping.header_row``) and
    propose an action for each: CREATE for a new person, MERGE into the person with the
    row's IIN, SKIP for a look-alike without an IIN match (a person decides), a row the
    same as an earlier one, or a row with a problem. Needs MERGE_AND_CLOSE (supervisors
    and administrators). ``progress(done, total)`` may raise to cancel."""
    audit.require(session, Permission.MERGE_AND_CLOSE)
    today = today or dt.date.today()
    sheet = source.sheet(mapping.sheet)
    specs = specs_of(mapping)
    serials = source.format == "xlsx"
    numbered = [(index + 1, row) for index, row in enumerate(sheet.rows)
                if index > mapping.header_row and any(c is not None for c in row)]
    total = len(numbered)
    readings: list[tuple[int, RowReading]] = []
    for done, (number, row) in enumerate(numbered, 1):
        readings.append((number, read_row(row, mapping, specs, serials, today)))
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done // 2, total)
    _check_kind(session, mapping.kind, readings, today)
    on_file = _by_iin(session, [r.values["iin"] for _, r in readings if "iin" in r.values])
    rows = []
    earlier = _EarlierRows()
    born_same_day = BornSameDay(session, {r.values["birth_date"] for _, r in readings
                                          if r.values.get("birth_date") and not r.problems})
    for done, (number, reading) in enumerate(readings, 1):
        rows.append(_row_preview(session, number, reading, on_file, earlier, born_same_day))
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress((total + done) // 2, total)
    if progress is not None:
        progress(total, total)
    mapped = set(mapping.columns.values())
    if "full_name" in mapped:
        mapped |= {"surname", "given_name", "patronymic"}
    unmapped = tuple(spec.name for spec in FIELDS[mapping.kind]
                     if spec.required and spec.name not in mapped)
    return Preview(mapping.kind, Path(source.path).name, mapping, tuple(rows), unmapped)


def _check_kind(session: Session, kind: RowKind, readings: list[tuple[int, RowReading]],
                today: dt.date) -> None:
    """The checks of the row's case, membership, enrolment or placement."""
    if kind is RowKind.PARTICIPANTS:
        for _, reading in readings:
            _check_case(session, reading, today)
    elif kind is RowKind.CLUB_MEMBERS:
        for _, reading in readings:
            joined = reading.values.get("joined_on")
            if joined is not None and joined > today:
                reading.add("joined_on", "in_future", reading.cells.get("joined_on"))
            if reading.values.get("sex") == "male":
                reading.add("sex", "club.not_a_woman", reading.cells.get("sex"))
    elif kind is RowKind.COURSE_STUDENTS:
        courses = {fold(title): course_id for course_id, title in session.execute(
            select(Course.id, Course.title).where(Course.deleted_at.is_(None),
                                                  Course.active.is_(True)))}
        _resolve(readings, "course", "course_id", courses, "course.unknown")
    elif kind is RowKind.PLACEMENTS:
        partners = {fold(name): organisation_id for organisation_id, name in session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None)))}
        _resolve(readings, "organisation", "organisation_id", partners,
                 "organisation.unknown")


def _resolve(readings, name: str, id_name: str, known: dict[str, Any], code: str) -> None:
    for _, reading in readings:
        if name in reading.values:
            found = known.get(fold(reading.values[name]))
            if found is None:
                reading.add(name, code, reading.values[name])
            else:
                reading.values[id_name] = found


def case_input(values: dict[str, Any]) -> cases.CaseInput:
    """The case part of a row's values, as cases.register_participant takes it."""
    data = {name: values.get(name) for name in CASE_NAMES}
    data["category"] = CaseCategory(data["category"]) if data["category"] else None
    data["risk_level"] = RiskLevel(data["risk_level"]) if data["risk_level"] else None
    return cases.CaseInput(**data)


def _check_case(session: Session, reading: RowReading, today: dt.date) -> None:
    if any(p.field in CASE_NAMES for p in reading.problems):
        return
    try:
        cases.validate_case(session, case_input(reading.values), today)
    except InvalidInput as refused:
        for name, code in refused.problems.items():
            reading.add(name, code, reading.cells.get(name))


def _by_iin(session: Session, iins: list[str]) -> dict[str, Person]:
    """Persons holding any of the IINs (live ones and tombstones, which keep theirs)."""
    found: dict[str, Person] = {}
    unique = sorted(set(iins))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start:start + _CHUNK]
        found.update((p.iin, p) for p in session.scalars(select(Person).where(
            Person.iin.in_(chunk))))
    return found


def on_file_values(person: Person) -> dict[str, Any]:
    """A person's fields as the side-by-side view shows them."""
    return {name: getattr(person, name) for name in PERSON_NAMES}


class _EarlierRows:
    """The file's rows seen so far, by IIN and by birth date, to find the same person
    twice in one file."""

    def __init__(self) -> None:
        self.by_iin: dict[str, int] = {}
        self.by_birth: dict[dt.date, list[tuple[int, str]]] = {}

    def same_as(self, number: int, values: dict[str, Any]) -> tuple[int, ...]:
        iin, birth = values.get("iin"), values.get("birth_date")
        name = full_name(values.get("surname") or "", values.get("given_name") or "",
                         values.get("patronymic"))
        found = []
        if iin and iin in self.by_iin:
            found.append(self.by_iin[iin])
        if birth is not None and values.get("surname"):
            for other, other_name in self.by_birth.get(birth, ()):
                if other not in found and \
                        name_similarity(name, other_name) >= duplicates.SIMILAR:
                    found.append(other)
            self.by_birth.setdefault(birth, []).append((number, name))
        if iin:
            self.by_iin.setdefault(iin, number)
        return tuple(sorted(found))


def _row_preview(session: Session, number: int, reading: RowReading,
                 on_file: dict[str, Person], earlier: _EarlierRows,
                 born_same_day: BornSameDay) -> RowPreview:
    values = reading.values
    matches: list[PersonMatch] = []
    iin = values.get("iin")
    holder = on_file.get(iin) if iin else None
    if holder is not None and holder.deleted_at is not None:
        reading.add("iin", "iin.on_deleted_person", iin)
        holder = None
    if holder is not None:
        matches.append(PersonMatch(
            holder.id, full_name(holder.surname, holder.given_name, holder.patronymic),
            holder.birth_date, holder.iin, "iin", 1.0, on_file_values(holder)))
    elif not reading.problems and values.get("surname"):
        for candidate in born_same_day.alike(session, person_input(values)):
            person = session.get(Person, candidate.person_id)
            matches.append(PersonMatch(candidate.person_id, candidate.full_name,
                                       candidate.birth_date, candidate.iin, "name",
                                       candidate.similarity, on_file_values(person)))
    same_as = earlier.same_as(number, values) if not reading.problems else ()
    if reading.problems:
        status, proposed = RowStatus.ERROR, SKIP
    elif same_as:
        status, proposed = RowStatus.SAME_AS_EARLIER_ROW, SKIP
    elif holder is not None:
        status, proposed = RowStatus.IIN_MATCH, Choice(Action.MERGE, holder.id)
    elif matches:
        status, proposed = RowStatus.LOOK_ALIKE, SKIP
    else:
        status, proposed = RowStatus.NEW, CREATE
    return RowPreview(number, dict(values), dict(reading.cells), tuple(reading.problems),
                      tuple(matches), same_as, status, proposed)
