"""Moving what belongs to one record of a person onto another record of the same human.

Two places make two records one: a supervisor's merge (services.duplicates) and an
import that brings rows naming a person merged away at either site (a merge made
there, or here before the rows were sent). Both move everything the same way:

- rows unique per person and something else (one attendance per activity, one
  enrolment per course, one registration per event) keep the survivor's row, with
  blanks filled from the duplicate's, and the duplicate's becomes a tombstone;
- family links move, except a link the survivor already has or one to herself;
- a case moves to the survivor; when the survivor has a case of her own, the two are
  joined into hers (a person has one case): the duplicate's stage history, follow-ups
  and specialists move to it, its blank fields are filled, its notes added, and the
  duplicate's case becomes a tombstone;
- everything else that names the duplicate (club membership, guardian, placements)
  names the survivor.

Rows are changed through the session, so each move is stamped and travels to peers.
"""

from __future__ import annotations

import collections
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import RelationshipKind
from centre_desk.store.base import SYNC_COLUMNS, SyncMixin, utc_now
from centre_desk.store.models import (
    ApprovalRequest, Attendance, Case, CaseSpecialist, CategoryChange, ClubMembership,
    Enrolment, EventRegistration, FollowUp,
    Person, Placement, Relationship, ReturneeChild, Site, StageChange)

_CASE_FILLABLE = ("facility", "offence_article", "sentence_start", "sentence_end",
                  "referral_source", "risk_level", "consent_on", "next_follow_up")

PERSON_REFERENCES = (Relationship.person_id, Relationship.relative_id, Case.person_id,
                     Attendance.person_id, Enrolment.person_id, ClubMembership.person_id,
                     EventRegistration.child_id, EventRegistration.guardian_id,
                     Placement.person_id, Placement.child_id, ReturneeChild.person_id)
"""Every column that names a person."""


def move_everything(session: Session, survivor: uuid.UUID, duplicate: uuid.UUID,
                    now: dt.datetime | None = None) -> collections.Counter:
    """Move every live row naming ``duplicate`` to ``survivor`` (see the module's
    docstring); returns how many rows moved or were dropped, per kind."""
    now = now or utc_now()
    counts: collections.Counter = collections.Counter()
    _move_relationships(session, survivor, duplicate, now, counts)
    _move_cases(session, survivor, duplicate, now, counts)
    _move_unique(session, Attendance, "activity_id", "person_id", survivor, duplicate,
                 now, counts, "attendances")
    _move_unique(session, Enrolment, "course_id", "person_id", survivor, duplicate,
                 now, counts, "enrolments")
    _move_unique(session, EventRegistration, "activity_id", "child_id", survivor,
                 duplicate, now, counts, "event_registrations")
    guarded = _repoint(session, EventRegistration.guardian_id, survivor, duplicate)
    counts["event_registrations"] += len(guarded)
    counts["club_memberships"] += len(
        _repoint(session, ClubMembership.person_id, survivor, duplicate))
    placed = _repoint(session, Placement.person_id, survivor, duplicate)
    placed_child = _repoint(session, Placement.child_id, survivor, duplicate)
    counts["placements"] += len({p.id for p in placed + placed_child})
    _repoint(session, ReturneeChild.person_id, survivor, duplicate)  # the register's child
    # A guardian or a mother who turns out to be the child herself is no guardian.
    for registration in session.scalars(select(EventRegistration).where(
            EventRegistration.child_id == survivor,
            EventRegistration.guardian_id == survivor)):
        registration.guardian_id = None
    for placement in session.scalars(select(Placement).where(
            Placement.person_id == survivor, Placement.child_id == survivor)):
        placement.child_id = None
    return counts


