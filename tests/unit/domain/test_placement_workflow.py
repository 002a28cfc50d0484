"""The placement workflow table, every pair of statuses, and the rules around it."""

import datetime as dt
import itertools

import pytest

from centre_desk.domain.enums import OrganisationKind, PlacementKind, PlacementStatus
from centre_desk.domain.placements import (
    ALLOWED, CLOSED, FollowUpState, can_change, follow_up_state, months_later, next_statuses,
    organisation_fits)

R, P, D, X, E = (PlacementStatus.REQUESTED, PlacementStatus.IN_PROGRESS,
                 PlacementStatus.PLACED, PlacementStatus.DECLINED, PlacementStatus.ENDED)

# The issue's workflow, written out pair by pair: requested → in progress → placed or
# declined; requested → declined; placed → ended.
ALLOWED_PAIRS = {(R, P), (R, X), (P, D), (P, X), (D, E)}
EVERY_PAIR = list(itertools.product(PlacementStatus, repeat=2))


@pytest.mark.parametrize("from_, to", EVERY_PAIR, ids=[f"{a}->{b}" for a, b in EVERY_PAIR])
def test_each_transition_is_allowed_exactly_when_the_workflow_says(from_, to):
    assert can_change(from_, to) == ((from_, to) in ALLOWED_PAIRS)


def test_the_table_covers_every_status():
    assert set(ALLOWED) == set(PlacementStatus)


@pytest.mark.parametrize("from_, to", [(D, R), (P, R), (X, R), (E, D), (E, R), (X, P), (R, D),
                                       (R, E), (P, E), (D, X)])
def test_the_refusals_the_issue_names_are_refused(from_, to):
    assert not can_change(from_, to)


def test_no_status_moves_to_itself():
    assert not any(can_change(s, s) for s in PlacementStatus)


def test_declined_and_ended_are_final():
    assert CLOSED == {X, E}
    assert next_statuses(X) == next_statuses(E) == ()


def test_next_statuses_follow_workflow_order():
    assert next_statuses(R) == (P, X)
    assert next_statuses(P) == (D, X)
    assert next_statuses(D) == (E,)


def test_every_status_is_reachable_from_a_request():
    reached, frontier = {R}, [R]
    while frontier:
        for target in next_statuses(frontier.pop()):
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(PlacementStatus)


@pytest.mark.parametrize("kind, fitting", [
    (PlacementKind.JOB, {OrganisationKind.EMPLOYER, OrganisationKind.NGO}),
    (PlacementKind.HOUSING, {OrganisationKind.HOUSING, OrganisationKind.NGO}),
    (PlacementKind.NURSERY, {OrganisationKind.NURSERY, OrganisationKind.NGO}),
])
def test_partners_fit_the_help_they_give(kind, fitting):
    assert {o for o in OrganisationKind if organisation_fits(kind, o)} == fitting


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2024, 5, 10), 3, dt.date(2024, 8, 10)),
    (dt.date(2024, 11, 30), 3, dt.date(2025, 2, 28)),
    (dt.date(2023, 11, 30), 3, dt.date(2024, 2, 29)),
    (dt.date(2024, 10, 31), 3, dt.date(2025, 1, 31)),
    (dt.date(2024, 12, 1), 12, dt.date(2025, 12, 1)),
])
def test_months_later_keeps_the_day_or_takes_the_months_last(day, months, expected):
    assert months_later(day, months) == expected


TODAY = dt.date(2024, 11, 20)


@pytest.mark.parametrize("due, done, state", [
    (TODAY - dt.timedelta(days=1), None, FollowUpState.OVERDUE),
    (TODAY, None, FollowUpState.DUE),
    (TODAY + dt.timedelta(days=7), None, FollowUpState.DUE),
    (TODAY + dt.timedelta(days=8), None, FollowUpState.PLANNED),
    (TODAY - dt.timedelta(days=30), TODAY - dt.timedelta(days=29), FollowUpState.DONE),
])
def test_a_follow_up_is_done_overdue_due_or_planned(due, done, state):
    assert follow_up_state(due, done, TODAY) is state
