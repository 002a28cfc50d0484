"""GUI fixtures: a signed-in workspace the tabs query through."""

from __future__ import annotations

import pytest

from centre_desk.services.workspace import Workspace


@pytest.fixture
def workspace(db, admin) -> Workspace:
    """The administrator's handle on the test database, as the main window holds it."""
    return Workspace(db, admin)
