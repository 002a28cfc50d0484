"""Persons: register, correct, find by name in any alphabet or by IIN, delete."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Language, Sex
from centre_desk.domain.iin import check_iin, decode_iin
from centre_desk.domain.names import given_key, query_key, search_key, sort_key
from centre_desk.domain.regions import stored_region
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.concurrency import Seen
from centre_desk.services.errors import DuplicateIin, InvalidInput
from centre_desk.services.records import clean, live_person
from centre_desk.store.base import utc_now
from centre_desk.store.models import Person
from centre_desk.store.models.people import SEARCH_GROUP_WIDTHS

_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,20}$")
_NAME_LIMIT = 100
# Above every character a search key holds, so "key < prefix + _KEY_END" bounds a prefix.
_KEY_END = "\x7f"


@dataclasses.dataclass(frozen=True)
class PersonInput:
    """What a form or an import supplies for a person."""

    surname: str
    given_name: str
    patronymic: str | None = None
    iin: str | None = None
    sex: Sex | None = None
    birth_date: dt.date | None = None
    phone: str | None = None
    address: str | None = None
    region: str | None = None
    district: str | None = None
    language: Language | None = None
    notes: str | None = None


@dataclasses.dataclass(frozen=True)
class PersonView(PersonInput):
    """A stored person, as the GUI and reports see them."""

    id: uuid.UUID = dataclasses.field(default_factory=uuid.uuid4)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


_FIELDS = [f.name for f in dataclasses.fields(PersonInput)]


def normalise(data: PersonInput, today: dt.date | None = None) -> PersonInput:
    """Trim the text, fill a blank birth date and sex from the IIN, or raise
    InvalidInput. A birth date or sex that differs from the IIN is kept (iin_mismatches
    says so, as a warning)."""
    today = today or dt.date.today()
    values = {name: getattr(data, name) for name in _FIELDS}
    for name in ("surname", "given_name", "patronymic", "iin", "phone", "address", "region",
                 "district", "notes"):
        values[name] = clean(values[name])
    if values["region"]:  # a known region in any language or by its former name
        values["region"] = stored_region(values["region"])
    problems = {}
    for name in ("surname", "given_name"):
        if not values[name]:
            problems[name] = "required"
    for name in ("surname", "given_name", "patronymic"):
        if values[name] and len(values[name]) > _NAME_LIMIT:
            problems[name] = "too_long"
    if values["iin"]:
        problem = check_iin(values["iin"])
        if problem is not None:
            problems["iin"] = f"iin.{problem.name.lower()}"
        else:
            # Blank ones are filled from the IIN; ones that differ are kept (see
            # iin_mismatches: since 2013 the digits need not match).
            info = decode_iin(values["iin"])
            values["birth_date"] = values["birth_date"] or info.birth_date
            values["sex"] = values["sex"] or info.sex
    if values["birth_date"] and values["birth_date"] > today:
        problems["birth_date"] = "in_future"
    if values["phone"] and not _PHONE.match(values["phone"]):
        problems["phone"] = "invalid"
    if problems:
        raise InvalidInput(problems)
    return PersonInput(**values)


def iin_mismatches(data: PersonInput) -> dict[str, str]:
    """The fields that differ from what a valid IIN's digits say, each "iin_mismatch":
    a warning shown beside them, never a refusal. Since Government Decree No. 853 of
    26.08.2013 an IIN may be issued whose digits do not match the holder's birth date
    (and the sex digit may differ too), so the documents decide, not the digits."""
    iin = clean(data.iin)
    if not iin or check_iin(iin) is not None:
        return {}
    info = decode_iin(iin)
    return {name: "iin_mismatch" for name, value, implied in (
        ("birth_date", data.birth_date, info.birth_date), ("sex", data.sex, info.sex))
        if value is not None and value != implied}


def name_keys(surname: str, given_name: str, patronymic: str | None) -> dict[str, str]:
    """A person's search, sort and given-name keys (columns of the same names)."""
    names = (surname, given_name, patronymic)
    return {"search_key": search_key(*names), "sort_key": sort_key(*names),
            "given_key": given_key(*names)}


def _name_keys(data: PersonInput) -> dict[str, str]:
    return name_keys(data.surname, data.given_name, data.patronymic)


def view_of(person: Person) -> PersonView:
    """A stored person row as the GUI and reports see it."""
    return PersonView(**{name: getattr(person, name) for name in _FIELDS}, id=person.id)


def _refuse_duplicate_iin(session: Session, iin: str | None, own_id: uuid.UUID | None) -> None:
    """Refuse an IIN another person has, on file or still unwritten in the session: the
    query does not flush, so an import can write its rows in batches."""
    if not iin:
        return
    with session.no_autoflush:
        existing = session.scalar(select(Person.id).where(Person.iin == iin))
    if existing is None or existing == own_id:
        existing = next((row.id for row in (*session.new, *session.dirty)
                         if type(row) is Person and row.iin == iin and row.id != own_id),
                        existing)
    if existing is not None and existing != own_id:
        raise DuplicateIin(iin, existing)


