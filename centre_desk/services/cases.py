"""Rehabilitation case files: register a participant, correct the case, move it through
its stages, and open the whole file at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import case as when, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, CaseCategory, RiskLevel, Role, Stage
from centre_desk.domain.permissions import Permission
from centre_desk.domain.stages import needs_approval, needs_supervisor
from centre_desk.services import (audit, case_editing, categories, concurrency, duplicates,
                                  family, persons, stage_steps, timeline, users)
from centre_desk.services.case_editing import SPECIALISTS
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.records import clean, live_person
from centre_desk.store.models import Case, CaseSpecialist, Person, StageChange, User

_LIMITS = {"facility": 200, "offence_article": 100, "referral_source": 200, "notes": 10000}
_SPECIALIST_ROLES = (Role.SPECIALIST, Role.SUPERVISOR, Role.ADMINISTRATOR)


@dataclasses.dataclass(frozen=True)
class CaseInput:
    """What the case part of a participant's form supplies."""

    category: CaseCategory
    facility: str | None = None
    offence_article: str | None = None
    sentence_start: dt.date | None = None
    sentence_end: dt.date | None = None
    referral_source: str | None = None
    risk_level: RiskLevel | None = None
    consent_given: bool = False
    consent_on: dt.date | None = None
    next_follow_up: dt.date | None = None
    notes: str | None = None
    specialist_ids: tuple[uuid.UUID, ...] = ()


_FIELDS = [f.name for f in dataclasses.fields(CaseInput)]
_COLUMNS = [name for name in _FIELDS if name != "specialist_ids"]


@dataclasses.dataclass(frozen=True)
class CaseFacts:
    """What a case records about the person's situation, as the file and the printed
    file both show it."""

    category: CaseCategory
    facility: str | None
    offence_article: str | None
    sentence_start: dt.date | None
    sentence_end: dt.date | None
    referral_source: str | None
    risk_level: RiskLevel | None
    consent_given: bool
    consent_on: dt.date | None

    def facts(self) -> dict[str, object]:
        """These fields by name, to build another view of the same case."""
        return {field.name: getattr(self, field.name)
                for field in dataclasses.fields(CaseFacts)}


@dataclasses.dataclass(frozen=True)
class CaseView(CaseFacts):
    """A stored case as the file shows it; ``specialist_ids`` in the order of their names."""

    id: uuid.UUID
    person_id: uuid.UUID
    next_follow_up: dt.date | None
    notes: str | None
    specialist_ids: tuple[uuid.UUID, ...]
    stage: Stage
    stage_since: dt.date

    def as_input(self) -> CaseInput:
        """The values to start an edit form with."""
        return CaseInput(**{name: getattr(self, name) for name in _FIELDS})


@dataclasses.dataclass(frozen=True)
class StageChangeView:
    """One step of the stage history; ``from_stage`` is None for the intake."""

    id: uuid.UUID
    from_stage: Stage | None
    to_stage: Stage
    changed_on: dt.date
    note: str | None
    witness: str | None
    recorded_by_name: str | None


@dataclasses.dataclass(frozen=True)
class ParticipantIds:
    """The person and the case a registration made."""

    person_id: uuid.UUID
    case_id: uuid.UUID


@dataclasses.dataclass(frozen=True)
class ParticipantFile:
    """Everything a participant's file shows, read in one go; histories newest first."""

    person: persons.PersonView
    case: CaseView
    specialists: tuple[users.UserView, ...]
    stage_history: tuple[StageChangeView, ...]
    family: tuple[family.RelativeView, ...]
    timeline: tuple[timeline.TimelineEntry, ...]
    possible_duplicates: tuple[duplicates.DuplicateCandidate, ...]


# --- validation ----------------------------------------------------------------------------

def _check_case(session: Session, data: CaseInput,
                today: dt.date) -> tuple[CaseInput, dict[str, str]]:
    """The case with text trimmed and specialists listed once, and its problems."""
    values = {name: getattr(data, name) for name in _FIELDS}
    for name in _LIMITS:
        values[name] = clean(values[name])
    values["specialist_ids"] = tuple(dict.fromkeys(data.specialist_ids))
    values["consent_given"] = bool(data.consent_given)
    if not values["consent_given"]:
        values["consent_on"] = None  # a date of consent never given would mislead
    problems = {name: "too_long" for name, limit in _LIMITS.items()
                if values[name] and len(values[name]) > limit}
    for name, codes in (("category", CaseCategory), ("risk_level", RiskLevel)):
        if values[name] in set(codes):
            values[name] = codes(values[name])
        elif values[name] is not None:
            problems[name] = "invalid"
    if values["category"] is None:
        problems["category"] = "required"
    if values["sentence_start"] and values["sentence_end"] and \
            values["sentence_end"] < values["sentence_start"]:
        problems["sentence_end"] = "before_start"
    if values["consent_given"] and values["consent_on"] is None:
        problems["consent_on"] = "required"
    elif values["consent_on"] and values["consent_on"] > today:
        problems["consent_on"] = "in_future"
    wanted = values["specialist_ids"]
    if wanted:
        known = set(session.scalars(select(User.id).where(User.id.in_(wanted),
                                                          User.deleted_at.is_(None))))
        if known != set(wanted):
            problems["specialist_ids"] = "invalid"
    return CaseInput(**values), problems


