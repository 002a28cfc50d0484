"""Turns service refusals and field problem codes into sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from centre_desk.services.errors import (
    DuplicateIin, InvalidInput, NotFound, NotPermitted, ServiceError, SignInRefused)
from centre_desk.store.database import (
    DatabasePasswordNeeded, NotADatabase, NotInitialised, StoreError, WrongDatabasePassword)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def problem_text(code: str) -> str:
    """The sentence shown beside a field for a validation problem code."""
    texts = {
        "required": _tr("This field is required."),
        "too_short": _tr("Use at least 8 characters."),
        "too_long": _tr("This is too long."),
        "taken": _tr("This user name is already taken."),
        "mismatch": _tr("The two entries differ."),
        "invalid": _tr("This value is not valid."),
        "in_future": _tr("The date is in the future."),
        "iin_mismatch": _tr("This does not match the IIN."),
        "iin.not_12_digits": _tr("An IIN has exactly 12 digits."),
        "iin.bad_century_digit": _tr("The 7th digit of an IIN must be from 1 to 6."),
        "iin.bad_birth_date": _tr("The first six digits of the IIN are not a real date."),
        "iin.bad_check_digit": _tr("The IIN's last digit does not match: check for a typo."),
    }
    return texts.get(code, texts["invalid"])


def error_text(error: Exception) -> str:
    """One sentence for a refusal the user can act on."""
    match error:
        case SignInRefused(locked=True):
            return _tr("Too many failed attempts: sign-in is locked for a minute.")
        case SignInRefused():
            return _tr("The user name or password is wrong.")
        case WrongDatabasePassword():
            return _tr("The database password is wrong: check it and try again.")
        case DatabasePasswordNeeded():
            return _tr("This database is encrypted: enter its password.")
        case NotADatabase():
            return _tr("The database file is damaged or is not a Centre Desk database.")
        case NotInitialised():
            return _tr("There is no Centre Desk database here yet: run first-time set-up.")
        case NotPermitted():
            return _tr("Your role does not allow this change.")
        case NotFound():
            return _tr("This record no longer exists; it may have been deleted.")
        case DuplicateIin():
            return _tr("A person with this IIN is already registered.")
        case InvalidInput():
            return _tr("Please correct the highlighted fields.")
        case ServiceError() | StoreError():
            return str(error)
    return _tr("Something went wrong; the details are in the log file.")
