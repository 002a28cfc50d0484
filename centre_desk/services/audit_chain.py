"""Checks the audit trail's hash chain and names its first broken link.

    check = verify_chain(session)
    if not check.intact:
        print(check.problem, check.entry, check.at)

Entries are walked in number order; each one's hash is recomputed from its fields and
the previous entry's hash, and the head (``audit_head``) must name the last entry. An
entry deleted from the middle leaves a gap in the numbers, one deleted from the end
leaves the head beyond the last entry, and an edited entry no longer matches its hash
(or, if its hash was recomputed too, the hash its successor or the head recorded).

The chain shows changes made behind the program's back; it cannot stop someone who
rewrites the whole trail and the head with it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from centre_desk.store.audit_chain import GENESIS, HEAD_ID, canonical_at, entry_hash, write_head

# Read as stored, without type conversion: an entry edited by hand may hold a value its
# column's type would refuse, and that must be reported, not raised.
_ENTRY = sa.table("audit_event", *(sa.column(name) for name in (
    "seq", "at", "user_id", "username", "action", "entity", "entity_id", "detail",
    "prev_hash", "hash")))
_HEAD = sa.table("audit_head", sa.column("id"), sa.column("seq"), sa.column("hash"))
_BATCH = 5000


class ChainProblem(enum.StrEnum):
    """What is wrong at the first broken link."""

    MISSING = "missing"
    """An entry was deleted: a gap in the numbers, or the head beyond the last entry."""
    ALTERED = "altered"
    """An entry no longer matches its hash, or the hash the next entry or the head
    recorded for it; or it was added by hand beyond the head."""
    NO_HEAD = "no_head"
    """The head row itself is gone, so a deleted last entry could not be noticed."""


@dataclasses.dataclass(frozen=True)
class ChainCheck:
    """The outcome of one check of the whole trail."""

    entries: int
    """How many entries, from the first, were found sound: all of them when intact."""
    problem: ChainProblem | None = None
    entry: int | None = None
    """The number of the first broken entry (for a missing one, the number it had)."""
    at: dt.datetime | None = None
    """When that entry was written (UTC); for a missing one, when the entry before it
    was, None if there was none."""

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify_chain(session: Session) -> ChainCheck:
    """Walk the whole trail in number order and return its first broken link, if any.

    Needs no role: it reads only numbers, times and hashes. One SQL statement reads the
    head with the entries, so entries written meanwhile cannot look like a break."""
    statement = (sa.select(_HEAD.c.seq.label("head_seq"), _HEAD.c.hash.label("head_hash"),
                           *_ENTRY.c)
                 .select_from(_HEAD).outerjoin(_ENTRY, sa.true())
                 .where(_HEAD.c.id == HEAD_ID).order_by(_ENTRY.c.seq)
                 .execution_options(yield_per=_BATCH))
    expected, previous_hash, previous_at = 1, GENESIS, None
    head = None
    write_head(session)
    for row in session.execute(statement):
        head = row
        if row.seq is None and row.hash is None and row.at is None:
            break  # the outer join's one row for an empty trail
        at = _time(row.at)
        if not isinstance(row.seq, int) or row.seq < expected:
            return ChainCheck(expected - 1, ChainProblem.ALTERED, expected, at)
        if row.seq > expected:
            return ChainCheck(expected - 1, ChainProblem.MISSING, expected, previous_at)
        if row.prev_hash != previous_hash:
            # The entry before this one was changed and its hash recomputed (or, if this
            # is the first, something was put before it).
            if expected == 1:
                return ChainCheck(0, ChainProblem.ALTERED, 1, at)
            return ChainCheck(expected - 1, ChainProblem.ALTERED, expected - 1, previous_at)
        if _hash_of(row) != row.hash:
            return ChainCheck(expected - 1, ChainProblem.ALTERED, expected, at)
        previous_hash, previous_at = row.hash, at
        expected += 1
    entries = expected - 1
    if head is None:
        return _without_head(session, entries)
    if not isinstance(head.head_seq, int) or head.head_seq < entries:
        # Entries beyond the head were not written by the program.
        beyond = head.head_seq + 1 if isinstance(head.head_seq, int) else 1
        return ChainCheck(entries, ChainProblem.ALTERED, beyond, _time_of(session, beyond))
    if head.head_seq > entries:
        return ChainCheck(entries, ChainProblem.MISSING, entries + 1, previous_at)
    if head.head_hash != previous_hash:
        return ChainCheck(entries, ChainProblem.ALTERED, entries, previous_at)
    return ChainCheck(entries)


def _hash_of(row) -> str | None:
    try:
        return entry_hash(row.seq, row.at, row.user_id, row.username, row.action, row.entity,
                          row.entity_id, row.detail, row.prev_hash)
    except ValueError:
        return None  # a time or user id that is not one: no hash matches it


def _time(value) -> dt.datetime | None:
    try:
        text = canonical_at(value)
    except (ValueError, TypeError):
        return None
    return dt.datetime.fromisoformat(text) if text else None


def _time_of(session: Session, seq: int) -> dt.datetime | None:
    return _time(session.execute(sa.select(_ENTRY.c.at).where(_ENTRY.c.seq == seq)).scalar())


def _without_head(session: Session, entries: int) -> ChainCheck:
    count = session.execute(sa.select(sa.func.count()).select_from(_ENTRY)).scalar()
    return ChainCheck(count, ChainProblem.NO_HEAD, entries or None, None)
