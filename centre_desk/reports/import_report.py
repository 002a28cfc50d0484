"""The report of a spreadsheet import as an .xlsx (written by list_xlsx.Sheets, the
project's XlsxWriter wrapper): a summary sheet, then one sheet per outcome (created,
merged, skipped, refused) listing each row by its number in the file, the person, and
for skipped and refused rows the reason in one sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from centre_desk.reports.list_xlsx import Sheets, text_width
from centre_desk.services.spreadsheet_import.results import ImportResult, Outcome
from centre_desk.store.atomic import replacing

_SHEETS = ((Outcome.CREATED, "Created"), (Outcome.MERGED, "Merged"),
           (Outcome.SKIPPED, "Skipped"), (Outcome.REFUSED, "Refused"))
_HEADINGS = ("Row in file", "Person", "Person id", "Reason", "Reason code")


def report_beside(source: Path | str, today: dt.date | None = None) -> Path:
    """Where the window saves the report by default: beside the imported file, named
    after it and the day ("register.xlsx" -> "register, import 2026-12-02.xlsx"), with a
    number added rather than replacing an earlier report."""
    source = Path(source)
    stem = f"{source.stem}, import {(today or dt.date.today()).isoformat()}"
    target = source.with_name(stem + ".xlsx")
    number = 2
    while target.exists():
        target = source.with_name(f"{stem} ({number}).xlsx")
        number += 1
    return target


def write_import_report(target: Path | str, result: ImportResult) -> Path:
    """Write the report to ``target`` (complete or not at all) and return it."""
    target = Path(target)
    with replacing(target) as partial:
        sheets = Sheets(Path(partial))
        try:
            summary = sheets.add("Summary")
            sheets.headings(summary, 0, ("File", result.file_name))
            lines = [("Rows as", result.kind.value),
                     ("Dry run (nothing written)", "yes" if result.dry_run else "no"),
                     ("Batch (to undo)", str(result.batch_id or ""))]
            lines += [(title, result.count(outcome)) for outcome, title in _SHEETS]
            for number, line in enumerate(lines, 1):
                sheets.write(summary, number, line)
            sheets.widths(summary, (28, max(len(result.file_name), 36)))
            for outcome, title in _SHEETS:
                sheet = sheets.add(title)
                sheet.freeze_panes(1, 0)
                sheets.headings(sheet, 0, _HEADINGS)
                widths = [len(h) for h in _HEADINGS]
                written = 0
                for row in result.rows:
                    if row.outcome is not outcome:
                        continue
                    written += 1
                    values = (row.number, row.full_name,
                              str(row.person_id) if row.person_id else None,
                              row.text, row.reason)
                    sheets.write(sheet, written, values)
                    widths = [max(w, text_width(v)) for w, v in zip(widths, values)]
                sheets.widths(sheet, widths)
        finally:
            sheets.close()
    return target
