"""Shared fixtures: a temp installation, an open database, signed-in actors."""

from __future__ import annotations

import os

# Before any Qt import: tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from centre_desk.config import Paths
from centre_desk.domain.enums import Role
from centre_desk.services import setup, users
from centre_desk.store.database import Database, open_database
from centre_desk.store.stamping import Actor

ADMIN_PASSWORD = "correct horse battery"
USER_PASSWORD = "staple paper clip"


@pytest.fixture
def paths(tmp_path) -> Paths:
    """An empty data dir."""
    return Paths(tmp_path / "data")


@pytest.fixture
def installed(paths) -> Paths:
    """A data dir after first-run set-up with the administrator 'admin'."""
    setup.set_up(paths, setup.SetUpRequest(
        centre_name="Центр «Ақниет»", region="Алматы", admin_username="admin",
        admin_full_name="Әлия Сәрсенова", admin_password=ADMIN_PASSWORD))
    return paths


@pytest.fixture
def db(installed) -> Database:
    """The installation, open."""
    database = open_database(installed)
    yield database
    database.close()


def _sign_in(db: Database, username: str, password: str) -> Actor:
    with db.session() as session, session.begin():
        outcome = users.sign_in(session, username, password)
    assert outcome.actor is not None, outcome.refusal
    return outcome.actor


@pytest.fixture
def admin(db) -> Actor:
    """The administrator, signed in."""
    return _sign_in(db, "admin", ADMIN_PASSWORD)


@pytest.fixture
def run(db, admin):
    """Call a use case as the signed-in administrator (``Workspace.run``)."""
    from centre_desk.services.workspace import Workspace
    return Workspace(db, admin).run


@pytest.fixture
def make_user(db, admin):
    """Create a user with a role and return them signed in."""
    def make(role: Role, username: str | None = None) -> Actor:
        username = username or role.value
        with db.session(admin) as session, session.begin():
            users.create_user(session, username, f"Test {role.value}", role, USER_PASSWORD)
        return _sign_in(db, username, USER_PASSWORD)
    return make
