"""The workspace a sign-in hands out, which runs nothing until the password is checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from centre_desk.services.workspace import Workspace

P = ParamSpec("P")
R = TypeVar("R")


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
