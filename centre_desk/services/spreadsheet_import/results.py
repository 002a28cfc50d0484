"""The plain values the import's steps hand each other and the wizard: a row's problems,
its matches with people on file, the action chosen for it, and what applying did."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from typing import Any

from centre_desk.services.spreadsheet_import.fields import RowKind
from centre_desk.services.spreadsheet_import.mapping import Mapping


class Action(enum.StrEnum):
    """What to do with a row."""

    CREATE = "create"
    """A new person (and their case, membership, enrolment or placement)."""
    MERGE = "merge"
    """Into the person named by ``Choice.person_id``: their blank fields filled from
    the row, and the row's case, membership, enrolment or placement added to them."""
    SKIP = "skip"


class RowStatus(enum.StrEnum):
    """What the preview found about a row; the wizard's bulk choices act on a status."""

    NEW = "new"
    """No problem, nobody like them on file."""
    IIN_MATCH = "iin_match"
    """A person on file has the row's IIN."""
    LOOK_ALIKE = "look_alike"
    """A person on file has a name alike in any alphabet and the same birth date."""
    SAME_AS_EARLIER_ROW = "same_as_earlier_row"
    """An earlier row of the file is the same person (same IIN, or look-alike)."""
    ERROR = "error"
    """A cell has a problem; the row cannot be imported until the file is corrected."""


@dataclasses.dataclass(frozen=True)
class CellProblem:
    """A problem of one cell (``column`` None: of the row, e.g. a required field with no
    column). ``code`` is for the GUI to word ("iin.bad_check_digit", "date.invalid",
    "code.unknown", "required", "too_long", "in_future", ...); ``text`` one English
    sentence for the command line and the report."""

    field: str
    column: int | None
    code: str
    text: str


@dataclasses.dataclass(frozen=True)
class PersonMatch:
    """A person on file who may be the row's person. ``by``: "iin" or "name" (a look-alike
    name with the same birth date). ``on_file``: field -> value, to show beside the
    row's values."""

    person_id: uuid.UUID
    full_name: str
    birth_date: dt.date | None
    iin: str | None
    by: str
    similarity: float
    on_file: dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Choice:
    """The action chosen for a row; ``person_id`` is the person to merge into."""

    action: Action
    person_id: uuid.UUID | None = None


SKIP = Choice(Action.SKIP)
CREATE = Choice(Action.CREATE)


@dataclasses.dataclass(frozen=True)
class RowPreview:
    """One row of the file as it would be imported.

    ``number`` is the row's number as the spreadsheet program shows it (1 = first row).
    ``values`` are the row's values read into fields (dates as dates, codes as codes;
    a field whose cell has a problem is absent). ``same_as``: numbers of earlier rows of
    the file that are the same person. ``proposed``: the action the preview proposes
    (the command line's default)."""

    number: int
    values: dict[str, Any]
    cells: dict[str, str]
    problems: tuple[CellProblem, ...]
    matches: tuple[PersonMatch, ...]
    same_as: tuple[int, ...]
    status: RowStatus
    proposed: Choice

    @property
    def full_name(self) -> str:
        return " ".join(str(self.values[n]) for n in ("surname", "given_name", "patronymic")
                        if self.values.get(n))


@dataclasses.dataclass(frozen=True)
class Preview:
    """Every data row of a sheet under a mapping, checked against the file and the
    database; nothing written."""

    kind: RowKind
    file_name: str
    mapping: Mapping
    rows: tuple[RowPreview, ...]
    unmapped_required: tuple[str, ...] = ()
    """Required fields no column is mapped to (every row then has that problem)."""

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    def proposed(self) -> dict[int, Choice]:
        """Row number -> the proposed choice: where the wizard's choices start."""
        return {row.number: row.proposed for row in self.rows}

    def bulk(self, choices: dict[int, Choice], status: RowStatus,
             action: Action) -> dict[int, Choice]:
        """``choices`` with every row of ``status`` set to ``action`` (MERGE: into each
        row's best match; rows with errors can only be skipped)."""
        updated = dict(choices)
        for row in self.rows:
            if row.status is not status:
                continue
            if row.status is RowStatus.ERROR or action is Action.SKIP:
                updated[row.number] = SKIP
            elif action is Action.MERGE:
                updated[row.number] = Choice(Action.MERGE, row.matches[0].person_id) \
                    if row.matches else SKIP
            else:
                updated[row.number] = CREATE
        return updated


class Outcome(enum.StrEnum):
    """What applying did with a row."""

    CREATED = "created"
    MERGED = "merged"
    SKIPPED = "skipped"
    REFUSED = "refused"


@dataclasses.dataclass(frozen=True)
class RowOutcome:
    """One row's fate: ``reason`` a code and ``text`` one English sentence for skipped
    and refused rows; ``person_id`` the person created or merged into."""

    number: int
    outcome: Outcome
    full_name: str
    person_id: uuid.UUID | None = None
    reason: str | None = None
    text: str | None = None


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What an import did (or, on a dry run, would do); ``batch_id`` names the batch to
    undo (None on a dry run or when nothing was written)."""

    kind: RowKind
    file_name: str
    rows: tuple[RowOutcome, ...]
    batch_id: uuid.UUID | None
    dry_run: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)


@dataclasses.dataclass(frozen=True)
class UndoResult:
    """What an undo did: rows deleted, persons whose filled fields were put back, and,
    one English sentence each, what it could not undo (``cannot``), with codes.
    ``erased``: nothing had been sent, so the rows went without tombstones."""

    batch_id: uuid.UUID
    tombstoned: int
    restored: int
    cannot: tuple[tuple[str, str], ...]
    erased: bool = False


@dataclasses.dataclass(frozen=True)
class BatchView:
    """An applied import, as a list of batches to undo shows it."""

    batch_id: uuid.UUID
    imported_at: dt.datetime
    username: str | None
    file_name: str
    kind: str
    created: int
    merged: int
    skipped: int
    refused: int
    undone_at: dt.datetime | None
