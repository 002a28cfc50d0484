"""The stage workflow: every allowed and every refused step, witnesses and supervisors."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centre_desk.domain.enums import Stage
from centre_desk.domain.stages import (
    ALLOWED, can_change, needs_supervisor, needs_witness, next_stages)

I, A, RN, RH, RL, C = (  # noqa: E741  (I is Intake: the stages' initials)
    Stage.INTAKE, Stage.ACTIVE, Stage.RENOUNCED, Stage.REHABILITATED,
    Stage.RELAPSED, Stage.CLOSED)
# The workflow as the centre describes it, written out pair by pair.
EXPECTED = {(I, A), (I, C), (A, RN), (A, RL), (A, C), (RN, RH), (RN, RL), (RN, C),
            (RH, RL), (RH, C), (RL, A), (RL, C), (C, A)}


@pytest.mark.parametrize("from_, to", list(itertools.product(Stage, Stage)))
def test_every_pair_of_stages_is_allowed_exactly_when_the_workflow_says(from_, to):
    assert can_change(from_, to) is ((from_, to) in EXPECTED)


def test_every_stage_has_a_way_on_and_none_leads_to_itself_or_back_to_intake():
    assert set(ALLOWED) == set(Stage)
    for stage, following in ALLOWED.items():
        assert following and stage not in following and I not in following


def test_the_table_cannot_be_changed_by_a_caller():
    with pytest.raises(TypeError):
        ALLOWED[I] = frozenset(Stage)  # type: ignore[index]


def test_every_stage_can_be_reached_from_intake():
    reached, frontier = {I}, [I]
    while frontier:
        for to in ALLOWED[frontier.pop()] - reached:
            reached.add(to)
            frontier.append(to)
    assert reached == set(Stage)


@given(st.lists(st.sampled_from(list(Stage)), max_size=12))
def test_a_walk_of_allowed_steps_never_returns_to_intake_and_can_always_close(steps):
    stage, visited = I, []
    for to in steps:
        if can_change(stage, to):
            stage = to
            visited.append(stage)
    assert I not in visited
    assert stage is C or can_change(stage, C)


def test_next_stages_lists_the_allowed_ones_in_workflow_order():
    assert next_stages(I) == (A, C)
    assert next_stages(RN) == (RH, RL, C)
    assert next_stages(C) == (A,)


def test_only_a_renunciation_needs_a_witness():
    assert [stage for stage in Stage if needs_witness(stage)] == [RN]


def test_closing_and_reopening_need_a_supervisor():
    assert [stage for stage in Stage if needs_supervisor(stage)] == [C]
    assert needs_supervisor(A, C)
    assert not needs_supervisor(A, RL)
    assert not needs_supervisor(RN, A)
