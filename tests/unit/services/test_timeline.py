"""A person's timeline: every programme, stage and placement step, newest first."""

from __future__ import annotations

import datetime as dt

import pytest

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, EnrolmentStatus, PlacementKind, PlacementStatus,
    Programme, Role, Stage)
from centre_desk.services import cases, persons
from centre_desk.services.errors import NotPermitted
from centre_desk.services.timeline import TimelineEntry, TimelineKind, person_timeline
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Attendance, Course, Enrolment, Placement, PlacementStatusChange)

D = dt.date


@pytest.fixture
def mother(db, admin, run):
    """A mother with a case, her son, and one of everything each of them took part in."""
    ids = run(cases.register_participant, persons.PersonInput("Бекова", "Асель"),
              cases.CaseInput(CaseCategory.AT_RISK), D(2024, 1, 10))
    son = run(persons.create_person, persons.PersonInput("Беков", "Алихан"))
    run(cases.change_stage, ids.case_id, Stage.ACTIVE, D(2024, 2, 1), "Начата работа",
        today=D(2024, 11, 20))
    with db.session(admin) as session, session.begin():
        course = Course(title="Арабский для начинающих", group=CourseGroup.WOMEN,
                        starts_on=D(2024, 9, 1), capacity=10)
        activities = {
            "lecture": Activity(programme=Programme.CASE_WORK,
                                kind=ActivityKind.THEOLOGICAL_LECTURE, held_on=D(2024, 3, 1),
                                title="О семье", facility="ИК-5", notes="общая"),
            "club": Activity(programme=Programme.MOTHERS_CLUB,
                             kind=ActivityKind.CLUB_GROUP_SESSION, held_on=D(2024, 4, 1),
                             place="Центр"),
            "event": Activity(programme=Programme.CHILDREN_EVENTS,
                              kind=ActivityKind.ATHLETIC_EVENT, held_on=D(2024, 5, 1)),
            "cancelled": Activity(programme=Programme.CASE_WORK,
                                  kind=ActivityKind.CONVERSATION, held_on=D(2024, 5, 2),
                                  deleted_at=utc_now()),
        }
        session.add_all([course, *activities.values()])
        session.flush()
        lesson = Activity(programme=Programme.ARABIC_COURSES, kind=ActivityKind.COURSE_LESSON,
                          held_on=D(2024, 9, 10), course_id=course.id)
        session.add(lesson)
        session.flush()
        session.add_all([
            Attendance(activity_id=activities["lecture"].id, person_id=ids.person_id,
                       note="задавала вопросы"),
            Attendance(activity_id=activities["club"].id, person_id=ids.person_id),
            Attendance(activity_id=activities["event"].id, person_id=son),
            Attendance(activity_id=activities["cancelled"].id, person_id=ids.person_id),
            Attendance(activity_id=lesson.id, person_id=ids.person_id),
            Enrolment(course_id=course.id, person_id=ids.person_id,
                      status=EnrolmentStatus.ENROLLED, enrolled_on=D(2024, 9, 1))])
        nursery = Placement(kind=PlacementKind.NURSERY, person_id=ids.person_id, child_id=son,
                            status=PlacementStatus.PLACED, requested_on=D(2024, 6, 1),
                            status_since=D(2024, 7, 1))
        session.add(nursery)
        session.flush()
        session.add_all([
            PlacementStatusChange(placement_id=nursery.id, to_status=PlacementStatus.REQUESTED,
                                  changed_on=D(2024, 6, 1)),
            PlacementStatusChange(placement_id=nursery.id, from_status=PlacementStatus.REQUESTED,
                                  to_status=PlacementStatus.PLACED, changed_on=D(2024, 7, 1),
                                  note="Детский сад «Балапан»")])
        lesson_id, course_id = lesson.id, course.id
    return {"person": ids.person_id, "son": son, "activities": {
        name: a.id for name, a in activities.items()}, "lesson": lesson_id,
        "course": course_id}


