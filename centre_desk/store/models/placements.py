"""Partner organisations and job, housing and nursery placements."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from centre_desk.domain.enums import OrganisationKind, PlacementKind, PlacementStatus
from centre_desk.store.base import Base, SyncMixin, enum_column


class Organisation(SyncMixin, Base):
    """An employer, landlord, nursery or NGO the centre works with."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind))
    address: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(String(100))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class Placement(SyncMixin, Base):
    """Help into a job, a home or a nursery place, tracked through its statuses."""

    __tablename__ = "placement"
    __table_args__ = (Index("ix_placement_status", "status"),)

    kind: Mapped[PlacementKind] = mapped_column(enum_column(PlacementKind))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    child_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), index=True)
    status: Mapped[PlacementStatus] = mapped_column(enum_column(PlacementStatus))
    requested_on: Mapped[dt.date] = mapped_column(Date)
    status_since: Mapped[dt.date] = mapped_column(Date)
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date, index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class PlacementStatusChange(SyncMixin, Base):
    """One step in a placement's status history."""

    __tablename__ = "placement_status_change"

    placement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("placement.id"), index=True)
    from_status: Mapped[PlacementStatus | None] = mapped_column(enum_column(PlacementStatus))
    to_status: Mapped[PlacementStatus] = mapped_column(enum_column(PlacementStatus))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
