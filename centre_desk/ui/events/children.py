"""Every child registered for a children's event, once, with their guardian: the way to
a child's file for a child who has no case of their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from centre_desk.services import listing
from centre_desk.services.listing import ChildSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.paged_model import CENTRE, Column, ListSpec
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.operations import EVENTS, PERSONS
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.buttons import close_box
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

COL_NAME, COL_BIRTH_DATE, COL_AGE, COL_GUARDIAN, COL_EVENTS = range(5)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("RegisteredChildren", "Child's full name"),
           lambda row: row.full_name, ChildSort.NAME, width=32),
    Column(lambda: QCoreApplication.translate("RegisteredChildren", "Birth date"),
           lambda row: labels.date_text(row.birth_date), ChildSort.BIRTH_DATE, width=12),
    Column(lambda: QCoreApplication.translate("RegisteredChildren", "Age"),
           lambda row: labels.number_text(row.age), ChildSort.BIRTH_DATE, sort_reversed=True,
           alignment=CENTRE, width=6),
    # The guardian is looked up per shown row, so the list cannot sort by it cheaply.
    Column(lambda: QCoreApplication.translate("RegisteredChildren", "Guardian"),
           lambda row: row.guardian_name or "", width=30),
    Column(lambda: QCoreApplication.translate("RegisteredChildren", "Events"),
           lambda row: labels.number_text(row.events), ChildSort.EVENTS, alignment=CENTRE,
           width=8),
)

SPEC = ListSpec(COLUMNS, listing.children_page, listing.count_children,
                row_id=lambda row: row.person_id, person_id=lambda row: row.person_id)


class RegisteredChildrenList(ListTab):
    """The registered children, searchable and sorted in SQL."""

    shows = frozenset({PERSONS, EVENTS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("registeredChildrenList")
        self.retranslate_ui()

    def list_words(self) -> ListWords:
        """Override."""
        return ListWords(
            self.tr("Child's surname and name in any alphabet, or the start of an IIN"),
            self.tr("Children registered for children's events"))


class RegisteredChildrenDialog(Retranslating, QDialog):
    """The registered children; Enter or a double-click opens a child's file (through
    ``files``, the application's open files) above it."""

    def __init__(self, workspace: Workspace, files: ParticipantFiles,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registeredChildrenDialog")
        self.children = RegisteredChildrenList(workspace, self)
        self.files = files
        self.children.row_activated.connect(self.files.open_person)
        self.buttons = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.children, 1)
        layout.addWidget(self.buttons)
        open_as_last_closed(self, QSize(900, 560))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Children registered for events"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