def test_the_timeline_holds_every_kind_of_entry_newest_first(run, mother):
    entries = run(person_timeline, mother["person"])
    assert [(e.on, e.kind) for e in entries] == [
        (D(2024, 9, 10), TimelineKind.COURSE_LESSON),
        (D(2024, 9, 1), TimelineKind.COURSE_ENROLMENT),
        (D(2024, 7, 1), TimelineKind.PLACEMENT_STATUS),
        (D(2024, 6, 1), TimelineKind.PLACEMENT_STATUS),
        (D(2024, 4, 1), TimelineKind.CLUB_MEETING),
        (D(2024, 3, 1), TimelineKind.INTERVENTION),
        (D(2024, 2, 1), TimelineKind.STAGE_CHANGE),
        (D(2024, 1, 10), TimelineKind.STAGE_CHANGE)]


def test_entries_carry_codes_and_details_for_the_ui_to_word(run, mother):
    entries = {(e.kind, e.on): e for e in run(person_timeline, mother["person"])}
    lecture = entries[TimelineKind.INTERVENTION, D(2024, 3, 1)]
    assert lecture == TimelineEntry(
        on=D(2024, 3, 1), kind=TimelineKind.INTERVENTION,
        source_id=mother["activities"]["lecture"],
        activity_kind=ActivityKind.THEOLOGICAL_LECTURE, title="О семье", place="ИК-5",
        note="задавала вопросы")
    assert entries[TimelineKind.CLUB_MEETING, D(2024, 4, 1)].place == "Центр"
    lesson = entries[TimelineKind.COURSE_LESSON, D(2024, 9, 10)]
    assert (lesson.source_id, lesson.title) == (mother["lesson"], "Арабский для начинающих")
    enrolment = entries[TimelineKind.COURSE_ENROLMENT, D(2024, 9, 1)]
    assert (enrolment.enrolment_status, enrolment.title) == (
        EnrolmentStatus.ENROLLED, "Арабский для начинающих")
    placed = entries[TimelineKind.PLACEMENT_STATUS, D(2024, 7, 1)]
    assert (placed.placement_kind, placed.placement_status, placed.note) == (
        PlacementKind.NURSERY, PlacementStatus.PLACED, "Детский сад «Балапан»")
    assert entries[TimelineKind.STAGE_CHANGE, D(2024, 2, 1)].stage is Stage.ACTIVE


def test_a_child_sees_their_events_and_the_nursery_place(run, mother):
    entries = run(person_timeline, mother["son"])
    assert [(e.on, e.kind, e.activity_kind) for e in entries] == [
        (D(2024, 7, 1), TimelineKind.PLACEMENT_STATUS, None),
        (D(2024, 6, 1), TimelineKind.PLACEMENT_STATUS, None),
        (D(2024, 5, 1), TimelineKind.CHILDREN_EVENT, ActivityKind.ATHLETIC_EVENT)]


def test_the_timeline_is_cut_to_the_newest_entries(run, mother):
    entries = run(person_timeline, mother["person"], 3)
    assert [e.on for e in entries] == [D(2024, 9, 10), D(2024, 9, 1), D(2024, 7, 1)]


def test_stage_changes_on_one_day_read_in_the_order_they_were_made(run):
    ids = run(cases.register_participant, persons.PersonInput("Ахметов", "Ерлан"),
              cases.CaseInput(CaseCategory.AT_RISK), D(2024, 1, 10))
    for stage in (Stage.ACTIVE, Stage.RELAPSED, Stage.ACTIVE):
        run(cases.change_stage, ids.case_id, stage, D(2024, 1, 10), "н", today=D(2024, 1, 10))
    assert [e.stage for e in run(person_timeline, ids.person_id)] == [
        Stage.ACTIVE, Stage.RELAPSED, Stage.ACTIVE, Stage.INTAKE]


def test_reading_a_timeline_needs_a_signed_in_user(db, mother):
    with pytest.raises(NotPermitted):
        Workspace(db, None).run(person_timeline, mother["person"])


def test_a_read_only_user_may_read_it(db, mother, make_user):
    assert len(Workspace(db, make_user(Role.READ_ONLY)).run(person_timeline,
                                                            mother["person"])) == 8
