"""The placements tab: job, housing and nursery placements and where each stands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from centre_desk.services import listing
from centre_desk.services.listing import PlacementSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui import labels
from centre_desk.ui.paged_model import Column, ListSpec
from centre_desk.ui.tabs.common import ListTab

(COL_KIND, COL_NAME, COL_ORGANISATION, COL_STATUS, COL_STATUS_SINCE,
 COL_NEXT_FOLLOW_UP) = range(6)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Kind"),
           lambda row: labels.label(row.kind), PlacementSort.KIND, width=14),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Full name"),
           lambda row: row.full_name, PlacementSort.NAME, width=30),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Organisation"),
           lambda row: row.organisation or "", PlacementSort.ORGANISATION, width=26),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Status"),
           lambda row: labels.label(row.status), PlacementSort.STATUS, width=12),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Status since"),
           lambda row: labels.date_text(row.status_since), PlacementSort.STATUS_SINCE,
           width=12),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Next follow-up"),
           lambda row: labels.date_text(row.next_follow_up), PlacementSort.NEXT_FOLLOW_UP,
           width=14),
)

SPEC = ListSpec(COLUMNS, listing.placements_page, listing.count_placements,
                row_id=lambda row: row.placement_id, person_id=lambda row: row.person_id,
                overdue=lambda row: row.overdue, default_column=COL_NAME)


class PlacementsTab(ListTab):
    """Placements into jobs, homes and nursery places; overdue follow-ups in red."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("placementsTab")

    def search_placeholder(self) -> str:
        """Override."""
        return self.tr("Surname and name, the start of an IIN, or an organisation")

    def list_title(self) -> str:
        """Override."""
        return self.tr("Placements")
