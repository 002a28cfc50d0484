"""Possible duplicates across alphabets, and merging two records of one human."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from centre_desk.domain.enums import (
    ActivityKind, AuditAction, CaseCategory, CourseGroup, EnrolmentStatus, Language,
    PlacementKind, PlacementStatus, Programme, RelationshipKind, Role, Sex, Stage)
from centre_desk.domain.family import Relation
from centre_desk.services import cases, duplicates, family, persons
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Attendance, AuditEvent, Case, ClubMembership, Course, Enrolment,
    EventRegistration, FollowUp, Person, Placement, Relationship, StageChange)
from centre_desk.store.stamping import synced_classes

D = dt.date
IIN_MAN_1985 = "850301301239"     # 1 March 1985, male
BORN = D(1985, 3, 1)


@pytest.fixture
def supervisor(db, make_user):
    return Workspace(db, make_user(Role.SUPERVISOR)).run


def _add(run, surname, given_name, patronymic=None, **fields):
    return run(persons.create_person, PersonInput(surname, given_name, patronymic, **fields))


def _similar(run, data, **options):
    return run(duplicates.possible_duplicates, data, **options)


def snapshot(db):
    with db.session() as session:
        counts = {cls.__tablename__: session.scalar(select(func.count()).select_from(cls))
                  for cls in synced_classes()}
        counts["audit_event"] = session.scalar(select(func.count()).select_from(AuditEvent))
        counts["hlc"] = max(session.scalar(select(func.max(cls.hlc))) or ""
                            for cls in synced_classes())
    return counts


# --- possible duplicates -----------------------------------------------------------------

def test_a_latin_spelling_born_the_same_day_is_a_possible_duplicate(run):
    kairat = _add(run, "Ермуханов", "Қайрат", iin=IIN_MAN_1985)
    [candidate] = _similar(run, PersonInput("Ermukhanov", "Kairat", birth_date=BORN))
    assert (candidate.person_id, candidate.full_name, candidate.birth_date, candidate.iin) == (
        kairat, "Ермуханов Қайрат", BORN, IIN_MAN_1985)
    assert candidate.similarity >= duplicates.SIMILAR


def test_a_record_without_an_iin_is_found_too(run):
    kairat = _add(run, "Ермуханов", "Кайрат", birth_date=BORN)
    assert [c.person_id for c in _similar(run, PersonInput("Ermukhanov", "Kairat",
                                                           iin=IIN_MAN_1985))] == [kairat]


def test_a_patronymic_on_one_record_only_does_not_hide_a_duplicate(run):
    kairat = _add(run, "Ермуханов", "Кайрат", "Серикович", birth_date=BORN)
    assert [c.person_id for c in _similar(run, PersonInput("Yermukhanov", "Kairat",
                                                           birth_date=BORN))] == [kairat]


@pytest.mark.parametrize("data", [
    PersonInput("Ermukhanov", "Kairat", birth_date=D(1985, 3, 2)),  # another day
    PersonInput("Ermukhanov", "Kairat"),                             # day unknown
    PersonInput("Сериков", "Данияр", birth_date=BORN),               # another name
])
def test_other_days_unknown_days_and_other_names_are_not_duplicates(run, data):
    _add(run, "Ермуханов", "Қайрат", iin=IIN_MAN_1985)
    assert _similar(run, data) == ()


def test_the_person_being_edited_and_deleted_persons_are_left_out(db, admin, run):
    kairat = _add(run, "Ермуханов", "Қайрат", iin=IIN_MAN_1985)
    gone = _add(run, "Ермұханов", "Қайрат", birth_date=BORN)
    with db.session(admin) as session, session.begin():
        session.get(Person, gone).deleted_at = utc_now()
    assert _similar(run, PersonInput("Ермуханов", "Қайрат", birth_date=BORN),
                    exclude_id=kairat) == ()


def test_the_most_alike_come_first_and_the_list_is_cut(run):
    exact = _add(run, "Ермуханов", "Кайрат", birth_date=BORN)
    near = _add(run, "Ермуханова", "Кайрат", birth_date=BORN)
    _add(run, "Ермуханов", "Кайратт", birth_date=BORN)
    found = _similar(run, PersonInput("Ermukhanov", "Kairat", birth_date=BORN), limit=2)
    assert [c.person_id for c in found][:1] == [exact] and len(found) == 2
    assert found[0].similarity >= found[1].similarity
    assert near in [c.person_id for c in _similar(run, PersonInput(
        "Ermukhanov", "Kairat", birth_date=BORN))]


# --- merging ---------------------------------------------------------------------------------

@pytest.fixture
def pair(db, admin, run):
    """A survivor and a duplicate record of the same mother, each with her own links."""
    survivor = _add(run, "Бекова", "Асель", sex=Sex.FEMALE, birth_date=D(1991, 2, 2))
    duplicate = _add(run, "Bekova", "Asel", "Nurlanovna", iin="910202400173",
                     phone="+7 701 111 22 33", region="Алматы", language=Language.KAZAKH,
                     notes="Записана в клуб")
    son = _add(run, "Беков", "Алихан", birth_date=D(2016, 1, 1))
    daughter = _add(run, "Бекова", "Дана", birth_date=D(2018, 1, 1))
    husband = _add(run, "Беков", "Нурлан")
    run(family.link_relative, survivor, son, Relation.CHILD)
    run(family.link_relative, duplicate, son, Relation.CHILD)        # the same link twice
    run(family.link_relative, duplicate, daughter, Relation.CHILD)   # moves
    run(family.link_relative, duplicate, husband, Relation.SPOUSE)   # moves
    run(family.link_relative, duplicate, survivor, Relation.SPOUSE)  # would be to herself
    case_id = run(cases.open_case, duplicate, cases.CaseInput(CaseCategory.AT_RISK),
                  D(2024, 1, 10))
    with db.session(admin) as session, session.begin():
        course, other_course = (Course(title=t, group=CourseGroup.WOMEN,
                                       starts_on=D(2024, 9, 1), capacity=10)
                                for t in ("Арабский A1", "Арабский A2"))
        met, talked, revisited, event, camp = (
            Activity(programme=p, kind=k, held_on=d) for p, k, d in (
                (Programme.MOTHERS_CLUB, ActivityKind.CLUB_GROUP_SESSION, D(2024, 3, 1)),
                (Programme.CASE_WORK, ActivityKind.CONVERSATION, D(2024, 3, 2)),
                (Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, D(2024, 3, 3)),
                (Programme.CHILDREN_EVENTS, ActivityKind.CHILDREN_EVENT, D(2024, 6, 1)),
                (Programme.CHILDREN_EVENTS, ActivityKind.ATHLETIC_EVENT, D(2024, 7, 1))))
        session.add_all([course, other_course, met, talked, revisited, event, camp])
        session.flush()
        session.add_all([
            Attendance(activity_id=met.id, person_id=survivor),
            Attendance(activity_id=met.id, person_id=duplicate, note="пришла с сыном"),
            Attendance(activity_id=talked.id, person_id=duplicate),
            Attendance(activity_id=revisited.id, person_id=survivor, deleted_at=utc_now()),
            Attendance(activity_id=revisited.id, person_id=duplicate, note="была"),
            Enrolment(course_id=course.id, person_id=survivor, status=EnrolmentStatus.ENROLLED,
                      enrolled_on=D(2024, 9, 1)),
            Enrolment(course_id=course.id, person_id=duplicate,
                      status=EnrolmentStatus.COMPLETED, enrolled_on=D(2024, 9, 2),
                      certificate_on=D(2024, 12, 1)),
            Enrolment(course_id=other_course.id, person_id=duplicate,
                      status=EnrolmentStatus.ENROLLED, enrolled_on=D(2024, 9, 3)),
            ClubMembership(person_id=duplicate, joined_on=D(2023, 1, 1)),
            EventRegistration(activity_id=event.id, child_id=son, guardian_id=duplicate),
            EventRegistration(activity_id=camp.id, child_id=duplicate),
            Placement(kind=PlacementKind.NURSERY, person_id=duplicate, child_id=daughter,
                      status=PlacementStatus.REQUESTED, requested_on=D(2024, 5, 1),
                      status_since=D(2024, 5, 1)),
            Placement(kind=PlacementKind.HOUSING, person_id=husband, child_id=duplicate,
                      status=PlacementStatus.REQUESTED, requested_on=D(2024, 5, 1),
                      status_since=D(2024, 5, 1)),
            FollowUp(case_id=case_id, due_on=D(2024, 12, 1)),
        ])
        earlier = Person(surname="Бекова", given_name="А.", search_key="bekova a",
                         sort_key="x", deleted_at=utc_now(), merged_into_id=duplicate)
        session.add(earlier)
        session.flush()
        ids = dict(course=course.id, other_course=other_course.id, met=met.id,
                   talked=talked.id, revisited=revisited.id, event=event.id, camp=camp.id,
                   earlier=earlier.id)
    return dict(survivor=survivor, duplicate=duplicate, son=son, daughter=daughter,
                husband=husband, case=case_id, **ids)


def _owned_by(session, column, person_id):
    model = column.class_
    return session.scalars(select(model).where(column == person_id,
                                               model.deleted_at.is_(None))).all()


def test_a_merge_moves_everything_to_the_survivor_and_tombstones_the_duplicate(
        db, supervisor, pair):
    p = pair
    summary = supervisor(duplicates.merge_persons, p["survivor"], p["duplicate"])
    with db.session() as session:
        gone = session.get(Person, p["duplicate"])
        assert gone.deleted_at is not None and gone.merged_into_id == p["survivor"]
        assert session.get(Person, p["earlier"]).merged_into_id == p["survivor"]
        for column in (Relationship.person_id, Relationship.relative_id, Case.person_id,
                       Attendance.person_id, Enrolment.person_id, ClubMembership.person_id,
                       EventRegistration.child_id, EventRegistration.guardian_id,
                       Placement.person_id, Placement.child_id):
            assert _owned_by(session, column, p["duplicate"]) == [], column
        # Attendances: one per activity; the survivor's tombstoned one came back with the
        # duplicate's note; the duplicate's note filled the survivor's blank one.
        attended = {a.activity_id: a.note for a in _owned_by(session, Attendance.person_id,
                                                             p["survivor"])}
        assert attended == {p["met"]: "пришла с сыном", p["talked"]: None,
                            p["revisited"]: "была"}
        enrolled = {e.course_id: e.status for e in _owned_by(session, Enrolment.person_id,
                                                             p["survivor"])}
        assert enrolled == {p["course"]: EnrolmentStatus.ENROLLED,
                            p["other_course"]: EnrolmentStatus.ENROLLED}
        links = {(r.person_id, r.relative_id, r.kind)
                 for r in session.scalars(select(Relationship).where(
                     Relationship.deleted_at.is_(None)))}
        assert links == {(p["survivor"], p["son"], RelationshipKind.PARENT),
                         (p["survivor"], p["daughter"], RelationshipKind.PARENT),
                         (p["survivor"], p["husband"], RelationshipKind.SPOUSE)}
        case = session.get(Case, p["case"])
        assert case.person_id == p["survivor"]
        assert session.scalar(select(func.count()).select_from(StageChange).where(
            StageChange.case_id == p["case"])) == 1
        [registration] = _owned_by(session, EventRegistration.guardian_id, p["survivor"])
        assert registration.child_id == p["son"]
        assert [r.activity_id for r in _owned_by(session, EventRegistration.child_id,
                                                  p["survivor"])] == [p["camp"]]
        placements = {(pl.kind, pl.person_id, pl.child_id) for pl in session.scalars(
            select(Placement))}
        assert placements == {(PlacementKind.NURSERY, p["survivor"], p["daughter"]),
                              (PlacementKind.HOUSING, p["husband"], p["survivor"])}
        assert len(_owned_by(session, ClubMembership.person_id, p["survivor"])) == 1
        survivor = session.get(Person, p["survivor"])
        assert (survivor.iin, survivor.patronymic, survivor.phone, survivor.region,
                survivor.language, survivor.notes, survivor.birth_date) == (
            "910202400173", "Nurlanovna", "+7 701 111 22 33", "Алматы", Language.KAZAKH,
            "Записана в клуб", D(1991, 2, 2))
        assert survivor.search_key.endswith("nurlanovna")
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.MERGED)).one()
    detail = json.loads(event.detail)
    assert (event.entity, event.entity_id, detail["duplicate"]) == (
        "person", str(p["survivor"]), str(p["duplicate"]))
    assert summary.counts() == {key: detail[key] for key in summary.counts()}
    assert (summary.relationships, summary.relationships_dropped, summary.cases,
            summary.follow_ups, summary.attendances, summary.attendances_dropped,
            summary.enrolments, summary.enrolments_dropped, summary.club_memberships,
            summary.event_registrations, summary.placements, summary.earlier_merges) == (
        2, 2, 1, 1, 2, 1, 1, 1, 1, 2, 2, 1)
    assert set(summary.filled_fields) == {"iin", "patronymic", "phone", "region", "language",
                                          "notes"}


def test_after_a_merge_the_duplicate_has_no_file_and_the_case_opens_as_the_survivor(
        db, run, supervisor, pair):
    supervisor(duplicates.merge_persons, pair["survivor"], pair["duplicate"])
    assert run(cases.case_for_person, pair["duplicate"]) is None
    with pytest.raises(NotFound):
        run(persons.get_person, pair["duplicate"])
    assert run(cases.case_for_person, pair["survivor"]) == pair["case"]
    record = run(cases.participant_file, pair["case"])
    assert record.person.id == pair["survivor"]
    assert {r.person_id for r in record.family} == {pair["son"], pair["daughter"],
                                                    pair["husband"]}
    assert run(duplicates.merged_into, pair["duplicate"]) == pair["survivor"]
    assert run(duplicates.merged_into, pair["earlier"]) == pair["survivor"]
    assert run(duplicates.merged_into, pair["survivor"]) is None


def test_a_participant_file_of_a_merged_away_person_is_not_found(db, run, supervisor):
    kept = run(cases.register_participant, PersonInput("Ермуханов", "Қайрат"),
               cases.CaseInput(CaseCategory.INMATE), D(2024, 1, 1))
    gone = run(cases.register_participant, PersonInput("Ermukhanov", "Kairat"),
               cases.CaseInput(CaseCategory.INMATE), D(2024, 2, 1))
    with db.session() as session, session.begin():
        # The duplicate's case was opened by mistake and deleted before the merge.
        session.get(Case, gone.case_id).deleted_at = utc_now()
    supervisor(duplicates.merge_persons, kept.person_id, gone.person_id)
    assert run(cases.case_for_person, gone.person_id) is None
    with pytest.raises(NotFound):
        run(cases.participant_file, gone.case_id)


def test_an_iin_that_contradicts_the_survivor_stays_with_the_duplicate(db, run, supervisor):
    survivor = _add(run, "Бекова", "Асель", birth_date=D(1991, 3, 3))
    duplicate = _add(run, "Bekova", "Asel", iin="910202400173")
    summary = supervisor(duplicates.merge_persons, survivor, duplicate)
    assert "iin" not in summary.filled_fields
    with db.session() as session:
        assert session.get(Person, survivor).iin is None


@pytest.mark.parametrize("who", ["same", "deleted", "unknown"])
def test_a_merge_into_itself_or_with_a_deleted_person_is_refused_and_changes_nothing(
        db, admin, supervisor, pair, who):
    if who == "deleted":
        with db.session(admin) as session, session.begin():
            session.get(Person, pair["husband"]).deleted_at = utc_now()
    other = {"same": pair["survivor"], "deleted": pair["husband"],
             "unknown": persons.PersonView("x", "y").id}[who]
    before = snapshot(db)
    with pytest.raises(InvalidInput if who == "same" else NotFound) as refused:
        supervisor(duplicates.merge_persons, pair["survivor"], other)
    if who == "same":
        assert refused.value.problems == {"duplicate": "same_person"}
    assert snapshot(db) == before


def test_specialists_and_read_only_users_cannot_merge(db, pair, make_user):
    for role in (Role.SPECIALIST, Role.READ_ONLY):
        user = make_user(role)
        before = snapshot(db)
        with pytest.raises(NotPermitted):
            Workspace(db, user).run(duplicates.merge_persons, pair["survivor"],
                                    pair["duplicate"])
        assert snapshot(db) == before


def test_merging_two_participants_with_cases_leaves_one_case_holding_both_histories(
        db, run, supervisor):
    """Issue 21, point 4: a person has one case, so a merge joins the two."""
    kept = run(cases.register_participant, PersonInput("Ермуханов", "Қайрат"),
               cases.CaseInput(CaseCategory.INMATE, facility="ИК-5"), D(2024, 1, 1))
    gone = run(cases.register_participant, PersonInput("Ermukhanov", "Kairat"),
               cases.CaseInput(CaseCategory.INMATE, facility="ИК-2",
                               offence_article="ст. 256", notes="из ИК-2"),
               D(2024, 2, 1))
    run(cases.change_stage, gone.case_id, Stage.ACTIVE, D(2024, 2, 15), "начал работу")
    run(cases.change_stage, gone.case_id, Stage.RENOUNCED, D(2024, 3, 1), "отказался",
        witness="психолог")
    summary = supervisor(duplicates.merge_persons, kept.person_id, gone.person_id)
    with db.session() as session:
        live = session.scalars(select(Case).where(Case.person_id == kept.person_id,
                                                  Case.deleted_at.is_(None))).all()
        assert [c.id for c in live] == [kept.case_id]
        [case] = live
        assert (case.facility, case.offence_article, case.notes) == ("ИК-5", "ст. 256",
                                                                     "из ИК-2")
        history = session.scalars(select(StageChange.to_stage).where(
            StageChange.case_id == kept.case_id, StageChange.deleted_at.is_(None))).all()
        assert Stage.RENOUNCED in history
        assert session.get(Case, gone.case_id).deleted_at is not None
    assert (summary.cases, summary.cases_joined) == (1, 1)
    assert run(cases.case_for_person, kept.person_id) == kept.case_id
