"""Outcomes that need four eyes (rehabilitated, closed, reopened) recorded in tests that
are about something else: asked for by the workspace's user, approved by a second
supervisor made for the purpose (services.approvals)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from centre_desk.domain.enums import Role, Stage
from centre_desk.services import approvals, users
from centre_desk.services.audit import site_actor
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import User
from centre_desk.store.stamping import Actor

SECOND = "second_eyes"


def second_supervisor(db) -> Actor:
    """A supervisor who approves what the tests ask for (made the first time)."""
    with db.session() as session:
        user_id = session.scalar(select(User.id).where(User.username == SECOND))
    if user_id is None:
        with db.session(site_actor()) as session, session.begin():
            user_id = users.create_user(session, SECOND, "Второй руководитель",
                                        Role.SUPERVISOR, "second pair of eyes")
    return Actor(user_id, SECOND, Role.SUPERVISOR)


def approved_stage(run, case_id: uuid.UUID, to: Stage, on: dt.date, note: str,
                   witness: str | None = None, today: dt.date | None = None) -> uuid.UUID:
    """Ask for ``to`` as ``run``'s user (Workspace.run) and have it approved at once."""
    request_id = run(approvals.request_outcome, case_id, to, on, note, witness, today)
    db = run.__self__.database
    Workspace(db, second_supervisor(db)).run(approvals.decide, request_id, True, None, today)
    return request_id
