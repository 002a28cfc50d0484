"""The participants tab: everyone with a live case file, by name, stage or follow-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from centre_desk.services import listing
from centre_desk.services.listing import ParticipantSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui import labels
from centre_desk.ui.paged_model import Column, ListSpec
from centre_desk.ui.tabs.common import ListTab

COL_NAME, COL_IIN, COL_CATEGORY, COL_FACILITY, COL_STAGE, COL_NEXT_FOLLOW_UP = range(6)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Full name"),
           lambda row: row.full_name, ParticipantSort.NAME, width=32),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "IIN"),
           lambda row: row.iin or "", ParticipantSort.IIN, width=17),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Category"),
           lambda row: labels.label(row.category), ParticipantSort.CATEGORY, width=16),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Facility"),
           lambda row: row.facility or "", ParticipantSort.FACILITY, width=18),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Stage"),
           lambda row: labels.label(row.stage), ParticipantSort.STAGE, width=27),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Next follow-up"),
           lambda row: labels.date_text(row.next_follow_up), ParticipantSort.NEXT_FOLLOW_UP,
           width=14),
)

SPEC = ListSpec(COLUMNS, listing.participants_page, listing.count_participants,
                row_id=lambda row: row.case_id, person_id=lambda row: row.person_id,
                overdue=lambda row: row.overdue)


class ParticipantsTab(ListTab):
    """Participants' case files; overdue follow-ups stand out in red."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("participantsTab")

    def search_placeholder(self) -> str:
        """Override."""
        return self.tr("Surname and name in any alphabet, or the start of an IIN")

    def list_title(self) -> str:
        """Override."""
        return self.tr("Participants")
