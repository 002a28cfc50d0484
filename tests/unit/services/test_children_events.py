"""Children's events: events, registration through a parent or guardian, consent before
attendance, age groups, and a child's own record of events and family."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from centre_desk.domain.ages import AgeGroup, age_group, age_on, group_of_age, is_child_on
from centre_desk.domain.enums import ActivityKind, CaseCategory, Programme, Role, Stage
from centre_desk.services import activities, children_events, listing
from centre_desk.services.errors import NotFound, NotPermitted
from centre_desk.services.listing import ActivitySort, ListQuery
from centre_desk.store.models import Case, EventRegistration, Relationship
from tests.unit.services.test_activities import TODAY, build_families, refused, run

JUNE_1 = dt.date(2024, 6, 1)
CONSENT = dt.date(2024, 5, 20)


# --- ages -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("birth", "day", "age"), [
    (dt.date(2018, 6, 1), dt.date(2024, 6, 1), 6),     # the birthday itself
    (dt.date(2018, 6, 2), dt.date(2024, 6, 1), 5),     # the day before it
    (dt.date(2016, 2, 29), dt.date(2024, 2, 28), 7),   # leap-day child, common-day eve
    (dt.date(2016, 2, 29), dt.date(2023, 3, 1), 7),    # ... a year older on 1 March
    (dt.date(2024, 6, 1), dt.date(2024, 6, 1), 0),
    (dt.date(2024, 6, 2), dt.date(2024, 6, 1), None),  # not born yet
    (None, dt.date(2024, 6, 1), None)])
def test_age_in_full_years(birth, day, age):
    assert age_on(birth, day) == age


@pytest.mark.parametrize(("age", "group"), [
    (0, AgeGroup.UNDER_6), (5, AgeGroup.UNDER_6), (6, AgeGroup.AGE_6_9),
    (9, AgeGroup.AGE_6_9), (10, AgeGroup.AGE_10_13), (13, AgeGroup.AGE_10_13),
    (14, AgeGroup.AGE_14_17), (17, AgeGroup.AGE_14_17), (18, AgeGroup.ADULT),
    (70, AgeGroup.ADULT), (None, None), (-1, None)])
def test_age_groups_cover_every_age(age, group):
    assert group_of_age(age) == group


def test_age_group_and_childhood_on_a_day():
    assert age_group(dt.date(2014, 6, 2), JUNE_1) is AgeGroup.AGE_6_9
    assert age_group(dt.date(2014, 6, 1), JUNE_1) is AgeGroup.AGE_10_13
    assert is_child_on(dt.date(2006, 6, 2), JUNE_1) is True
    assert is_child_on(dt.date(2006, 6, 1), JUNE_1) is False
    assert is_child_on(None, JUNE_1) is None


# --- events and registrations -------------------------------------------------------------------

@pytest.fixture
def f(db, admin):
    return build_families(db, admin)


@pytest.fixture
def june(db, admin):
    return run(db, admin, children_events.create_event, "День защиты детей", JUNE_1,
               "Центр, актовый зал", "Сәрсенова Ә., Ким С.")


def _register(db, actor, event, child, guardian, consent_on=None):
    return run(db, actor, children_events.register_child, event, child, guardian, consent_on,
               today=TODAY)


def test_an_event_needs_a_title_and_keeps_its_organisers(db, admin):
    assert refused(db, admin, children_events.create_event, "  ", JUNE_1).problems == {
        "title": "required"}
    event = run(db, admin, children_events.create_event, "Праздник", JUNE_1, None,
                "Сәрсенова Ә.")
    with db.session(admin) as session:
        view = activities.get_activity(session, event)
    assert (view.kind, view.title, view.facilitators) == (
        ActivityKind.CHILDREN_EVENT, "Праздник", "Сәрсенова Ә.")


def test_children_are_registered_through_a_parent_or_a_guardian(db, admin, f, june):
    _register(db, admin, june, f.son, f.father, CONSENT)
    _register(db, admin, june, f.granddaughter, f.grandmother)
    with db.session(admin) as session:
        listed = children_events.event_registrations(session, june)
        options = children_events.guardians_of(session, f.son)
    assert [(r.child_name, r.age, r.age_group, r.guardian_name, r.consent_on, r.present)
            for r in listed] == [
        ("Ахметов Арман", 8, AgeGroup.AGE_6_9, "Ахметов Бауыржан", CONSENT, False),
        ("Сапарова Дана", 11, AgeGroup.AGE_10_13, "Сапарова Сауле", None, False)]
    assert [o.full_name for o in options] == ["Ахметов Бауыржан", "Ахметова Айгерим"]


def test_someone_who_is_not_the_childs_parent_or_guardian_is_refused(db, admin, f, june):
    # A stranger, a parent of another child, and a spouse (nobody's parent here).
    for guardian in (f.woman, f.second_mother):
        assert refused(db, admin, children_events.register_child, june, f.son, guardian,
                       today=TODAY).problems == {"guardian": "event.not_related"}
    assert refused(db, admin, children_events.register_child, june, f.mother, f.father,
                   today=TODAY).problems == {"guardian": "event.not_related",
                                             "child": "event.not_a_child"}
    assert refused(db, admin, children_events.register_child, june, f.son, None,
                   today=TODAY).problems == {"guardian": "required"}


def test_a_deleted_relationship_no_longer_lets_a_person_register_the_child(db, admin, f, june):
    with db.session(admin) as session, session.begin():
        link = session.scalars(select(Relationship).where(
            Relationship.person_id == f.father, Relationship.relative_id == f.son)).one()
        link.deleted_at = dt.datetime(2024, 1, 1)
    assert refused(db, admin, children_events.register_child, june, f.son, f.father,
                   today=TODAY).problems == {"guardian": "event.not_related"}


def test_a_child_is_registered_once_per_event(db, admin, f, june):
    _register(db, admin, june, f.son, f.mother)
    assert refused(db, admin, children_events.register_child, june, f.son, f.father,
                   today=TODAY).problems == {"child": "event.already_registered"}


def test_consent_cannot_be_dated_in_the_future(db, admin, f, june):
    tomorrow = TODAY + dt.timedelta(days=1)
    assert refused(db, admin, children_events.register_child, june, f.son, f.mother, tomorrow,
                   today=TODAY).problems == {"consent_on": "in_future"}
    registration = _register(db, admin, june, f.son, f.mother)
    assert refused(db, admin, children_events.record_consent, registration, tomorrow,
                   today=TODAY).problems == {"consent_on": "in_future"}


def test_consent_dated_after_the_event_is_refused_and_nothing_stored(db, admin, f, june):
    day_after = JUNE_1 + dt.timedelta(days=1)  # after the event, before today
    assert refused(db, admin, children_events.register_child, june, f.son, f.mother,
                   day_after, today=TODAY).problems == {
        "consent_on": "event.consent_after_event"}
    registration = _register(db, admin, june, f.son, f.mother)
    assert refused(db, admin, children_events.record_consent, registration, day_after,
                   today=TODAY).problems == {"consent_on": "event.consent_after_event"}
    run(db, admin, children_events.record_consent, registration, JUNE_1, today=TODAY)


def test_a_child_whose_consent_is_after_the_event_cannot_be_ticked(db, admin, f, june):
    registration = _register(db, admin, june, f.son, f.mother)
    with db.session(admin) as session:  # as a sync from an older version might store it
        session.get(EventRegistration, registration).consent_on = JUNE_1 + dt.timedelta(days=3)
    with db.session(admin) as session:
        checklist = activities.expected_people(session, june)
    assert [(p.full_name, p.can_attend) for p in checklist] == [("Ахметов Арман", False)]
    refusal = refused(db, admin, activities.set_attendance, june, [f.son], today=TODAY)
    assert refusal.problems == {"attendance": "no_consent"}


def test_no_consent_no_attendance_until_the_consent_is_dated(db, admin, f, june):
    registration = _register(db, admin, june, f.son, f.mother)
    _register(db, admin, june, f.daughter, f.mother, CONSENT)
    with db.session(admin) as session:
        checklist = activities.expected_people(session, june)
    assert [(p.full_name, p.can_attend, p.reason) for p in checklist] == [
        ("Ахметов Арман", False, "no_consent"), ("Ахметова Алия", True, None)]

    refusal = refused(db, admin, activities.set_attendance, june, [f.son, f.daughter],
                      today=TODAY)
    assert refusal.problems == {"attendance": "no_consent"}
    assert refusal.person_ids == {f.son}

    run(db, admin, children_events.record_consent, registration, CONSENT, today=TODAY)
    run(db, admin, activities.set_attendance, june, [f.son, f.daughter], today=TODAY)
    with db.session(admin) as session:
        present = [r.present for r in children_events.event_registrations(session, june)]
        counts = children_events.age_group_counts(session, june, present_only=True)
    assert present == [True, True]
    assert counts == {AgeGroup.AGE_6_9: 1, AgeGroup.UNDER_6: 1}


def test_only_registered_children_can_be_marked_present(db, admin, f, june):
    _register(db, admin, june, f.son, f.mother, CONSENT)
    refusal = refused(db, admin, activities.set_attendance, june, [f.son, f.stranger_child],
                      today=TODAY)
    assert refusal.problems == {"attendance": "not_expected"}
    assert refusal.person_ids == {f.stranger_child}


def test_a_registration_is_removed_only_while_the_child_is_not_ticked(db, admin, f, june):
    registration = _register(db, admin, june, f.son, f.mother, CONSENT)
    run(db, admin, activities.set_attendance, june, [f.son], today=TODAY)
    assert refused(db, admin, children_events.unregister_child, registration).problems == {
        "registration": "event.attended"}
    run(db, admin, activities.set_attendance, june, [], today=TODAY)
    run(db, admin, children_events.unregister_child, registration)
    with db.session(admin) as session:
        assert children_events.event_registrations(session, june) == ()
    # Registering again brings the same row back (the pair is unique), with the new
    # guardian and no consent yet.
    again = _register(db, admin, june, f.son, f.father)
    with db.session() as session:
        row = session.get(EventRegistration, again)
    assert again == registration
    assert (row.deleted_at, row.guardian_id, row.consent_on) == (None, f.father, None)


def test_a_childs_file_shows_events_and_family(db, admin, f, june):
    sports = run(db, admin, children_events.create_event, "Весёлые старты",
                 dt.date(2024, 9, 1), "Спортзал", None, kind=ActivityKind.ATHLETIC_EVENT)
    _register(db, admin, june, f.son, f.mother, CONSENT)
    _register(db, admin, sports, f.son, f.father, dt.date(2024, 8, 20))
    run(db, admin, activities.set_attendance, june, [f.son], today=TODAY)
    _add_case(db, admin, f.father)  # the father is a participant
    with db.session(admin) as session:
        record = children_events.child_events(session, f.son, today=TODAY)
    assert (record.full_name, record.age) == ("Ахметов Арман", 8)
    assert [(e.title, e.present, e.guardian_name) for e in record.events] == [
        ("Весёлые старты", False, "Ахметов Бауыржан"),
        ("День защиты детей", True, "Ахметова Айгерим")]
    assert [e.title for e in record.attended] == ["День защиты детей"]
    assert [(link.full_name, link.relation, link.in_rehabilitation)
            for link in record.family] == [
        ("Ахметов Бауыржан", "parent", True), ("Ахметова Айгерим", "parent", False)]


def _add_case(db, admin, person_id):
    with db.session(admin) as session, session.begin():
        session.add(Case(person_id=person_id, category=CaseCategory.EX_CONVICT,
                         stage=Stage.ACTIVE, stage_since=dt.date(2023, 1, 1)))


def test_read_only_users_see_events_but_cannot_register(db, admin, make_user, f, june):
    reader = make_user(Role.READ_ONLY)
    registration = _register(db, admin, june, f.son, f.mother)
    with db.session(reader) as session:
        assert len(children_events.event_registrations(session, june)) == 1
        assert children_events.child_events(session, f.son).events[0].activity_id == june
    for use_case, args in (
            (children_events.create_event, ("Праздник", JUNE_1)),
            (children_events.register_child, (june, f.daughter, f.mother)),
            (children_events.record_consent, (registration, CONSENT)),
            (children_events.unregister_child, (registration,))):
        refused(db, reader, use_case, *args, expected=NotPermitted)


def test_an_activity_of_another_programme_is_no_childrens_event(db, admin, f):
    club_sports = run(db, admin, activities.create_activity, activities.ActivityInput(
        programme=Programme.MOTHERS_CLUB, kind=ActivityKind.ATHLETIC_EVENT, held_on=JUNE_1))
    refused(db, admin, children_events.register_child, club_sports, f.son, f.mother,
            expected=NotFound)


def test_the_events_list_counts_registered_children_and_those_present(db, admin, f, june):
    sports = run(db, admin, children_events.create_event, "Весёлые старты",
                 dt.date(2024, 9, 1), "Спортзал", None, kind=ActivityKind.ATHLETIC_EVENT)
    club_day = run(db, admin, activities.create_activity, activities.ActivityInput(
        programme=Programme.MOTHERS_CLUB, kind=ActivityKind.ATHLETIC_EVENT, held_on=JUNE_1))
    _register(db, admin, june, f.son, f.mother, CONSENT)
    _register(db, admin, june, f.granddaughter, f.grandmother, CONSENT)
    gone = _register(db, admin, june, f.daughter, f.mother)
    run(db, admin, children_events.unregister_child, gone)
    run(db, admin, activities.set_attendance, june, [f.son], today=TODAY)
    newest_first = ListQuery(sort=ActivitySort.HELD_ON, descending=True)
    with db.session(admin) as session:
        page = listing.events_page(session, newest_first, limit=1)
        rest = listing.events_page(session, newest_first, page.next, limit=1)
        found = listing.count_events(session, "защиты")
        total = listing.count_events(session)
    rows = page.rows + rest.rows
    assert [(r.activity_id, r.title, r.registered, r.present_count) for r in rows] == [
        (sports, "Весёлые старты", 0, 0), (june, "День защиты детей", 2, 1)]
    assert club_day not in {r.activity_id for r in rows}
    assert (found, total) == (1, 2)


def test_read_only_users_see_the_events_list(db, admin, make_user, june):
    reader = make_user(Role.READ_ONLY)
    with db.session(reader) as session:
        assert [row.activity_id for row in listing.events_page(session).rows] == [
            june]


def test_counts_by_age_group_from_registrations_already_read(db, admin, f, june):
    _register(db, admin, june, f.son, f.mother, CONSENT)
    _register(db, admin, june, f.granddaughter, f.grandmother, CONSENT)
    run(db, admin, activities.set_attendance, june, [f.son], today=TODAY)
    with db.session(admin) as session:
        read = children_events.event_registrations(session, june)
        assert children_events.count_by_age_group(read) == \
            children_events.age_group_counts(session, june)
        assert children_events.count_by_age_group(read, present_only=True) == {
            age_group(dt.date(2016, 6, 1), JUNE_1): 1}
