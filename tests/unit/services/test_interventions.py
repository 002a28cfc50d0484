"""Logging interventions from a participant's file: one activity, one attendance each."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from centre_desk.domain.enums import ActivityKind, AuditAction, Programme, Role
from centre_desk.services import interventions, persons
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.interventions import InterventionInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import Activity, Attendance, AuditEvent, Person

TODAY = dt.date(2024, 11, 20)


@pytest.fixture
def three(run):
    return tuple(run(persons.create_person, persons.PersonInput(surname, given))
                 for surname, given in (("Ахметов", "Ерлан"), ("Бекова", "Асель"),
                                        ("Жумабаев", "Нурлан")))


def _counts(db):
    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Activity, Attendance, AuditEvent))


def test_a_group_session_is_one_activity_with_an_attendance_per_person(db, admin, run, three):
    activity_id = run(interventions.log_intervention, InterventionInput(
        ActivityKind.GROUP_TRAINING, dt.date(2024, 11, 19), three + three[:1],
        place=" Актовый зал ", facility="ИК-5", facilitators="Устаз Ахмад, психолог Дана",
        notes="Тема: семья"), TODAY)
    with db.session() as session:
        activity = session.get(Activity, activity_id)
        attendees = session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == activity_id)).all()
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "activity")).one()
    assert (activity.programme, activity.kind, activity.held_on, activity.place,
            activity.facility, activity.facilitators, activity.notes) == (
        Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, dt.date(2024, 11, 19), "Актовый зал",
        "ИК-5", "Устаз Ахмад, психолог Дана", "Тема: семья")
    assert sorted(attendees) == sorted(three)  # the repeated person counted once
    assert (event.action, event.entity_id, event.user_id) == (
        AuditAction.CREATED, str(activity_id), admin.user_id)


def test_an_individual_consultation_for_one_person(db, run, three):
    activity_id = run(interventions.log_intervention, InterventionInput(
        ActivityKind.INDIVIDUAL_CONSULTATION, TODAY, (three[0], three[0])), TODAY)
    with db.session() as session:
        assert session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == activity_id)).all() == [three[0]]


@pytest.mark.parametrize("kind, held_on, who, problems", [
    (ActivityKind.CLUB_GROUP_SESSION, TODAY, "one", {"kind": "invalid"}),
    ("no such kind", TODAY, "one", {"kind": "invalid"}),
    (ActivityKind.CONVERSATION, TODAY, "nobody", {"person_ids": "required"}),
    (ActivityKind.INDIVIDUAL_CONSULTATION, TODAY, "all", {"person_ids": "one_only"}),
    (ActivityKind.THEOLOGICAL_LECTURE, TODAY, "unknown", {"person_ids": "invalid"}),
    (ActivityKind.THEOLOGICAL_LECTURE, TODAY, "deleted", {"person_ids": "invalid"}),
    (ActivityKind.CONVERSATION, TODAY + dt.timedelta(days=1), "nobody",
     {"held_on": "in_future", "person_ids": "required"}),
])
def test_wrong_interventions_are_refused_and_nothing_is_written(
        db, admin, run, three, kind, held_on, who, problems):
    with db.session(admin) as session, session.begin():
        session.get(Person, three[2]).deleted_at = utc_now()
    person_ids = {"one": three[:1], "nobody": (), "all": three[:2],
                  "unknown": (three[0], persons.PersonView("x", "y").id),
                  "deleted": three[1:]}[who]
    before = _counts(db)
    with pytest.raises(InvalidInput) as refused:
        run(interventions.log_intervention, InterventionInput(kind, held_on, person_ids), TODAY)
    assert refused.value.problems == problems
    assert _counts(db) == before


def test_too_long_text_is_refused(run, three):
    with pytest.raises(InvalidInput) as refused:
        run(interventions.log_intervention, InterventionInput(
            ActivityKind.CONVERSATION, TODAY, three, place="м" * 201, notes="н" * 10001), TODAY)
    assert refused.value.problems == {"place": "too_long", "notes": "too_long"}


def test_deleting_an_intervention_tombstones_it_with_its_attendances(db, run, three):
    activity_id = run(interventions.log_intervention, InterventionInput(
        ActivityKind.CONVERSATION, TODAY, three), TODAY)
    run(interventions.delete_intervention, activity_id)
    with db.session() as session:
        assert session.get(Activity, activity_id).deleted_at is not None
        assert session.scalars(select(Attendance.deleted_at).where(
            Attendance.activity_id == activity_id)).all().count(None) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == AuditAction.DELETED, AuditEvent.entity == "activity")) == 1
    with pytest.raises(NotFound):
        run(interventions.delete_intervention, activity_id)


def test_only_case_work_activities_can_be_deleted_here(db, admin, run):
    with db.session(admin) as session, session.begin():
        meeting = Activity(programme=Programme.MOTHERS_CLUB,
                           kind=ActivityKind.CLUB_GROUP_SESSION, held_on=TODAY)
        session.add(meeting)
    with pytest.raises(NotFound):
        run(interventions.delete_intervention, meeting.id)


def test_read_only_users_cannot_log_or_delete(db, run, three, make_user):
    activity_id = run(interventions.log_intervention, InterventionInput(
        ActivityKind.CONVERSATION, TODAY, three), TODAY)
    reader = Workspace(db, make_user(Role.READ_ONLY)).run
    before = _counts(db)
    with pytest.raises(NotPermitted):
        reader(interventions.log_intervention, InterventionInput(
            ActivityKind.CONVERSATION, TODAY, three), TODAY)
    with pytest.raises(NotPermitted):
        reader(interventions.delete_intervention, activity_id)
    assert _counts(db) == before
