"""Registering, correcting, finding and deleting persons."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from centre_desk.domain.enums import AuditAction, Role, Sex
from centre_desk.services import persons
from centre_desk.services.errors import DuplicateIin, InvalidInput, NotPermitted
from centre_desk.store.models import AuditEvent, Person

IIN_MAN_1985 = "850301301239"     # 1 March 1985, male
IIN_WOMAN_1990 = "900714400076"   # 14 July 1990, female


def _create(db, actor, **fields):
    data = persons.PersonInput(**{"surname": "Ермуханов", "given_name": "Қайрат", **fields})
    with db.session(actor) as session, session.begin():
        return persons.create_person(session, data)


def _find(db, text):
    with db.session() as session:
        return [p.full_name for p in persons.find_persons(session, text)]


def _count(db, model):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_iin_fills_birth_date_and_sex(db, admin):
    person_id = _create(db, admin, iin=IIN_MAN_1985)
    with db.session() as session:
        person = persons.get_person(session, person_id)
    assert (person.birth_date, person.sex) == (dt.date(1985, 3, 1), Sex.MALE)


def test_creation_writes_an_audit_event_naming_the_user(db, admin):
    person_id = _create(db, admin)
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity_id == str(person_id))).one()
    assert (event.action, event.user_id, event.entity) == (
        AuditAction.CREATED, admin.user_id, "person")


def test_duplicate_iin_is_refused_with_the_existing_person_and_nothing_changes(db, admin):
    first = _create(db, admin, iin=IIN_MAN_1985)
    before = (_count(db, Person), _count(db, AuditEvent))
    with pytest.raises(DuplicateIin) as refused:
        _create(db, admin, surname="Другой", iin=IIN_MAN_1985)
    assert refused.value.existing_id == first
    assert (_count(db, Person), _count(db, AuditEvent)) == before


def test_invalid_fields_are_all_reported_and_nothing_is_saved(db, admin):
    before = _count(db, Person)
    with pytest.raises(InvalidInput) as refused:
        _create(db, admin, surname=" ", iin="850301301230", phone="call me")
    assert refused.value.problems == {"surname": "required", "iin": "iin.bad_check_digit",
                                      "phone": "invalid"}
    assert _count(db, Person) == before


def test_birth_date_and_sex_that_differ_from_the_iin_are_kept_with_a_warning(db, admin):
    # Since Government Decree No. 853 of 26.08.2013 the digits need not match.
    data = persons.PersonInput(surname="Ермуханов", given_name="Қайрат", iin=IIN_MAN_1985,
                               birth_date=dt.date(1985, 3, 2), sex=Sex.FEMALE)
    assert persons.iin_mismatches(data) == {"birth_date": "iin_mismatch",
                                            "sex": "iin_mismatch"}
    person_id = _create(db, admin, iin=IIN_MAN_1985, birth_date=dt.date(1985, 3, 2),
                        sex=Sex.FEMALE)
    with db.session() as session:
        person = persons.get_person(session, person_id)
    assert (person.iin, person.birth_date, person.sex) == (
        IIN_MAN_1985, dt.date(1985, 3, 2), Sex.FEMALE)


def test_no_warning_when_the_iin_agrees_is_blank_or_is_not_an_iin():
    def warnings(**fields):
        return persons.iin_mismatches(persons.PersonInput(surname="А", given_name="Б", **fields))
    assert warnings(iin=IIN_MAN_1985, birth_date=dt.date(1985, 3, 1), sex=Sex.MALE) == {}
    assert warnings(iin=IIN_MAN_1985) == {}
    assert warnings(birth_date=dt.date(1985, 3, 2)) == {}
    assert warnings(iin="850301301230", birth_date=dt.date(1990, 1, 1)) == {}


def test_update_audits_the_changed_fields_and_refreshes_the_search_key(db, admin):
    person_id = _create(db, admin)
    with db.session(admin) as session, session.begin():
        changed = persons.update_person(session, person_id, persons.PersonInput(
            surname="Сәрсенова", given_name="Әлия", phone="+7 701 111 22 33"))
    assert changed == ["surname", "given_name", "phone"]
    assert _find(db, "sarsen") == ["Сәрсенова Әлия"]
    assert _find(db, "ермух") == []
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.UPDATED)).one()
    assert '"surname"' in event.detail and event.user_id == admin.user_id


@pytest.mark.parametrize("typed", ["ермух", "ЕРМУХ", "Ермуханов", "yermukh", "Ermukhanov"])
def test_name_search_works_in_any_alphabet_and_case(db, admin, typed):
    _create(db, admin)
    _create(db, admin, surname="Иванова", given_name="Мария")
    assert _find(db, typed) == ["Ермуханов Қайрат"]


def test_search_by_iin_prefix_and_by_surname_then_given_name(db, admin):
    _create(db, admin, iin=IIN_MAN_1985)
    _create(db, admin, surname="Ермуханова", given_name="Ұлжан", iin=IIN_WOMAN_1990)
    assert _find(db, "8503") == ["Ермуханов Қайрат"]
    assert _find(db, "ermukhanova ulzh") == ["Ермуханова Ұлжан"]
    assert _find(db, "ермуханов") == ["Ермуханов Қайрат", "Ермуханова Ұлжан"]


def test_whether_a_search_finds_few_is_told_from_its_index(db, admin):
    _create(db, admin, iin=IIN_MAN_1985)
    _create(db, admin, surname="Ермуханова", given_name="Ұлжан", iin=IIN_WOMAN_1990)
    with db.session() as session:
        assert persons.finds_fewer_than(session, "ермух", 3)
        assert not persons.finds_fewer_than(session, "yermukh", 2)
        assert persons.finds_fewer_than(session, "8503", 2)
        assert not persons.finds_fewer_than(session, "8503", 1)
        assert not persons.finds_fewer_than(session, "  ", 1000)  # blank finds everyone


def test_delete_leaves_a_tombstone_and_hides_the_person(db, admin, make_user):
    supervisor = make_user(Role.SUPERVISOR)
    person_id = _create(db, admin)
    with db.session(supervisor) as session, session.begin():
        persons.delete_person(session, person_id)
    assert _find(db, "ермух") == []
    with db.session() as session:
        assert session.get(Person, person_id).deleted_at is not None


def test_read_only_users_cannot_register_persons(db, make_user):
    reader = make_user(Role.READ_ONLY)
    with pytest.raises(NotPermitted):
        _create(db, reader)
    assert _count(db, Person) == 0


def test_changes_carry_increasing_clock_stamps(db, admin):
    first, second = _create(db, admin), _create(db, admin, surname="Б")
    with db.session() as session:
        stamps = [session.get(Person, i).hlc for i in (first, second)]
    assert stamps[0] < stamps[1] and stamps[0].endswith(str(db.site_id))
