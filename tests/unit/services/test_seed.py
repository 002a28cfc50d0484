"""The seed: realistic, consistent, stamped synthetic data, written all or nothing."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select, text

from centre_desk.config import Paths
from centre_desk.domain.enums import (
    ActivityKind, AuditAction, CaseCategory, EnrolmentStatus, OrganisationKind, PlacementKind,
    PlacementStatus, Programme, RelationshipKind, Sex, Stage)
from centre_desk.domain.iin import check_iin, decode_iin
from centre_desk.domain.names import given_key, search_key, sort_key
from centre_desk.domain.placements import can_change
from centre_desk.services import setup, users
from centre_desk.services.audit import SITE_USERNAME
from centre_desk.services.seed import SEED_PASSWORD, SeedRefused, SeedSummary, seed
from centre_desk.store.database import open_database
from centre_desk.store.models import (
    Activity, Attendance, AuditEvent, Case, ClubMembership, Course, Enrolment,
    EventRegistration, FollowUp, Organisation, Person, Placement, PlacementStatusChange,
    Relationship, StageChange, User)
from centre_desk.store.stamping import synced_classes
from tests.conftest import ADMIN_PASSWORD

PERSONS = 300
KAZAKH_LETTERS = set("әғқңөұүһі")


def _install(root) -> Paths:
    paths = Paths(root)
    setup.set_up(paths, setup.SetUpRequest(
        centre_name="Центр «Ақниет»", region="Алматы", admin_username="admin",
        admin_full_name="Әлия Сәрсенова", admin_password=ADMIN_PASSWORD))
    return paths


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """One installation seeded with PERSONS persons, shared by the read-only tests."""
    database = open_database(_install(tmp_path_factory.mktemp("seeded") / "data"))
    summary = seed(database, PERSONS, random_seed=7)
    yield database, summary
    database.close()


@pytest.fixture
def session(seeded):
    database, _ = seeded
    with database.session() as session:
        yield session


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_every_person_has_a_valid_unique_iin_matching_birth_date_and_sex(session):
    rows = session.execute(select(Person.iin, Person.birth_date, Person.sex)).all()
    assert len(rows) == PERSONS
    for iin, birth_date, sex in rows:
        assert check_iin(iin) is None, iin
        decoded = decode_iin(iin)
        assert (decoded.birth_date, decoded.sex) == (birth_date, sex)
    assert len({iin for iin, _, _ in rows}) == PERSONS


def test_search_key_is_the_fold_of_each_name(session):
    for person in session.scalars(select(Person)):
        parts = (person.surname, person.given_name, person.patronymic)
        assert person.search_key == search_key(*parts)
        assert person.sort_key == sort_key(*parts)
        assert person.given_key == given_key(*parts)


def test_every_seeded_name_has_the_keys_the_name_functions_give():
    """The seed makes a name's keys from its parts' keys, made once."""
    from centre_desk.services.seed import vocabulary
    from centre_desk.services.seed.people import _name_keys

    names = {name for value in vars(vocabulary).values() if isinstance(value, (list, tuple))
             for name in value if isinstance(name, str)}
    assert len(names) > 100
    for parts in itertools.product(sorted(names)[:60], sorted(names)[60:120],
                                   [None, *sorted(names)[120:140]]):
        assert _name_keys(*parts) == (search_key(*parts), sort_key(*parts), given_key(*parts))


def test_names_are_kazakh_and_russian_with_female_forms(session):
    people = session.execute(select(Person.surname, Person.given_name, Person.patronymic,
                                    Person.sex)).all()
    assert {letter for _, given, _, _ in people for letter in given.lower()} >= KAZAKH_LETTERS
    women = [surname for surname, _, _, sex in people if sex is Sex.FEMALE]
    assert any(s.endswith("ова") for s in women) and any(s.endswith("ева") for s in women)
    assert not any(s.endswith(("ов", "ев")) for s in women)
    patronymics = [p for _, _, p, _ in people]
    assert any(p.endswith("ұлы") for p in patronymics)
    assert any(p.endswith("қызы") for p in patronymics)
    assert any(p.endswith("вна") for p in patronymics)


def test_cases_cover_every_category_and_stage_for_about_a_third_of_adults(session):
    today = dt.date.today()
    adults = sum(1 for birth in session.scalars(select(Person.birth_date))
                 if (today - birth).days >= 18 * 365.25)
    cases = session.execute(select(Case.category, Case.stage)).all()
    assert {category for category, _ in cases} == set(CaseCategory)
    assert {stage for _, stage in cases} == set(Stage)
    assert 0.28 <= len(cases) / adults <= 0.38


def _histories(session, change, owner_id: str, owner):
    """Each ``owner`` row with its ``change`` rows in the order they were made;
    ``owner_id`` is the change's column naming its owner."""
    history = defaultdict(list)
    for step in session.scalars(select(change).order_by(change.hlc)):
        history[getattr(step, owner_id)].append(step)
    for row in session.scalars(select(owner)):
        yield row, history[row.id]