def validate_case(session: Session, data: CaseInput, today: dt.date | None = None) -> CaseInput:
    """The case as it would be saved, or InvalidInput with every problem (for a form that
    checks before saving)."""
    audit.require(session, Permission.VIEW)
    data, problems = _check_case(session, data, today or dt.date.today())
    if problems:
        raise InvalidInput(problems)
    return data


# --- reading -------------------------------------------------------------------------------

def _live_case(session: Session, case_id: uuid.UUID) -> tuple[Case, Person]:
    row = session.execute(select(Case, Person).join(Person, Person.id == Case.person_id)
                          .where(Case.id == case_id)).first()
    if row is None or row.Case.deleted_at is not None or row.Person.deleted_at is not None:
        raise NotFound("case", case_id)
    return row.Case, row.Person


def _live_case_of(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    # One, or two opened at two sites before they synced: open first, then the newest.
    return session.scalar(
        select(Case.id).join(Person, Person.id == Case.person_id)
        .where(Case.person_id == person_id, Case.deleted_at.is_(None),
               Person.deleted_at.is_(None))
        .order_by(when((Case.stage == Stage.CLOSED, 1), else_=0), Case.stage_since.desc(),
                  Case.hlc.desc())
        .limit(1))


def case_for_person(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    """The live case of a live person (an open one before a closed one), or None."""
    audit.require(session, Permission.VIEW)
    return _live_case_of(session, person_id)


def _specialists(session: Session, case_id: uuid.UUID) -> tuple[users.UserView, ...]:
    rows = session.scalars(
        select(User).join(CaseSpecialist, CaseSpecialist.user_id == User.id)
        .where(CaseSpecialist.case_id == case_id, CaseSpecialist.deleted_at.is_(None),
               User.deleted_at.is_(None))
        .order_by(User.full_name, User.id))
    seen: dict[uuid.UUID, users.UserView] = {}
    for user in rows:
        seen.setdefault(user.id, users.UserView(user.id, user.username, user.full_name,
                                                user.role, user.active))
    return tuple(seen.values())


def _case_view(case: Case, specialist_ids: tuple[uuid.UUID, ...]) -> CaseView:
    return CaseView(id=case.id, person_id=case.person_id,
                    **{name: getattr(case, name) for name in _COLUMNS},
                    specialist_ids=specialist_ids, stage=case.stage,
                    stage_since=case.stage_since)


def get_case(session: Session, case_id: uuid.UUID) -> CaseView:
    """One live case, without the rest of the file (and without an audit event)."""
    audit.require(session, Permission.VIEW)
    case, _person = _live_case(session, case_id)
    return _case_view(case, tuple(u.id for u in _specialists(session, case_id)))


def stage_history(session: Session, case_id: uuid.UUID) -> tuple[StageChangeView, ...]:
    """A case's stage changes, newest first, with the name of the user who recorded each."""
    audit.require(session, Permission.VIEW)
    rows = session.execute(
        select(StageChange, User.full_name)
        .outerjoin(User, User.id == StageChange.created_by)
        .where(StageChange.case_id == case_id, StageChange.deleted_at.is_(None))
        .order_by(StageChange.changed_on.desc(), StageChange.hlc.desc()))
    return tuple(StageChangeView(change.id, change.from_stage, change.to_stage,
                                 change.changed_on, change.note, change.witness, name)
                 for change, name in rows)


def participant_file(session: Session, case_id: uuid.UUID) -> ParticipantFile:
    """The whole file of a participant's case; opening it is recorded as "viewed".

    Each part is one indexed query (a dozen in all), so the cost does not grow with
    the size of the centre.
    """
    audit.require(session, Permission.VIEW)
    case, person = _live_case(session, case_id)
    person_view = persons.get_person(session, person.id)
    specialists = _specialists(session, case_id)
    record = ParticipantFile(
        person=person_view,
        case=_case_view(case, tuple(u.id for u in specialists)),
        specialists=specialists,
        stage_history=stage_history(session, case_id),
        family=family.family_of(session, person.id),
        timeline=timeline.person_timeline(session, person.id),
        possible_duplicates=duplicates.possible_duplicates(
            session, _as_input(person_view), exclude_id=person.id))
    # The person is named too: who opened a person's file is then found from the
    # person, with a case or without (services.person_file).
    audit.record(session, AuditAction.VIEWED, "case_file", case_id, person=person.id)
    return record


def _as_input(view: persons.PersonView) -> persons.PersonInput:
    return persons.PersonInput(**{f.name: getattr(view, f.name)
                                  for f in dataclasses.fields(persons.PersonInput)})


def list_specialists(session: Session) -> list[users.UserView]:
    """Active staff a case can be assigned to (specialists, supervisors, administrators)."""
    audit.require(session, Permission.VIEW)
    rows = session.scalars(select(User).where(
        User.deleted_at.is_(None), User.active, User.role.in_(_SPECIALIST_ROLES))
        .order_by(User.full_name, User.id))
    return [users.UserView(u.id, u.username, u.full_name, u.role, u.active) for u in rows]


# --- changing ------------------------------------------------------------------------------

def _add_case(session: Session, person_id: uuid.UUID, data: CaseInput, today: dt.date) -> Case:
    case = Case(id=uuid.uuid4(), person_id=person_id,
                **{name: getattr(data, name) for name in _COLUMNS},
                stage=Stage.INTAKE, stage_since=today)
    session.add(case)
    session.add(StageChange(case_id=case.id, from_stage=None, to_stage=Stage.INTAKE,
                            changed_on=today))
    session.add_all(CaseSpecialist(case_id=case.id, user_id=user_id)
                    for user_id in data.specialist_ids)
    audit.record(session, AuditAction.CREATED, "case_file", case.id, person_id=person_id)
    return case


def register_participant(session: Session, person: persons.PersonInput, case: CaseInput,
                         today: dt.date | None = None) -> ParticipantIds:
    """Register a new person with a new case at intake, in one go.

    Every problem of both parts is reported together; an IIN already on file is refused
    with DuplicateIin naming the existing person. Nothing is written on a refusal.
    """
    audit.require(session, Permission.EDIT)
    today = today or dt.date.today()
    problems: dict[str, str] = {}
    try:
        persons.normalise(person, today)
    except InvalidInput as refused:
        problems.update(refused.problems)
    case, case_problems = _check_case(session, case, today)
    problems.update(case_problems)
    if problems:
        raise InvalidInput(problems)
    person_id = persons.create_person(session, person)
    return ParticipantIds(person_id, _add_case(session, person_id, case, today).id)


def open_case(session: Session, person_id: uuid.UUID, case: CaseInput,
              today: dt.date | None = None) -> uuid.UUID:
    """Open a case for a person already on file; one live case per person (a closed case
    is reopened through a stage change, not opened anew)."""
    audit.require(session, Permission.EDIT)
    today = today or dt.date.today()
    live_person(session, person_id)
    case, problems = _check_case(session, case, today)
    if _live_case_of(session, person_id) is not None:
        problems["case"] = "already_open"
    if problems:
        raise InvalidInput(problems)
    return _add_case(session, person_id, case, today).id


def update_case(session: Session, case_id: uuid.UUID, case: CaseInput,
                today: dt.date | None = None, seen: concurrency.Seen | None = None) -> list[str]:
    """Correct a case's details (not its stage: change_stage() moves it); returns the
    names of the fields that changed. ``seen``: as audit.apply_changes takes it."""
    audit.require(session, Permission.EDIT)
    row, _person = _live_case(session, case_id)
    data, problems = _check_case(session, case, today := today or dt.date.today())
    if problems:
        raise InvalidInput(problems)
    if seen is not None:
        concurrency.lock(session, row)  # before reading the specialists
    assigned, current = case_editing.specialists_of(session, case_id)
    mine = {name: getattr(data, name) for name in _COLUMNS}
    mine[SPECIALISTS] = frozenset(data.specialist_ids)
    write = concurrency.fields_to_write(session, row, mine, seen, "case_file", current)
    changed = [name for name in write if mine[name] != (
        current[name][0] if name == SPECIALISTS else getattr(row, name))]
    if not changed:
        return []
    if "category" in changed:
        categories.note_change(session, row, data.category, today)  # kept with its day
    for name in changed:
        if name != SPECIALISTS:
            setattr(row, name, mine[name])
    if SPECIALISTS in changed:
        case_editing.reassign(session, case_id, assigned, data.specialist_ids)
    audit.record(session, AuditAction.UPDATED, "case_file", case_id, fields=changed)
    return changed


def change_stage(session: Session, case_id: uuid.UUID, to: Stage, on: dt.date, note: str,
                 witness: str | None = None, today: dt.date | None = None) -> None:
    """Move a case to its next stage on a date, with a note; kept as history.

    As stage_steps.check allows; closing and reopening are a supervisor's decision
    (NotPermitted else). Rehabilitated, closed and reopened are not changed here but
    asked for (``{"stage": "stage.needs_approval"}``): services.approvals.
    """
    audit.require(session, Permission.EDIT)
    case, _person = _live_case(session, case_id)
    if to in set(Stage) and needs_supervisor(Stage(to), case.stage):
        audit.require(session, Permission.MERGE_AND_CLOSE)
    to, note, witness = stage_steps.check(session, case, to, on, note, witness,
                                          today or dt.date.today())
    if needs_approval(to, case.stage):
        raise InvalidInput({"stage": "stage.needs_approval"})
    stage_steps.record(session, case, to, on, note, witness)