def survivor_of(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    """The record a merged-away person now lives on as, following merges made one
    after another at different sites; None when ``person_id`` was never merged (or
    the chain goes round)."""
    target, seen = None, {person_id}
    current = session.scalar(select(Person.merged_into_id).where(Person.id == person_id))
    while current is not None and current not in seen:
        target = current
        seen.add(current)
        current = session.scalar(select(Person.merged_into_id).where(Person.id == current))
    return target if target is not None and current is None else None


def follow_merges(session: Session) -> int:
    """After an import: live rows that name a merged-away person move to the record it
    was merged into, as the merge itself moved them. Returns how many merged-away
    persons still had rows. Driven from the merged persons (few) through each
    reference's index, not by reading every attendance."""
    merged = select(Person.id).where(Person.merged_into_id.is_not(None))
    named: set[uuid.UUID] = set()
    for column in PERSON_REFERENCES:
        model = column.class_
        named.update(session.scalars(select(column).distinct().where(
            column.in_(merged), model.deleted_at.is_(None))))
    moved = 0
    now = utc_now()
    for duplicate in sorted(named):
        survivor = survivor_of(session, duplicate)
        if survivor is not None:
            move_everything(session, survivor, duplicate, now)
            moved += 1
    return moved


# --- the moves ---------------------------------------------------------------------------

def _link_key(person_id: uuid.UUID, relative_id: uuid.UUID,
              kind: RelationshipKind) -> tuple[Any, ...]:
    if kind is RelationshipKind.SPOUSE:
        return (kind, frozenset((person_id, relative_id)))
    return (kind, person_id, relative_id)


def _move_relationships(session: Session, survivor: uuid.UUID, duplicate: uuid.UUID,
                        now: dt.datetime, counts: collections.Counter) -> None:
    def touching(person_id):
        return session.scalars(select(Relationship).where(
            or_(Relationship.person_id == person_id, Relationship.relative_id == person_id),
            Relationship.deleted_at.is_(None))).all()
    known = {_link_key(r.person_id, r.relative_id, r.kind) for r in touching(survivor)}
    for link in touching(duplicate):
        person_id = survivor if link.person_id == duplicate else link.person_id
        relative_id = survivor if link.relative_id == duplicate else link.relative_id
        key = _link_key(person_id, relative_id, link.kind)
        if person_id == relative_id or key in known:
            link.deleted_at = now
            counts["relationships_dropped"] += 1
        else:
            link.person_id, link.relative_id = person_id, relative_id
            known.add(key)
            counts["relationships"] += 1


def _move_cases(session: Session, survivor: uuid.UUID, duplicate: uuid.UUID,
                now: dt.datetime, counts: collections.Counter) -> None:
    theirs = _repoint(session, Case.person_id, survivor, duplicate)
    counts["cases"] += len(theirs)
    if not theirs:
        return
    # Follow-ups and stage changes belong to the case and travel with it.
    moved = [c.id for c in theirs]
    counts["follow_ups"] += len(session.scalars(select(FollowUp.id).where(
        FollowUp.case_id.in_(moved), FollowUp.deleted_at.is_(None))).all())
    live = session.scalars(select(Case).where(Case.person_id == survivor,
                                              Case.deleted_at.is_(None))
                           .order_by(Case.created_at, Case.id)).all()
    kept, *others = [c for c in live if c.id not in moved] + \
        [c for c in live if c.id in moved]
    for other in others:
        _join_case(session, kept, other, now)
        counts["cases_joined"] += 1


def _join_case(session: Session, kept: Case, other: Case, now: dt.datetime) -> None:
    for model in (StageChange, FollowUp, CategoryChange, ReturneeChild):
        for row in session.scalars(select(model).where(model.case_id == other.id,
                                                       model.deleted_at.is_(None))):
            row.case_id = kept.id
    # Requests for an outcome move only where they were made: only that site may change
    # them (sync.validation.ORIGIN_AUTHORITY); another site's stays with the joined case.
    for request in session.scalars(select(ApprovalRequest).where(
            ApprovalRequest.case_id == other.id, ApprovalRequest.deleted_at.is_(None),
            ApprovalRequest.origin_site.in_(select(Site.id)))):
        request.case_id = kept.id
    assigned = set(session.scalars(select(CaseSpecialist.user_id).where(
        CaseSpecialist.case_id == kept.id, CaseSpecialist.deleted_at.is_(None))))
    for row in session.scalars(select(CaseSpecialist).where(
            CaseSpecialist.case_id == other.id, CaseSpecialist.deleted_at.is_(None))):
        if row.user_id in assigned:
            row.deleted_at = now
        else:
            row.case_id = kept.id
            assigned.add(row.user_id)
    for name in _CASE_FILLABLE:
        if getattr(kept, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(kept, name, getattr(other, name))
    if other.consent_given and not kept.consent_given:
        kept.consent_given = True
    if other.notes and other.notes != kept.notes:
        kept.notes = "\n".join(n for n in (kept.notes, other.notes) if n)
    other.deleted_at = now


def _data_columns(model: type[SyncMixin], *skip: str) -> list[str]:
    return [c.key for c in model.__table__.columns if c.key not in SYNC_COLUMNS + skip]


def _move_unique(session: Session, model: type[SyncMixin], group: str, owner: str,
                 survivor: uuid.UUID, duplicate: uuid.UUID, now: dt.datetime,
                 counts: collections.Counter, name: str) -> None:
    """Move rows unique per (group, owner), e.g. one attendance per activity and person.

    Where the survivor already has a row for the same group, the survivor's row is kept
    (revived from its tombstone if need be, blanks filled from the duplicate's) and the
    duplicate's row becomes a tombstone.
    """
    group_column, owner_column = getattr(model, group), getattr(model, owner)
    theirs = session.scalars(select(model).where(owner_column == duplicate,
                                                 model.deleted_at.is_(None))).all()
    if not theirs:
        return
    mine = {getattr(row, group): row for row in session.scalars(select(model).where(
        owner_column == survivor, group_column.in_({getattr(r, group) for r in theirs})))}
    columns = _data_columns(model, group, owner)
    for row in theirs:
        kept = mine.get(getattr(row, group))
        if kept is None:
            setattr(row, owner, survivor)
            counts[name] += 1
            continue
        if kept.deleted_at is not None:
            for column in columns:
                setattr(kept, column, getattr(row, column))
            kept.deleted_at = None
            counts[name] += 1
        else:
            for column in columns:
                if getattr(kept, column) is None:
                    setattr(kept, column, getattr(row, column))
            counts[f"{name}_dropped"] += 1
        row.deleted_at = now


def _repoint(session: Session, column: Any, survivor: uuid.UUID, duplicate: uuid.UUID) -> list:
    """Live rows whose ``column`` names the duplicate, now naming the survivor."""
    model = column.class_
    rows = session.scalars(select(model).where(column == duplicate,
                                               model.deleted_at.is_(None))).all()
    for row in rows:
        setattr(row, column.key, survivor)
    return rows
