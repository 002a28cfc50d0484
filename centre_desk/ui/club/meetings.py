"""The club's meetings (group sessions, one-to-one sessions, athletic events) as a paged
list beside the members; Enter opens a meeting with its attendance checklist."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from centre_desk.domain.enums import Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services import activities
from centre_desk.services.listing import ActivityFilter, ActivitySort, activity_list
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.toolkit.paged_model import RIGHT, Column, ListSpec
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.operations import ACTIVITIES
from centre_desk.ui.toolkit.buttons import button_row, push_button

COL_DATE, COL_KIND, COL_TITLE, COL_PLACE, COL_PRESENT = range(5)

COLUMNS = (
    # Reversed, so the list opens with the latest meeting on top.
    Column(lambda: QCoreApplication.translate("ClubMeetings", "Date"),
           lambda row: labels.date_text(row.held_on), ActivitySort.HELD_ON,
           sort_reversed=True, width=11),
    Column(lambda: QCoreApplication.translate("ClubMeetings", "Kind"),
           lambda row: labels.label(row.kind), ActivitySort.KIND, width=20),
    Column(lambda: QCoreApplication.translate("ClubMeetings", "Title"),
           lambda row: row.title or "", ActivitySort.TITLE, width=22),
    Column(lambda: QCoreApplication.translate("ClubMeetings", "Place"),
           lambda row: row.place or "", ActivitySort.PLACE, width=16),
    Column(lambda: QCoreApplication.translate("ClubMeetings", "Present"),
           lambda row: str(row.present_count), ActivitySort.PRESENT, alignment=RIGHT,
           width=8),
)

_MEETINGS = activity_list(Programme.MOTHERS_CLUB)
SPEC = ListSpec(COLUMNS, _MEETINGS.page, _MEETINGS.count, row_id=lambda row: row.activity_id)


class ClubMeetingsPane(ListTab, ModalHost):
    """The club's meetings, latest first; searchable by title, place or who held them,
    narrowed by kind. The list follows any meeting stored, corrected or deleted."""

    shows = frozenset({ACTIVITIES})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("clubMeetingsPane")
        # ListTab's names are the members list's; these are told apart.
        self._search.setObjectName("meetingsSearchEdit")
        self._view.setObjectName("meetingsView")
        self._status.setObjectName("meetingsStatusLabel")
        self.may_edit = may(workspace, Permission.EDIT)
        self.add_new_button("newMeetingButton", self.new_meeting, self.may_edit,
                            shortcut=False)  # Ctrl+N joins a member, in the tab around
        self.open_button = push_button("openMeetingButton", self, self._open_current)
        self.kind_filter = CodeCombo(activities.kinds_for(Programme.MOTHERS_CLUB), self,
                                     blank=True)
        self.kind_filter.setObjectName("meetingKindFilter")
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self._kind_label = QLabel(self)
        self._kind_label.setBuddy(self.kind_filter)
        filter_row = button_row((self._kind_label, self.kind_filter), (self.open_button,))
        self.add_title()
        self.add_filter_row(filter_row)
        self.row_activated.connect(self.open_meeting)
        self.retranslate_ui()

    def list_words(self) -> ListWords:
        """Override."""
        search = QCoreApplication.translate("ClubMeetings", "Title, place or who held it")
        title = QCoreApplication.translate("ClubMeetings", "Meetings of the mothers' club")
        return ListWords(search, title, self.tr("&New meeting\u2026"), texts=(
            (self.open_button, self.tr("&Open / mark attendance\u2026")),
            (self._kind_label, self.tr("&Kind:"))))

    def retranslate_ui(self) -> None:
        """Override: the kind filter's choices too."""
        super().retranslate_ui()
        self.kind_filter.retranslate()
        self.kind_filter.set_blank_text(self.tr("All kinds"))

    def apply_filter(self, *_args) -> None:
        """Show only meetings of the chosen kind."""
        kind = self.kind_filter.value()
        self._model.set_filter(None if kind is None else ActivityFilter(kind=kind))

    def new_meeting(self) -> uuid.UUID | None:
        """Record a meeting; its checklist shows as soon as it is saved."""
        if not self.may_edit:
            return None
        dialog = ActivityDialog(self._workspace, Programme.MOTHERS_CLUB, parent=self)
        self.run_dialog(dialog)
        return dialog.activity_id

    def open_meeting(self, activity_id: uuid.UUID) -> None:
        """A meeting's details and attendance (read-only for a read-only user)."""
        self.run_dialog(ActivityDialog(self._workspace, Programme.MOTHERS_CLUB, activity_id,
                                       parent=self))

    def _open_current(self) -> None:
        activity_id = self.current_id()
        if activity_id is not None:
            self.open_meeting(activity_id)

