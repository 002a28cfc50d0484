"""Who may see a person's identity in full: IIN, address and phone. One rule for every
list and window on screen, every export and every print; for everyone else those fields
are withheld, wherever they show.

    full = may_see_full_identity(session)
    row = redacted(row, full)          # its iin / phone / address now WITHHELD
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy.orm import Session

from centre_desk.domain.permissions import Permission, allows
from centre_desk.services import audit

T = TypeVar("T")


class Withheld(enum.Enum):
    """Stands for an identity field the user's role may not see (IIN, address, phone);
    the UI and the reports put the word "withheld" in its place."""

    WITHHELD = "withheld"


WITHHELD = Withheld.WITHHELD

PrivateText = str | Withheld | None
"""An identity field: its text, withheld, or blank (None)."""

IDENTITY_FIELDS = ("iin", "phone", "address")
"""The fields withheld from a role without the right to the full file, by the name every
view and row of a person gives them."""


def may_see_full_identity(session: Session) -> bool:
    """Whether this session's user sees IIN, address and phone in full, on screen, in
    exports and in print (everyone who may edit a person does; a read-only user not)."""
    actor = audit.require(session, Permission.VIEW)
    return allows(actor.role, Permission.SEE_FULL_IDENTITY)


def private(value: str | None, full: bool) -> PrivateText:
    """An identity field as this user may see it: blank stays blank."""
    if value is None or full:
        return value
    return WITHHELD


def redacted(record: T, full: bool, fields: Iterable[str] = IDENTITY_FIELDS) -> T:
    """A frozen view or row with those of ``fields`` it has withheld, unless ``full``."""
    if full:
        return record
    names = {field.name for field in dataclasses.fields(record)}
    return dataclasses.replace(record, **{
        name: private(getattr(record, name), full) for name in fields if name in names})
