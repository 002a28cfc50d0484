"""The report of a spreadsheet import as an .xlsx (written by list_xlsx.Sheets, the
project's XlsxWriter wrapper): a summary sheet, then one sheet per outcome (created,
merged, skipped, refused) listing each row by its number in the file, the person, and
for skipped and refused rows the reason in one sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from centre_desk.reports.list_xlsx import Sheets, text_width
from centre_desk.services.spreadsheet_import.results import ImportResult, Outcome, RowOutcome
from centre_desk.store.atomic import replacing


def _sheets() -> tuple[tuple[Outcome, str], ...]:
    return ((Outcome.CREATED, QCoreApplication.translate("ImportReport", "Created")),
            (Outcome.MERGED, QCoreApplication.translate("ImportReport", "Merged")),
            (Outcome.SKIPPED, QCoreApplication.translate("ImportReport", "Skipped")),
            (Outcome.REFUSED, QCoreApplication.translate("ImportReport", "Refused")))


def _headings() -> tuple[str, ...]:
    return (QCoreApplication.translate("ImportReport", "Row in file"),
            QCoreApplication.translate("ImportReport", "Person"),
            QCoreApplication.translate("ImportReport", "Person id"),
            QCoreApplication.translate("ImportReport", "Reason"),
            QCoreApplication.translate("ImportReport", "Reason code"))


def _summary(result: ImportResult) -> tuple[tuple[str, str], list[tuple[str, object]]]:
    title = (QCoreApplication.translate("ImportReport", "File"), result.file_name)
    dry = QCoreApplication.translate("ImportReport", "yes") if result.dry_run else \
        QCoreApplication.translate("ImportReport", "no")
    return title, [(QCoreApplication.translate("ImportReport", "Rows as"), result.kind.value),
                   (QCoreApplication.translate("ImportReport", "Dry run (nothing written)"),
                    dry),
                   (QCoreApplication.translate("ImportReport", "Batch (to undo)"),
                    str(result.batch_id or ""))]


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


def write_import_report(target: Path | str, result: ImportResult,
                        reason: Callable[[RowOutcome], str | None] | None = None) -> Path:
    """Write the report to ``target`` (complete or not at all) and return it. Titles go
    through QCoreApplication.translate ("ImportReport"); ``reason(row)`` words a skipped
    or refused row's reason in the window's language (default: the service's English
    sentence); the reason's code stays beside it."""
    target = Path(target)
    sheets_of, headings = _sheets(), _headings()
    with replacing(target) as partial:
        sheets = Sheets(Path(partial))
        try:
            summary = sheets.add(QCoreApplication.translate("ImportReport", "Summary"))
            title, lines = _summary(result)
            sheets.headings(summary, 0, title)
            lines += [(name, result.count(outcome)) for outcome, name in sheets_of]
            for number, line in enumerate(lines, 1):
                sheets.write(summary, number, line)
            sheets.widths(summary, (28, max(len(result.file_name), 36)))
            for outcome, title in sheets_of:
                sheet = sheets.add(title)
                sheet.freeze_panes(1, 0)
                sheets.headings(sheet, 0, headings)
                widths = [len(h) for h in headings]
                written = 0
                for row in result.rows:
                    if row.outcome is not outcome:
                        continue
                    written += 1
                    values = (row.number, row.full_name,
                              str(row.person_id) if row.person_id else None,
                              (reason(row) if reason and row.reason else None) or row.text,
                              row.reason)
                    sheets.write(sheet, written, values)
                    widths = [max(w, text_width(v)) for w, v in zip(widths, values)]
                sheets.widths(sheet, widths)
        finally:
            sheets.close()
    return target
