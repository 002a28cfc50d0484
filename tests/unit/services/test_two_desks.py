"""Two desks on one database: a save never silently overwrites a field another desk
changed since the editor opened the record (services.concurrency)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import CaseCategory, OrganisationKind, Role, Sex
from centre_desk.services import cases, editing, organisations, persons
from centre_desk.services.concurrency import EditConflict
from centre_desk.services.participant_file import load_file, save_participant
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import Base
from centre_desk.store.database import open_database
from centre_desk.store.models import Case, Person

TODAY = dt.date(2024, 11, 20)
KAIRAT = persons.PersonInput(surname="Ермуханов", given_name="Қайрат", sex=Sex.MALE,
                             phone="+7 701 111 22 33", address="Астана, ул. Абая, 1")
INMATE = cases.CaseInput(category=CaseCategory.INMATE, facility="ИК-5", notes="Беседа")


def digest(db) -> list:
    """Every table's rows but the audit trail's, on either engine: equal means the
    database holds the same."""
    with db.engine.connect() as connection:
        return [(table.name, sorted(map(repr, connection.execute(select(table)))))
                for table in Base.metadata.sorted_tables
                if table.name not in ("audit_event", "audit_head")]


@pytest.fixture
def desks(installed, db, admin, make_user):
    """Two desks on the same database, each its own Database (engine, clock), with
    'admin' at the first and the specialist 'aigerim' at the second."""
    aigerim = make_user(Role.SPECIALIST, "aigerim")
    second = open_database(installed)
    yield Workspace(db, admin), Workspace(second, aigerim)
    second.close()


@pytest.fixture
def file(desks):
    first, _second = desks
    return first.run(cases.register_participant, KAIRAT, INMATE, TODAY)


def _stored(desk, person_id) -> persons.PersonView:
    return desk.run(persons.get_person, person_id)


def test_a_second_save_of_the_same_field_is_refused_with_both_values_and_who(desks, file, db):
    first, second = desks
    seen_first = first.run(editing.seen_record, "person", file.person_id)
    seen_second = second.run(editing.seen_record, "person", file.person_id)
    first.run(persons.update_person, file.person_id,
              dataclasses.replace(KAIRAT, phone="+7 701 999 00 00"), seen=seen_first)
    before = digest(db)
    with pytest.raises(EditConflict) as refusal:
        second.run(persons.update_person, file.person_id,
                   dataclasses.replace(KAIRAT, phone="+7 777 555 44 33"), seen=seen_second)
    assert digest(db) == before  # nothing of the refused save was written
    (conflict,) = refusal.value.conflicts
    assert (conflict.table, conflict.field, conflict.mine, conflict.theirs) == \
        ("person", "phone", "+7 777 555 44 33", "+7 701 999 00 00")
    assert conflict.changed_by == "admin"
    assert abs(conflict.changed_at - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < \
        dt.timedelta(minutes=1)
    assert "phone" in str(refusal.value)
    assert _stored(first, file.person_id).phone == "+7 701 999 00 00"


def test_fields_the_other_did_not_touch_save_without_a_question(desks, file):
    first, second = desks
    seen_first = first.run(editing.seen_record, "person", file.person_id)
    seen_second = second.run(editing.seen_record, "person", file.person_id)
    first.run(persons.update_person, file.person_id,
              dataclasses.replace(KAIRAT, phone="+7 701 999 00 00"), seen=seen_first)
    # The second desk's form still shows the old phone; only the address was typed.
    changed = second.run(persons.update_person, file.person_id,
                         dataclasses.replace(KAIRAT, address="Астана, ул. Кенесары, 5"),
                         seen=seen_second)
    assert changed == ["address"]
    stored = _stored(first, file.person_id)
    assert (stored.phone, stored.address) == ("+7 701 999 00 00", "Астана, ул. Кенесары, 5")


def test_the_same_value_typed_at_both_desks_is_no_conflict(desks, file):
    first, second = desks
    seen_first = first.run(editing.seen_record, "person", file.person_id)
    seen_second = second.run(editing.seen_record, "person", file.person_id)
    same = dataclasses.replace(KAIRAT, phone="+7 701 999 00 00")
    first.run(persons.update_person, file.person_id, same, seen=seen_first)
    assert second.run(persons.update_person, file.person_id, same, seen=seen_second) == []


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_after_the_refusal_the_worker_keeps_theirs_or_takes_the_others(desks, file, keep_mine):
    first, second = desks
    seen_first = first.run(editing.seen_record, "person", file.person_id)
    seen_second = second.run(editing.seen_record, "person", file.person_id)
    first.run(persons.update_person, file.person_id,
              dataclasses.replace(KAIRAT, phone="+7 701 999 00 00", notes="Звонил брат"),
              seen=seen_first)
    mine = dataclasses.replace(KAIRAT, phone="+7 777 555 44 33", surname="Ермұханов")
    with pytest.raises(EditConflict) as refusal:
        second.run(persons.update_person, file.person_id, mine, seen=seen_second)
    assert [c.field for c in refusal.value.conflicts] == ["phone"]
    if not keep_mine:
        mine = dataclasses.replace(mine, phone=refusal.value.conflicts[0].theirs)
    second.run(persons.update_person, file.person_id, mine,
               seen=seen_second.accepting(refusal.value))
    stored = _stored(first, file.person_id)
    assert stored.phone == ("+7 777 555 44 33" if keep_mine else "+7 701 999 00 00")
    assert (stored.surname, stored.notes) == ("Ермұханов", "Звонил брат")  # nothing lost


def test_a_change_made_while_the_worker_looked_at_the_conflict_is_refused_again(desks, file):
    first, second = desks
    seen_second = second.run(editing.seen_record, "person", file.person_id)
    first.run(persons.update_person, file.person_id,
              dataclasses.replace(KAIRAT, phone="+7 701 999 00 00"),
              seen=first.run(editing.seen_record, "person", file.person_id))
    mine = dataclasses.replace(KAIRAT, phone="+7 777 555 44 33")
    with pytest.raises(EditConflict) as refusal:
        second.run(persons.update_person, file.person_id, mine, seen=seen_second)
    first.run(persons.update_person, file.person_id,
              dataclasses.replace(KAIRAT, phone="+7 702 000 00 00"),
              seen=first.run(editing.seen_record, "person", file.person_id))
    with pytest.raises(EditConflict) as again:
        second.run(persons.update_person, file.person_id, mine,
                   seen=seen_second.accepting(refusal.value))
    assert again.value.conflicts[0].theirs == "+7 702 000 00 00"


def test_callers_that_saw_nothing_save_as_before(desks, file):
    """The command line and imports pass no ``seen``: the last save wins, as ever."""
    first, second = desks
    first.run(persons.update_person, file.person_id,
              dataclasses.replace(KAIRAT, phone="+7 701 999 00 00"))
    second.run(persons.update_person, file.person_id, KAIRAT)
    assert _stored(first, file.person_id).phone == KAIRAT.phone


def test_the_participant_file_reports_both_halves_conflicts_and_saves_nothing(
        desks, file, db, admin):
    first, second = desks
    opened_first = first.run(load_file, file.case_id, None)
    opened_second = second.run(load_file, file.case_id, None)
    specialist = second.actor.user_id
    first.run(save_participant, file.person_id,
              dataclasses.replace(KAIRAT, notes="Отец в ИК-2"), file.case_id,
              dataclasses.replace(INMATE, notes="Вторая беседа", specialist_ids=(admin.user_id,)),
              seen=opened_first.seen)
    before = digest(db)
    with pytest.raises(EditConflict) as refusal:
        second.run(save_participant, file.person_id,
                   dataclasses.replace(KAIRAT, notes="Мать в Шымкенте"), file.case_id,
                   dataclasses.replace(INMATE, notes="Беседа перенесена", facility="ИК-3",
                                       specialist_ids=(specialist,)),
                   seen=opened_second.seen)
    assert digest(db) == before
    assert sorted((c.table, c.field) for c in refusal.value.conflicts) == [
        ("case_file", "notes"), ("case_file", "specialist_ids"), ("person", "notes")]
    by_field = {(c.table, c.field): c for c in refusal.value.conflicts}
    assert by_field["case_file", "specialist_ids"].theirs == frozenset({admin.user_id})
    assert by_field["case_file", "notes"].changed_by == "admin"
    # Kept mine for all three: saved, with the facility nobody else touched.
    seen = tuple(s.accepting(refusal.value) for s in opened_second.seen)
    second.run(save_participant, file.person_id,
               dataclasses.replace(KAIRAT, notes="Мать в Шымкенте"), file.case_id,
               dataclasses.replace(INMATE, notes="Беседа перенесена", facility="ИК-3",
                                   specialist_ids=(specialist,)), seen=seen)
    with db.session() as session:
        case = session.get(Case, file.case_id)
        person = session.get(Person, file.person_id)
        assert (case.notes, case.facility, person.notes) == \
            ("Беседа перенесена", "ИК-3", "Мать в Шымкенте")


def test_a_case_field_the_other_desk_did_not_touch_keeps_their_change(desks, file, db):
    first, second = desks
    opened_second = second.run(load_file, file.case_id, None)
    first.run(cases.update_case, file.case_id, dataclasses.replace(INMATE, facility="ИК-3"),
              seen=first.run(editing.seen_record, "case_file", file.case_id))
    assert second.run(cases.update_case, file.case_id,
                      dataclasses.replace(INMATE, notes="Вторая беседа"),
                      seen=opened_second.seen[1]) == ["notes"]
    with db.session() as session:
        case = session.get(Case, file.case_id)
        assert (case.facility, case.notes) == ("ИК-3", "Вторая беседа")


def test_every_editable_record_is_checked_the_same_way(desks):
    """An organisation stands for the records saved through audit.apply_changes."""
    first, second = desks
    data = organisations.OrganisationInput(name="ТОО «Құрылыс»", kind=OrganisationKind.EMPLOYER,
                                           phone="+7 701 000 11 22")
    organisation_id = first.run(organisations.create_organisation, data)
    seen_second = second.run(editing.seen_record, "organisation", organisation_id)
    first.run(organisations.update_organisation, organisation_id,
              dataclasses.replace(data, phone="+7 701 000 33 44"),
              seen=first.run(editing.seen_record, "organisation", organisation_id))
    with pytest.raises(EditConflict) as refusal:
        second.run(organisations.update_organisation, organisation_id,
                   dataclasses.replace(data, phone="+7 705 000 00 00"), seen=seen_second)
    assert [(c.field, c.theirs) for c in refusal.value.conflicts] == [
        ("phone", "+7 701 000 33 44")]
    assert second.run(organisations.update_organisation, organisation_id,
                      dataclasses.replace(data, notes="Берут сварщиков"),
                      seen=seen_second) == ["notes"]


def test_a_form_filled_from_an_older_view_keeps_what_changed_since_unless_typed_over(desks):
    """A window holding a view read before another desk's save (Seen.shown_as): the
    field left alone keeps the other's value, the field typed over is asked about."""
    first, second = desks
    data = organisations.OrganisationInput(name="ТОО «Құрылыс»", kind=OrganisationKind.EMPLOYER,
                                           phone="+7 701 000 11 22", address="Астана")
    organisation_id = first.run(organisations.create_organisation, data)
    view = second.run(organisations.get_organisation, organisation_id)
    first.run(organisations.update_organisation, organisation_id,
              dataclasses.replace(data, phone="+7 701 000 33 44", address="Алматы"))
    seen = second.run(editing.seen_record, "organisation", organisation_id).shown_as(
        {name: getattr(view, name) for name in editing.EDITABLE["organisation"][1]})
    with pytest.raises(EditConflict) as refusal:
        second.run(organisations.update_organisation, organisation_id,
                   dataclasses.replace(data, phone="+7 705 000 00 00"), seen=seen)
    assert [(c.field, c.theirs) for c in refusal.value.conflicts] == [
        ("phone", "+7 701 000 33 44")]
    second.run(organisations.update_organisation, organisation_id,
               dataclasses.replace(data, notes="Берут сварщиков"), seen=seen)
    stored = first.run(organisations.get_organisation, organisation_id)
    assert (stored.phone, stored.address, stored.notes) == \
        ("+7 701 000 33 44", "Алматы", "Берут сварщиков")


def test_two_saves_at_the_same_moment_are_checked_one_after_the_other(desks, file):
    """The first save's transaction is still open when the second desk saves the same
    field: the second waits for it, then is refused with its value (never both pass)."""
    first, second = desks
    seen_first = first.run(editing.seen_record, "person", file.person_id)
    seen_second = second.run(editing.seen_record, "person", file.person_id)
    outcome: list = []

    def save_at_the_second_desk() -> None:
        try:
            second.run(persons.update_person, file.person_id,
                       dataclasses.replace(KAIRAT, phone="+7 777 555 44 33"), seen=seen_second)
            outcome.append("saved")
        except EditConflict as refusal:
            outcome.append(refusal.conflicts[0].theirs)

    with first.database.session(first.actor) as session, session.begin():
        persons.update_person(session, file.person_id,
                              dataclasses.replace(KAIRAT, phone="+7 701 999 00 00"),
                              seen=seen_first)
        session.flush()
        waiting = threading.Thread(target=save_at_the_second_desk)
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive()  # held until the first save commits
    waiting.join(10)
    assert outcome == ["+7 701 999 00 00"]
    assert _stored(first, file.person_id).phone == "+7 701 999 00 00"