def test_stage_history_leads_to_the_current_stage_and_renunciations_name_a_witness(session):
    for case, steps in _histories(session, StageChange, "case_id", Case):
        assert steps[0].from_stage is None and steps[0].to_stage is Stage.INTAKE
        for before, after in itertools.pairwise(steps):
            assert after.from_stage is before.to_stage
            assert after.changed_on >= before.changed_on
        assert steps[-1].to_stage is case.stage
        assert steps[-1].changed_on == case.stage_since
        for step in steps:
            assert (step.witness is not None) == (step.to_stage is Stage.RENOUNCED)


def test_inmates_have_a_penal_colony_and_a_running_sentence(session):
    inmates = session.scalars(select(Case).where(Case.category == CaseCategory.INMATE)).all()
    assert inmates
    for case in inmates:
        assert case.facility and "-" in case.facility and "/" in case.facility
        assert case.sentence_start < dt.date.today() < case.sentence_end
        assert case.offence_article.startswith("ст. ")


def test_open_cases_have_a_follow_up_due_and_some_are_overdue(session):
    today = dt.date.today()
    cases = session.scalars(select(Case)).all()
    for case in cases:
        assert (case.next_follow_up is None) == (case.stage is Stage.CLOSED)
    due = [case.next_follow_up for case in cases if case.next_follow_up]
    assert any(day < today for day in due) and any(day >= today for day in due)
    open_checks = session.execute(select(FollowUp.case_id, FollowUp.due_on).where(
        FollowUp.case_id.is_not(None), FollowUp.done_on.is_(None))).all()
    assert {(case.id, case.next_follow_up) for case in cases if case.next_follow_up} == \
        set(open_checks)


def test_cases_are_assigned_to_seeded_specialists_and_supervisors(session):
    roles = session.execute(
        text("SELECT DISTINCT u.role FROM case_specialist c JOIN user_account u "
             "ON u.id = c.user_id")).scalars().all()
    assert set(roles) == {"specialist", "supervisor"}
    assert session.scalar(text(
        "SELECT count(*) FROM case_file WHERE id NOT IN (SELECT case_id FROM case_specialist)"
    )) == 0


def test_about_ten_attendances_per_person_in_every_programme_and_kind(session):
    assert 9.5 <= _count(session, Attendance) / PERSONS <= 10.5
    per_programme = dict(session.execute(
        select(Activity.programme, func.count()).join(
            Attendance, Attendance.activity_id == Activity.id).group_by(Activity.programme)
    ).all())
    assert set(per_programme) == set(Programme)
    assert set(session.scalars(select(Activity.kind).distinct())) == set(ActivityKind)


def test_individual_sessions_have_exactly_one_attendee(session):
    sizes = session.execute(
        select(func.count(Attendance.id)).join(Activity, Attendance.activity_id == Activity.id)
        .where(Activity.kind.in_([ActivityKind.INDIVIDUAL_CONSULTATION,
                                  ActivityKind.CLUB_ONE_ON_ONE]))
        .group_by(Activity.id)).scalars().all()
    assert sizes and set(sizes) == {1}


def test_club_members_are_mothers(session):
    members = session.scalars(select(ClubMembership.person_id)).all()
    assert members
    mothers = set(session.scalars(
        select(Relationship.person_id).join(Person, Person.id == Relationship.person_id)
        .where(Relationship.kind == RelationshipKind.PARENT, Person.sex == Sex.FEMALE)))
    assert set(members) <= mothers


