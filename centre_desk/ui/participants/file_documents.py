"""The documents page of a person's file: the scanned files attached to the person or
their case (consent, renunciation statement, court papers) with their kind, name, size
and date; Attach… takes a PDF, JPEG or PNG (services.documents checks it), Open shows
one in the system's viewer from a copy in the cache removed when the file closes, and
Remove takes one away. It adds itself to the file's tabs and reads its data itself."""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from centre_desk.domain.documents import MAX_BYTES, DocumentKind
from centre_desk.domain.permissions import Permission
from centre_desk.services import documents
from centre_desk.services.documents import DocumentView
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.toolkit.choices import ValueCombo
from centre_desk.ui.toolkit.colours import PROBLEM_STYLE
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, file_table

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def kind_text(kind: DocumentKind) -> str:
    """A document's kind in the user's language."""
    return {
        DocumentKind.CONSENT: translate("DocumentsSection", "Consent"),
        DocumentKind.RENUNCIATION: translate("DocumentsSection", "Renunciation statement"),
        DocumentKind.COURT: translate("DocumentsSection", "Court papers"),
        DocumentKind.OTHER: translate("DocumentsSection", "Other"),
    }[kind]


def size_text(size: int) -> str:
    """A file's size as people read it: kilobytes, or megabytes from one on."""
    if size >= 1024 * 1024:
        return translate("DocumentsSection", "%1 MB").replace(
            "%1", f"{size / (1024 * 1024):.1f}".replace(".", ","))
    return translate("DocumentsSection", "%1 KB").replace("%1", str(max(1, round(size / 1024))))


COLUMNS = (
    FileColumn(lambda: translate("DocumentsSection", "Kind"), lambda d: kind_text(d.kind)),
    FileColumn(lambda: translate("DocumentsSection", "Size"), lambda d: size_text(d.size_bytes)),
    FileColumn(lambda: translate("DocumentsSection", "Attached"),
               lambda d: labels.date_text(d.attached_at.date())),
    # Last, so the name takes the width left over.
    FileColumn(lambda: translate("DocumentsSection", "File"), lambda d: d.file_name),
)


