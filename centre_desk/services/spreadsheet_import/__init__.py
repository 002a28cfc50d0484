"""Spreadsheet import (issue 17): a register kept in Excel or LibreOffice brought in as
participants, club members, course students, placements or plain persons.

The steps, each one call, in the order a wizard takes them::

    source = read_spreadsheet(path)                  # sheets, guessed sheet and header row
    mapping = guess_mapping(source.sheet(), RowKind.PARTICIPANTS)   # or load_mapping(json)
    mapping = mapping.with_column(4, "birth_date").with_value("sex", "ж", "female")
    preview = run(preview_import, source, mapping, progress)        # problems, matches
    choices = preview.bulk(preview.proposed(), RowStatus.LOOK_ALIKE, Action.MERGE)
    result = run(apply_import, preview, choices, progress, cancelled)   # one transaction
    write_import_report(report_beside(path), result, reason)  # reports.import_report
    run(list_batches); run(undo_batch, batch_id)    # later, by a supervisor

For the wizard's pages: ``source.sheets`` (names, ``rows``, ``header_row``) to choose
the sheet and header row; ``FIELDS[kind]`` the fields a column can take;
``words_of(sheet, mapping)`` the words of each coded column for the value table (codes
in ``FieldSpec.codes``); each ``RowPreview`` has ``status``, ``problems`` (field,
column, code, English sentence), ``matches`` (``on_file``: the person's fields to show
beside ``values``) and ``same_as``; ``Preview.bulk`` sets a choice for every row of a
status. Codes are for the GUI to word; the sentences serve the CLI and the report.

``run`` is Workspace.run: each step is one transaction; a refusal raises a
ServiceError whose ``str()`` is one sentence (SpreadsheetRefused, ImportCancelled,
NotPermitted...). Reading and the mapping need no database.
"""

from centre_desk.services.spreadsheet_import.applying import ImportCancelled, apply_import
from centre_desk.services.spreadsheet_import.fields import FIELDS, FieldSpec, FieldType, RowKind
from centre_desk.services.spreadsheet_import.mapping import (
    Mapping, guess_mapping, load_mapping, save_mapping, words_of)
from centre_desk.services.spreadsheet_import.preview import preview_import
from centre_desk.services.spreadsheet_import.reading import (
    Sheet, SourceFile, SpreadsheetRefused, column_name, read_spreadsheet)
from centre_desk.services.spreadsheet_import.results import (
    Action, BatchView, CellProblem, Choice, ImportResult, Outcome, PersonMatch, Preview,
    RowOutcome, RowPreview, RowStatus, UndoResult)
from centre_desk.services.spreadsheet_import.undo import list_batches, undo_batch

__all__ = [
    "FIELDS", "Action", "BatchView", "CellProblem", "Choice", "FieldSpec", "FieldType",
    "ImportCancelled", "ImportResult", "Mapping", "Outcome", "PersonMatch", "Preview",
    "RowKind", "RowOutcome", "RowPreview", "RowStatus", "Sheet", "SourceFile",
    "SpreadsheetRefused", "UndoResult", "apply_import", "column_name", "guess_mapping",
    "list_batches", "load_mapping", "preview_import", "read_spreadsheet", "save_mapping",
    "undo_batch", "words_of",
]
