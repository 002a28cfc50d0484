"""The mothers' club tab: the club's members and how to reach them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from centre_desk.services import listing
from centre_desk.services.listing import ClubMemberSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui import labels
from centre_desk.ui.paged_model import Column, ListSpec
from centre_desk.ui.tabs.common import ListTab

COL_NAME, COL_IIN, COL_JOINED_ON, COL_REGION, COL_PHONE = range(5)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Full name"),
           lambda row: row.full_name, ClubMemberSort.NAME, width=32),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "IIN"),
           lambda row: row.iin or "", ClubMemberSort.IIN, width=17),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Joined on"),
           lambda row: labels.date_text(row.joined_on), ClubMemberSort.JOINED_ON, width=12),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Region"),
           lambda row: row.region or "", ClubMemberSort.REGION, width=18),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Phone"),
           lambda row: row.phone or "", ClubMemberSort.PHONE, width=20),
)

SPEC = ListSpec(COLUMNS, listing.club_members_page, listing.count_club_members,
                row_id=lambda row: row.membership_id, person_id=lambda row: row.person_id)


class MothersClubTab(ListTab):
    """Members of the mothers' club, former members included."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("mothersClubTab")

    def search_placeholder(self) -> str:
        """Override."""
        return self.tr("Surname and name in any alphabet, or the start of an IIN")

    def list_title(self) -> str:
        """Override."""
        return self.tr("Members of the mothers' club")