def create_person(session: Session, data: PersonInput) -> uuid.UUID:
    """Register a person; an IIN already on file is refused with the existing id."""
    audit.require(session, Permission.EDIT)
    data = normalise(data)
    _refuse_duplicate_iin(session, data.iin, None)
    person = Person(id=uuid.uuid4(), **dataclasses.asdict(data), **_name_keys(data))
    session.add(person)
    audit.record(session, AuditAction.CREATED, "person", person.id)
    return person.id


def update_person(session: Session, person_id: uuid.UUID, data: PersonInput,
                  seen: Seen | None = None) -> list[str]:
    """Correct a person's details; returns the names of the fields that changed.
    ``seen``: what the editor showed, as audit.apply_changes takes it."""
    audit.require(session, Permission.EDIT)
    data = normalise(data)
    person = live_person(session, person_id)
    _refuse_duplicate_iin(session, data.iin, person.id)
    changed = audit.apply_changes(session, person, data, _FIELDS, "person", seen)
    if changed:
        for name, key in _name_keys(data).items():
            setattr(person, name, key)
    return changed


def delete_person(session: Session, person_id: uuid.UUID) -> None:
    """Delete by tombstone, so the deletion reaches every site."""
    audit.require(session, Permission.MERGE_AND_CLOSE)
    person = live_person(session, person_id)
    person.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "person", person.id)


def get_person(session: Session, person_id: uuid.UUID) -> PersonView:
    """One live person."""
    return view_of(live_person(session, person_id))


def _typed_ranges(text: str) -> tuple[list[tuple[ColumnElement[str], str, str]], list[str]]:
    """The indexed key ranges one of which a person the text finds lies in, and the
    further words typed: an IIN prefix's range, or the first word's range in the
    surname-first and the given-name-first keys. No ranges: the text finds everyone."""
    text = text.strip()
    if not text:
        return [], []
    if text.isdigit():
        return [(Person.iin, text, text + ":")], []
    first, *rest = query_key(text).split() or [""]
    if not first:
        return [], []
    return [(key, first, first + _KEY_END) for key in (Person.search_key, Person.given_key)], rest


def matching(statement: Select, text: str) -> Select:
    """Narrow a query over Person to a typed IIN prefix or name, index-friendly: the
    first word typed starts the surname or the given name (the keys of both orders are
    indexed), each further word starts a later word of that name."""
    ranges, rest = _typed_ranges(text)
    if not ranges:
        return statement
    return statement.where(or_(*(
        and_(key >= low, key < high, *(key.contains(" " + word, autoescape=True) for word in rest))
        for key, low, high in ranges)))


GROUP_WIDTHS = SEARCH_GROUP_WIDTHS
"""How many first characters of each searched key group the persons in an index that
then follows the name order (the model's ``ix_person_<key>_group``)."""


def _in_group(key: ColumnElement[str], prefix: str) -> ColumnElement[bool] | None:
    """The key's first characters equal the prefix's, as the group index states them,
    so the planner can walk that group in name order; None when the prefix is short."""
    width = GROUP_WIDTHS[key.key]
    if len(prefix) < width:
        return None
    # Literal bounds: the index is on substr(key, 1, 3), and SQLite matches an
    # indexed expression only as written, never with bound parameters in it.
    return func.substr(key, literal_column("1"), literal_column(str(width))) == prefix[:width]


def in_name_order(statement: Select, text: str) -> list[Select]:
    """``matching`` split into one statement a key range, each narrowed to its key's
    group (the first three letters, four digits of an IIN), so that each can be walked in
    name order and stopped after a page; the rows the statements find together are the
    rows ``matching`` finds. Empty when a range is shorter than its group: the text is
    too short to narrow the walk (a blank text, "ер", "850")."""
    ranges, rest = _typed_ranges(text)
    parts = []
    for key, low, high in ranges:
        group = _in_group(key, low)
        if group is None:
            return []
        further = (key.contains(" " + word, autoescape=True) for word in rest)
        parts.append(statement.where(group, key >= low, key < high, *further))
    return parts


def finds_fewer_than(session: Session, text: str, count: int) -> bool:
    """Whether ``matching`` finds fewer than ``count`` persons for the text, judged from
    the search indexes alone, so it costs at most ``count`` index entries a range
    whatever the number of persons. It may say "not fewer" of a search that finds few
    (deleted persons and the further words are not looked at), never the reverse."""
    ranges, _rest = _typed_ranges(text)
    if not ranges:
        return False
    in_ranges = [select(func.count()).select_from(
        select(key).where(key >= low, key < high).limit(count).subquery()).scalar_subquery()
        for key, low, high in ranges]
    return (session.scalar(select(sum(in_ranges[1:], in_ranges[0]))) or 0) < count


def find_persons(session: Session, text: str, limit: int = 50) -> list[PersonView]:
    """Live persons whose surname or given name starts with the text (any alphabet), or
    whose IIN does."""
    statement = matching(select(Person).where(Person.deleted_at.is_(None)), text)
    rows = session.scalars(statement.order_by(Person.sort_key, Person.id).limit(limit))
    return [view_of(p) for p in rows]
