"""The children's events tab: the events, newest first, with how many children were
registered and came; an event opens in its own window, a new one is recorded through
the shared activity window."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from centre_desk.domain.enums import Programme
from centre_desk.domain.permissions import Permission
from centre_desk.services.errors import NotFound
from centre_desk.services import listing
from centre_desk.services.listing import ActivitySort
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.events.children import RegisteredChildrenDialog
from centre_desk.ui.events.dialog import ChildEventDialog
from centre_desk.ui.toolkit.paged_model import CENTRE, Column, ListSpec
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.operations import ACTIVITIES, EVENTS
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit.buttons import push_button

COL_DATE, COL_TITLE, COL_KIND, COL_PLACE, COL_REGISTERED, COL_PRESENT = range(6)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Date"),
           lambda row: labels.date_text(row.held_on), ActivitySort.HELD_ON, width=11),
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Event"),
           lambda row: row.title or "", ActivitySort.TITLE, width=34),
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Kind"),
           lambda row: labels.label(row.kind), ActivitySort.KIND, width=16),
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Place"),
           lambda row: row.place or "", ActivitySort.PLACE, width=26),
    # Counted for the shown rows only, so the list cannot sort by it.
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Registered"),
           lambda row: labels.number_text(row.registered), alignment=CENTRE, width=10),
    Column(lambda: QCoreApplication.translate("ChildrenEventsTab", "Present"),
           lambda row: labels.number_text(row.present_count), ActivitySort.PRESENT,
           alignment=CENTRE, width=9),
)

SPEC = ListSpec(COLUMNS, listing.events_page, listing.count_events,
                row_id=lambda row: row.activity_id)


class ChildrenEventsTab(ListTab, ModalHost):
    """Children's events; Enter or a double-click opens one, Ctrl+N records a new one.
    A child's file opens through ``files``, the application's open files."""

    shows = frozenset({ACTIVITIES, EVENTS})

    def __init__(self, workspace: Workspace, files: ParticipantFiles,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("childrenEventsTab")
        self._files = files
        self._may_edit = may(workspace, Permission.EDIT)
        self._newest_first = False

        self.add_new_button("newEventButton", self.new_event, self._may_edit, "newEventAction")
        self.children_button = push_button("registeredChildrenButton", self,
                                           self.show_children)
        self.toolbar.addWidget(self.children_button)
        self.row_activated.connect(self.open_event)
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def list_words(self) -> ListWords:
        """Override."""
        return ListWords(self.tr("Title, place or organiser"), self.tr("Children's events"),
                         self.tr("&New event\u2026"), texts=(
                             (self.children_button, self.tr("Registered chil&dren\u2026")),))

    def open_event(self, event_id: uuid.UUID) -> ChildEventDialog | None:
        """Open an event's window (the list follows what it stores); the list reloads
        if the event was deleted meanwhile at another desk (then no window opens)."""
        try:
            dialog = ChildEventDialog(self._workspace, event_id, self._files, self)
        except NotFound:
            self.reload()
            return None
        self.run_dialog(dialog)
        return dialog

    def new_event(self) -> None:
        """Record an event, then open it to register the children."""
        if not self._may_edit:
            return
        dialog = ActivityDialog(self._workspace, Programme.CHILDREN_EVENTS, parent=self)
        self.run_dialog(dialog)
        if dialog.activity_id is None or dialog.deleted:
            return
        self.open_event(dialog.activity_id)

    def show_children(self) -> None:
        """The children registered for any event, to open a child's file."""
        self.run_dialog(RegisteredChildrenDialog(self._workspace, self._files, self))

    # --- Qt overrides ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Override: the newest events come first, from the first query on."""
        if not self._newest_first:
            self._newest_first = True
            self._view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        super().showEvent(event)
