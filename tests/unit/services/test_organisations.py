"""The partner directory: add, correct, find in any capitalisation, delete by tombstone."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from centre_desk.domain.enums import (
    AuditAction, OrganisationKind, PlacementKind, PlacementStatus, Role)
from centre_desk.services import organisations, placements
from centre_desk.services.errors import InvalidInput, NotFound, NotPermitted
from centre_desk.services.organisations import OrganisationInput
from centre_desk.services.placements import PlacementInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Organisation
from tests.unit.services.test_placements import audit_events, build_centre, snapshot

TODAY = dt.date(2024, 11, 20)
BALAPAN = OrganisationInput(name="  Детский сад «Балапан»  ", kind=OrganisationKind.NURSERY,
                            address="г. Астана, ул. Кенесары, 12", region="Астана",
                            contact_person="Жанар Абенова", phone="+7 (7172) 55-12-34",
                            notes="Берут детей с трёх лет")


@pytest.fixture
def centre(db, admin):
    return build_centre(db, admin)


def _refused(db, run, problems, function, *args):
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refusal:
        run(function, *args)
    assert refusal.value.problems == problems
    assert snapshot(db) == before


def test_a_partner_is_added_trimmed_and_audited(db, run):
    organisation_id = run(organisations.create_organisation, BALAPAN)
    view = run(organisations.get_organisation, organisation_id)
    assert view.name == "Детский сад «Балапан»"
    assert (view.kind, view.region, view.phone, view.deleted) == (
        OrganisationKind.NURSERY, "Астана", "+7 (7172) 55-12-34", False)
    [event] = audit_events(db, "organisation")
    assert (event.action, event.entity_id) == (AuditAction.CREATED, str(organisation_id))


def test_a_correction_names_the_fields_that_changed(db, run):
    organisation_id = run(organisations.create_organisation, BALAPAN)
    changed = run(organisations.update_organisation, organisation_id,
                  dataclasses.replace(BALAPAN, phone="+7 701 000 00 00", notes=None))
    assert changed == ["phone", "notes"]
    assert run(organisations.get_organisation, organisation_id).notes is None
    assert run(organisations.update_organisation, organisation_id,
               dataclasses.replace(BALAPAN, phone="+7 701 000 00 00", notes="")) == []
    assert [e.action for e in audit_events(db, "organisation")] == [AuditAction.CREATED,
                                                                    AuditAction.UPDATED]


@pytest.mark.parametrize("changes, problems", [
    ({"name": "   "}, {"name": "required"}),
    ({"kind": None}, {"kind": "required"}),
    ({"kind": "bank"}, {"kind": "invalid"}),
    ({"name": "Я" * 201}, {"name": "too_long"}),
    ({"contact_person": "Я" * 201, "region": "Я" * 101},
     {"contact_person": "too_long", "region": "too_long"}),
    ({"phone": "звонить вечером"}, {"phone": "invalid"}),
    ({"phone": "12"}, {"phone": "invalid"}),
])
def test_wrong_fields_are_refused_by_name_and_nothing_is_written(db, run, changes, problems):
    _refused(db, run, problems, organisations.create_organisation,
             dataclasses.replace(BALAPAN, **changes))


def test_the_same_partner_twice_in_a_region_is_refused(db, run):
    run(organisations.create_organisation, BALAPAN)
    _refused(db, run, {"name": "placement.already_listed"}, organisations.create_organisation,
             dataclasses.replace(BALAPAN, name="ДЕТСКИЙ САД «БАЛАПАН»", phone=None))
    # The same name in another region is another partner.
    run(organisations.create_organisation, dataclasses.replace(BALAPAN, region="Алматы"))


def test_a_correction_cannot_turn_one_partner_into_another(db, run, centre):
    ngo = run(organisations.get_organisation, centre.ngo)
    _refused(db, run, {"name": "placement.already_listed"}, organisations.update_organisation,
             centre.ngo, dataclasses.replace(ngo, name="Детский сад «Балапан»"))


@pytest.mark.parametrize("typed", ["балапан", "БАЛАПАН", "Балапан", "сад", "балапан»"])
def test_search_finds_a_name_in_any_capitalisation(run, centre, typed):
    found = run(organisations.find_organisations, typed)
    assert [o.id for o in found] == [centre.nursery]


def test_search_looks_at_the_contact_person_and_phone_too(run, centre):
    assert [o.id for o in run(organisations.find_organisations, "сапаров")] == [centre.employer]
    assert [o.id for o in run(organisations.find_organisations, "555 12")] == [centre.employer]


def test_search_by_kind_and_a_set_of_kinds_in_name_order(run, centre):
    everyone = run(organisations.find_organisations, "")
    assert [o.name for o in everyone] == sorted(o.name for o in everyone)
    assert len(everyone) == 4
    [ngo] = run(organisations.find_organisations, "", OrganisationKind.NGO)
    assert ngo.id == centre.ngo
    fitting = run(organisations.find_organisations, "",
                  frozenset({OrganisationKind.EMPLOYER, OrganisationKind.NGO}))
    assert {o.id for o in fitting} == {centre.employer, centre.ngo}
    assert len(run(organisations.find_organisations, "", None, 2)) == 2
    assert run(organisations.count_organisations) == 4


def test_a_partner_with_open_placements_stays_in_the_directory(db, run, centre):
    placement_id = run(placements.request_placement, PlacementInput(
        kind=PlacementKind.JOB, person_id=centre.worker, organisation_id=centre.employer,
        requested_on=dt.date(2024, 5, 1)), today=TODAY)
    assert run(organisations.open_placement_count, centre.employer) == 1
    _refused(db, run, {"organisation": "placement.has_open_placements"},
             organisations.delete_organisation, centre.employer)
    run(placements.change_status, placement_id, PlacementStatus.DECLINED, dt.date(2024, 5, 2),
        "Вакансия закрыта", today=TODAY)
    run(organisations.delete_organisation, centre.employer)
    # The closed placement still names its former partner.
    details = run(placements.placement_details, placement_id)
    assert details.placement.organisation_name == "ТОО «Жұмыс Жолы»"
    assert details.organisation.deleted


def test_a_deleted_partner_is_a_tombstone_that_no_search_finds(db, run, centre):
    run(organisations.delete_organisation, centre.landlord)
    assert centre.landlord not in {o.id for o in run(organisations.find_organisations, "")}
    with pytest.raises(NotFound):
        run(organisations.get_organisation, centre.landlord)
    with pytest.raises(NotFound):
        run(organisations.update_organisation, centre.landlord, BALAPAN)
    with db.session() as session:
        assert session.get(Organisation, centre.landlord).deleted_at is not None
    assert audit_events(db, "organisation")[-1].action is AuditAction.DELETED


def test_roles(db, make_user, centre):
    read_only = Workspace(db, make_user(Role.READ_ONLY)).run
    specialist = Workspace(db, make_user(Role.SPECIALIST)).run
    assert len(read_only(organisations.find_organisations, "")) == 4
    before = snapshot(db)
    for attempt in (lambda: read_only(organisations.create_organisation, BALAPAN),
                    lambda: read_only(organisations.update_organisation, centre.ngo, BALAPAN),
                    lambda: read_only(organisations.delete_organisation, centre.ngo),
                    lambda: specialist(organisations.delete_organisation, centre.ngo)):
        with pytest.raises(NotPermitted):
            attempt()
    assert snapshot(db) == before
    specialist(organisations.create_organisation, dataclasses.replace(BALAPAN, region="Алматы"))
