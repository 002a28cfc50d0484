"""A row quarantined at a hub still reaches the sites behind it once it applies."""

from __future__ import annotations

import datetime as dt

from centre_desk.domain.clock import Stamp
from centre_desk.domain.enums import Sex
from centre_desk.domain.family import Relation
from centre_desk.domain.iin import make_iin
from centre_desk.services import family, persons
from centre_desk.services.errors import NotFound
from centre_desk.sync import api, vectors
from tests.unit.sync.sites import create_person, edit_person

IIN = make_iin(dt.date(1990, 1, 1), Sex.MALE, 1)
OTHER_IIN = make_iin(dt.date(1990, 1, 1), Sex.MALE, 2)


def _surname(site, person_id):
    with site.db.session(site.admin) as session:
        try:
            return persons.get_person(session, person_id).surname
        except NotFound:
            return None


def _send(sender, receiver, folder, name):
    return receiver.import_(sender.export_to(receiver, folder=folder,
                                             name=f"{name}-{sender.name}{receiver.name}.cdsync"))


def _hlc(site, person_id):
    with site.db.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT hlc FROM person WHERE id = ?",
                                          (person_id.hex,)).scalar()


def _quarantined_at_b(a, b, folder):
    """A's person clashes with B's on the IIN: quarantined at B; returns both ids."""
    theirs = create_person(a, "Ахметов", iin=IIN)
    mine = create_person(b, "Ахметова", iin=IIN)
    report = _send(a, b, folder, "first")
    assert report.tables["person"].quarantined == 1
    return theirs, mine


def _advertised(site):
    with site.db.session(site.admin) as session:
        return vectors.ours(session)


def test_a_row_fixed_at_the_hub_reaches_the_third_site(three_sites, tmp_path):
    a, b, c = three_sites  # A and C exchange only through B
    theirs, mine = _quarantined_at_b(a, b, tmp_path)
    later = create_person(a, "Бекова")  # newer than the quarantined row, applied at B
    _send(a, b, tmp_path, "second")
    _send(b, c, tmp_path, "second")
    _send(c, b, tmp_path, "second")
    _send(b, a, tmp_path, "second")
    assert _surname(c, later) == "Бекова" and _surname(c, theirs) is None
    edit_person(b, mine, iin=OTHER_IIN)  # B's supervisor corrects this centre's record
    report = _send(a, b, tmp_path, "third")  # A sends it again; B retries and applies it
    assert report.retried == 1 and report.still_quarantined == 0
    assert _surname(b, theirs) == "Ахметов"
    report = _send(b, c, tmp_path, "third")
    assert report.tables["person"].new == 1
    assert _surname(c, theirs) == "Ахметов"
    with c.db.session(c.admin) as session:
        assert persons.get_person(session, theirs).iin == IIN
        assert api.list_quarantine(session) == [] and api.list_conflicts(session) == []


def test_a_row_retried_after_its_missing_reference_arrives_reaches_the_third_site(
        three_sites, tmp_path):
    """A's family link refers to A's quarantined person: it waits at B with a broken
    reference, applies once the person does, and both reach C."""
    a, b, c = three_sites
    theirs, mine = _quarantined_at_b(a, b, tmp_path)
    child = create_person(a, "Ахметов", given_name="Әли")
    with a.db.session(a.admin) as session, session.begin():
        link = family.link_relative(session, theirs, child, Relation.CHILD)
    report = _send(a, b, tmp_path, "second")
    with b.db.session(b.admin) as session:
        waiting = {(q.table_name, q.reason) for q in api.list_quarantine(session)}
    assert waiting == {("person", "duplicate"), ("relationship", "broken_reference")}
    assert report.tables["person"].new == 1  # the child
    _send(b, c, tmp_path, "second")
    _send(c, b, tmp_path, "second")
    edit_person(b, mine, iin=OTHER_IIN)
    report = _send(a, b, tmp_path, "third")
    assert report.retried == 2 and report.still_quarantined == 0
    _send(b, c, tmp_path, "third")
    with c.db.session(c.admin) as session:
        [relative] = family.family_of(session, theirs)
        assert api.list_quarantine(session) == []
    assert (relative.relationship_id, relative.person_id) == (link, child)
    assert _surname(c, theirs) == "Ахметов"


def test_the_hub_advertises_the_origin_just_below_the_quarantined_stamp(three_sites,
                                                                        tmp_path):
    a, b, c = three_sites
    theirs, mine = _quarantined_at_b(a, b, tmp_path)
    stamp = _hlc(a, theirs)
    advertised = _advertised(b)[str(a.db.site_id)]
    assert advertised < stamp and advertised == vectors.just_below(stamp)
    _send(b, c, tmp_path, "second")
    assert _advertised(c)[str(a.db.site_id)] < stamp
    again = _send(a, b, tmp_path, "third")  # A keeps sending it while B waits
    assert again.tables["person"].quarantined == 1 and again.retried == 0
    edit_person(b, mine, iin=OTHER_IIN)
    _send(a, b, tmp_path, "fourth")
    assert _advertised(b)[str(a.db.site_id)] > stamp  # applied: the vector moves on


def test_just_below_is_the_previous_stamp_of_the_same_site():
    site = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
    assert vectors.just_below(str(Stamp(1_700_000_000_000, 3, site))) == \
        str(Stamp(1_700_000_000_000, 2, site))
    assert vectors.just_below(str(Stamp(1_700_000_000_000, 0, site))) == \
        str(Stamp(1_699_999_999_999, 999_999, site))
    assert str(Stamp(1_699_999_999_999, 999_999, site)) < str(Stamp(1_700_000_000_000, 0, site))
