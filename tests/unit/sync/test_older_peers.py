"""A package from a site not yet on the field data of 2026 (migration 0013): its former
region names and its older name keys are stored the way this version stores them."""

from sqlalchemy import text

from centre_desk.domain.enums import OrganisationKind
from centre_desk.services import organisations, persons
from centre_desk.store import migrate
from centre_desk.store.models import Organisation, Person
from tests.unit.sync.sites import create_person


def _as_an_older_site_wrote_it(site, person_id, organisation_id):
    """What a site before 0013 held: the former region name, keys of the older fold."""
    with site.db.engine.begin() as connection:
        changed = connection.execute(text(
            "UPDATE person SET region = 'Абайская область', search_key = 'smirnova natala',"
            " given_key = '' WHERE id = :id"), {"id": person_id.hex})
        assert changed.rowcount == 1
        assert connection.execute(text(
            "UPDATE organisation SET region = 'Улытауская область' WHERE id = :id"),
            {"id": organisation_id.hex}).rowcount == 1


def test_former_region_names_and_old_keys_from_an_older_site_are_brought_up_to_date(
        two_sites, tmp_path, monkeypatch):
    a, b = two_sites
    person_id = create_person(a, "Смирнова", "Наталья", region="область Абай")
    with a.db.session(a.admin) as session, session.begin():
        organisation_id = organisations.create_organisation(
            session, organisations.OrganisationInput(
            name="ТОО Жезказган", kind=OrganisationKind.EMPLOYER,
            region="область Ұлытау"))
    _as_an_older_site_wrote_it(a, person_id, organisation_id)
    monkeypatch.setattr(migrate, "HEAD", "0012")  # A's packages say the older schema
    package = a.export_to(b, folder=tmp_path)
    monkeypatch.undo()
    b.import_(package)
    with b.db.session() as session:
        person = session.get(Person, person_id)
        assert person.region == "область Абай"
        assert (person.search_key, person.given_key) == ("smirnova natalia", "natalia smirnova")
        assert session.get(Organisation, organisation_id).region == "область Ұлытау"
        assert [p.id for p in persons.find_persons(session, "Natalia")] == [person_id]
        assert [p.id for p in persons.find_persons(session, "Smirnova Natalia")] == [person_id]
