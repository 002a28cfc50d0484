"""One children's event as its window shows it, read at once: the event, the children
registered for it and how many of them, per age group, were registered and came."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy.orm import Session

from centre_desk.domain.ages import AgeGroup
from centre_desk.services import activities, children_events
from centre_desk.services.activities import ActivityView
from centre_desk.services.children_events import RegistrationView


@dataclasses.dataclass(frozen=True)
class EventFile:
    """One read of an event."""

    event: ActivityView
    registrations: tuple[RegistrationView, ...]
    registered_by_age: dict[AgeGroup | None, int]
    present_by_age: dict[AgeGroup | None, int]


def event_file(session: Session, event_id: uuid.UUID) -> EventFile:
    """The event, its registrations and the age-group counts (NotFound for an event
    deleted meanwhile)."""
    registrations = children_events.event_registrations(session, event_id)
    return EventFile(
        event=activities.get_activity(session, event_id), registrations=registrations,
        registered_by_age=children_events.count_by_age_group(registrations),
        present_by_age=children_events.count_by_age_group(registrations, present_only=True))
