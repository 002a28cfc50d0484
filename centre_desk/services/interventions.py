"""Interventions a specialist logs from a participant's file: consultations, trainings,
lectures and conversations, each an activity of the case-work programme with attendance,
written and deleted through the activity core (``services.activities``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import ActivityKind, AuditAction, Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, picking
from centre_desk.services.activities import (
    TEXT_LIMITS, ActivityInput, live_activity, store_activity, tombstone_activities)
from centre_desk.services.assessment_instrument import stored_instrument
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import clean
from centre_desk.store.models import Person

INTERVENTION_KINDS = (ActivityKind.INDIVIDUAL_CONSULTATION, ActivityKind.GROUP_TRAINING,
                      ActivityKind.THEOLOGICAL_LECTURE, ActivityKind.CONVERSATION)
"""The activity kinds a participant's file logs, in the order a picker offers them."""

_LIMITS = {name: TEXT_LIMITS[name] for name in ("place", "facility", "facilitators", "notes")}


@dataclasses.dataclass(frozen=True)
class InterventionInput:
    """What the "log an intervention" form supplies; a group session lists every attendee."""

    kind: ActivityKind
    held_on: dt.date
    person_ids: tuple[uuid.UUID, ...]
    place: str | None = None
    facility: str | None = None
    facilitators: str | None = None
    notes: str | None = None
    need_code: str | None = None
    """The need (a need domain of the site's assessment instrument) it addresses."""


def normalise(session: Session, data: InterventionInput,
              today: dt.date | None = None) -> InterventionInput:
    """Trim the text and drop repeated attendees, or raise InvalidInput with every problem."""
    today = today or dt.date.today()
    texts = {name: clean(getattr(data, name)) for name in _LIMITS}
    person_ids = tuple(dict.fromkeys(data.person_ids))
    problems = {name: "too_long" for name, text in texts.items()
                if text and len(text) > _LIMITS[name]}
    kind = ActivityKind(data.kind) if data.kind in set(ActivityKind) else None
    if kind not in INTERVENTION_KINDS:
        problems["kind"] = "invalid"
    if data.held_on > today:
        problems["held_on"] = "in_future"
    if not person_ids:
        problems["person_ids"] = "required"
    elif kind is ActivityKind.INDIVIDUAL_CONSULTATION and len(person_ids) > 1:
        problems["person_ids"] = "one_only"
    else:
        live = session.scalar(select(func.count()).select_from(Person).where(
            Person.id.in_(person_ids), Person.deleted_at.is_(None)))
        if live != len(person_ids):
            problems["person_ids"] = "invalid"
        elif picking.refused_by_age(session, person_ids, picking.adults(data.held_on)):
            problems["person_ids"] = picking.NOT_AN_ADULT
    need = clean(data.need_code)
    if need is not None and need not in {d.code for d in stored_instrument(session).needs()}:
        problems["need_code"] = "invalid"
    if problems:
        raise InvalidInput(problems)
    return dataclasses.replace(data, kind=kind, person_ids=person_ids, need_code=need, **texts)


def log_intervention(session: Session, data: InterventionInput,
                     today: dt.date | None = None) -> uuid.UUID:
    """Record an intervention held on a date, with one attendance per person."""
    audit.require(session, Permission.EDIT)
    data = normalise(session, data, today)
    activity = store_activity(session, ActivityInput(
        programme=Programme.CASE_WORK, kind=data.kind, held_on=data.held_on, place=data.place,
        facility=data.facility, facilitators=data.facilitators, notes=data.notes),
        data.person_ids)
    if data.need_code:
        activity.need_code = data.need_code
    audit.record(session, AuditAction.CREATED, "activity", activity.id, kind=data.kind.value,
                 held_on=data.held_on, persons=[str(p) for p in data.person_ids],
                 need=data.need_code)
    return activity.id


def delete_intervention(session: Session, activity_id: uuid.UUID) -> None:
    """Delete a logged intervention and its attendances, by tombstone."""
    audit.require(session, Permission.EDIT)
    activity = live_activity(session, activity_id, Programme.CASE_WORK, "intervention")
    # Only children's events take registrations: an intervention's count is always 0.
    attendances, _registrations = tombstone_activities(session, [activity])
    audit.record(session, AuditAction.DELETED, "activity", activity.id,
                 attendances=attendances)

