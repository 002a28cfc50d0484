"""Placement rules: the status workflow, which partners fit which help, follow-up dates."""

from __future__ import annotations

import calendar
import datetime as dt
import enum

from centre_desk.domain.enums import OrganisationKind, PlacementKind, PlacementStatus

_R, _P, _D, _X, _E = (PlacementStatus.REQUESTED, PlacementStatus.IN_PROGRESS,
                      PlacementStatus.PLACED, PlacementStatus.DECLINED, PlacementStatus.ENDED)

ALLOWED: dict[PlacementStatus, frozenset[PlacementStatus]] = {
    # A request is worked on, or turned down at once (no vacancy, the person withdrew).
    _R: frozenset({_P, _X}),
    # Work on it ends in a place or a refusal; it never goes back to a bare request.
    _P: frozenset({_D, _X}),
    # A placement ends (the job is left, the lease runs out, the child grows up).
    _D: frozenset({_E}),
    # Declined and ended are final: a new attempt is a new placement, so the
    # history of the old one stays true.
    _X: frozenset(),
    _E: frozenset(),
}
"""Every status a placement may move to from each status; anything else is refused."""

CLOSED = frozenset(status for status, targets in ALLOWED.items() if not targets)
"""Statuses a placement never leaves."""

NOTE_REQUIRED = frozenset({_X, _E})
"""Changes into these statuses must say why (a refusal, an ending)."""

ORGANISATION_REQUIRED = frozenset({_D, _E})
"""A person is placed *somewhere*: from then on the placement names its partner."""

FITTING_ORGANISATIONS: dict[PlacementKind, frozenset[OrganisationKind]] = {
    PlacementKind.JOB: frozenset({OrganisationKind.EMPLOYER, OrganisationKind.NGO}),
    PlacementKind.HOUSING: frozenset({OrganisationKind.HOUSING, OrganisationKind.NGO}),
    PlacementKind.NURSERY: frozenset({OrganisationKind.NURSERY, OrganisationKind.NGO}),
}
"""Which partners can give each kind of help; NGOs help with all three."""

AUTOMATIC_FOLLOW_UP_MONTHS: dict[PlacementKind, int] = {PlacementKind.JOB: 3}
"""Placing someone in a job schedules a check this many months later."""

DUE_SOON_DAYS = 7
"""An open follow-up this close ahead is shown as due."""


def can_change(from_: PlacementStatus, to: PlacementStatus) -> bool:
    """Whether the workflow allows moving a placement from one status to another."""
    return to in ALLOWED[from_]


def next_statuses(status: PlacementStatus) -> tuple[PlacementStatus, ...]:
    """The statuses a placement can move to now, in workflow order."""
    return tuple(s for s in PlacementStatus if s in ALLOWED[status])


def organisation_fits(kind: PlacementKind, organisation: OrganisationKind) -> bool:
    """Whether a partner of this kind can give this kind of help."""
    return organisation in FITTING_ORGANISATIONS[kind]


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day some months later; the month's last day when it is shorter
    (30 November three months on is 28 or 29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


class FollowUpState(enum.StrEnum):
    """Where a follow-up stands on a given day."""

    DONE = "done"
    OVERDUE = "overdue"
    DUE = "due"
    PLANNED = "planned"


def follow_up_state(due_on: dt.date, done_on: dt.date | None, today: dt.date) -> FollowUpState:
    """Done; overdue when the date has passed; due today or within a week; else planned."""
    if done_on is not None:
        return FollowUpState.DONE
    if due_on < today:
        return FollowUpState.OVERDUE
    if (due_on - today).days <= DUE_SOON_DAYS:
        return FollowUpState.DUE
    return FollowUpState.PLANNED
