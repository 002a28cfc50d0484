"""Links each audit entry to the one before it: its number, the previous hash and its own.

Every entry carries ``seq`` (1, 2, 3… with no gaps), ``prev_hash`` (the hash of entry
``seq - 1``, or ``GENESIS`` for the first) and ``hash``, the SHA-256 of its fields in
one canonical encoding (:func:`entry_hash`). The one row of ``audit_head`` holds the
newest entry's number and hash, so a deleted last entry is noticed too.

A transaction's first ``link()`` updates the head *before* it reads the previous hash:
the update takes SQLite's write lock (PostgreSQL's row lock), held until the
transaction ends, so two writers can never both chain to the same entry, and the read
that follows sees the head as the last writer left it. The transaction's later entries
are chained in memory to the one before (the session's ``_Tail``), and the head is
moved to the newest once, when the transaction commits, or sooner when the session
reads the head itself (``write_head`` before verify_chain's read): an import's
thousands of entries cost no statements of their own. A savepoint rolled back puts the
tail back as it was when the savepoint began; any other rollback forgets it, so the next
entry reads the head again.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import uuid

from sqlalchemy import event, update
from sqlalchemy.orm import Session

from centre_desk.store.errors import StoreError
from centre_desk.store.models import AuditEvent, AuditHead

GENESIS = "0" * 64
"""The ``prev_hash`` of the first entry."""
HEAD_ID = 1
_TAIL_KEY = "centre_desk.audit_tail"
_SAVED_KEY = "centre_desk.audit_tail_saved"


class AuditTrailBroken(StoreError):
    """The audit trail cannot be extended: its head row is gone."""


def canonical_at(value: dt.datetime | str | None) -> str | None:
    """An entry's time as the hash sees it: naive UTC, ISO 8601 with microseconds.

    Accepts the text SQLite stores as well as a datetime; ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if not isinstance(value, dt.datetime):
        raise ValueError(f"not a time: {value!r}")
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(sep="T", timespec="microseconds")


def canonical_user_id(value: uuid.UUID | str | None) -> str | None:
    """A user id as the hash sees it: 32 lower-case hex digits; ValueError if not a UUID."""
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


def entry_hash(seq: int, at: dt.datetime | str | None, user_id: uuid.UUID | str | None,
               username: str | None, action: enum.Enum | str, entity: str | None,
               entity_id: str | None, detail: str | None, prev_hash: str) -> str:
    """The SHA-256 (hex) of one entry: a compact JSON array of its fields in this order,
    UTF-8, so the same entry hashes alike on SQLite and PostgreSQL and in every version.

    ValueError when a field cannot be an entry's (a time or user id that is not one)."""
    if isinstance(seq, bool) or not isinstance(seq, int):
        raise ValueError(f"not an entry number: {seq!r}")
    fields = [seq, canonical_at(at), canonical_user_id(user_id), username,
              action.value if isinstance(action, enum.Enum) else action, entity, entity_id,
              detail, prev_hash]
    encoded = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


class _Tail:
    """The newest entry this transaction chained: its number and hash, and whether the
    head row still has to be moved to it."""

    __slots__ = ("seq", "hash", "unwritten")

    def __init__(self, seq: int, hash_: str) -> None:
        self.seq, self.hash, self.unwritten = seq, hash_, True


def link(session: Session, event_: AuditEvent) -> AuditEvent:
    """Number and hash ``event_`` as the newest entry, move the head to it and add it to
    the session; all of it commits or rolls back with the caller's transaction."""
    tail: _Tail | None = session.info.get(_TAIL_KEY)
    if tail is None:
        head = AuditHead.__table__
        moved = session.execute(
            update(head).where(head.c.id == HEAD_ID).values(seq=head.c.seq + 1)
            .returning(head.c.seq, head.c.hash)).first()
        if moved is None:
            raise AuditTrailBroken("The audit trail's head is missing, so nothing more can "
                                   "be recorded: run 'centre-desk audit verify' and restore "
                                   "the database from a backup.")
        seq, prev_hash = moved.seq, moved.hash
    else:
        seq, prev_hash = tail.seq + 1, tail.hash
    event_.seq, event_.prev_hash = seq, prev_hash
    event_.hash = entry_hash(event_.seq, event_.at, event_.user_id, event_.username,
                             event_.action, event_.entity, event_.entity_id, event_.detail,
                             event_.prev_hash)
    session.info[_TAIL_KEY] = _Tail(seq, event_.hash)
    session.add(event_)
    return event_


def write_head(session: Session) -> None:
    """Move the head to the transaction's newest entry, if it is not there yet: at
    commit, and before the session itself reads the head (verify_chain)."""
    tail: _Tail | None = session.info.get(_TAIL_KEY)
    if tail is not None and tail.unwritten:
        head = AuditHead.__table__
        session.connection().execute(update(head).where(head.c.id == HEAD_ID)
                                     .values(seq=tail.seq, hash=tail.hash))
        tail.unwritten = False


@event.listens_for(Session, "before_commit")
def _write_head_at_commit(session: Session) -> None:
    write_head(session)


@event.listens_for(Session, "after_transaction_create")
def _save_at_savepoint(session: Session, transaction) -> None:
    if transaction.nested:
        tail: _Tail | None = session.info.get(_TAIL_KEY)
        session.info.setdefault(_SAVED_KEY, {})[transaction] = \
            None if tail is None else (tail.seq, tail.hash)


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, transaction) -> None:
    """The entries chained since the savepoint began (or the head was read) are gone;
    the head is written again at commit, whatever the savepoint had written."""
    saved = session.info.get(_SAVED_KEY, {}).pop(transaction, None) \
        if transaction.nested else None
    if saved is None:
        session.info.pop(_TAIL_KEY, None)
    else:
        session.info[_TAIL_KEY] = _Tail(*saved)


@event.listens_for(Session, "after_transaction_end")
def _forget_ended(session: Session, transaction) -> None:
    """The session's transaction is over: the next one must take the lock again."""
    if transaction.parent is None:
        session.info.pop(_TAIL_KEY, None)
        session.info.pop(_SAVED_KEY, None)
