"""The children's events tab: each registered child once, with guardian and events."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from centre_desk.services import listing
from centre_desk.services.listing import ChildSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui import labels
from centre_desk.ui.paged_model import CENTRE, Column, ListSpec
from centre_desk.ui.tabs.common import ListTab

COL_NAME, COL_BIRTH_DATE, COL_AGE, COL_GUARDIAN, COL_EVENTS = range(5)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Child's full name"),
           lambda row: row.full_name, ChildSort.NAME, width=32),
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Birth date"),
           lambda row: labels.date_text(row.birth_date), ChildSort.BIRTH_DATE, width=12),
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Age"),
           lambda row: labels.number_text(row.age), ChildSort.BIRTH_DATE, sort_reversed=True,
           alignment=CENTRE, width=6),
    # The guardian is looked up per shown row, so the list cannot sort by it cheaply.
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Guardian"),
           lambda row: row.guardian_name or "", width=30),
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Events"),
           lambda row: labels.number_text(row.events), ChildSort.EVENTS, alignment=CENTRE,
           width=8),
)

SPEC = ListSpec(COLUMNS, listing.children_page, listing.count_children,
                row_id=lambda row: row.person_id, person_id=lambda row: row.person_id)


class ChildrenEventsTab(ListTab):
    """Children registered for the centre's children's events."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("childrenEventsTab")

    def search_placeholder(self) -> str:
        """Override."""
        return self.tr("Child's surname and name in any alphabet, or the start of an IIN")

    def list_title(self) -> str:
        """Override."""
        return self.tr("Children registered for children's events")
