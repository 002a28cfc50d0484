"""Field data through the services: a partner found by its region typed in Kazakh or
English, a region typed by its former name stored under the decree's, and a person
found by the given name alone, on both engines."""

from __future__ import annotations

import pytest

from centre_desk.domain.enums import OrganisationKind
from centre_desk.services import organisations, persons


@pytest.fixture
def partners(run):
    for name, region in (("ТОО «Жезқазған мыс»", "область Ұлытау"),
                         ("ИП Сейітов", "Карагандинская область"),
                         ("ОФ «Жол»", "Алматы")):
        run(organisations.create_organisation, organisations.OrganisationInput(
            name=name, kind=OrganisationKind.EMPLOYER, region=region))


@pytest.mark.parametrize(("typed", "found"), [
    ("Қарағанды", ["ИП Сейітов"]),
    ("Karaganda", ["ИП Сейітов"]),
    ("карагандинская", ["ИП Сейітов"]),
    ("Ұлытау облысы", ["ТОО «Жезқазған мыс»"]),
    ("Улытауская", ["ТОО «Жезқазған мыс»"]),  # the former name finds the new one
    ("Алматы", ["ОФ «Жол»"]),
])
def test_a_partner_is_found_by_its_region_in_any_language(run, partners, typed, found):
    assert [o.name for o in run(organisations.find_organisations, typed)] == found


def test_a_region_given_by_its_former_or_kazakh_name_is_stored_under_the_decree_s(run):
    stored = []
    for region in ("Абайская область", "Абай облысы", "  область Абай ", "Байконур"):
        person_id = run(persons.create_person, persons.PersonInput(
            surname="Абаев", given_name="Ерлан", region=region))
        stored.append(run(persons.get_person, person_id).region)
    assert stored == ["область Абай", "область Абай", "область Абай", "Байконур"]
    partner = run(organisations.create_organisation, organisations.OrganisationInput(
        name="ТОО Семей", kind=OrganisationKind.EMPLOYER, region="Абайская область"))
    assert run(organisations.get_organisation, partner).region == "область Абай"


def test_a_given_name_alone_or_before_the_surname_finds_the_person(run):
    run(persons.create_person, persons.PersonInput(
        surname="Қасымова", given_name="Айгерим", patronymic="Нұрланқызы"))
    run(persons.create_person, persons.PersonInput(surname="Айгеримова", given_name="Дана"))
    found = {text: [p.full_name for p in run(persons.find_persons, text)]
             for text in ("Aigerim", "Айгерим Kassym", "Kassymova Aigerim", "Нурлановна")}
    assert found == {
        "Aigerim": ["Айгеримова Дана", "Қасымова Айгерим Нұрланқызы"],
        "Айгерим Kassym": ["Қасымова Айгерим Нұрланқызы"],
        "Kassymova Aigerim": ["Қасымова Айгерим Нұрланқызы"],
        "Нурлановна": [],  # a patronymic alone is not searched (see services.persons)
    }
