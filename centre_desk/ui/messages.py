"""Turns service refusals and field problem codes into sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.services.errors import (
    DuplicateIin, InvalidInput, NotFound, NotPermitted, ServiceError, SignInRefused)
from centre_desk.store.errors import (
    DatabasePasswordNeeded, NotADatabase, NotInitialised, StoreError, WrongDatabasePassword)

# Marked with QT_TRANSLATE_NOOP so lupdate extracts them; translated when shown.
_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "too_short": QT_TRANSLATE_NOOP("Messages", "Use at least 8 characters."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "This is too long."),
    "taken": QT_TRANSLATE_NOOP("Messages", "This user name is already taken."),
    "mismatch": QT_TRANSLATE_NOOP("Messages", "The two entries differ."),
    "invalid": QT_TRANSLATE_NOOP("Messages", "This value is not valid."),
    "in_future": QT_TRANSLATE_NOOP("Messages", "The date is in the future."),
    "iin_mismatch": QT_TRANSLATE_NOOP("Messages", "This does not match the IIN."),
    "iin.not_12_digits": QT_TRANSLATE_NOOP("Messages", "An IIN has exactly 12 digits."),
    "iin.bad_century_digit": QT_TRANSLATE_NOOP(
        "Messages", "The 7th digit of an IIN must be from 1 to 6."),
    "iin.bad_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "The first six digits of the IIN are not a real date."),
    "iin.bad_check_digit": QT_TRANSLATE_NOOP(
        "Messages", "The IIN's last digit does not match: check for a typo."),
}

_ERRORS: list[tuple[type[Exception], str]] = [
    (WrongDatabasePassword, QT_TRANSLATE_NOOP(
        "Messages", "The database password is wrong: check it and try again.")),
    (DatabasePasswordNeeded, QT_TRANSLATE_NOOP(
        "Messages", "This database is encrypted: enter its password.")),
    (NotADatabase, QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged or is not a Centre Desk database.")),
    (NotInitialised, QT_TRANSLATE_NOOP(
        "Messages", "There is no Centre Desk database here yet: run first-time set-up.")),
    (NotPermitted, QT_TRANSLATE_NOOP("Messages", "Your role does not allow this change.")),
    (NotFound, QT_TRANSLATE_NOOP(
        "Messages", "This record no longer exists; it may have been deleted.")),
    (DuplicateIin, QT_TRANSLATE_NOOP("Messages", "A person with this IIN is already registered.")),
    (InvalidInput, QT_TRANSLATE_NOOP("Messages", "Please correct the highlighted fields.")),
]
_LOCKED = QT_TRANSLATE_NOOP("Messages", "Too many failed attempts: sign-in is locked for a minute.")
_WRONG_SIGN_IN = QT_TRANSLATE_NOOP("Messages", "The user name or password is wrong.")
UNEXPECTED = QT_TRANSLATE_NOOP("Messages", "Something went wrong; the details are in the log file.")


def translated(text: str) -> str:
    """A sentence marked above, in the current language."""
    return QCoreApplication.translate("Messages", text)


def problem_text(code: str) -> str:
    """The sentence shown beside a field for a validation problem code."""
    return translated(_PROBLEMS.get(code, _PROBLEMS["invalid"]))


def error_text(error: Exception) -> str:
    """One sentence for a refusal the user can act on."""
    if isinstance(error, SignInRefused):
        return translated(_LOCKED if error.locked else _WRONG_SIGN_IN)
    for kind, text in _ERRORS:
        if isinstance(error, kind):
            return translated(text)
    if isinstance(error, ServiceError | StoreError):
        return str(error)
    return translated(UNEXPECTED)
