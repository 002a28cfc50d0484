"""A member's history window: her card, her children, every membership and every club
meeting she came to, with the buttons that correct or end her membership."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget)

from centre_desk.domain.permissions import Permission
from centre_desk.services import club
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.club.membership import LeaveClubDialog, MembershipDialog, children_text
from centre_desk.ui.toolkit.i18n import region_text
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import PERSONS, follow_changes
from centre_desk.ui.toolkit.rows_model import RowsModel, column, read_only_table
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.buttons import button_row, close_box, push_button
from centre_desk.ui.toolkit.window_fit import keep_lines_whole
from centre_desk.ui.toolkit.window_memory import open_as_last_closed


translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


MEMBERSHIP_COLUMNS = (
    column(lambda: translate("ClubMember", "Joined on"), "joined_on", labels.date_text),
    column(lambda: translate("ClubMember", "Left on"), "left_on", labels.date_text),
    column(lambda: translate("ClubMember", "Referred by"), "referred_by"),
    column(lambda: translate("ClubMember", "Reason"), "reason"),
)

MEETING_COLUMNS = (
    column(lambda: translate("ClubMember", "Date"), "held_on", labels.date_text),
    column(lambda: translate("ClubMember", "Kind"), "kind", labels.label),
    column(lambda: translate("ClubMember", "Title"), "title"),
    column(lambda: translate("ClubMember", "Place"), "place"),
)


_WORDS = (2, 3)
"""The columns of words in both tables: referred by and reason; title and place."""


def _table(name: str, model: RowsModel, parent: QWidget) -> QTableView:
    """Dates and kinds as wide as they are; the words (who referred her and why, a
    meeting's title and place) share the rest, cut short with "…" rather than pushing
    the table wider than the window (the whole text is the cell's tooltip)."""
    view = read_only_table(name, parent, model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for section in _WORDS:
        header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
    return view


class ClubMemberDialog(Retranslating, QDialog, ModalHost):
    """One member's history. ``changed`` is True once a membership was corrected or
    ended; ``file_requested`` asks the tab to open her participant file."""

    file_requested = Signal(uuid.UUID)

    def __init__(self, workspace: Workspace, membership_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clubMemberDialog")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self.membership_id = membership_id
        self.changed = False
        self.may_edit = may(workspace, Permission.EDIT)
        self.card = None
        self.history = None

        self._card_box = QGroupBox(self)
        card = QFormLayout(self._card_box)
        self._card_labels: dict[str, QLabel] = {}
        self._card_values: dict[str, QLabel] = {}
        for name in ("iin", "phone", "region", "joined_on", "left_on", "referred_by",
                     "reason", "attended", "children"):
            label, value = QLabel(self._card_box), QLabel(self._card_box)
            value.setObjectName(f"{name}Value")
            value.setWordWrap(True)
            self._card_labels[name], self._card_values[name] = label, value
            card.addRow(label, value)
        self.memberships = RowsModel(MEMBERSHIP_COLUMNS, row_id=lambda m: m.membership_id,
                                     parent=self)
        self.meetings = RowsModel(MEETING_COLUMNS, row_id=lambda a: a.activity_id,
                                  parent=self)
        self._memberships_box = QGroupBox(self)
        QVBoxLayout(self._memberships_box).addWidget(
            _table("membershipsView", self.memberships, self))
        self._meetings_box = QGroupBox(self)
        QVBoxLayout(self._meetings_box).addWidget(_table("meetingsView", self.meetings, self))

        self.edit_button = push_button("editMembershipButton", self, self.edit_membership)
        self.leave_button = push_button("leaveClubButton", self, self.leave)
        self.file_button = push_button(
            "openFileButton", self, lambda: self.file_requested.emit(self.card.person_id))
        self.buttons = close_box(self)
        actions = button_row((self.edit_button, self.leave_button, self.file_button),
                             (self.buttons,))

        top = QHBoxLayout()
        top.addWidget(self._card_box, 1)
        top.addWidget(self._memberships_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._meetings_box, 1)
        layout.addLayout(actions)
        self.reload()
        open_as_last_closed(self, QSize(900, 620))
        # Her card follows what is corrected in her file, opened from here.
        follow_changes(self, workspace, {PERSONS}, lambda _changed: self.reload())

    # --- own API -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read her card and history again."""
        self.card = self._workspace.run(club.club_member, self.membership_id)
        self.history = self._workspace.run(club.member_history, self.card.person_id)
        self.memberships.set_rows(self.history.memberships)
        self.meetings.set_rows(self.history.activities)
        self.edit_button.setEnabled(self.may_edit)
        self.leave_button.setEnabled(self.may_edit and self.card.active)
        self.retranslate_ui()

    def value_text(self, name: str) -> str:
        """What the card shows for a field (iin, joined_on, children ...)."""
        return self._card_values[name].text()

    def edit_membership(self) -> None:
        """Correct this membership in a small window."""
        if not self.may_edit:
            return
        view = next(m for m in self.history.memberships
                    if m.membership_id == self.membership_id)
        if self.run_dialog(MembershipDialog(self._workspace, view, self)):
            self.changed = True
            self.reload()

    def leave(self) -> None:
        """End this membership on a date."""
        if not self.may_edit or not self.card.active:
            return
        if self.run_dialog(LeaveClubDialog(self._workspace, self.membership_id,
                                           self.card.full_name, self)):
            self.changed = True
            self.reload()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        card = self.card
        if card is None:
            return  # a language change before her card is read: reload() words it
        self.setWindowTitle(translate("ClubMember", "Club member: %1")
                            .replace("%1", card.full_name))
        self._card_box.setTitle(card.full_name)
        values = {
            "iin": (translate("ClubMember", "IIN:"), labels.private_text(card.iin)),
            "phone": (translate("ClubMember", "Phone:"), labels.private_text(card.phone)),
            "region": (translate("ClubMember", "Region:"), region_text(card.region)),
            "joined_on": (translate("ClubMember", "Joined on:"), labels.date_text(card.joined_on)),
            "left_on": (translate("ClubMember", "Left on:"), labels.date_text(card.left_on)
                        or translate("ClubMember", "still a member")),
            "referred_by": (translate("ClubMember", "Referred by:"), card.referred_by or ""),
            "reason": (translate("ClubMember", "Reason:"), card.reason or ""),
            "attended": (translate("ClubMember", "Came to:"),
                         translate("ClubMember", "%1 club activities, last on %2")
                         .replace("%1", str(card.attendance_count))
                         .replace("%2", labels.date_text(card.last_attended) or "—")),
            "children": (translate("ClubMember", "Children:"), children_text(card.children)),
        }
        for name, (label, value) in values.items():
            self._card_labels[name].setText(label)
            self._card_values[name].setText(value)
        self._memberships_box.setTitle(translate("ClubMember", "Memberships"))
        self._meetings_box.setTitle(translate("ClubMember", "Club activities she came to"))
        self.memberships.retranslate()
        self.meetings.retranslate()
        self.edit_button.setText(translate("ClubMember", "&Correct membership\u2026"))
        self.leave_button.setText(translate("ClubMember", "&Leave the club\u2026"))
        self.file_button.setText(translate("ClubMember", "Open her &file"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("ClubMember", "Close"))
