"""The audit trail is hash-chained by normal use, refuses edits on SQLite, and
verify_chain names the first entry deleted or altered behind the program's back."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction
from centre_desk.services import audit, persons
from centre_desk.services.audit_chain import ChainCheck, ChainProblem, verify_chain
from centre_desk.store.audit_chain import GENESIS
from centre_desk.store.database import open_database
from centre_desk.store.models import AuditEvent, AuditHead


def _register(run, count: int) -> None:
    for n in range(count):
        run(persons.create_person, persons.PersonInput(surname=f"Сейтқали{n}",
                                                      given_name="Айгүл"))


def _verify(db) -> ChainCheck:
    with db.session() as session:
        return verify_chain(session)


def _entries(db) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def _links(db) -> list[tuple]:
    with db.session() as session:
        head = session.get(AuditHead, 1)
        return [(e.seq, e.prev_hash, e.hash) for e in _entries(db)] + [(head.seq, head.hash)]


def _by_hand(db, *statements: str) -> None:
    """Run SQL with plain sqlite3, as someone with the database file could."""
    db.engine.dispose()
    connection = sqlite3.connect(db.paths.database)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_normal_use_chains_every_entry_and_moves_the_head(db, run):
    _register(run, 3)
    entries = _entries(db)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert len(entries) >= 5  # set-up, sign-in, three persons
    assert entries[0].prev_hash == GENESIS
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(entries, entries[1:]))
    assert len({e.hash for e in entries}) == len(entries)
    with db.session() as session:
        head = session.get(AuditHead, 1)
    assert (head.seq, head.hash) == (entries[-1].seq, entries[-1].hash)
    assert _verify(db) == ChainCheck(len(entries))


class _Failed(Exception):
    pass


def test_a_use_case_that_fails_after_recording_moves_neither_entries_nor_head(db, run):
    def record_then_fail(session) -> None:
        audit.record(session, AuditAction.VIEWED, "person", None)
        raise _Failed

    before = _links(db)
    with pytest.raises(_Failed):
        run(record_then_fail)
    assert _links(db) == before
    _register(run, 1)
    assert _verify(db).intact


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_triggers_refuse_update_and_delete_with_plain_sqlite3(db, run):
    _register(run, 1)
    before = _links(db)
    for statement, says in (("UPDATE audit_event SET detail = 'nothing' WHERE seq = 2",
                             "audit entries cannot be changed"),
                            ("DELETE FROM audit_event WHERE seq = 2",
                             "audit entries cannot be deleted"),
                            ("DELETE FROM audit_event", "audit entries cannot be deleted")):
        with pytest.raises(sqlite3.IntegrityError, match=says):
            _by_hand(db, statement)
    assert _links(db) == before
    assert _verify(db).intact


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_verify_names_an_entry_deleted_with_sqlite3(db, run):
    _register(run, 3)
    gone, after = _entries(db)[2], _entries(db)[1]
    _by_hand(db, "DROP TRIGGER audit_event_no_delete",
             f"DELETE FROM audit_event WHERE seq = {gone.seq}")
    check = _verify(db)
    assert (check.problem, check.entry, check.at) == (ChainProblem.MISSING, gone.seq, after.at)
    assert check.entries == gone.seq - 1


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_verify_names_an_entry_whose_detail_was_altered_with_sqlite3(db, run):
    _register(run, 3)
    altered = _entries(db)[3]
    _by_hand(db, "DROP TRIGGER audit_event_no_update",
             f"UPDATE audit_event SET detail = '{{\"note\": \"nothing here\"}}' "
             f"WHERE seq = {altered.seq}")
    check = _verify(db)
    assert (check.problem, check.entry, check.at) == (ChainProblem.ALTERED, altered.seq,
                                                      altered.at)


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_verify_names_an_altered_entry_even_when_its_hash_was_recomputed(db, run):
    from centre_desk.store.audit_chain import entry_hash

    _register(run, 3)
    altered = _entries(db)[2]
    forged = entry_hash(altered.seq, altered.at, None, "nobody", altered.action,
                        altered.entity, altered.entity_id, altered.detail, altered.prev_hash)
    _by_hand(db, "DROP TRIGGER audit_event_no_update",
             f"UPDATE audit_event SET user_id = NULL, username = 'nobody', hash = '{forged}' "
             f"WHERE seq = {altered.seq}")
    check = _verify(db)
    assert (check.problem, check.entry) == (ChainProblem.ALTERED, altered.seq)


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_verify_names_a_deleted_last_entry(db, run):
    _register(run, 2)
    *kept, last = _entries(db)
    _by_hand(db, "DROP TRIGGER audit_event_no_delete",
             f"DELETE FROM audit_event WHERE seq = {last.seq}")
    check = _verify(db)
    assert (check.problem, check.entry, check.at) == (ChainProblem.MISSING, last.seq,
                                                      kept[-1].at)


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_verify_names_an_entry_added_by_hand_beyond_the_head(db, run):
    last = _entries(db)[-1]
    _by_hand(db, "INSERT INTO audit_event (id, at, username, action, seq, prev_hash, hash) "
                 f"SELECT lower(hex(randomblob(16))), at, 'nobody', 'viewed', {last.seq + 1}, "
                 f"'{last.hash}', '{'f' * 64}' FROM audit_event WHERE seq = {last.seq}")
    check = _verify(db)
    assert (check.problem, check.entry) == (ChainProblem.ALTERED, last.seq + 1)


@pytest.mark.sqlite_only("edits the SQLite file by hand")
def test_verify_notices_the_head_row_deleted(db, run):
    _by_hand(db, "DELETE FROM audit_head")
    check = _verify(db)
    assert check.problem is ChainProblem.NO_HEAD and check.entries == len(_entries(db))


def test_writers_in_two_connections_at_once_keep_one_unbroken_chain(installed, db):
    """Each writer moves the head before reading it, so neither chains to an entry the
    other has just replaced."""
    other = open_database(installed)
    errors: list[BaseException] = []

    def write(database, name: str) -> None:
        try:
            for n in range(40):
                with database.session() as session, session.begin():
                    audit.record(session, AuditAction.VIEWED, "person", None,
                                 username=name, n=n)
        except BaseException as error:  # noqa: BLE001  (reported by the assert below)
            errors.append(error)

    threads = [threading.Thread(target=write, args=(database, name))
               for database, name in ((db, "first"), (other, "second"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert errors == []
    entries = _entries(db)
    assert sum(e.username in ("first", "second") for e in entries) == 80
    assert _verify(db) == ChainCheck(len(entries))


def test_entries_of_one_transaction_are_chained_in_memory_and_the_head_moved_once(db, run):
    """An import's thousands of entries: the first takes the lock and reads the head, the
    others chain to it in memory, and the head is written once, at commit."""
    from sqlalchemy import event

    statements: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    def record_many(session) -> None:
        event.listen(db.engine, "before_cursor_execute", note)
        try:
            for n in range(50):
                audit.record(session, AuditAction.VIEWED, "person", None, n=n)
            session.flush()
            session.commit()
        finally:
            event.remove(db.engine, "before_cursor_execute", note)

    run(record_many)
    head_writes = [s for s in statements if s.lstrip().upper().startswith("UPDATE AUDIT_HEAD")]
    assert len(head_writes) == 2  # the first entry's lock-taking read, one write
    entries = _entries(db)
    assert sum(e.action is AuditAction.VIEWED for e in entries) == 50
    assert _links(db)[-1] == (entries[-1].seq, entries[-1].hash)
    assert _verify(db) == ChainCheck(len(entries))


def test_a_savepoint_rolled_back_between_entries_leaves_no_gap(db, run):
    """Entries chained in memory inside a savepoint that rolls back are forgotten with
    it: the next entry reads the head again, and the chain has no gap."""
    def with_a_refused_part(session) -> None:
        audit.record(session, AuditAction.VIEWED, "person", None, n="before")
        savepoint = session.begin_nested()
        audit.record(session, AuditAction.VIEWED, "person", None, n="refused 1")
        session.flush()
        audit.record(session, AuditAction.VIEWED, "person", None, n="refused 2")
        savepoint.rollback()
        audit.record(session, AuditAction.VIEWED, "person", None, n="after")
        kept = session.begin_nested()
        audit.record(session, AuditAction.VIEWED, "person", None, n="kept")
        kept.commit()

    run(with_a_refused_part)
    entries = _entries(db)
    details = [e.detail for e in entries if e.action is AuditAction.VIEWED]
    assert details == ['{"n": "before"}', '{"n": "after"}', '{"n": "kept"}']
    assert _verify(db) == ChainCheck(len(entries))
    _register(run, 1)
    assert _verify(db).intact


def test_a_session_closed_without_commit_then_reused_reads_the_head_again(db, admin):
    with db.session(admin) as session:
        session.begin()
        audit.record(session, AuditAction.VIEWED, "person", None, n="dropped")
        session.close()
        with session.begin():
            audit.record(session, AuditAction.VIEWED, "person", None, n="kept")
    entries = _entries(db)
    assert entries[-1].detail == '{"n": "kept"}'
    assert _verify(db) == ChainCheck(len(entries))


def test_a_session_verifying_its_own_new_entries_sees_the_head_on_them(db, run):
    def record_then_verify(session) -> tuple[ChainCheck, int]:
        for n in range(3):
            audit.record(session, AuditAction.VIEWED, "person", None, n=n)
        return verify_chain(session), session.get(AuditHead, 1).seq

    check, head_seq = run(record_then_verify)
    assert check == ChainCheck(head_seq) == _verify(db)