def test_children_registered_for_events_with_guardian_and_consent_before_the_event(session):
    rows = session.execute(
        select(EventRegistration.child_id, EventRegistration.guardian_id,
               EventRegistration.consent_on, Activity.held_on, Activity.programme)
        .join(Activity, Activity.id == EventRegistration.activity_id)).all()
    assert rows
    carers = set(session.execute(
        select(Relationship.person_id, Relationship.relative_id).where(
            Relationship.kind.in_([RelationshipKind.PARENT, RelationshipKind.GUARDIAN]))).all())
    for child, guardian, consent_on, held_on, programme in rows:
        assert programme is Programme.CHILDREN_EVENTS
        assert (guardian, child) in carers
        assert consent_on <= held_on


def test_arabic_courses_for_men_and_women_with_every_enrolment_status_and_lessons(session):
    groups = set(session.scalars(select(Course.group)))
    assert {g.value for g in groups} == {"men", "women"}
    assert set(session.scalars(select(Enrolment.status))) == set(EnrolmentStatus)
    completed = session.scalars(select(Enrolment).where(
        Enrolment.status == EnrolmentStatus.COMPLETED)).all()
    assert all(e.certificate_on for e in completed)
    lessons = session.execute(
        select(Activity.course_id, func.count(Attendance.id))
        .join(Attendance, Attendance.activity_id == Activity.id)
        .where(Activity.kind == ActivityKind.COURSE_LESSON).group_by(Activity.course_id)).all()
    assert lessons and all(course_id is not None for course_id, _ in lessons)
    enrolled = set(session.execute(select(Enrolment.course_id, Enrolment.person_id)).all())
    attended = set(session.execute(
        select(Activity.course_id, Attendance.person_id)
        .join(Attendance, Attendance.activity_id == Activity.id)
        .where(Activity.course_id.is_not(None))).all())
    assert attended <= enrolled


def test_organisations_and_placements_of_every_kind_and_status(session):
    assert set(session.scalars(select(Organisation.kind))) == set(OrganisationKind)
    pairs = set(session.execute(select(Placement.kind, Placement.status)).all())
    assert pairs == set(itertools.product(PlacementKind, PlacementStatus))


def test_placement_status_history_leads_to_the_current_status_by_allowed_steps(session):
    for placement, steps in _histories(session, PlacementStatusChange, "placement_id",
                                       Placement):
        assert steps[0].from_status is None and steps[0].to_status is PlacementStatus.REQUESTED
        for before, after in itertools.pairwise(steps):
            assert after.from_status is before.to_status
            assert can_change(after.from_status, after.to_status)
        assert steps[-1].to_status is placement.status
        assert steps[-1].changed_on == placement.status_since


def test_every_nursery_placement_is_for_the_persons_own_child(session):
    nursery = session.execute(select(Placement.person_id, Placement.child_id).where(
        Placement.kind == PlacementKind.NURSERY)).all()
    parent_of = set(session.execute(select(Relationship.person_id, Relationship.relative_id)
                                    .where(Relationship.kind == RelationshipKind.PARENT)).all())
    assert nursery
    for person_id, child_id in nursery:
        assert (person_id, child_id) in parent_of
    others = session.scalars(select(Placement.child_id).where(
        Placement.kind != PlacementKind.NURSERY)).all()
    assert set(others) == {None}


def test_families_have_spouses_parents_and_guardians(session):
    kinds = Counter(session.scalars(select(Relationship.kind)))
    assert set(kinds) == set(RelationshipKind)


def test_every_synced_row_is_stamped_by_this_site_and_no_staff_member(seeded, session):
    """The seed command is run by whoever holds the data dir, not by a staff member."""
    database, _ = seeded
    for model in synced_classes():
        if model is User:
            continue
        bad = session.scalar(select(func.count()).select_from(model).where(
            (model.origin_site != database.site_id) | model.hlc.is_(None)
            | model.created_by.is_not(None) | model.updated_by.is_not(None)
            | model.created_at.is_(None) | model.updated_at.is_(None)
            | model.deleted_at.is_not(None)))
        assert bad == 0, model.__tablename__


def test_clock_stamps_are_unique_across_all_tables(session):
    stamps = [stamp for model in synced_classes() for stamp in session.scalars(select(model.hlc))]
    assert len(stamps) == len(set(stamps))


