"""The mothers' club: joining, leaving, corrections, a member's card and history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import ActivityKind, AuditAction, Programme, RelationshipKind, Role
from centre_desk.services import activities, club
from centre_desk.services.activities import ActivityInput
from centre_desk.services.club import MembershipChanges
from centre_desk.services.errors import NotFound, NotPermitted
from centre_desk.store.models import AuditEvent, ClubMembership
from tests.unit.services.test_activities import TODAY, build_families, refused, run


@pytest.fixture
def f(db, admin):
    return build_families(db, admin)


def _join(db, actor, person, joined_on=dt.date(2024, 1, 10), **fields):
    return run(db, actor, club.join_club, person, joined_on, today=TODAY, **fields)


def _meeting(db, actor, day, kind=ActivityKind.CLUB_GROUP_SESSION):
    return run(db, actor, activities.create_activity, ActivityInput(
        programme=Programme.MOTHERS_CLUB, kind=kind, held_on=day))


def test_a_mother_joins_with_reason_and_referrer_and_it_is_audited(db, admin, f):
    membership = _join(db, admin, f.mother, reason="  Сын под влиянием группы ",
                       referred_by="Школьный психолог")
    with db.session(admin) as session:
        card = club.club_member(session, membership, today=TODAY)
        current = club.current_membership(session, f.mother)
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "club_membership")).one()
    assert (card.full_name, card.joined_on, card.reason, card.referred_by, card.active) == (
        "Ахметова Айгерим", dt.date(2024, 1, 10), "Сын под влиянием группы",
        "Школьный психолог", True)
    assert current == membership
    assert (event.action, event.user_id, event.entity_id) == (
        AuditAction.CREATED, admin.user_id, str(membership))


def test_a_man_cannot_join_the_mothers_club(db, admin, f):
    assert refused(db, admin, club.join_club, f.father, dt.date(2024, 1, 10),
                   today=TODAY).problems == {"person": "club.not_a_woman"}


def test_a_person_whose_sex_is_not_recorded_may_join(db, admin, f):
    assert _join(db, admin, f.unknown_sex)


def test_a_second_membership_while_the_first_runs_is_refused(db, admin, f):
    _join(db, admin, f.mother)
    assert refused(db, admin, club.join_club, f.mother, dt.date(2024, 5, 1),
                   today=TODAY).problems == {"person": "club.already_member"}


def test_dates_are_checked(db, admin, f):
    assert refused(db, admin, club.join_club, f.mother, TODAY + dt.timedelta(days=1),
                   today=TODAY).problems == {"joined_on": "in_future"}
    membership = _join(db, admin, f.mother)
    assert refused(db, admin, club.leave_club, membership, dt.date(2024, 1, 9),
                   today=TODAY).problems == {"left_on": "club.before_joined"}
    assert refused(db, admin, club.leave_club, membership, TODAY + dt.timedelta(days=1),
                   today=TODAY).problems == {"left_on": "in_future"}


def test_she_leaves_keeps_her_history_and_may_join_again_later(db, admin, f):
    first = _join(db, admin, f.mother, dt.date(2023, 1, 10))
    meeting = _meeting(db, admin, dt.date(2023, 3, 1))
    run(db, admin, activities.set_attendance, meeting, [f.mother], today=TODAY)
    run(db, admin, club.leave_club, first, dt.date(2023, 6, 1), today=TODAY)
    assert refused(db, admin, club.leave_club, first, dt.date(2023, 7, 1),
                   today=TODAY).problems == {"membership": "club.already_left"}
    # Re-joining must not reach back into the first membership.
    assert refused(db, admin, club.join_club, f.mother, dt.date(2023, 5, 1),
                   today=TODAY).problems == {"joined_on": "club.overlaps_membership"}
    second = _join(db, admin, f.mother, dt.date(2024, 2, 1))
    with db.session(admin) as session:
        history = club.member_history(session, f.mother)
        assert club.current_membership(session, f.mother) == second
    assert [(m.membership_id, m.active) for m in history.memberships] == [
        (second, True), (first, False)]
    assert [a.activity_id for a in history.activities] == [meeting]


def test_a_membership_is_corrected_and_cannot_be_reopened_over_another(db, admin, f):
    first = _join(db, admin, f.mother, dt.date(2023, 1, 10))
    run(db, admin, club.leave_club, first, dt.date(2023, 6, 1), today=TODAY)
    changed = run(db, admin, club.update_membership, first, MembershipChanges(
        joined_on=dt.date(2023, 1, 12), reason="Дочь", left_on=dt.date(2023, 6, 1)),
        today=TODAY)
    assert changed == ["joined_on", "reason"]
    _join(db, admin, f.mother, dt.date(2024, 1, 10))
    assert refused(db, admin, club.update_membership, first, MembershipChanges(
        joined_on=dt.date(2023, 1, 12), reason="Дочь"), today=TODAY).problems == {
        "person": "club.already_member"}


def test_a_members_card_shows_her_children_and_her_attendance(db, admin, f):
    membership = _join(db, admin, f.mother, dt.date(2023, 1, 10))
    days = [dt.date(2024, 2, 1), dt.date(2024, 3, 1), dt.date(2024, 4, 1)]
    held = [_meeting(db, admin, day) for day in days]
    for activity_id in held[:2]:
        run(db, admin, activities.set_attendance, activity_id, [f.mother], today=TODAY)
    # A case-work activity is no club attendance.
    lecture = run(db, admin, activities.create_activity, ActivityInput(
        programme=Programme.CASE_WORK, kind=ActivityKind.THEOLOGICAL_LECTURE,
        held_on=dt.date(2024, 5, 1)))
    run(db, admin, activities.set_attendance, lecture, [f.mother], today=TODAY)
    with db.session(admin) as session:
        card = club.club_member(session, membership, today=TODAY)
    assert [(c.full_name, c.age, c.relationship) for c in card.children] == [
        ("Ахметова Алия", 4, RelationshipKind.PARENT),
        ("Ахметов Арман", 8, RelationshipKind.PARENT)]
    assert (card.last_attended, card.attendance_count) == (dt.date(2024, 3, 1), 2)


def test_a_membership_recorded_by_mistake_is_deleted_by_tombstone(db, admin, f):
    membership = _join(db, admin, f.woman)
    run(db, admin, club.delete_membership, membership)
    with db.session(admin) as session:
        assert session.get(ClubMembership, membership).deleted_at is not None
        assert club.current_membership(session, f.woman) is None
        with pytest.raises(NotFound):
            club.club_member(session, membership)
    assert _join(db, admin, f.woman)


def test_read_only_users_see_members_but_cannot_change_them(db, admin, make_user, f):
    reader = make_user(Role.READ_ONLY)
    membership = _join(db, admin, f.mother)
    with db.session(reader) as session:
        assert club.club_member(session, membership, today=TODAY).active
        assert len(club.member_history(session, f.mother).memberships) == 1
    for use_case, args in (
            (club.join_club, (f.woman, dt.date(2024, 1, 1))),
            (club.leave_club, (membership, dt.date(2024, 2, 1))),
            (club.update_membership, (membership, MembershipChanges(dt.date(2024, 1, 2)))),
            (club.delete_membership, (membership,))):
        refused(db, reader, use_case, *args, expected=NotPermitted)
