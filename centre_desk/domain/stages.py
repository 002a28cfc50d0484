"""The stage workflow of a rehabilitation case: which step may follow which, and who may take it."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from centre_desk.domain.enums import Stage

ALLOWED: Mapping[Stage, frozenset[Stage]] = MappingProxyType({
    Stage.INTAKE: frozenset({Stage.ACTIVE, Stage.CLOSED}),
    Stage.ACTIVE: frozenset({Stage.RENOUNCED, Stage.RELAPSED, Stage.CLOSED}),
    Stage.RENOUNCED: frozenset({Stage.REHABILITATED, Stage.RELAPSED, Stage.CLOSED}),
    Stage.REHABILITATED: frozenset({Stage.RELAPSED, Stage.CLOSED}),
    Stage.RELAPSED: frozenset({Stage.ACTIVE, Stage.CLOSED}),
    # A closed file is reopened, never restarted: the history stays one history.
    Stage.CLOSED: frozenset({Stage.ACTIVE}),
})
"""For each stage, the stages a case may move to next."""


def can_change(from_: Stage, to: Stage) -> bool:
    """Whether the workflow lets a case move from one stage to the other."""
    return to in ALLOWED.get(from_, frozenset())


def next_stages(from_: Stage) -> tuple[Stage, ...]:
    """The stages a case may move to next, in workflow order (for a picker)."""
    return tuple(stage for stage in Stage if can_change(from_, stage))


def needs_witness(to: Stage) -> bool:
    """A renunciation of radical views is only recorded with the name of its witness."""
    return to is Stage.RENOUNCED


def needs_supervisor(to: Stage, from_: Stage | None = None) -> bool:
    """Closing a file, or reopening a closed one (pass ``from_``), is a supervisor's decision."""
    return to is Stage.CLOSED or from_ is Stage.CLOSED


def needs_approval(to: Stage, from_: Stage | None = None) -> bool:
    """Marking a participant rehabilitated, closing a file or reopening a closed one is
    a request that a second supervisor approves (services.approvals): four eyes."""
    return to in (Stage.REHABILITATED, Stage.CLOSED) or from_ is Stage.CLOSED
