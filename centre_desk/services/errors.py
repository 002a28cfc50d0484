"""Refusals a user can act on. ``str()`` is one English sentence (the CLI prints it);
the GUI shows its own translated sentence chosen by the exception's class and codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the sign-in window imports this module before anything heavy
    import uuid


class ServiceError(Exception):
    """A use case refused the request; nothing was changed."""


class NotPermitted(ServiceError):
    """The signed-in user's role does not allow this."""

    def __init__(self, permission: str) -> None:
        super().__init__("Your role does not allow this change.")
        self.permission = permission


class NotFound(ServiceError):
    """The record asked for does not exist (or was deleted)."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"No {what} with the id {key} exists.")
        self.what, self.key = what, key


class InvalidInput(ServiceError):
    """One or more fields are wrong; ``problems`` maps a field name to a problem code.

    A code means one thing wherever it appears: a plain code is shared by every feature
    ("required", "too_long", "in_future"); a code whose meaning is a feature's own carries
    that feature's namespace ("placement.not_allowed", "stage.not_allowed",
    "club.already_member", "event.not_related", "course.full", like the IIN checks'
    "iin.bad_check_digit"). The activity core's codes ("not_expected", "no_consent",
    "not_held_yet", "outside_course", "in_future_with_attendance"…) are plain: every
    programme shares them, and the window showing one words it in its programme's way.
    The GUI words every code in ui/toolkit/messages.py, which looks a plain code up under
    the window's namespace first ("course.not_expected", "attendance.not_expected")."""

    def __init__(self, problems: dict[str, str]) -> None:
        listed = ", ".join(f"{field} ({code})" for field, code in problems.items())
        super().__init__(f"Please correct: {listed}.")
        self.problems = problems


class DuplicateIin(ServiceError):
    """Another person already has this IIN."""

    def __init__(self, iin: str, existing_id: uuid.UUID) -> None:
        super().__init__(f"A person with the IIN {iin} is already registered.")
        self.iin, self.existing_id = iin, existing_id


class SignInRefused(ServiceError):
    """Wrong name or password, or too many failures; never says which name exists."""

    def __init__(self, locked: bool) -> None:
        super().__init__("Too many failed attempts: sign-in is locked for a minute."
                         if locked else "The user name or password is wrong.")
        self.locked = locked
