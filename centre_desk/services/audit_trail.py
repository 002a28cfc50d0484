"""Reads the audit trail for supervisors and administrators: who viewed, changed,
printed or exported what, and when; newest first, a page at a time.

    wanted = AuditFilter(person=find_person(session, "850101300123"), kind=AuditKind.SEEN)
    page = events_page(session, ListQuery(filter=wanted))
    more = events_page(session, ListQuery(filter=wanted), after=page.next)

Pages follow the entries' numbers (``seq``, unique and indexed) downwards, so a page
costs the same deep in the trail as at its top. Reading the trail is not itself
recorded (it would fill the trail with its own reading); exporting it is
(:func:`record_trail_export`). Every function needs ``Permission.VIEW_AUDIT_TRAIL``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import uuid

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.audit_chain import ChainCheck, verify_chain
from centre_desk.services.errors import InvalidInput
from centre_desk.services.listing import PAGE_SIZE, Cursor, ListQuery, Page
from centre_desk.store.models import AuditEvent, Case, Person

SYNC_PACKAGE = "sync_package"
"""The entity of the audit entries of a sync package written or read."""
_PRINTED_LIST = "person_list"
"""A batch print of several files: the persons are named in the entry's detail."""


class AuditKind(enum.StrEnum):
    """What a supervisor asks the trail for; some kinds gather several actions."""

    VIEWED = "viewed"
    CHANGED = "changed"
    """Created, updated, deleted or merged."""
    PRINTED = "printed"
    EXPORTED = "exported"
    """A list or a file exported (a sync package is SYNC)."""
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SYNC = "sync"
    """A sync package imported or exported."""
    SEEN = "seen"
    """Viewed, printed or exported: who has seen a file."""


_CHANGES = (AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DELETED, AuditAction.MERGED)


def _kind_condition(kind: AuditKind) -> ColumnElement[bool]:
    action, entity = AuditEvent.action, func.coalesce(AuditEvent.entity, "")
    not_sync = entity != SYNC_PACKAGE
    if kind is AuditKind.CHANGED:
        return action.in_(_CHANGES)
    if kind is AuditKind.EXPORTED:
        return and_(action == AuditAction.EXPORTED, not_sync)
    if kind is AuditKind.SYNC:
        return or_(action == AuditAction.IMPORTED,
                   and_(action == AuditAction.EXPORTED, entity == SYNC_PACKAGE))
    if kind is AuditKind.SEEN:
        return or_(action.in_((AuditAction.VIEWED, AuditAction.PRINTED)),
                   and_(action == AuditAction.EXPORTED, not_sync))
    return action == AuditAction(kind.value)


