"""The children's register of a returnee's case: for each child brought back with the
returnee (a person linked to them as child or ward), where they learn, their last
health check and the psychologist's sessions.

A child joins the register only from a returnee's case (category "returnee") and only
once; the child must be linked in the family first, so the mothers' club and the
children's events find them as before. Every change is audited; rows are synced.
Refusals: InvalidInput with ``returnee.not_returnee``, ``returnee.not_child``,
``returnee.already_registered``, or the fields' own codes; NotFound; NotPermitted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, CaseCategory, Schooling
from centre_desk.domain.family import Relation
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, family
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import clean, full_name, live_row
from centre_desk.store.base import utc_now
from centre_desk.store.models import Case, Person, ReturneeChild

_LIMITS = {"school": 200, "health_result": 500, "notes": 10000}
_SESSIONS_LIMIT = 1000
_CHILD_RELATIONS = (Relation.CHILD, Relation.WARD)


@dataclasses.dataclass(frozen=True)
class ChildRecord:
    """What the register keeps for one child."""

    schooling: Schooling | None = None
    school: str | None = None
    health_check_on: dt.date | None = None
    health_result: str | None = None
    psychologist_sessions: int = 0
    last_session_on: dt.date | None = None
    notes: str | None = None


_FIELDS = [f.name for f in dataclasses.fields(ChildRecord)]


@dataclasses.dataclass(frozen=True)
class RegisteredChild:
    """A line of the register as the file shows it."""

    id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    record: ChildRecord


def check_record(data: ChildRecord, today: dt.date | None = None) -> ChildRecord:
    """The record trimmed, or InvalidInput with every problem."""
    today = today or dt.date.today()
    values = {name: getattr(data, name) for name in _FIELDS}
    problems = {}
    for name, limit in _LIMITS.items():
        values[name] = clean(values[name])
        if values[name] and len(values[name]) > limit:
            problems[name] = "too_long"
    if values["schooling"] is not None:
        if values["schooling"] in set(Schooling):
            values["schooling"] = Schooling(values["schooling"])
        else:
            problems["schooling"] = "invalid"
    sessions = values["psychologist_sessions"]
    if not isinstance(sessions, int) or isinstance(sessions, bool) or \
            not 0 <= sessions <= _SESSIONS_LIMIT:
        problems["psychologist_sessions"] = "invalid"
    for name in ("health_check_on", "last_session_on"):
        if values[name] is not None and values[name] > today:
            problems[name] = "in_future"
    if sessions == 0 and values["last_session_on"] is not None:
        problems["last_session_on"] = "returnee.no_sessions"
    if problems:
        raise InvalidInput(problems)
    return ChildRecord(**values)


def _returnee_case(session: Session, case_id: uuid.UUID) -> Case:
    case = live_row(session, Case, case_id, "case")
    if case.category is not CaseCategory.RETURNEE:
        raise InvalidInput({"case": "returnee.not_returnee"})
    return case


def children_to_register(session: Session, case_id: uuid.UUID) -> list[family.RelativeView]:
    """The returnee's children and wards not yet in the register (for a picker)."""
    audit.require(session, Permission.VIEW)
    case = _returnee_case(session, case_id)
    registered = set(session.scalars(select(ReturneeChild.person_id).where(
        ReturneeChild.case_id == case_id, ReturneeChild.deleted_at.is_(None))))
    return [r for r in family.family_of(session, case.person_id)
            if r.relation in _CHILD_RELATIONS and r.person_id not in registered]


def register_child(session: Session, case_id: uuid.UUID, child_id: uuid.UUID,
                   data: ChildRecord, today: dt.date | None = None) -> uuid.UUID:
    """Add a child, linked to the returnee in the family, to the case's register."""
    audit.require(session, Permission.EDIT)
    case = _returnee_case(session, case_id)
    data = check_record(data, today)
    children = {r.person_id for r in family.family_of(session, case.person_id)
                if r.relation in _CHILD_RELATIONS}
    if child_id not in children:
        raise InvalidInput({"person": "returnee.not_child"})
    if session.scalar(select(ReturneeChild.id).where(
            ReturneeChild.case_id == case_id, ReturneeChild.person_id == child_id,
            ReturneeChild.deleted_at.is_(None))) is not None:
        raise InvalidInput({"person": "returnee.already_registered"})
    row = ReturneeChild(case_id=case_id, person_id=child_id, **dataclasses.asdict(data))
    session.add(row)
    session.flush()
    audit.record(session, AuditAction.CREATED, "returnee_child", row.id, case_id=case_id,
                 person=child_id)
    return row.id


def update_child(session: Session, record_id: uuid.UUID, data: ChildRecord,
                 today: dt.date | None = None) -> list[str]:
    """Correct a child's line; returns the names of the fields that changed."""
    audit.require(session, Permission.EDIT)
    row = live_row(session, ReturneeChild, record_id, "returnee child")
    data = check_record(data, today)
    changed = [name for name in _FIELDS if getattr(row, name) != getattr(data, name)]
    for name in changed:
        setattr(row, name, getattr(data, name))
    if changed:
        audit.record(session, AuditAction.UPDATED, "returnee_child", record_id, fields=changed)
    return changed


def remove_child(session: Session, record_id: uuid.UUID) -> None:
    """Take a child off the register (the person and the family link stay)."""
    audit.require(session, Permission.EDIT)
    row = live_row(session, ReturneeChild, record_id, "returnee child")
    row.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "returnee_child", record_id)


def children_register(session: Session, case_id: uuid.UUID) -> list[RegisteredChild]:
    """The case's register, oldest child first."""
    audit.require(session, Permission.VIEW)
    if session.get(Case, case_id) is None:
        raise NotFound("case", case_id)
    rows = session.execute(
        select(ReturneeChild, Person).join(Person, Person.id == ReturneeChild.person_id)
        .where(ReturneeChild.case_id == case_id, ReturneeChild.deleted_at.is_(None),
               Person.deleted_at.is_(None))
        .order_by(Person.birth_date.is_(None), Person.birth_date, Person.sort_key))
    return [RegisteredChild(row.id, person.id,
                            full_name(person.surname, person.given_name, person.patronymic),
                            person.birth_date,
                            ChildRecord(**{name: getattr(row, name) for name in _FIELDS}))
            for row, person in rows]
