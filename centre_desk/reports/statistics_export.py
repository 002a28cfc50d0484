"""Save the half-year statistics to a file (JSON, XLSX or PDF) and audit it, in one
use case: the window and the ``report`` command both run it through a Workspace.

    workspace.run(save_report, scope, ReportFormat.PDF, path, labels.label)

The audit event (EXPORTED, or PRINTED for a PDF) is flushed before the file is
written and commits with the use case: a failed write leaves neither file nor event.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from centre_desk.reports.statistics_json import write_json
from centre_desk.reports.statistics_pdf import write_pdf
from centre_desk.reports.statistics_words import Label
from centre_desk.reports.statistics_xlsx import write_xlsx
from centre_desk.services import participant_report, statistics
from centre_desk.services.statistics import HalfYearReport, ReportScope
from centre_desk.services.statistics_rows import rows_behind


class ReportFormat(enum.StrEnum):
    """The files the statistics can be saved as."""

    JSON = "json"
    XLSX = "xlsx"
    PDF = "pdf"


def save_report(session: Session, scope: ReportScope, file_format: ReportFormat,
                target: Path | str, label: Label, report: HalfYearReport | None = None,
                progress: Callable[[int, int], None] | None = None) -> HalfYearReport:
    """Write the report for ``scope`` (or the ``report`` already made for it) to
    ``target``; returns the report written."""
    file_format = ReportFormat(file_format)
    report = report or statistics.half_year_report(session, scope)
    context = participant_report.print_context(session)
    statistics.record_export(session, scope, file_format.value, target,
                             printed=file_format is ReportFormat.PDF)
    session.flush()
    if file_format is ReportFormat.JSON:
        write_json(target, report, context)
    elif file_format is ReportFormat.PDF:
        write_pdf(target, report, context, label)
    else:
        rows = {}
        for done, figure in enumerate(report.figures, start=1):
            rows[figure] = rows_behind(session, scope, figure, limit=None)
            if progress is not None:  # reading is about a fifth of the work, writing the rest
                progress(done, 5 * len(report.figures))
        write_xlsx(target, report, rows, context, label,
                   None if progress is None else
                   lambda done, total: progress(total + 4 * done, 5 * total))
    return report
