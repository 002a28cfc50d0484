"""Save the half-year statistics to a file (JSON, XLSX or PDF) and audit it: the window
and the ``report`` command both call it with their Workspace.

    save_report(workspace, scope, ReportFormat.PDF, path, labels.label)

Every format holds planned against held (services.statistics_plans) too; the window
passes the one it shows. Everything the file shows is read first; then the audit event
(EXPORTED, or PRINTED for a PDF) is committed, and only then is the file written, in
place only once complete. A save killed or failing midway may stand in the audit trail
without its file; no file ever stands without its event. A target folder that cannot
take the file fails before anything is recorded.
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
from centre_desk.services import participant_report, statistics, statistics_plans
from centre_desk.services.statistics import HalfYearReport, ReportScope
from centre_desk.services.statistics_plans import PlansAgainstHeld
from centre_desk.services.statistics_all_rows import WorkbookRows, workbook_rows
from centre_desk.services.workspace import Workspace
from centre_desk.store.atomic import replacing


class ReportFormat(enum.StrEnum):
    """The files the statistics can be saved as."""

    JSON = "json"
    XLSX = "xlsx"
    PDF = "pdf"


def save_report(workspace: Workspace, scope: ReportScope, file_format: ReportFormat,
                target: Path | str, label: Label, report: HalfYearReport | None = None,
                progress: Callable[[int, int], None] | None = None,
                plans: PlansAgainstHeld | None = None) -> HalfYearReport:
    """Write the report for ``scope`` (or the ``report`` and ``plans`` already made for
    it) to ``target``; returns the report written."""
    file_format = ReportFormat(file_format)
    report, plans, context, rows = workspace.run(_read, scope, file_format, report, plans,
                                                 progress)
    with replacing(target) as partial:
        workspace.run(statistics.record_export, scope, file_format.value, target,
                      printed=file_format is ReportFormat.PDF)
        if file_format is ReportFormat.JSON:
            write_json(partial, report, context, plans)
        elif file_format is ReportFormat.PDF:
            write_pdf(partial, report, context, label, plans)
        else:
            write_xlsx(partial, report, rows, context, label,
                       None if progress is None else
                       lambda done, total: progress(total + 2 * done, 3 * total), plans)
    return report


def _read(session: Session, scope: ReportScope, file_format: ReportFormat,
          report: HalfYearReport | None, plans: PlansAgainstHeld | None,
          progress: Callable[[int, int], None] | None):
    """The report, planned against held, the page context and (for XLSX) the rows behind
    each figure, in one transaction."""
    report = report or statistics.half_year_report(session, scope)
    plans = plans or statistics_plans.plans_against_held(session, scope)
    context = participant_report.print_context(session)
    rows = WorkbookRows([], [], {})
    if file_format is ReportFormat.XLSX:  # reading is about a third of the work
        rows = workbook_rows(session, scope, report.figures, None if progress is None else
                             lambda done, total: progress(done, 3 * total))
    return report, plans, context, rows
