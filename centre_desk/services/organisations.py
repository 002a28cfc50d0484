"""The partner directory: employers, housing providers, nurseries and NGOs.

An organisation is deleted by tombstone. Deleting one that still has *open*
placements (requested, in progress, placed) is refused: those placements are
current work with that partner and would silently lose it. Once its placements
are all declined or ended the partner may leave the directory; their history
still names it, because the tombstone keeps the name. A second entry of the same name in
the same region is refused with ``{"name": "placement.already_listed"}``.
"""

from __future__ import annotations

import dataclasses
import re
import uuid

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, OrganisationKind
from centre_desk.domain.permissions import Permission
from centre_desk.domain.placements import CLOSED
from centre_desk.domain.regions import regions_named, stored_region
from centre_desk.services import audit
from centre_desk.services.concurrency import Seen
from centre_desk.services.errors import InvalidInput
from centre_desk.services.listing.core import mentions
from centre_desk.services.records import clean, live_row
from centre_desk.store.base import utc_now
from centre_desk.store.models import Organisation, Person, Placement

_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,20}$")
# The column widths of the organisation table.
_LIMITS = {"name": 200, "region": 100, "contact_person": 200, "phone": 40, "address": 500,
           "notes": 4000}


@dataclasses.dataclass(frozen=True)
class OrganisationInput:
    """What the directory form supplies for a partner organisation."""

    name: str
    kind: OrganisationKind | None
    address: str | None = None
    region: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    notes: str | None = None


@dataclasses.dataclass(frozen=True)
class OrganisationView(OrganisationInput):
    """A partner organisation as the GUI shows it; ``deleted`` for a tombstone that a
    closed placement still names."""

    id: uuid.UUID = dataclasses.field(default_factory=uuid.uuid4)
    deleted: bool = False


_FIELDS = [f.name for f in dataclasses.fields(OrganisationInput)]


def normalise(data: OrganisationInput) -> OrganisationInput:
    """Trimmed text, or InvalidInput naming each wrong field."""
    values = {name: getattr(data, name) for name in _FIELDS}
    for name in _FIELDS:
        if name != "kind":
            values[name] = clean(values[name])
    if values["region"]:  # a known region in any language or by its former name
        values["region"] = stored_region(values["region"])
    problems: dict[str, str] = {}
    if not values["name"]:
        problems["name"] = "required"
    if values["kind"] is None:
        problems["kind"] = "required"
    else:
        try:
            values["kind"] = OrganisationKind(values["kind"])
        except ValueError:
            problems["kind"] = "invalid"
    for name, limit in _LIMITS.items():
        if values[name] and len(values[name]) > limit:
            problems[name] = "too_long"
    if values["phone"] and "phone" not in problems and not _PHONE.match(values["phone"]):
        problems["phone"] = "invalid"
    if problems:
        raise InvalidInput(problems)
    return OrganisationInput(**values)


def view_of(organisation: Organisation) -> OrganisationView:
    """The frozen view of a stored organisation (tombstones included)."""
    return OrganisationView(**{name: getattr(organisation, name) for name in _FIELDS},
                            id=organisation.id, deleted=organisation.deleted_at is not None)


def live_organisation(session: Session, organisation_id: uuid.UUID) -> Organisation:
    """The live organisation with this id, or NotFound."""
    return live_row(session, Organisation, organisation_id, "organisation")


def _same_name(a: str, b: str) -> bool:
    def folded(text: str) -> str:
        return " ".join(text.casefold().replace("ё", "е").split())
    return folded(a) == folded(b)


def _refuse_duplicate(session: Session, data: OrganisationInput,
                      own_id: uuid.UUID | None) -> None:
    """One directory entry per partner: the same name in the same region is a double.
    (The same chain in two regions is two partners.)"""
    # Compared in Python: SQLite cannot fold Cyrillic case, and the directory is small.
    candidates = session.execute(select(Organisation.id, Organisation.name,
                                        Organisation.region)
                                 .where(Organisation.deleted_at.is_(None)))
    for other in candidates:
        if other.id != own_id and _same_name(other.name, data.name) and \
                _same_name(other.region or "", data.region or ""):
            raise InvalidInput({"name": "placement.already_listed"})


