"""Printing participants' files: choose the sections, then preview, print or save a PDF,
for one participant or for every participant of the filtered list.

Preview is painted on the UI thread (a few files); printing and saving run as
:class:`~centre_desk.ui.toolkit.long_work.LongWork` with a progress dialog that can be
cancelled. Every question and file dialog goes through a method tests can replace.

Every way out is audited before anything reaches the screen, the printer or the disk:
a print cancelled, failed or killed midway may stand in the audit trail, but no page
or file ever exists that the trail does not name. A PDF appears only once complete.
"""

from __future__ import annotations

import contextlib
import uuid

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QLabel, QMessageBox,
    QPushButton, QVBoxLayout, QWidget)

from centre_desk.reports.participant_file import paint_files, prepare, section_title, write_pdf
from centre_desk.services import participant_report as report
from centre_desk.services.listing import ListQuery
from centre_desk.services.participant_report import ALL_SECTIONS, PrintedHow, Section
from centre_desk.services.workspace import Workspace
from centre_desk.store.atomic import replacing
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.messages import error_text

PREVIEW_LIMIT = 20
"""More files than this are printed or saved, not previewed: a preview paints on the
UI thread and would freeze it."""


class PrintFilesDialog(QDialog):
    """Sections to print and the three ways out: preview, printer, PDF.

    Give either ``person_ids`` (one file, or a few) or ``list_query`` with its
    ``count`` (every participant the participants list finds, read when printing)."""

    def __init__(self, workspace: Workspace, person_ids: list[uuid.UUID] | None = None,
                 list_query: ListQuery | None = None, count: int | None = None,
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printFilesDialog")
        self._workspace = workspace
        self._ids = list(person_ids) if person_ids is not None else None
        self._query = list_query
        self._count = len(self._ids) if self._ids is not None else (count or 0)
        self._title = title
        self.full_file = workspace.run(report.may_print_full_file)
        self.job: LongWork | None = None

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._redaction = QLabel(self)
        self._redaction.setObjectName("redactionNote")
        self._redaction.setWordWrap(True)
        self._redaction.setStyleSheet("color: #8f1d1d;")
        self._redaction.setVisible(not self.full_file)
        self._sections_box = QGroupBox(self)
        column = QVBoxLayout(self._sections_box)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in ALL_SECTIONS:
            box = QCheckBox(self._sections_box)
            box.setObjectName(f"section_{section.value}")
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
            column.addWidget(box)
            self.section_boxes[section] = box
        buttons = QDialogButtonBox(self)
        self.preview_button = self._button(buttons, "previewButton", self.preview)
        self.print_button = self._button(buttons, "printButton", self.print_files)
        self.pdf_button = self._button(buttons, "pdfButton", self.save_pdf)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self._message = QLabel(self)
        self._message.setObjectName("printMessage")
        self._message.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self._intro, self._redaction, self._sections_box, self._message):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self._update_buttons()

    def _button(self, box: QDialogButtonBox, name: str, slot) -> QPushButton:
        button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Print participant files"))
        count = QLocale().toString(self._count)
        if self._ids is not None and len(self._ids) == 1 and self._title:
            self._intro.setText(self.tr("The file of %1.").replace("%1", self._title))
        else:
            self._intro.setText(self.tr("%1 participant files, each from a new page.")
                                .replace("%1", count))
        self._redaction.setText(self.tr(
            "Your role prints a shortened file: IIN, address and phone are shown as "
            "\"withheld\"."))
        self._sections_box.setTitle(self.tr("Sections"))
        for section, box in self.section_boxes.items():
            box.setText(section_title(section))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.preview_button.setToolTip(
            self.tr("Preview shows up to %1 files; print or save more.")
            .replace("%1", str(PREVIEW_LIMIT)))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("Save P&DF…"))

    def chosen_sections(self) -> tuple[Section, ...]:
        """The ticked sections, in print order."""
        return tuple(s for s, box in self.section_boxes.items() if box.isChecked())

    def _update_buttons(self) -> None:
        some = bool(self.chosen_sections()) and self._count > 0
        self.preview_button.setEnabled(some and self._count <= PREVIEW_LIMIT)
        self.print_button.setEnabled(some)
        self.pdf_button.setEnabled(some)

    def show_message(self, text: str) -> None:
        self._message.setText(text)

    def message(self) -> str:
        return self._message.text()

    # --- the work ----------------------------------------------------------------------

    def _person_ids(self) -> list[uuid.UUID]:
        if self._ids is None:
            self._ids = self._workspace.run(report.participants_in_list, self._query)
        return self._ids

    def _reports(self, ids: list[uuid.UUID], sections: tuple[Section, ...]):
        for person_id in ids:
            yield self._workspace.run(report.participant_report, person_id, sections)

    def preview_dialog(self) -> QPrintPreviewDialog:
        """A preview of the files, not yet shown; the caller opens it."""
        sections = self.chosen_sections()
        ids = self._person_ids()
        context = self._workspace.run(report.print_context)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare(printer)
        dialog = QPrintPreviewDialog(printer, self)
        self._preview_printer = printer  # the preview only points to it: keep it alive
        dialog.setObjectName("printPreview")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(lambda device: paint_files(
            device, self._reports(ids, sections), context, labels.label))
        self._workspace.run(report.record_print, ids, PrintedHow.PREVIEW, sections)
        return dialog

    def preview(self) -> QPrintPreviewDialog | None:
        """Open the preview (window-modal, so nothing waits on it)."""
        if not self.preview_button.isEnabled():
            return None
        dialog = self.preview_dialog()
        dialog.open()
        return dialog

    def print_files(self, printer: QPrinter | None = None) -> LongWork | None:
        """Ask for a printer (unless given one), then print off the UI thread."""
        if not self.print_button.isEnabled():
            return None
        if printer is None:
            printer = self.choose_printer()
            if printer is None:
                return None
        prepare(printer)
        return self._start(PrintedHow.PRINTER, None,
                           lambda _file, reports, context, total, progress: paint_files(
                               printer, reports, context, labels.label, total, progress),
                           printer)

    def choose_printer(self) -> QPrinter | None:
        """The system print dialog; None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def save_pdf(self, path: str | None = None) -> LongWork | None:
        """Ask where (unless given a path), then write one PDF off the UI thread."""
        if not self.pdf_button.isEnabled():
            return None
        path = path or self.choose_pdf_path()
        if not path:
            return None
        return self._start(PrintedHow.PDF, path,
                           lambda file, reports, context, total, progress: write_pdf(
                               file, reports, context, labels.label, total, progress))

    def choose_pdf_path(self) -> str:
        """Ask where to save the PDF ('' when cancelled)."""
        name = (self._title or self.tr("Participant files")) + ".pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), name,
                                                    self.tr("PDF documents (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _start(self, how: PrintedHow, target: str | None, paint, printer=None) -> LongWork:
        sections = self.chosen_sections()
        workspace = self._workspace
        context = workspace.run(report.print_context)

        def work(progress):
            ids = self._person_ids()
            progress(0, len(ids))
            # A PDF's temporary file is made first, so a folder that refuses it records
            # nothing; it replaces the target only once complete.
            with replacing(target) if target else contextlib.nullcontext() as file:
                workspace.run(report.record_print, ids, how, sections, target)
                pages = paint(file, self._reports(ids, sections), context, len(ids),
                              progress)
            return len(ids), pages

        label = (self.tr("Saving %1 files to PDF…") if how is PrintedHow.PDF
                 else self.tr("Printing %1 files…")).replace("%1", QLocale().toString(
                     self._count))
        job = LongWork(self, self.windowTitle(), label, work)
        job.succeeded.connect(lambda done: self.show_message(
            self.tr("%1 files, %2 pages: done.").replace("%1", str(done[0]))
            .replace("%2", str(done[1]))))
        job.cancelled.connect(lambda: self.show_message(
            self.tr("Cancelled: no file was written.") if how is PrintedHow.PDF
            else self.tr("Cancelled: printing stopped.")))
        job.failed.connect(self._failed)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(False)
        job.finished.connect(self._update_buttons)
        self._printer = printer  # alive until the thread is done with it
        self.job = job
        job.start()
        return job

    def reject(self) -> None:  # QDialog.reject; Esc, Close and the X
        """Close; work still running is cancelled first, so no half file is left."""
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().reject()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, OSError):
            self.show_message(self.tr("The file could not be written: %1")
                              .replace("%1", error.strerror or str(error)))
        else:
            self.show_message(error_text(error))


def confirm_print_count(parent: QWidget, count: int) -> bool:
    """Whether to go on and print this many files."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PrintFilesDialog", "Print participant files"),
        QCoreApplication.translate(
            "PrintFilesDialog", "Print the files of all %1 participants in this list?")
        .replace("%1", QLocale().toString(count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