def test_every_reference_points_at_an_existing_row(session):
    assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_summary_counts_what_the_database_holds(seeded, session):
    _, summary = seeded
    assert summary.persons == _count(session, Person)
    assert summary.attendances == _count(session, Attendance)
    assert summary.follow_ups == _count(session, FollowUp)
    assert summary.activities == _count(session, Activity)
    assert summary.users == 7
    assert summary.rows == sum(getattr(summary, f) for f in SeedSummary.__dataclass_fields__)


def test_one_seeded_audit_event_names_the_site_and_the_counts(session):
    events = session.scalars(select(AuditEvent).where(
        AuditEvent.action == AuditAction.SEEDED)).all()
    assert len(events) == 1
    assert (events[0].user_id, events[0].username) == (None, SITE_USERNAME)
    assert f'"persons": {PERSONS}' in events[0].detail


def test_seeded_staff_sign_in_with_the_documented_password(seeded):
    database, _ = seeded
    with database.session() as session, session.begin():
        outcome = users.sign_in(session, "specialist1", SEED_PASSWORD)
    assert outcome.actor is not None


def test_second_seed_is_refused_and_changes_nothing(seeded):
    database, summary = seeded
    with pytest.raises(SeedRefused, match="already holds persons"):
        seed(database, 10)
    with database.session() as session:
        assert _count(session, Person) == summary.persons
        assert _count(session, Attendance) == summary.attendances
        assert _count(session, User) == 1 + summary.users


def test_the_database_is_back_to_its_usual_settings_after_a_seed(seeded):
    database, _ = seeded
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("persons", [0, -5])
def test_fewer_than_one_person_is_refused(db, persons):
    with pytest.raises(SeedRefused, match="between 1 and"):
        seed(db, persons)


def _indexes(database) -> dict:
    """Every table's indexes as the database holds them: name, columns, uniqueness (on
    SQLite its own statement, which SQLAlchemy cannot reflect for an index on an
    expression, such as the persons' search groups)."""
    from sqlalchemy import inspect

    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            found: dict = {}
            for table, name, sql in connection.exec_driver_sql(
                    "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' "
                    "ORDER BY name"):
                found.setdefault(table, []).append((name, sql))
            return found
        found = inspect(connection)
        return {table: sorted((index["name"], tuple(index["column_names"]),
                               bool(index["unique"])) for index in found.get_indexes(table))
                for table in found.get_table_names()}


def test_a_seed_ends_with_every_index_it_began_with(db):
    """The seed drops the seeded tables' indexes on SQLite and makes them again in one
    sorted pass at the end."""
    before = _indexes(db)
    assert any(index[0] == "ix_attendance_person" for index in before["attendance"])
    if db.engine.dialect.name == "sqlite":
        assert any(index[0] == "ix_person_iin_group" for index in before["person"])
    summary = seed(db, 40)
    assert _indexes(db) == before
    with db.session() as session:
        plan = " ".join(str(row) for row in session.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM attendance WHERE person_id = 'x'"))) \
            if db.engine.dialect.name == "sqlite" else "ix_attendance_person"
        assert "ix_attendance_person" in plan
        assert _count(session, Attendance) == summary.attendances


def test_a_cancelled_seed_leaves_nothing_behind(db):
    indexes = _indexes(db)
    calls = []

    def cancel_half_way(done, total):
        calls.append((done, total))
        if done > 2000:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        seed(db, 400, progress=cancel_half_way)
    with db.session() as session:
        for model in synced_classes():
            if model is not User:
                assert _count(session, model) == 0, model.__tablename__
        assert session.scalars(select(User.username)).all() == ["admin"]
    assert calls and all(done <= total for done, total in calls)
    assert _indexes(db) == indexes


def test_progress_ends_at_the_total_of_rows(db):
    calls = []
    summary = seed(db, 60, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (summary.rows - summary.users, summary.rows - summary.users)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_the_same_random_seed_gives_the_same_people(tmp_path):
    def people(folder, random_seed):
        database = open_database(_install(tmp_path / folder))
        try:
            seed(database, 40, random_seed=random_seed, today=dt.date(2026, 3, 1))
            with database.session() as session:
                return session.execute(select(Person.iin, Person.surname, Person.given_name,
                                              Person.address).order_by(Person.iin)).all()
        finally:
            database.close()

    first = people("a", 3)
    assert first == people("b", 3)
    assert first != people("c", 4)
