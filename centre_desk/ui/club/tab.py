"""The mothers' club tab: the members (filtered by membership, last attendance and
region), joining, each member's history, and the club's meetings with attendance."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLayout, QSplitter, QVBoxLayout, QWidget)

from centre_desk.domain.permissions import Permission
from centre_desk.services import listing
from centre_desk.services.listing import ClubMemberFilter, ClubMemberSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.club.meetings import ClubMeetingsPane
from centre_desk.ui.club.member import ClubMemberDialog
from centre_desk.ui.club.membership import JoinClubDialog
from centre_desk.ui.toolkit.paged_model import Column, ListSpec
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit.choices import ValueCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.i18n import region_filter_choices, region_text
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.operations import ACTIVITIES, CLUB, PERSONS
from centre_desk.ui.toolkit.buttons import push_button

COL_NAME, COL_IIN, COL_JOINED_ON, COL_LEFT_ON, COL_REGION, COL_PHONE = range(6)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Full name"),
           lambda row: row.full_name, ClubMemberSort.NAME, width=30),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "IIN"),
           lambda row: labels.private_text(row.iin), ClubMemberSort.IIN, width=14),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Joined on"),
           lambda row: labels.date_text(row.joined_on), ClubMemberSort.JOINED_ON, width=11),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Left on"),
           lambda row: labels.date_text(row.left_on), None, width=11),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Region"),
           lambda row: region_text(row.region), ClubMemberSort.REGION, width=14),
    Column(lambda: QCoreApplication.translate("MothersClubTab", "Phone"),
           lambda row: labels.private_text(row.phone), ClubMemberSort.PHONE, width=16),
)

SPEC = ListSpec(COLUMNS, listing.club_members_page, listing.count_club_members,
                row_id=lambda row: row.membership_id, person_id=lambda row: row.person_id)

SINCE_A_DATE = "date"
"""The "last came" choice that shows a date field."""
ABSENCE_DAYS = (30, 90, 180, 365)
"""The "has not come for N days" choices."""


class MothersClubTab(ListTab, ModalHost):
    """Members of the mothers' club (former members too) on the left, the club's
    meetings on the right. Enter or a double-click on a member opens her history;
    Ctrl+N joins a new member. Her participant file opens through ``files``, the
    application's open files."""

    shows = frozenset({PERSONS, CLUB, ACTIVITIES})  # her attendance: the "not come" filter

    def __init__(self, workspace: Workspace, files: ParticipantFiles,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("mothersClubTab")
        self._today = today
        self.may_edit = may(workspace, Permission.EDIT)
        self.files = files

        self.join_button = self.add_new_button("joinClubButton", self.join, self.may_edit)
        self.history_button = push_button("memberHistoryButton", self, self._open_current)

        self.active_filter = QCheckBox(self)
        self.active_filter.setObjectName("activeOnlyFilter")
        self.active_filter.toggled.connect(self.apply_filter)
        self.absence_filter = ValueCombo(self, blank=True)
        self.absence_filter.setObjectName("lastCameFilter")
        self.absence_date = DateField(self)
        self.absence_date.setObjectName("lastCameDate")
        self.absence_date.set_date_value(self._day() - dt.timedelta(days=90))
        self.absence_date.hide()
        self.region_filter = ValueCombo(self, blank=True)
        self.region_filter.setObjectName("regionFilter")
        self.region_filter.load_lazily(self._region_choices)
        self._absence_label, self._region_label = QLabel(self), QLabel(self)
        self._absence_label.setBuddy(self.absence_filter)
        self._region_label.setBuddy(self.region_filter)
        self.absence_filter.currentIndexChanged.connect(self.apply_filter)
        self.absence_date.date_changed.connect(self.apply_filter)
        self.region_filter.currentIndexChanged.connect(self.apply_filter)

        self.meetings = ClubMeetingsPane(workspace, self)
        self.row_activated.connect(self.open_member)
        self._arrange()
        self.retranslate_ui()

    def _arrange(self) -> None:
        """Move ListTab's rows (title, search, list, status) into the left half of a
        splitter, with the filter row under the search row and the buttons beside the
        search."""
        self.add_title()
        outer = self.layout()
        rows = []
        while outer.count():
            item = outer.takeAt(0)
            rows.append(item.layout() or item.widget())
        filters = QHBoxLayout()
        filters.addWidget(self.active_filter)
        for widget in (self._absence_label, self.absence_filter, self.absence_date,
                       self._region_label, self.region_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.filter_rows.append(filters)  # "Clear the filters" in an empty list resets it
        self.members_box = QWidget(self)
        self.members_box.setObjectName("membersBox")
        box = QVBoxLayout(self.members_box)
        box.setContentsMargins(0, 0, 0, 0)
        for row in rows:
            if isinstance(row, QLayout):
                row.setParent(None)
                box.addLayout(row)
            elif row is not None:
                box.addWidget(row, 1 if row is self._view else 0)
            if row is self.toolbar:  # the search row, with "Join the club…" in it
                row.addWidget(self.history_button)
                box.addLayout(filters)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.members_box)
        self.splitter.addWidget(self.meetings)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

    # --- own API -----------------------------------------------------------------------

    def list_words(self) -> ListWords:
        """Override."""
        return ListWords(
            self.tr("Surname and name in any alphabet, or the start of an IIN"),
            self.tr("Members of the mothers' club"), self.tr("&Join the club\u2026"), texts=(
                (self.history_button, self.tr("Member's histor&y\u2026")),
                (self.active_filter, self.tr("C&urrent members only")),
                (self._absence_label, self.tr("No&t come:")),
                (self._region_label, self.tr("&Region:"))))

    def retranslate_ui(self) -> None:
        """Override: the filter's choices and the meetings too."""
        super().retranslate_ui()
        choices = [(self.tr("for %1 days").replace("%1", str(days)), days)
                   for days in ABSENCE_DAYS]
        choices.append((self.tr("since a date\u2026"), SINCE_A_DATE))
        self.absence_filter.set_choices(choices)
        self.absence_filter.set_blank_text(self.tr("any time"))
        self.region_filter.set_blank_text(self.tr("All regions"))
        self.meetings.retranslate_ui()

    def current_filter(self) -> ClubMemberFilter | None:
        """What the filter row asks for; None when it asks for nothing."""
        absence = self.absence_filter.value()
        since = None
        if absence == SINCE_A_DATE:
            since = self.absence_date.date()  # None until a whole date is typed
        elif absence is not None:
            since = self._day() - dt.timedelta(days=absence)
        chosen = ClubMemberFilter(active_only=self.active_filter.isChecked(),
                                  not_attended_since=since, region=self.region_filter.value())
        return None if chosen == ClubMemberFilter() else chosen

    def apply_filter(self, *_args) -> None:
        """Show only the members the filter row admits (the query runs in SQL)."""
        self.absence_date.setVisible(self.absence_filter.value() == SINCE_A_DATE)
        self._model.set_filter(self.current_filter())

    def reload_choices(self) -> None:
        """The regions the filter offers may have changed: read them when next needed."""
        self.region_filter.forget_choices()

    def refresh_for(self, changed: frozenset[str]) -> None:
        """Override: a new member or a corrected file may bring a region."""
        self.reload_choices()
        super().refresh_for(changed)

    def _region_choices(self) -> list[tuple[str, str]]:
        return region_filter_choices(self._workspace.run(listing.club_member_regions))

    def join(self) -> uuid.UUID | None:
        """Make a woman a member (the list follows); returns the membership's id."""
        if not self.may_edit:
            return None
        dialog = JoinClubDialog(self._workspace, self)
        if not self.run_dialog(dialog):
            return None
        return dialog.result_value

    def open_member(self, membership_id: uuid.UUID) -> ClubMemberDialog:
        """A member's history, from where her file opens (the list follows any change)."""
        dialog = ClubMemberDialog(self._workspace, membership_id, self)
        dialog.file_requested.connect(self.files.open_person)
        self.run_dialog(dialog)
        return dialog

    def _open_current(self) -> None:
        membership_id = self.current_id()
        if membership_id is not None:
            self.open_member(membership_id)

    def _day(self) -> dt.date:
        return self._today or dt.date.today()
