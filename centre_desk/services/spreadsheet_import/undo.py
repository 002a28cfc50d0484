"""Undo a whole import batch: tombstones for the rows it created, the fields it filled
on existing persons put back, as long as nothing newer touched those rows; what it
cannot undo it says, row by row."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from centre_desk.services.spreadsheet_import.results import BatchView, UndoResult


def list_batches(session: Session, limit: int = 100) -> list[BatchView]:
    """The imports applied at this site, newest first. Needs MERGE_AND_CLOSE."""
    raise NotImplementedError


def undo_batch(session: Session, batch_id: uuid.UUID) -> UndoResult:
    """Undo the batch inside the caller's transaction (supervisors and administrators).

    Every row the batch created whose stamp is still the one it had after the import
    becomes a tombstone (which syncs like any delete); every person whose blank fields it
    filled gets them back blank. A row touched since (edited here, or by a change that
    arrived from a peer) is left as it is and named in ``cannot``; so is everything that
    depends on it. The batch is marked undone; a second undo is refused."""
    raise NotImplementedError
