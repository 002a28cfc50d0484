"""The mothers' club: who is a member (joined when, why, referred by whom, left when),
her children, and her history. Meetings are activities of Programme.MOTHERS_CLUB in
``services.activities``, which also marks who came; the members list (with the club
tab's filters) is ``listing.club_members_page``.

Refusals are ``InvalidInput`` (field → code) and change nothing:

- ``{"person": "club.not_a_woman"}``: the club is for mothers; a person recorded as
  male is refused (a person whose sex is not recorded may join);
- ``{"person": "club.already_member"}``: she has a membership that has not ended;
- ``{"joined_on": "required" | "in_future" | "club.overlaps_membership"}``: a woman
  may leave and join again, but two memberships of hers never cover the same day;
- ``{"left_on": "in_future" | "club.before_joined"}``,
  ``{"membership": "club.already_left"}``;
- ``{"reason" | "referred_by": "too_long"}``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.domain.ages import age_on
from centre_desk.domain.enums import AuditAction, Programme, RelationshipKind, Sex
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, picking
from centre_desk.services.activities import PersonActivity, person_activities
from centre_desk.services.concurrency import Seen
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import cared_for, clean, full_name, live_person, live_row, name_of
from centre_desk.services.redaction import PrivateText, may_see_full_identity, redacted
from centre_desk.store.base import utc_now
from centre_desk.store.models import Activity, Attendance, ClubMembership, Person

TEXT_LIMITS = {"reason": 2000, "referred_by": 200}


@dataclasses.dataclass(frozen=True)
class MembershipChanges:
    """What the membership form corrects; ``left_on`` None means she is still a member."""

    joined_on: dt.date
    reason: str | None = None
    referred_by: str | None = None
    left_on: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class MembershipView:
    """One membership, from joining to leaving (``left_on`` None: still a member)."""

    membership_id: uuid.UUID
    person_id: uuid.UUID
    joined_on: dt.date
    left_on: dt.date | None
    reason: str | None
    referred_by: str | None

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclasses.dataclass(frozen=True)
class ChildLink:
    """A child a member is the parent or guardian of; ``age`` in full years today."""

    person_id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    age: int | None
    relationship: RelationshipKind


@dataclasses.dataclass(frozen=True)
class ClubMemberView:
    """A member as her card in the club tab shows her."""

    membership_id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    iin: PrivateText
    """Withheld, as is her phone, from a user who may not see it (services.redaction)."""
    phone: PrivateText
    region: str | None
    joined_on: dt.date
    left_on: dt.date | None
    reason: str | None
    referred_by: str | None
    children: tuple[ChildLink, ...]
    last_attended: dt.date | None
    attendance_count: int

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclasses.dataclass(frozen=True)
class MemberHistory:
    """Every membership of a person (latest first) and the club activities she
    attended (newest first)."""

    person_id: uuid.UUID
    full_name: str
    memberships: tuple[MembershipView, ...]
    activities: tuple[PersonActivity, ...]


# --- helpers ----------------------------------------------------------------------------------

def _live_membership(session: Session, membership_id: uuid.UUID) -> ClubMembership:
    membership = live_row(session, ClubMembership, membership_id, "club membership")
    live_person(session, membership.person_id)
    return membership


def _view(membership: ClubMembership) -> MembershipView:
    return MembershipView(membership.id, membership.person_id, membership.joined_on,
                          membership.left_on, membership.reason, membership.referred_by)


def _overlap_problems(session: Session, person_id: uuid.UUID, joined_on: dt.date,
                      left_on: dt.date | None, own_id: uuid.UUID | None) -> dict[str, str]:
    """Two memberships of one woman never cover the same day."""
    others = select(ClubMembership).where(ClubMembership.person_id == person_id,
                                          ClubMembership.deleted_at.is_(None))
    if own_id is not None:
        others = others.where(ClubMembership.id != own_id)
    for other in session.scalars(others):
        if other.left_on is None and left_on is None:
            return {"person": "club.already_member"}
        if (joined_on <= (other.left_on or dt.date.max)
                and other.joined_on <= (left_on or dt.date.max)):
            return ({"person": "club.already_member"} if other.left_on is None
                    else {"joined_on": "club.overlaps_membership"})
    return {}


def _checked(session: Session, person_id: uuid.UUID, changes: MembershipChanges,
             own_id: uuid.UUID | None, today: dt.date | None) -> MembershipChanges:
    today = today or dt.date.today()
    texts = {name: clean(getattr(changes, name)) for name in TEXT_LIMITS}
    problems = {name: "too_long" for name, text in texts.items()
                if text and len(text) > TEXT_LIMITS[name]}
    if changes.joined_on is None:
        problems["joined_on"] = "required"
    elif changes.joined_on > today:
        problems["joined_on"] = "in_future"
    if changes.left_on is not None:
        if changes.left_on > today:
            problems["left_on"] = "in_future"
        elif changes.joined_on is not None and changes.left_on < changes.joined_on:
            problems["left_on"] = "club.before_joined"
    if not problems:
        problems = _overlap_problems(session, person_id, changes.joined_on, changes.left_on,
                                     own_id)
    if problems:
        raise InvalidInput(problems)
    return dataclasses.replace(changes, **texts)


# --- changing ---------------------------------------------------------------------------------

def join_club(session: Session, person_id: uuid.UUID, joined_on: dt.date,
              reason: str | None = None, referred_by: str | None = None,
              today: dt.date | None = None) -> uuid.UUID:
    """Make a woman a member of the mothers' club; returns the membership's id."""
    audit.require(session, Permission.EDIT)
    person = live_person(session, person_id)
    if person.sex is Sex.MALE:
        raise InvalidInput({"person": "club.not_a_woman"})
    picking.require_adult(session, person.id, joined_on)
    data = _checked(session, person.id, MembershipChanges(joined_on, reason, referred_by),
                    None, today)
    membership = ClubMembership(person_id=person.id, joined_on=data.joined_on,
                                reason=data.reason, referred_by=data.referred_by)
    session.add(membership)
    session.flush()
    audit.record(session, AuditAction.CREATED, "club_membership", membership.id,
                 person=str(person.id), joined_on=data.joined_on)
    return membership.id


def leave_club(session: Session, membership_id: uuid.UUID, left_on: dt.date,
               today: dt.date | None = None) -> None:
    """End a membership on ``left_on``; her attendance stays in her history."""
    audit.require(session, Permission.EDIT)
    membership = _live_membership(session, membership_id)
    if membership.left_on is not None:
        raise InvalidInput({"membership": "club.already_left"})
    if left_on is None:
        raise InvalidInput({"left_on": "required"})
    _checked(session, membership.person_id,
             MembershipChanges(membership.joined_on, left_on=left_on), membership.id, today)
    membership.left_on = left_on
    audit.record(session, AuditAction.UPDATED, "club_membership", membership.id,
                 fields=["left_on"], left_on=left_on)


def update_membership(session: Session, membership_id: uuid.UUID, changes: MembershipChanges,
                      today: dt.date | None = None, seen: Seen | None = None) -> list[str]:
    """Correct a membership (dates, reason, referrer; a ``left_on`` of None re-opens
    it); returns the names of the fields that changed. ``seen``: as
    audit.apply_changes takes it."""
    audit.require(session, Permission.EDIT)
    membership = _live_membership(session, membership_id)
    data = _checked(session, membership.person_id, changes, membership.id, today)
    fields = [f.name for f in dataclasses.fields(MembershipChanges)]
    return audit.apply_changes(session, membership, data, fields, "club_membership", seen)


def delete_membership(session: Session, membership_id: uuid.UUID) -> None:
    """Remove a membership recorded by mistake, by tombstone (her attendance stays:
    delete the activities' ticks separately if they were wrong too)."""
    audit.require(session, Permission.EDIT)
    membership = _live_membership(session, membership_id)
    membership.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "club_membership", membership.id,
                 person=str(membership.person_id))


