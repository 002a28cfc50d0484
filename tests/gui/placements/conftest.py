"""Placement GUI fixtures: a small centre and users of each role (scripted modals
are in tests/gui/conftest.py)."""

from __future__ import annotations

import pytest

from centre_desk.services.workspace import Workspace
from tests.unit.services.test_placements import build_centre


@pytest.fixture
def centre(db, admin):
    return build_centre(db, admin)


@pytest.fixture
def workspace_as(db, make_user):
    """A workspace for a new user of the given role."""
    def make(role) -> Workspace:
        return Workspace(db, make_user(role))
    return make
