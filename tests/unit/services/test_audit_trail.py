"""The audit trail for supervisors: filtered by person, user, kind and period, newest
first and paged; refused to specialists without a change; who has seen a file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from centre_desk.domain.enums import AuditAction, CaseCategory, Role
from centre_desk.services import audit_trail, cases, persons
from centre_desk.services.audit_trail import AuditFilter, AuditKind
from centre_desk.services.errors import InvalidInput, NotPermitted
from centre_desk.services.listing import ListQuery
from centre_desk.services.participant_file import load_file
from centre_desk.services.person_file import person_file
from centre_desk.services.workspace import Workspace
from tests.unit.sync.sites import database_digest


@pytest.fixture
def two_people(run):
    """Two participants with cases: Ахметова (IIN given) and Сейітов."""
    first = run(cases.register_participant,
                persons.PersonInput(surname="Ахметова", given_name="Гүлнар",
                                    birth_date=dt.date(1990, 7, 14), iin="900714400016"),
                cases.CaseInput(category=CaseCategory.AT_RISK), dt.date(2024, 11, 20))
    second = run(cases.register_participant,
                 persons.PersonInput(surname="Сейітов", given_name="Ерлан",
                                     birth_date=dt.date(1985, 2, 3)),
                 cases.CaseInput(category=CaseCategory.AT_RISK), dt.date(2024, 11, 20))
    return first, second


def _all(run, wanted: AuditFilter | None, limit: int = 1000):
    return run(audit_trail.events_page, ListQuery(filter=wanted), None, limit).rows


def test_person_filter_finds_the_person_and_their_case_only(run, db, make_user, two_people):
    first, second = two_people
    supervisor = Workspace(db, make_user(Role.SUPERVISOR, "olga")).run
    supervisor(load_file, first.case_id, first.person_id)
    supervisor(person_file, second.person_id)
    key = run(audit_trail.find_person, "900714400016")
    assert key == first.person_id
    rows = _all(run, AuditFilter(person=key))
    assert {(r.action, r.entity) for r in rows} == {
        (AuditAction.CREATED, "person"), (AuditAction.CREATED, "case_file"),
        (AuditAction.VIEWED, "case_file")}
    seen = _all(run, AuditFilter(person=key, kind=AuditKind.SEEN))
    assert [(r.username, r.action) for r in seen] == [("olga", AuditAction.VIEWED)]
    assert run(audit_trail.count_events, "", AuditFilter(person=key)) == 3
    assert [r.entity_id for r in _all(run, AuditFilter(person=second.person_id,
                                                      kind=AuditKind.VIEWED))] == [
        str(second.person_id)]


def test_newest_first_in_pages_that_join_without_gaps(run, two_people):
    whole = _all(run, None)
    assert [r.seq for r in whole] == sorted((r.seq for r in whole), reverse=True)
    pages, after = [], None
    while True:
        page = run(audit_trail.events_page, ListQuery(), after, 2)
        pages.extend(page.rows)
        if page.next is None:
            break
        after = page.next
    assert pages == list(whole)
    assert run(audit_trail.count_events, "", None) == len(whole)


def test_user_kind_and_period(run, db, make_user, two_people):
    make_user(Role.SPECIALIST, "aigerim")
    rows = _all(run, AuditFilter(user="AIGERIM"))
    assert rows and {r.username for r in rows} == {"aigerim"}
    assert {r.action for r in rows} == {AuditAction.SIGNED_IN}
    changed = _all(run, AuditFilter(kind=AuditKind.CHANGED))
    assert changed and {r.action for r in changed} <= {
        AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DELETED, AuditAction.MERGED}
    today = dt.date.today()
    assert len(_all(run, AuditFilter(since=today, until=today))) == len(_all(run, None))
    assert _all(run, AuditFilter(until=today - dt.timedelta(days=1))) == ()
    assert _all(run, AuditFilter(since=today + dt.timedelta(days=1))) == ()
    with pytest.raises(InvalidInput):
        _all(run, AuditFilter(since=today, until=today - dt.timedelta(days=1)))


def test_an_unknown_person_is_one_refusal(run):
    for key in ("000000000000", "nobody", "6b0f3f4e-1111-4222-8333-444455556666"):
        with pytest.raises(InvalidInput) as refused:
            run(audit_trail.find_person, key)
        assert refused.value.problems == {"person": "not_found"}


@pytest.mark.parametrize("role", [Role.SPECIALIST, Role.READ_ONLY])
def test_only_supervisors_and_administrators_read_the_trail(db, make_user, role):
    reader = Workspace(db, make_user(role)).run
    before = database_digest(db)
    for call, args in ((audit_trail.events_page, (ListQuery(),)),
                       (audit_trail.count_events, ("",)), (audit_trail.chain_state, ()),
                       (audit_trail.find_person, ("900714400016",)),
                       (audit_trail.record_trail_export, (None, 3, "x.xlsx"))):
        with pytest.raises(NotPermitted):
            reader(call, *args)
    assert database_digest(db) == before
    supervisor = Workspace(db, make_user(Role.SUPERVISOR, "sv")).run
    assert supervisor(audit_trail.count_events, "") > 0


def test_reading_is_not_recorded_exporting_is(run):
    count = run(audit_trail.count_events, "")
    _all(run, None)
    assert run(audit_trail.count_events, "") == count
    run(audit_trail.record_trail_export, AuditFilter(user="olga"), 7, "/tmp/t.xlsx")
    newest = _all(run, AuditFilter(kind=AuditKind.EXPORTED), 1)[0]
    assert newest.entity == "audit_trail" and '"rows": 7' in newest.detail
    assert '"user": "olga"' in newest.detail


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_chain_state_names_a_broken_chain(run, db, installed):
    assert run(audit_trail.chain_state).intact
    with sqlite3.connect(installed.database) as connection:
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute("UPDATE audit_event SET username = 'x' WHERE seq = 2")
    connection.close()
    check = run(audit_trail.chain_state)
    assert not check.intact and check.entry == 2


def test_a_file_printed_alone_or_with_others_shows_who_has_seen_it(run, db, make_user,
                                                                   two_people):
    from centre_desk.services.participant_report import PrintedHow, record_print

    first, second = two_people
    printer = Workspace(db, make_user(Role.SUPERVISOR, "dana")).run
    printer(record_print, [first.person_id, second.person_id], PrintedHow.PDF)
    printer(record_print, [second.person_id], PrintedHow.PRINTER)
    seen = {person: [(r.username, r.action, r.entity) for r in _all(
        run, AuditFilter(person=person, kind=AuditKind.SEEN))]
        for person in (first.person_id, second.person_id)}
    assert seen[first.person_id] == [("dana", AuditAction.PRINTED, "person_list")]
    assert seen[second.person_id] == [("dana", AuditAction.PRINTED, "person"),
                                      ("dana", AuditAction.PRINTED, "person_list")]
