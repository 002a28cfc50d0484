"""Placements: request, workflow, refusals that change nothing, follow-ups, audit, lists.

The helpers at the top (``build_centre``, ``snapshot``) are shared with the partner
directory tests and the placements GUI tests.
"""

from __future__ import annotations

import datetime as dt
import json
import types

import pytest
from sqlalchemy import inspect, select

from centre_desk.domain.enums import (
    AuditAction, OrganisationKind, PlacementKind, PlacementStatus, RelationshipKind, Role, Sex)
from centre_desk.domain.placements import FollowUpState
from centre_desk.services import listing, organisations, persons, placements
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.listing import ListQuery, PlacementFilter
from centre_desk.services.organisations import OrganisationInput
from centre_desk.services.persons import PersonInput
from centre_desk.services.placements import PlacementChanges, PlacementInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent, FollowUp, Placement, Relationship

R, P, D, X, E = (PlacementStatus.REQUESTED, PlacementStatus.IN_PROGRESS,
                 PlacementStatus.PLACED, PlacementStatus.DECLINED, PlacementStatus.ENDED)
TODAY = dt.date(2024, 11, 20)


# --- shared helpers ---------------------------------------------------------------------------

def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, audit trail included, in a comparable form: the
    values as the engine stores them (listing the tables' names, not reflecting them)."""
    with db.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {name: sorted(map(tuple, connection.exec_driver_sql(f'SELECT * FROM "{name}"')),
                             key=repr)
                for name in names}


def build_centre(db, admin) -> types.SimpleNamespace:
    """A mother with a son, a grandmother who is guardian of a granddaughter, a man
    looking for work (the mother's husband), a child of nobody here, and a partner of
    every kind."""
    run = Workspace(db, admin).run

    def person(surname, given, sex, birth, region=None):
        return run(persons.create_person, PersonInput(surname=surname, given_name=given,
                                                       sex=sex, birth_date=birth,
                                                       region=region))

    ids = types.SimpleNamespace()
    ids.mother = person("Ахметова", "Айгерим", Sex.FEMALE, dt.date(1990, 3, 1), "Алматы")
    ids.son = person("Ахметов", "Арман", Sex.MALE, dt.date(2021, 6, 1))
    ids.grandmother = person("Бекова", "Сауле", Sex.FEMALE, dt.date(1960, 1, 5), "Астана")
    ids.granddaughter = person("Бекова", "Дана", Sex.FEMALE, dt.date(2020, 2, 2))
    ids.worker = person("Жумабаев", "Нурлан", Sex.MALE, dt.date(1988, 3, 3), "Шымкент")
    ids.stranger_child = person("Серикова", "Мадина", Sex.FEMALE, dt.date(2021, 9, 9))
    with db.session(admin) as session, session.begin():
        session.add(Relationship(person_id=ids.mother, relative_id=ids.son,
                                 kind=RelationshipKind.PARENT))
        session.add(Relationship(person_id=ids.grandmother, relative_id=ids.granddaughter,
                                 kind=RelationshipKind.GUARDIAN))
        # "worker is SPOUSE of mother": a spouse is nobody's child.
        session.add(Relationship(person_id=ids.worker, relative_id=ids.mother,
                                 kind=RelationshipKind.SPOUSE))

    def organisation(name, kind, **fields):
        return run(organisations.create_organisation,
                   OrganisationInput(name=name, kind=kind, **fields))

    ids.employer = organisation("ТОО «Жұмыс Жолы»", OrganisationKind.EMPLOYER,
                                region="Алматы", contact_person="Сапаров Ерлан",
                                phone="+7 701 555 12 34")
    ids.landlord = organisation("Жилищный фонд акимата", OrganisationKind.HOUSING,
                                region="Алматы")
    ids.nursery = organisation("Детский сад «Балапан»", OrganisationKind.NURSERY,
                               region="Астана")
    ids.ngo = organisation("ОФ «Ақниет»", OrganisationKind.NGO, region="Астана")
    return ids


def audit_events(db, entity: str | None = None) -> list[AuditEvent]:
    with db.session() as session:
        statement = select(AuditEvent).order_by(AuditEvent.at)
        if entity:
            statement = statement.where(AuditEvent.entity == entity)
        return list(session.scalars(statement))


# --- fixtures ---------------------------------------------------------------------------------

@pytest.fixture
def centre(db, admin):
    return build_centre(db, admin)


def _job(centre, **fields) -> PlacementInput:
    values = {"kind": PlacementKind.JOB, "person_id": centre.worker,
              "organisation_id": centre.employer, "requested_on": dt.date(2024, 5, 2),
              "notes": "Сварщик"} | fields
    return PlacementInput(**values)


@pytest.fixture
def job(run, centre):
    """A job request by the worker at the employer, requested on 2 May 2024."""
    return run(placements.request_placement, _job(centre), today=TODAY)


def _walk(run, placement_id, *steps):
    for to, on in steps:
        run(placements.change_status, placement_id, to, on,
            "Отказ работодателя" if to in (X, E) else None, today=TODAY)


# --- requesting -------------------------------------------------------------------------------

def test_a_request_starts_as_requested_with_its_first_history_step(db, run, centre, job):
    details = run(placements.placement_details, job, today=TODAY)
    view = details.placement
    assert (view.kind, view.status, view.requested_on, view.status_since) == (
        PlacementKind.JOB, R, dt.date(2024, 5, 2), dt.date(2024, 5, 2))
    assert (view.person_name, view.organisation_name, view.notes) == (
        "Жумабаев Нурлан", "ТОО «Жұмыс Жолы»", "Сварщик")
    assert details.organisation.kind is OrganisationKind.EMPLOYER
    [step] = details.history
    assert (step.from_status, step.to_status, step.changed_on) == (None, R,
                                                                   dt.date(2024, 5, 2))
    assert step.changed_by == "Әлия Сәрсенова"
    assert details.next_statuses == (P, X)
    [event] = audit_events(db, "placement")
    assert (event.action, event.entity_id, event.username) == (
        AuditAction.CREATED, str(job), "admin")


def test_a_request_without_a_date_is_dated_today(run, centre):
    placement_id = run(placements.request_placement, _job(centre, requested_on=None))
    assert run(placements.placement_details, placement_id).placement.requested_on == \
        dt.date.today()


def test_a_request_may_wait_for_its_partner(run, centre):
    placement_id = run(placements.request_placement, _job(centre, organisation_id=None),
                       today=TODAY)
    details = run(placements.placement_details, placement_id, today=TODAY)
    assert details.organisation is None and details.placement.organisation_name is None


# --- the whole walk, each kind ---------------------------------------------------------------

def test_a_job_walks_to_placed_and_schedules_a_check_three_months_later(db, run, centre, job):
    _walk(run, job, (P, dt.date(2024, 5, 10)), (D, dt.date(2024, 6, 3)))
    details = run(placements.placement_details, job, today=TODAY)
    assert details.placement.status is D
    assert details.placement.status_since == dt.date(2024, 6, 3)
    assert [(s.from_status, s.to_status) for s in details.history] == [(P, D), (R, P),
                                                                        (None, R)]
    [check] = details.follow_ups
    assert check.due_on == dt.date(2024, 9, 3) and check.done_on is None
    assert check.state is FollowUpState.OVERDUE and check.overdue
    assert details.placement.next_follow_up == dt.date(2024, 9, 3)
    assert details.next_statuses == (E,)

    run(placements.complete_follow_up, check.id, dt.date(2024, 9, 5), "Работает, доволен",
        today=TODAY)
    details = run(placements.placement_details, job, today=TODAY)
    [check] = details.follow_ups
    assert (check.done_on, check.note, check.state) == (
        dt.date(2024, 9, 5), "Работает, доволен", FollowUpState.DONE)
    assert details.placement.next_follow_up is None
    actions = [(e.action, e.entity) for e in audit_events(db)
               if e.entity in {"placement", "follow_up"}]
    assert actions == [
        (AuditAction.CREATED, "placement"), (AuditAction.UPDATED, "placement"),
        (AuditAction.CREATED, "follow_up"), (AuditAction.UPDATED, "placement"),
        (AuditAction.UPDATED, "follow_up")]


@pytest.mark.parametrize("kind, person, child, organisation", [
    (PlacementKind.HOUSING, "mother", None, "landlord"),
    (PlacementKind.NURSERY, "mother", "son", "nursery"),
    (PlacementKind.NURSERY, "grandmother", "granddaughter", "ngo"),
])
def test_housing_and_nursery_walk_without_an_automatic_check(run, centre, kind, person, child,
                                                             organisation):
    placement_id = run(placements.request_placement, PlacementInput(
        kind=kind, person_id=getattr(centre, person),
        child_id=getattr(centre, child) if child else None,
        organisation_id=getattr(centre, organisation), requested_on=dt.date(2024, 3, 1)),
        today=TODAY)
    _walk(run, placement_id, (P, dt.date(2024, 3, 5)), (D, dt.date(2024, 4, 1)),
          (E, dt.date(2024, 10, 1)))
    details = run(placements.placement_details, placement_id, today=TODAY)
    assert details.placement.status is E and details.follow_ups == ()
    assert details.history[0].note == "Отказ работодателя"
    assert details.next_statuses == ()


def test_a_request_can_be_declined_at_once(run, job):
    _walk(run, job, (X, dt.date(2024, 5, 3)))
    details = run(placements.placement_details, job, today=TODAY)
    assert details.placement.status is X and details.next_statuses == ()


# --- refusals change nothing -----------------------------------------------------------------

def _refused(db, run, code, function, *args, **kwargs):
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refusal:
        run(function, *args, **kwargs)
    assert refusal.value.problems == code
    assert snapshot(db) == before


@pytest.mark.parametrize("steps, to", [
    ([(P, dt.date(2024, 5, 10)), (D, dt.date(2024, 6, 3))], R),
    ([(P, dt.date(2024, 5, 10))], R),
    ([], D),
    ([], E),
    ([(X, dt.date(2024, 5, 10))], P),
    ([(P, dt.date(2024, 5, 10)), (D, dt.date(2024, 6, 3)), (E, dt.date(2024, 7, 1))], D),
])
def test_a_step_the_workflow_forbids_is_refused(db, run, job, steps, to):
    _walk(run, job, *steps)
    _refused(db, run, {"status": "placement.not_allowed"}, placements.change_status, job, to,
             dt.date(2024, 8, 1), "примечание", today=TODAY)


def test_a_status_date_in_the_future_is_refused(db, run, job):
    _refused(db, run, {"changed_on": "in_future"}, placements.change_status, job, P,
             TODAY + dt.timedelta(days=1), today=TODAY)


def test_a_status_date_before_the_last_change_is_refused(db, run, job):
    _walk(run, job, (P, dt.date(2024, 5, 10)))
    _refused(db, run, {"changed_on": "placement.before_last_change"}, placements.change_status,
             job, X, dt.date(2024, 5, 9), "Поздно", today=TODAY)


def test_a_status_change_needs_a_date(db, run, job):
    _refused(db, run, {"changed_on": "required"}, placements.change_status, job, P, None,
             today=TODAY)


@pytest.mark.parametrize("to, before", [(X, []), (E, [(P, dt.date(2024, 5, 10)),
                                                      (D, dt.date(2024, 6, 3))])])
def test_declining_or_ending_must_say_why(db, run, job, to, before):
    _walk(run, job, *before)
    _refused(db, run, {"note": "required"}, placements.change_status, job, to,
             dt.date(2024, 8, 1), "   ", today=TODAY)


def test_placing_needs_a_partner(db, run, centre):
    placement_id = run(placements.request_placement, _job(centre, organisation_id=None),
                       today=TODAY)
    _walk(run, placement_id, (P, dt.date(2024, 5, 10)))
    _refused(db, run, {"organisation": "required"}, placements.change_status, placement_id, D,
             dt.date(2024, 6, 1), today=TODAY)


def test_a_nursery_place_without_a_child_is_refused(db, run, centre):
    _refused(db, run, {"child": "required"}, placements.request_placement, PlacementInput(
        kind=PlacementKind.NURSERY, person_id=centre.mother, organisation_id=centre.nursery),
        today=TODAY)


@pytest.mark.parametrize("person, child", [
    ("mother", "stranger_child"),  # nobody's child here
    ("mother", "granddaughter"),  # someone else's ward
    ("worker", "mother"),  # his spouse, not his child
    ("son", "mother"),  # the relationship read backwards
])
def test_a_nursery_place_for_someone_elses_child_is_refused(db, run, centre, person, child):
    too_young = {"person": "age.not_an_adult"} if person == "son" else {}
    _refused(db, run, {"child": "placement.not_their_child", **too_young},
             placements.request_placement,
             PlacementInput(kind=PlacementKind.NURSERY, person_id=getattr(centre, person),
                            child_id=getattr(centre, child), organisation_id=centre.nursery),
             today=TODAY)


def test_a_deleted_relationship_no_longer_makes_a_child(db, admin, run, centre):
    with db.session(admin) as session, session.begin():
        link = session.scalars(select(Relationship).where(
            Relationship.relative_id == centre.son)).one()
        link.deleted_at = dt.datetime(2024, 1, 1)
    _refused(db, run, {"child": "placement.not_their_child"}, placements.request_placement,
             PlacementInput(kind=PlacementKind.NURSERY, person_id=centre.mother,
                            child_id=centre.son, organisation_id=centre.nursery),
             today=TODAY)


@pytest.mark.parametrize("kind, organisation", [
    (PlacementKind.JOB, "landlord"), (PlacementKind.JOB, "nursery"),
    (PlacementKind.HOUSING, "employer"), (PlacementKind.NURSERY, "landlord"),
])
def test_a_partner_of_the_wrong_kind_is_refused(db, run, centre, kind, organisation):
    child = centre.son if kind is PlacementKind.NURSERY else None
    _refused(db, run, {"organisation": "placement.wrong_kind"}, placements.request_placement,
             PlacementInput(kind=kind, person_id=centre.mother, child_id=child,
                            organisation_id=getattr(centre, organisation)), today=TODAY)


def test_a_request_dated_in_the_future_or_with_a_child_for_a_job_is_refused(db, run, centre):
    _refused(db, run, {"requested_on": "in_future", "child": "invalid"},
             placements.request_placement,
             _job(centre, requested_on=TODAY + dt.timedelta(days=3), child_id=centre.son),
             today=TODAY)


def test_a_request_names_a_known_kind_of_help(db, run, centre):
    _refused(db, run, {"kind": "invalid"}, placements.request_placement,
             _job(centre, kind="loan"), today=TODAY)
    _refused(db, run, {"kind": "required"}, placements.request_placement,
             _job(centre, kind=None), today=TODAY)


def test_a_request_names_its_person(db, run, centre):
    _refused(db, run, {"person": "required"}, placements.request_placement,
             _job(centre, person_id=None), today=TODAY)


def test_a_deleted_partner_or_person_is_not_found(db, run, centre):
    run(organisations.delete_organisation, centre.landlord)
    with pytest.raises(NotFound):
        run(placements.request_placement, PlacementInput(
            kind=PlacementKind.HOUSING, person_id=centre.worker,
            organisation_id=centre.landlord), today=TODAY)


def test_read_only_users_see_placements_but_change_nothing(db, make_user, centre, job):
    read_only = Workspace(db, make_user(Role.READ_ONLY)).run
    assert read_only(placements.placement_details, job).placement.status is R
    before = snapshot(db)
    attempts = [
        (placements.request_placement, _job(centre)),
        (placements.change_status, job, P, dt.date(2024, 6, 1)),
        (placements.update_placement, job, PlacementChanges(organisation_id=None)),
        (placements.schedule_follow_up, job, dt.date(2024, 12, 1)),
        (placements.delete_placement, job),
    ]
    for function, *args in attempts:
        with pytest.raises(NotPermitted):
            read_only(function, *args)
    assert snapshot(db) == before


def test_only_supervisors_delete_placements(db, make_user, job):
    specialist = Workspace(db, make_user(Role.SPECIALIST)).run
    before = snapshot(db)
    with pytest.raises(NotPermitted):
        specialist(placements.delete_placement, job)
    assert snapshot(db) == before
    Workspace(db, make_user(Role.SUPERVISOR)).run(placements.delete_placement, job)


def test_specialists_request_and_move_placements(db, make_user, centre):
    specialist = Workspace(db, make_user(Role.SPECIALIST)).run
    placement_id = specialist(placements.request_placement, _job(centre), today=TODAY)
    specialist(placements.change_status, placement_id, P, dt.date(2024, 6, 1), today=TODAY)
    details = specialist(placements.placement_details, placement_id)
    assert details.history[0].changed_by == "Test specialist"


# --- follow-ups -------------------------------------------------------------------------------

def test_the_next_follow_up_is_the_earliest_open_one(db, run, job):
    later = run(placements.schedule_follow_up, job, dt.date(2024, 12, 20), "Позвонить")
    sooner = run(placements.schedule_follow_up, job, dt.date(2024, 11, 25), "Встреча")
    assert run(placements.placement_details, job).placement.next_follow_up == \
        dt.date(2024, 11, 25)
    run(placements.complete_follow_up, sooner, dt.date(2024, 11, 20), None, today=TODAY)
    details = run(placements.placement_details, job, today=TODAY)
    assert details.placement.next_follow_up == dt.date(2024, 12, 20)
    assert [(f.id, f.state) for f in details.follow_ups] == [
        (sooner, FollowUpState.DONE), (later, FollowUpState.PLANNED)]
    run(placements.complete_follow_up, later, dt.date(2024, 11, 20), "Готово", today=TODAY)
    assert run(placements.placement_details, job).placement.next_follow_up is None
    events = audit_events(db, "follow_up")
    assert [e.action for e in events] == [AuditAction.CREATED, AuditAction.CREATED,
                                          AuditAction.UPDATED, AuditAction.UPDATED]
    assert json.loads(events[-1].detail)["done_on"] == "2024-11-20"


def test_follow_up_refusals_change_nothing(db, run, job):
    check = run(placements.schedule_follow_up, job, dt.date(2024, 12, 1), None)
    _refused(db, run, {"due_on": "placement.before_request"}, placements.schedule_follow_up, job,
             dt.date(2024, 5, 1), None)
    _refused(db, run, {"due_on": "required"}, placements.schedule_follow_up, job, None, None)
    _refused(db, run, {"done_on": "in_future"}, placements.complete_follow_up, check,
             TODAY + dt.timedelta(days=1), None, today=TODAY)
    run(placements.complete_follow_up, check, TODAY, None, today=TODAY)
    _refused(db, run, {"follow_up": "placement.already_done"}, placements.complete_follow_up, check,
             TODAY, None, today=TODAY)


# --- corrections, deletion, children ---------------------------------------------------------

def test_a_partner_found_later_is_added_to_the_request(db, run, centre):
    placement_id = run(placements.request_placement, _job(centre, organisation_id=None),
                       today=TODAY)
    changed = run(placements.update_placement, placement_id,
                  PlacementChanges(organisation_id=centre.ngo, notes="Через фонд"))
    assert changed == ["organisation_id", "notes"]
    view = run(placements.placement_details, placement_id).placement
    assert (view.organisation_name, view.notes) == ("ОФ «Ақниет»", "Через фонд")
    assert run(placements.update_placement, placement_id,
               PlacementChanges(organisation_id=centre.ngo, notes="Через фонд")) == []
    _refused(db, run, {"organisation": "placement.wrong_kind"}, placements.update_placement,
             placement_id, PlacementChanges(organisation_id=centre.landlord))


def test_a_placed_placement_keeps_its_partner(db, run, job):
    _walk(run, job, (P, dt.date(2024, 5, 10)), (D, dt.date(2024, 6, 3)))
    _refused(db, run, {"organisation": "required"}, placements.update_placement, job,
             PlacementChanges(organisation_id=None))


def test_a_deleted_placement_is_a_tombstone_gone_from_the_list(db, run, admin, job):
    run(placements.schedule_follow_up, job, dt.date(2024, 12, 1), None)
    run(placements.delete_placement, job)
    with pytest.raises(NotFound):
        run(placements.placement_details, job)
    assert run(listing.count_placements) == 0
    with db.session() as session:
        assert session.get(Placement, job).deleted_at is not None
        assert all(f.deleted_at is not None for f in session.scalars(
            select(FollowUp).where(FollowUp.placement_id == job)))
    assert audit_events(db, "placement")[-1].action is AuditAction.DELETED


def test_children_of_lists_own_children_and_wards(run, centre):
    [son] = run(placements.children_of, centre.mother)
    assert (son.id, son.full_name, son.relation) == (centre.son, "Ахметов Арман",
                                                     RelationshipKind.PARENT)
    [ward] = run(placements.children_of, centre.grandmother)
    assert ward.relation is RelationshipKind.GUARDIAN
    assert run(placements.children_of, centre.worker) == []
    assert run(placements.children_of, centre.son) == []


def test_placements_of_a_person_for_their_file(run, centre, job):
    [view] = run(placements.placements_of, centre.worker)
    assert view.id == job and view.kind is PlacementKind.JOB
    assert run(placements.placements_of, centre.mother) == []


# --- the list's filters -----------------------------------------------------------------------

@pytest.fixture
def many(run, centre):
    """Five placements of every kind and status, one follow-up overdue on TODAY."""
    ids = types.SimpleNamespace()
    ids.job = run(placements.request_placement, _job(centre), today=TODAY)
    _walk(run, ids.job, (P, dt.date(2024, 5, 10)), (D, dt.date(2024, 6, 3)))  # due 3 Sep
    ids.declined = run(placements.request_placement, _job(centre, organisation_id=centre.ngo),
                       today=TODAY)
    _walk(run, ids.declined, (X, dt.date(2024, 5, 3)))
    ids.housing = run(placements.request_placement, PlacementInput(
        kind=PlacementKind.HOUSING, person_id=centre.mother, organisation_id=centre.landlord,
        requested_on=dt.date(2024, 7, 1)), today=TODAY)
    run(placements.schedule_follow_up, ids.housing, dt.date(2024, 12, 1), None)
    ids.nursery = run(placements.request_placement, PlacementInput(
        kind=PlacementKind.NURSERY, person_id=centre.grandmother,
        child_id=centre.granddaughter, organisation_id=centre.nursery,
        requested_on=dt.date(2024, 10, 1)), today=TODAY)
    _walk(run, ids.nursery, (P, dt.date(2024, 11, 1)))
    ids.son_nursery = run(placements.request_placement, PlacementInput(
        kind=PlacementKind.NURSERY, person_id=centre.mother, child_id=centre.son),
        today=TODAY)
    return ids


def _filtered(run, filter_):
    page = run(listing.placements_page, ListQuery(filter=filter_), today=TODAY)
    count = run(listing.count_placements, "", filter_, today=TODAY)
    assert count == len(page.rows)
    return {row.placement_id for row in page.rows}


@pytest.mark.parametrize("filter_, expected", [
    (PlacementFilter(), {"job", "declined", "housing", "nursery", "son_nursery"}),
    (PlacementFilter(kind=PlacementKind.NURSERY), {"nursery", "son_nursery"}),
    (PlacementFilter(status=R), {"housing", "son_nursery"}),
    (PlacementFilter(status=D), {"job"}),
    (PlacementFilter(kind=PlacementKind.JOB, status=X), {"declined"}),
    (PlacementFilter(region="Алматы"), {"housing", "son_nursery"}),
    (PlacementFilter(region="Шымкент", kind=PlacementKind.JOB), {"job", "declined"}),
    (PlacementFilter(overdue_only=True), {"job"}),
    (PlacementFilter(kind=PlacementKind.HOUSING, overdue_only=True), set()),
])
def test_filters_narrow_the_placements_list(run, many, filter_, expected):
    assert _filtered(run, filter_) == {getattr(many, name) for name in expected}


def test_the_partner_filter_keeps_that_partners_placements(run, centre, many):
    assert _filtered(run, PlacementFilter(organisation_id=centre.employer)) == {many.job}
    assert _filtered(run, PlacementFilter(organisation_id=centre.nursery)) == {many.nursery}


def test_filters_and_search_and_sort_combine(run, many):
    query = ListQuery(text="ахм", sort=listing.PlacementSort.KIND,
                      filter=PlacementFilter(status=R))
    rows = run(listing.placements_page, query, today=TODAY).rows
    assert [row.placement_id for row in rows] == [many.housing, many.son_nursery]
    assert run(listing.count_placements, "ахм", PlacementFilter(status=R), today=TODAY) == 2


def test_the_region_choices_are_the_regions_of_people_with_placements(run, many):
    assert run(listing.placement_regions) == ["Алматы", "Астана", "Шымкент"]
