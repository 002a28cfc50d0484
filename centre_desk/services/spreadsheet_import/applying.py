"""Apply the chosen actions in the caller's one transaction through the services the
windows use (persons, cases, club, courses, placements: audit, stamps, sync), and keep
the batch for its undo. A cancel or any failure raises, and the caller's transaction
rolls back: the database is as it was."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from centre_desk.services.errors import ServiceError
from centre_desk.services.spreadsheet_import.results import Choice, ImportResult, Preview

Progress = Callable[[int, int], None]


class ImportCancelled(ServiceError):
    """The user cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


def apply_import(session: Session, preview: Preview, choices: dict[int, Choice] | None = None,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 dry_run: bool = False) -> ImportResult:
    """Apply ``choices`` (row number -> Choice; default: the preview's proposals) to the
    preview's rows, inside the caller's transaction, and record one batch to undo.

    A row whose service refuses it (InvalidInput, DuplicateIin...) is rolled back to its
    own savepoint and reported REFUSED with the reason; the other rows go on. Rows with
    problems are never applied, whatever the choice. ``progress(done, total)`` is called
    as rows go; ``cancelled()`` returning True (or progress raising) stops the import
    with ImportCancelled, and the caller's transaction must roll back (Workspace.run
    does). ``dry_run``: every row goes through the services and the result is reported,
    then everything is rolled back (the caller's transaction stays usable).
    Needs MERGE_AND_CLOSE."""
    raise NotImplementedError
