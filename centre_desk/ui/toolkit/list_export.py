"""Exports a list tab's rows to XLSX off the UI thread, as searched, filtered and sorted;
audited before the file is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QTableView, QWidget

from centre_desk.reports.list_xlsx import EXPORT_PAGE_SIZE, export_list, record_export
from centre_desk.services.workspace import Workspace
from centre_desk.store.atomic import replacing
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.paged_model import PagedTableModel


def visible_columns(view: QTableView) -> list[int]:
    """The model columns the view shows, in the order it shows them."""
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    return sorted(shown, key=header.visualIndex)


def start_export(tab: QWidget, workspace: Workspace, model: PagedTableModel, view: QTableView,
                 title: str, path: str) -> LongWork:
    """Start writing the list to ``path``; the tab hears how it ended through its
    ``show_export_result``. The rows come from the same service and query the list
    shows, page by page, not from the rows the view happens to have loaded."""
    spec = model.spec
    columns = [spec.columns[c] for c in visible_columns(view)]
    headers = [column.header() for column in columns]
    query = model._query()  # the very query the list shows: search, filter and order
    total = model.exact_matching_count()

    def work(progress):
        # On record before a row is written, with the count the list shows: an export
        # cancelled or killed midway may be in the trail, no exported file is missing
        # from it. The temporary file comes first, so a folder that refuses it records
        # nothing.
        with replacing(path) as partial:
            workspace.run(record_export, title, query, total, path)
            return export_list(
                partial, title, headers, lambda row: [column.value(row) for column in columns],
                lambda after: workspace.run(spec.page, query, after, EXPORT_PAGE_SIZE),
                total, progress)

    job = LongWork(tab, QCoreApplication.translate("ListExport", "Export to XLSX"),
                   QCoreApplication.translate("ListExport", "Writing %1 rows…")
                   .replace("%1", QLocale().toString(total)), work)

    def done(rows: int) -> None:
        tab.show_export_result(QCoreApplication.translate(
            "ListExport", "Exported %1 rows to %2.").replace(
                "%1", QLocale().toString(rows)).replace("%2", path))

    job.succeeded.connect(done)
    job.failed.connect(lambda error: tab.show_export_result(
        failure_text(error), error=True))
    job.cancelled.connect(lambda: tab.show_export_result(cancelled_text()))
    job.start()
    return job


def cancelled_text() -> str:
    """What any export says when it was cancelled."""
    return QCoreApplication.translate("ListExport", "Export cancelled; no file was written.")


def failure_text(error: Exception) -> str:
    """What any export says when its file could not be written."""
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "ListExport", "The file could not be written: %1").replace(
                "%1", error.strerror or str(error))
    return error_text(error)