# --- reading ----------------------------------------------------------------------------------

def children_of(session: Session, person_id: uuid.UUID,
                today: dt.date | None = None) -> tuple[ChildLink, ...]:
    """Live persons she is the parent or guardian of, youngest first."""
    audit.require(session, Permission.VIEW)
    today = today or dt.date.today()
    return tuple(ChildLink(child.id, name_of(child), child.birth_date,
                           age_on(child.birth_date, today), kind)
                 for child, kind in cared_for(session, person_id))


def current_membership(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    """The id of the person's membership that has not ended, if she has one."""
    audit.require(session, Permission.VIEW)
    return session.scalar(select(ClubMembership.id).where(
        ClubMembership.person_id == person_id, ClubMembership.deleted_at.is_(None),
        ClubMembership.left_on.is_(None)).order_by(ClubMembership.joined_on.desc()).limit(1))


def club_member(session: Session, membership_id: uuid.UUID,
                today: dt.date | None = None) -> ClubMemberView:
    """A member with her children, the last club activity she came to and how many
    club activities she has come to (over all her memberships)."""
    audit.require(session, Permission.VIEW)
    membership = _live_membership(session, membership_id)
    person = session.get(Person, membership.person_id)
    last, count = session.execute(
        select(func.max(Activity.held_on), func.count())
        .join(Attendance, Attendance.activity_id == Activity.id)
        .where(Attendance.person_id == person.id, Attendance.deleted_at.is_(None),
               Activity.deleted_at.is_(None),
               Activity.programme == Programme.MOTHERS_CLUB)).one()
    return redacted(ClubMemberView(
        membership_id=membership.id, person_id=person.id,
        full_name=full_name(person.surname, person.given_name, person.patronymic),
        iin=person.iin, phone=person.phone, region=person.region,
        joined_on=membership.joined_on, left_on=membership.left_on,
        reason=membership.reason, referred_by=membership.referred_by,
        children=children_of(session, person.id, today), last_attended=last,
        attendance_count=count), may_see_full_identity(session))


def member_history(session: Session, person_id: uuid.UUID) -> MemberHistory:
    """Her memberships, latest first, and the club activities she attended."""
    audit.require(session, Permission.VIEW)
    person = live_person(session, person_id)
    memberships = session.scalars(select(ClubMembership).where(
        ClubMembership.person_id == person.id, ClubMembership.deleted_at.is_(None))
        .order_by(ClubMembership.joined_on.desc(), ClubMembership.id))
    return MemberHistory(
        person_id=person.id,
        full_name=full_name(person.surname, person.given_name, person.patronymic),
        memberships=tuple(_view(m) for m in memberships),
        activities=person_activities(session, person.id, Programme.MOTHERS_CLUB))