@dataclasses.dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; every part left empty admits all.

    ``since`` and ``until`` are days of the local calendar, both included."""

    person: uuid.UUID | None = None
    user: str = ""
    kind: AuditKind | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class AuditRow:
    """One entry as the trail shows it; ``at`` is local time."""

    seq: int
    at: dt.datetime
    username: str
    action: AuditAction
    entity: str
    entity_id: str
    detail: str


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of a local calendar day as the naive UTC time the trail stores."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _person_condition(session: Session, person_id: uuid.UUID) -> ColumnElement[bool]:
    cases = [str(c) for c in session.scalars(select(Case.id).where(Case.person_id == person_id))]
    entity, entity_id = AuditEvent.entity, AuditEvent.entity_id
    about = [and_(entity == "person", entity_id == str(person_id)),
             # a batch print names its persons in the detail
             and_(entity == _PRINTED_LIST, AuditEvent.detail.contains(f'"{person_id}"'))]
    if cases:
        about.append(and_(entity == "case_file", entity_id.in_(cases)))
    return or_(*about)


def _conditions(session: Session, wanted: AuditFilter | None) -> list[ColumnElement[bool]]:
    if wanted is None:
        return []
    if wanted.since and wanted.until and wanted.since > wanted.until:
        raise InvalidInput({"until": "before_start"})
    found: list[ColumnElement[bool]] = []
    if wanted.person is not None:
        found.append(_person_condition(session, wanted.person))
    if wanted.user.strip():
        found.append(func.lower(AuditEvent.username) == wanted.user.strip().lower())
    if wanted.kind is not None:
        found.append(_kind_condition(wanted.kind))
    if wanted.since is not None:
        found.append(AuditEvent.at >= local_midnight_utc(wanted.since))
    if wanted.until is not None:
        found.append(AuditEvent.at < local_midnight_utc(wanted.until + dt.timedelta(days=1)))
    return found


def events_page(session: Session, query: ListQuery, after: Cursor | None = None,
                limit: int = PAGE_SIZE) -> Page[AuditRow]:
    """One page of the entries ``query.filter`` (an AuditFilter or None) admits, newest
    first, after the cursor of the page before (None: the newest)."""
    audit.require(session, Permission.VIEW_AUDIT_TRAIL)
    conditions = _conditions(session, query.filter)
    if after is not None:
        conditions.append(AuditEvent.seq < after.values[0])
    statement = (select(AuditEvent.seq, AuditEvent.at, AuditEvent.username,
                        AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                        AuditEvent.detail)
                 .where(*conditions).order_by(AuditEvent.seq.desc()).limit(limit + 1))
    found = session.execute(statement).all()
    rows = tuple(AuditRow(r.seq, _local(r.at), r.username or "", r.action, r.entity or "",
                          r.entity_id or "", r.detail or "") for r in found[:limit])
    following = (Cursor("seq", True, 0, (rows[-1].seq,))
                 if len(found) > limit and rows else None)
    return Page(rows, following)


def count_events(session: Session, text: str = "", wanted: AuditFilter | None = None) -> int:
    """How many entries the filter admits (``text`` is unused: the trail has no search
    box, only filters; the list model passes it)."""
    audit.require(session, Permission.VIEW_AUDIT_TRAIL)
    return session.scalar(select(func.count()).select_from(AuditEvent)
                          .where(*_conditions(session, wanted))) or 0


def find_person(session: Session, key: str) -> uuid.UUID:
    """The person an IIN or a person id names (deleted ones too: their trail stays);
    InvalidInput ``person: not_found`` when none does."""
    audit.require(session, Permission.VIEW_AUDIT_TRAIL)
    key = key.strip()
    found = None
    if key.isdigit():
        found = session.scalar(select(Person.id).where(Person.iin == key))
    else:
        try:
            found = session.scalar(select(Person.id).where(Person.id == uuid.UUID(key)))
        except ValueError:
            found = None
    if found is None:
        raise InvalidInput({"person": "not_found"})
    return found


def person_label(session: Session, person_id: uuid.UUID) -> str:
    """The person's name as the trail's filter shows it."""
    audit.require(session, Permission.VIEW_AUDIT_TRAIL)
    person = session.get(Person, person_id)
    if person is None:
        return str(person_id)
    return " ".join(part for part in (person.surname, person.given_name) if part)


def usernames(session: Session) -> list[str]:
    """Every name the trail holds, sorted, for the user filter."""
    audit.require(session, Permission.VIEW_AUDIT_TRAIL)
    return sorted(n for n in session.scalars(
        select(AuditEvent.username).where(AuditEvent.username.is_not(None)).distinct()))


def chain_state(session: Session) -> ChainCheck:
    """Whether the trail's hash chain is whole (services.audit_chain)."""
    audit.require(session, Permission.VIEW_AUDIT_TRAIL)
    return verify_chain(session)


def record_trail_export(session: Session, wanted: AuditFilter | None, rows: int,
                        target: str | None = None) -> None:
    """One EXPORTED entry for an export of the trail: the filter, how many rows, where."""
    audit.require(session, Permission.VIEW_AUDIT_TRAIL)
    audit.record(session, AuditAction.EXPORTED, "audit_trail", None, rows=rows,
                 filter=_filter_detail(wanted), format="xlsx", target=target)


def _filter_detail(wanted: AuditFilter | None) -> dict[str, str] | None:
    if wanted is None:
        return None
    return {field.name: str(getattr(wanted, field.name))
            for field in dataclasses.fields(wanted)
            if getattr(wanted, field.name) not in (None, "")}


def detail_items(detail: str) -> dict[str, object] | None:
    """An entry's detail as recorded (keys and JSON values), or None when it is not a
    recorded detail (blank: an empty one)."""
    if not detail:
        return {}
    try:
        parsed = json.loads(detail)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def detail_text(detail: str) -> str:
    """An entry's detail as one line (``key: value; …``), with the keys and codes as
    recorded: the command line's. The window shows it in the user's words
    (ui.audit.details)."""
    parsed = detail_items(detail)
    if parsed is None:
        return detail
    return "; ".join(f"{key}: {value}" for key, value in parsed.items()
                     if value not in (None, "", [], False))
