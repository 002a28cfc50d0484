"""Programme GUI fixtures, shared by the club, children's events and courses tests:
signed-in workspaces per role, scripted modals, a small families fixture, helpers.

Import what you need in another test module's conftest or test file::

    from tests.gui.programmes.conftest import Modals, submit, snapshot, type_text

Fixtures: ``translations`` (English source strings), ``staff`` (a user per role, made
when first asked for), ``as_role(role)`` → Workspace, ``specialist``, ``supervisor``,
``read_only`` (Workspaces), ``modals`` (every ``ModalHost.run_dialog``/``confirm``
scripted), ``families`` (persons from ``build_families``), ``club`` (two members, a
former member and a past meeting with one person present).
"""

from __future__ import annotations

import datetime as dt
import types

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import ActivityKind, Programme, Role
from centre_desk.services import activities, club as club_service
from centre_desk.services.activities import ActivityInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Activity, Attendance, EventRegistration
from tests.gui.participants.conftest import type_text as type_text  # re-exported
from tests.gui.conftest import Modals as Modals, submit as submit  # re-exported
from tests.unit.services.test_activities import build_families
from tests.unit.services.test_placements import snapshot as snapshot  # re-exported

TODAY = dt.date.today()
LAST_MONTH = TODAY - dt.timedelta(days=30)
LAST_YEAR = TODAY - dt.timedelta(days=365)


def stored_activity(db, activity_id) -> tuple[Activity, list, list]:
    """The activity as stored, with its attendance ticks and event registrations
    (deleted ones too)."""
    with db.session() as session:
        activity = session.get(Activity, activity_id)
        ticks = session.scalars(select(Attendance).where(
            Attendance.activity_id == activity_id)).all()
        registrations = session.scalars(select(EventRegistration).where(
            EventRegistration.activity_id == activity_id)).all()
    return activity, ticks, registrations


@pytest.fixture
def as_role(db, staff, translations):
    """The workspace a user of a role holds."""
    def workspace(role: Role) -> Workspace:
        return Workspace(db, staff[role])
    return workspace


@pytest.fixture
def specialist(as_role) -> Workspace:
    return as_role(Role.SPECIALIST)


@pytest.fixture
def supervisor(as_role) -> Workspace:
    return as_role(Role.SUPERVISOR)


@pytest.fixture
def read_only(as_role) -> Workspace:
    return as_role(Role.READ_ONLY)


@pytest.fixture
def families(db, admin) -> types.SimpleNamespace:
    """Mothers, fathers, children and a guardian (see build_families), by person id."""
    return build_families(db, admin)


@pytest.fixture
def club(db, admin, families) -> types.SimpleNamespace:
    """Ахметова and Сапарова are members since last year, Бекова left last month; a
    group session held last month with Ахметова present."""
    ws = Workspace(db, admin)
    f = families
    f.mother_membership = ws.run(club_service.join_club, f.mother, LAST_YEAR,
                                 "Сын под влиянием группы", "Школьный психолог")
    f.grandmother_membership = ws.run(club_service.join_club, f.grandmother, LAST_YEAR)
    f.former_membership = ws.run(club_service.join_club, f.second_mother, LAST_YEAR)
    ws.run(club_service.leave_club, f.former_membership, LAST_MONTH)
    f.meeting = ws.run(activities.create_activity, ActivityInput(
        programme=Programme.MOTHERS_CLUB, kind=ActivityKind.CLUB_GROUP_SESSION,
        held_on=LAST_MONTH - dt.timedelta(days=1), title="Встреча клуба", place="Центр"))
    ws.run(activities.set_attendance, f.meeting, [f.mother])
    return f
