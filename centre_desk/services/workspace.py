"""A signed-in user's handle on the database: one use case, one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from centre_desk.store.database import Database
from centre_desk.store.stamping import Actor

P = ParamSpec("P")
R = TypeVar("R")


class Workspace:
    """What the GUI holds instead of a session: widgets hand it a service function and
    its arguments; it opens the session, commits on success and rolls back on error."""

    def __init__(self, database: Database, actor: Actor | None) -> None:
        self.database = database
        self.actor = actor

    def run(self, use_case: Callable[Concatenate[Session, P], R],
            *args: P.args, **kwargs: P.kwargs) -> R:
        """Run one use case in its own transaction and return its plain result."""
        with self.database.session(self.actor) as session, session.begin():
            return use_case(session, *args, **kwargs)


class UncheckedWorkspace(Workspace):
    """The signed-in user's workspace, made while their password is still being checked
    so the main window can be built meanwhile (unshown): it runs no use case until
    ``checked`` is set, once the password verified, so nothing is read before. After a
    wrong password it never is, and the window built on it is thrown away."""

    checked = False

    def run(self, use_case: Callable[Concatenate[Session, P], R],
            *args: P.args, **kwargs: P.kwargs) -> R:
        """Override: refuses until the password is checked."""
        if not self.checked:
            raise RuntimeError("nothing is read before the password is checked")
        return super().run(use_case, *args, **kwargs)