class DocumentsSection(Retranslating, ModalHost, QWidget):
    """A person's documents: a page of ``tabs``, shown once the person is on file."""

    changed = Signal()
    """A document was attached or removed here."""

    def __init__(self, workspace: Workspace, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.setObjectName("documentsSection")
        self._workspace = workspace
        self._tabs = tabs
        self._person_id: uuid.UUID | None = None
        self._case_id: uuid.UUID | None = None
        self._copies = contextlib.ExitStack()
        self.model = RowsModel(COLUMNS, row_id=lambda d: d.id, parent=self)
        self.view = file_table(self.model, "documentsView", self, widest=12)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.kind_label = QLabel(self)
        self.kind = ValueCombo(self)
        self.kind.setObjectName("documentKindCombo")
        self.kind_label.setBuddy(self.kind)
        self.attach_button = action_button("attachDocumentButton", self, self.attach)
        self.open_button = action_button("openDocumentButton", self, self.open_selected)
        self.remove_button = action_button("removeDocumentButton", self, self.remove_selected)
        self.message = QLabel(self)
        self.message.setObjectName("documentsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row(
            start=(self.kind_label, self.kind, self.attach_button, self.open_button),
            end=(self.remove_button,)))
        self._tab_index = tabs.addTab(self, "")
        self.retranslate_ui()

    def show_person(self, person_id: uuid.UUID | None, case_id: uuid.UUID | None) -> None:
        """Read the person's documents (the page hides for a person not yet on file)."""
        self._person_id, self._case_id = person_id, case_id
        rows: list[DocumentView] = []
        if person_id is not None:
            try:
                rows = self._workspace.run(documents.list_documents, person_id)
            except ServiceError:
                rows = []  # the file itself says why it cannot show the person
        self._tabs.setTabVisible(self._tabs.indexOf(self), person_id is not None)
        self.model.set_rows(rows)
        editing = person_id is not None and may(self._workspace, Permission.EDIT)
        for widget in (self.kind, self.attach_button):
            widget.setEnabled(editing)
        self.open_button.setEnabled(bool(rows))
        self.remove_button.setEnabled(bool(rows) and editing)
        if rows:
            self.view.selectRow(0)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._tabs.setTabText(self._tabs.indexOf(self),
                              translate("DocumentsSection", "Documents"))
        self.kind_label.setText(translate("DocumentsSection", "&Kind:"))
        self.kind.set_choices([(kind_text(kind), kind) for kind in DocumentKind])
        self.attach_button.setText(translate("DocumentsSection", "Attach…"))
        self.attach_button.setToolTip(translate(
            "DocumentsSection", "A scanned PDF, JPEG or PNG file of up to %1 MB.").replace(
            "%1", str(MAX_BYTES // (1024 * 1024))))
        self.open_button.setText(translate("DocumentsSection", "Open"))
        self.remove_button.setText(translate("DocumentsSection", "Remove"))
        self.view.setAccessibleName(translate("DocumentsSection", "Documents"))
        self.model.retranslate()

    def choose_file(self) -> str:
        """Ask for the file to attach; '' when none chosen (replaced in tests)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("DocumentsSection", "Attach a scanned document"), "",
            translate("DocumentsSection", "Scanned documents (*.pdf *.jpg *.jpeg *.png)"))
        return path

    def attach(self) -> bool:
        """Attach the chosen file as the chosen kind; True when attached. A refusal is
        said in one sentence below the list, and nothing changes."""
        if self._person_id is None or not self.attach_button.isEnabled():
            return False
        path = self.choose_file()
        if not path:
            return False
        self.message.clear()
        try:
            # No more than one byte past the limit is read: that is enough to refuse it.
            with open(path, "rb") as file:
                content = file.read(MAX_BYTES + 1)
        except OSError:
            self.message.setText(translate("DocumentsSection", "The file cannot be read."))
            return False
        try:
            self._workspace.run(documents.attach_document, self._person_id, self.kind.value(),
                                Path(path).name, content, self._case_id)
        except InvalidInput as error:
            self.message.setText(self.refusal_text(error))
            return False
        except ServiceError as error:
            self.message.setText(error_text(error))
            return False
        self._stored()
        return True

    def refusal_text(self, error: InvalidInput) -> str:
        """The one sentence saying why a file was not attached."""
        code = error.problems.get("content") or error.problems.get("file_name", "")
        return {
            "document.empty": translate("DocumentsSection", "The file is empty."),
            "document.too_big": translate(
                "DocumentsSection", "The file is larger than %1 MB: scan it at a lower "
                "resolution or in fewer pages.").replace("%1", str(MAX_BYTES // (1024 * 1024))),
            "document.not_a_scan": translate(
                "DocumentsSection", "Only PDF, JPEG and PNG files can be attached, "
                "and this file is none of them."),
            "too_long": translate("DocumentsSection", "The file's name is too long."),
        }.get(code, error_text(error))

    def selected_document(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def open_selected(self) -> Path | None:
        """Show the chosen document in the system's viewer (recorded as viewed); its
        plain copy stays in the cache until the file closes (close_copies)."""
        document_id = self.selected_document()
        if document_id is None:
            return None
        self.message.clear()
        try:
            view, content = self._workspace.run(documents.read_document, document_id)
        except ServiceError as error:
            self.message.setText(error_text(error))
            return None
        path = self._copies.enter_context(documents.opened_copy(
            view, content, self._workspace.database.paths.cache))
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.message.setText(translate("DocumentsSection",
                                           "No program on this computer opens this file."))
        return path

    def open_url(self, url: QUrl) -> bool:
        """Hand the copy to the system's viewer (replaced in tests)."""
        return QDesktopServices.openUrl(url)

    def close_copies(self) -> None:
        """Remove every copy opened from this file (the file window closes)."""
        self._copies.close()

    def remove_selected(self) -> bool:
        """Remove the chosen document, after asking; True when done."""
        document_id = self.selected_document()
        if document_id is None or not self.remove_button.isEnabled():
            return False
        if not self.confirm(translate("DocumentsSection", "Remove document"),
                            translate("DocumentsSection", "Remove the chosen document "
                                      "from this file?")):
            return False
        try:
            self._workspace.run(documents.remove_document, document_id)
        except ServiceError as error:
            self.message.setText(error_text(error))
            return False
        self._stored()
        return True

    def _stored(self) -> None:
        self.show_person(self._person_id, self._case_id)
        self.changed.emit()
