"""File → Import from spreadsheet…: a wizard of four pages (the file, columns and values,
the preview with a choice per row, what was imported); the services are
services.spreadsheet_import, the same the command line's import-spreadsheet uses."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from centre_desk.services.workspace import Workspace
from centre_desk.ui.spreadsheet_import.file_page import FilePage
from centre_desk.ui.spreadsheet_import.mapping_page import MappingPage
from centre_desk.ui.spreadsheet_import.preview_page import PreviewPage
from centre_desk.ui.spreadsheet_import.report_page import ReportPage
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.retranslate import Retranslating

FILE, MAPPING, PREVIEW, REPORT = range(4)


class ImportWizard(Retranslating, ModalHost, QWizard):
    """Bring a register kept in a spreadsheet in, row by row as chosen."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.workspace = workspace
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.preview_page.setCommitPage(True)
        self.report_page = ReportPage(self)
        for number, page in enumerate((self.file_page, self.mapping_page, self.preview_page,
                                       self.report_page)):
            self.setPage(number, page)
        self.setMinimumSize(880, 560)
        self.resize(1180, 680)  # within 1366 × 768 less the taskbar
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (self.file_page, self.mapping_page, self.preview_page, self.report_page):
            page.retranslate_ui()

    def done(self, result: int) -> None:  # QDialog.done
        """Closing stops a preview or an import still running (the import then changes
        nothing)."""
        for page in (self.preview_page, self.report_page):
            if page.job is not None and page.job.is_running():
                page.job.cancel()
                page.job.wait()
        super().done(result)
