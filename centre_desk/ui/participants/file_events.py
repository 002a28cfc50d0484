"""The children's events page of a person's file: every event the child was registered
for or came to, through whom and with what consent. It adds itself to the file's tabs
and shows only for a person who has children's events; the timeline lists the events
attended among everything else, and the family page the family links."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from centre_desk.services import children_events
from centre_desk.services.errors import ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel
from centre_desk.ui.toolkit.rows_model import file_table
from centre_desk.ui.toolkit.retranslate import Retranslating


translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def _came(event) -> str:
    if event.present:
        return translate("ChildEventsSection", "came")
    if event.registration_id is None:
        return ""
    return translate("ChildEventsSection", "registered")


def _consent(event) -> str:
    if event.registration_id is None:
        return ""
    if event.consent_on:
        return labels.date_text(event.consent_on)
    return translate("ChildEventsSection", "not signed yet")


def _event(event) -> str:
    return " \u00b7 ".join(part for part in (event.title or labels.label(event.kind),
                                            event.place) if part)


CHILD_EVENT_COLUMNS = (
    FileColumn(lambda: QCoreApplication.translate("ChildEventsSection", "Date"),
               lambda e: labels.date_text(e.held_on)),
    FileColumn(lambda: QCoreApplication.translate("ChildEventsSection", "Attendance"), _came),
    FileColumn(lambda: QCoreApplication.translate("ChildEventsSection", "Consent signed on"),
               _consent),
    FileColumn(lambda: QCoreApplication.translate("ChildEventsSection", "Registered by"),
               lambda e: e.guardian_name or ""),
    # Last, so the title and place take the width left over (whole as a tooltip).
    FileColumn(lambda: QCoreApplication.translate("ChildEventsSection", "Event"), _event),
)


def child_events_model(parent=None) -> RowsModel:
    """A child's children's events, newest first; ``ID_ROLE`` is the event."""
    return RowsModel(CHILD_EVENT_COLUMNS, row_id=lambda e: e.activity_id, parent=parent)


class ChildEventsSection(Retranslating, QWidget):
    """A child's events and a line on who in the family is in rehabilitation; a page of
    ``tabs`` that is hidden while the person has no children's events."""

    def __init__(self, workspace: Workspace, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.setObjectName("childEventsSection")
        self._workspace = workspace
        self._tabs = tabs
        self._record = None
        self.summary = QLabel(self)
        self.summary.setObjectName("childEventsSummary")
        self.summary.setWordWrap(True)
        self.model = child_events_model(self)
        self.view = file_table(self.model, "childEventsView", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        tabs.addTab(self, "")
        self._show()

    def show_person(self, person_id: uuid.UUID | None) -> None:
        """Read the person's children's events (none for a new participant)."""
        self._record = None
        if person_id is not None:
            try:
                self._record = self._workspace.run(children_events.child_events, person_id)
            except ServiceError:
                self._record = None  # the file itself says why it cannot show the person
        self._show()

    def record(self):
        """The ChildEvents shown, or None."""
        return self._record

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._tabs.setTabText(self._tabs.indexOf(self),
                              translate("ChildEventsSection", "C&hildren's events"))
        self.view.setAccessibleName(translate("ChildEventsSection", "Children's events"))
        self.model.retranslate()
        record = self._record
        if record is None:
            self.summary.setText("")
            return
        text = translate("ChildEventsSection", "Came to %1 of %2 events.").replace(
            "%1", str(len(record.attended))).replace("%2", str(len(record.events)))
        carers = [link.full_name for link in record.family if link.in_rehabilitation]
        if carers:
            text += " " + translate("ChildEventsSection", "In rehabilitation in the family: %1."
                                    ).replace("%1", ", ".join(carers))
        self.summary.setText(text)

    def _show(self) -> None:
        events = self._record.events if self._record else ()
        self.model.set_rows(events)
        self._tabs.setTabVisible(self._tabs.indexOf(self), bool(events))
        self.retranslate_ui()
