"""The preview: every row read under a mapping, its cells checked, matched with the
people on file (by IIN; by a look-alike name across alphabets with the same birth date,
through services.duplicates) and with the file's earlier rows, and an action proposed.
Nothing is written."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from centre_desk.services.spreadsheet_import.mapping import Mapping
from centre_desk.services.spreadsheet_import.reading import SourceFile
from centre_desk.services.spreadsheet_import.results import Preview

Progress = Callable[[int, int], None]


def preview_import(session: Session, source: SourceFile, mapping: Mapping,
                   progress: Progress | None = None) -> Preview:
    """Check every data row of ``mapping.sheet`` (rows after ``mapping.header_row``) and
    propose an action for each: CREATE for a new person, MERGE into the person with the
    row's IIN, SKIP for a look-alike without an IIN match (a person decides), a row the
    same as an earlier one, or a row with a problem. Needs MERGE_AND_CLOSE (supervisors
    and administrators). ``progress(done, total)`` may raise to cancel."""
    raise NotImplementedError