def create_organisation(session: Session, data: OrganisationInput) -> uuid.UUID:
    """Add a partner to the directory; returns its id."""
    audit.require(session, Permission.EDIT)
    data = normalise(data)
    _refuse_duplicate(session, data, None)
    organisation = Organisation(**dataclasses.asdict(data))
    session.add(organisation)
    session.flush()
    audit.record(session, AuditAction.CREATED, "organisation", organisation.id)
    return organisation.id


def update_organisation(session: Session, organisation_id: uuid.UUID,
                        data: OrganisationInput, seen: Seen | None = None) -> list[str]:
    """Correct a partner's details; returns the names of the fields that changed.
    ``seen``: what the editor showed, as audit.apply_changes takes it."""
    audit.require(session, Permission.EDIT)
    data = normalise(data)
    organisation = live_organisation(session, organisation_id)
    _refuse_duplicate(session, data, organisation.id)
    return audit.apply_changes(session, organisation, data, _FIELDS, "organisation", seen)


def open_placement_count(session: Session, organisation_id: uuid.UUID) -> int:
    """How many live, not yet declined or ended placements of live persons name it."""
    return session.scalar(
        select(func.count()).select_from(Placement)
        .join(Person, Person.id == Placement.person_id)
        .where(Placement.organisation_id == organisation_id,
               Placement.deleted_at.is_(None), Person.deleted_at.is_(None),
               Placement.status.not_in(CLOSED))) or 0


def delete_organisation(session: Session, organisation_id: uuid.UUID) -> None:
    """Take a partner out of the directory by tombstone (supervisors).

    Refused with ``{"organisation": "placement.has_open_placements"}`` while open placements
    name it: close or move them first."""
    audit.require(session, Permission.MERGE_AND_CLOSE)
    organisation = live_organisation(session, organisation_id)
    if open_placement_count(session, organisation_id):
        raise InvalidInput({"organisation": "placement.has_open_placements"})
    organisation.deleted_at = utc_now()
    audit.record(session, AuditAction.DELETED, "organisation", organisation.id)


def get_organisation(session: Session, organisation_id: uuid.UUID) -> OrganisationView:
    """One live organisation."""
    audit.require(session, Permission.VIEW)
    return view_of(live_organisation(session, organisation_id))


def find_organisations(session: Session, text: str = "",
                       kind: OrganisationKind | frozenset[OrganisationKind] | None = None,
                       limit: int = 50) -> list[OrganisationView]:
    """Live organisations whose name, contact person, region or phone contains the text
    (any capitalisation, Cyrillic too), of one kind or a set of kinds, by name."""
    audit.require(session, Permission.VIEW)
    statement = select(Organisation).where(Organisation.deleted_at.is_(None))
    if text.strip():
        statement = statement.where(or_(
            mentions(Organisation.name, text), mentions(Organisation.contact_person, text),
            mentions(Organisation.region, text), mentions(Organisation.phone, text),
            # A region typed in Kazakh or English ("Қарағанды") finds the stored name.
            Organisation.region.in_(regions_named(text))))
    if isinstance(kind, OrganisationKind):
        statement = statement.where(Organisation.kind == kind)
    elif kind is not None:
        statement = statement.where(Organisation.kind.in_(kind))
    rows = session.scalars(statement.order_by(Organisation.name, Organisation.id).limit(limit))
    return [view_of(o) for o in rows]


def count_organisations(session: Session) -> int:
    """How many partners the directory holds."""
    audit.require(session, Permission.VIEW)
    return session.scalar(select(func.count()).select_from(Organisation)
                          .where(Organisation.deleted_at.is_(None))) or 0
