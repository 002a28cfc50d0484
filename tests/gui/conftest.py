"""GUI fixtures: a signed-in workspace the tabs query through."""

from __future__ import annotations

import pytest

from centre_desk.domain.enums import Role
from centre_desk.services.workspace import Workspace
from centre_desk.ui.i18n import Translations


@pytest.fixture
def workspace(db, admin) -> Workspace:
    """The administrator's handle on the test database, as the main window holds it."""
    return Workspace(db, admin)


@pytest.fixture
def translations(qapp, tmp_path):
    """English, so assertions read the source strings; restored afterwards."""
    loaded = Translations(tmp_path / "qm")
    loaded.apply("en")
    yield loaded
    loaded.apply("en")


@pytest.fixture
def staff(db, make_user):
    """Users of each role, signed in; each made when first asked for (a password hash
    costs a quarter of a second)."""
    class Staff(dict):
        def __missing__(self, role: Role):
            self[role] = make_user(role)
            return self[role]
    return Staff()
