"""The facilities and programmes a staff member works in: given when the account is
added or later, spelt as the cases spell them, audited; an unknown facility or
programme is one code and changes nothing."""

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, CaseCategory, Role
from centre_desk.services import cases, staff
from centre_desk.services.errors import NotPermitted
from centre_desk.services.persons import PersonInput
from centre_desk.store.models import AuditEvent, Case, User
from tests.unit.services.test_staff import NEW, _do, _id, _refused
from tests.unit.sync.sites import database_digest


@pytest.fixture
def facilities(db, run):
    """Two colonies named on cases: ИК-5 (open) and УК-161/2 (closed cases count too)."""
    for surname, facility in (("Ермуханов", "ИК-5"), ("Сәрсенов", "УК-161/2")):
        run(cases.register_participant, PersonInput(surname, "Қайрат"),
            cases.CaseInput(CaseCategory.INMATE, facility=facility), dt.date(2024, 1, 1))
    return ["ИК-5", "УК-161/2"]


def _stored(db, username):
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        return user.work_facilities, user.work_programmes


def test_known_facilities_are_those_cases_name(db, admin, facilities):
    assert _do(db, admin, staff.known_facilities) == facilities


def test_an_account_added_with_its_areas_holds_them_as_cases_spell_them(db, admin,
                                                                       facilities):
    _do(db, admin, staff.add, "aigerim", "Айгерим Нұрланқызы", Role.SPECIALIST, NEW,
        [" ук-161/2 ", "ИК-5", "УК-161/2"], ["placements", "mothers_club"])
    assert _stored(db, "aigerim") == (json.dumps(["УК-161/2", "ИК-5"], ensure_ascii=False),
                                      json.dumps(["mothers_club", "placements"]))
    row = next(r for r in _do(db, admin, staff.list_staff) if r.username == "aigerim")
    assert row.areas == staff.WorkAreas(("УК-161/2", "ИК-5"), ("mothers_club", "placements"))


def test_areas_set_later_replace_the_old_ones_and_are_audited(db, admin, facilities,
                                                              make_user):
    make_user(Role.SPECIALIST, "timur")
    user_id = _id(db, "timur")
    _do(db, admin, staff.set_work_areas, user_id, ["ИК-5"], ["case_work"])
    _do(db, admin, staff.set_work_areas, user_id, [], ["arabic_courses"])
    _do(db, admin, staff.set_work_areas, user_id, [], ["arabic_courses"])  # no change
    assert _stored(db, "timur") == (None, json.dumps(["arabic_courses"]))
    with db.session() as session:
        details = [json.loads(d) for d in session.scalars(
            select(AuditEvent.detail).where(AuditEvent.entity_id == str(user_id),
                                            AuditEvent.action == AuditAction.UPDATED)
            .order_by(AuditEvent.seq))]
    assert details == [
        {"facilities": ["ИК-5"], "programmes": ["case_work"], "was_facilities": [],
         "was_programmes": []},
        {"facilities": [], "programmes": ["arabic_courses"], "was_facilities": ["ИК-5"],
         "was_programmes": ["case_work"]}]


def test_a_signed_in_user_reads_their_own_areas(db, admin, facilities, make_user):
    actor = make_user(Role.SPECIALIST, "dana")
    assert _do(db, actor, staff.my_work_areas) == staff.WorkAreas()
    _do(db, admin, staff.set_work_areas, _id(db, "dana"), ["УК-161/2"], ["children_events"])
    assert _do(db, actor, staff.my_work_areas) == staff.WorkAreas(("УК-161/2",),
                                                                  ("children_events",))


def test_unknown_facility_or_programme_is_refused_and_nothing_changes(db, admin,
                                                                      facilities, make_user):
    make_user(Role.SPECIALIST, "erlan")
    refusal = _refused(db, admin, "facility.unknown", staff.add, "marat", "Марат",
                       Role.SPECIALIST, NEW, ["ИК-5", "ИК-99"], ["sewing"])
    assert refusal.problems == {"facilities": "facility.unknown",
                                "programmes": "programme.unknown"}
    _refused(db, admin, "facility.unknown", staff.set_work_areas, _id(db, "erlan"),
             ["Нет такого"], [])
    _refused(db, admin, "programme.unknown", staff.set_work_areas, _id(db, "erlan"),
             [], ["mothers_club", "Programme.MOTHERS_CLUB"])


def test_a_facility_no_longer_on_any_case_stays_known_while_an_account_names_it(
        db, admin, facilities, make_user):
    make_user(Role.SPECIALIST, "erlan")
    _do(db, admin, staff.set_work_areas, _id(db, "erlan"), ["ИК-5"], [])
    with db.session() as session, session.begin():
        for case in session.scalars(select(Case).where(Case.facility == "ИК-5")):
            case.facility = None
    assert _do(db, admin, staff.known_facilities) == ["ИК-5", "УК-161/2"]
    _do(db, admin, staff.set_work_areas, _id(db, "erlan"), ["ИК-5", "УК-161/2"], [])


def test_garbage_in_another_sites_account_reads_as_no_areas(db, admin, make_user):
    make_user(Role.SPECIALIST, "visitor")
    with db.session() as session, session.begin():
        user = session.get(User, _id(db, "visitor"))
        user.origin_site, user.work_facilities, user.work_programmes = (
            uuid.uuid4(), "{not json", json.dumps({"a": 1}))
        assert staff.areas_of(user) == staff.WorkAreas()
    _refused(db, admin, "account.other_site", staff.set_work_areas, _id(db, "visitor"),
             [], ["case_work"])


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.SPECIALIST, Role.READ_ONLY])
def test_only_administrators_set_work_areas(db, make_user, role, facilities):
    actor = make_user(role, "someone")
    before = database_digest(db)
    for use_case, args in ((staff.known_facilities, ()),
                           (staff.set_work_areas, (actor.user_id, ["ИК-5"], []))):
        with pytest.raises(NotPermitted):
            _do(db, actor, use_case, *args)
    assert database_digest(db) == before
