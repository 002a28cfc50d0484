"""The week view: a calendar of the week by day and facility, of all facilities or one,
of everyone's sessions or one specialist's; planned, held, missed and cancelled sessions
told apart in words and colour. Enter or a double-click on a planned session turns it
into a held activity with its expected group ticked (services.plans.hold_occurrence)
and opens its register (the activity window); on a held one it opens the register."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QTableView,
    QVBoxLayout, QWidget)

from centre_desk.domain.plans import OccurrenceStatus, week_of
from centre_desk.services import plans
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.plans import Occurrence
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.operations import ACTIVITIES, announce, follow_changes
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.plans.plan_actions import PlanActions
from centre_desk.ui.plans.week_model import CELL_LINES, STATUS_COLOURS, WeekModel

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


class WeekWindow(Retranslating, QDialog, ModalHost):
    """The week's calendar with Previous week, Today, Next week and the two filters."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekViewWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._workspace = workspace
        self._today = today
        self.model = WeekModel(self)
        self.previous_button = action_button("previousWeekButton", self, self.previous_week)
        self.today_button = action_button("thisWeekButton", self, self.this_week)
        self.next_button = action_button("nextWeekButton", self, self.next_week)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.facility_label, self.leader_label = QLabel(self), QLabel(self)
        self.facility_box = QComboBox(self)
        self.facility_box.setObjectName("weekFacilityBox")
        self.leader_box = QComboBox(self)
        self.leader_box.setObjectName("weekLeaderBox")
        self.facility_label.setBuddy(self.facility_box)
        self.leader_label.setBuddy(self.leader_box)
        for box in (self.facility_box, self.leader_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
        self.view = QTableView(self)
        self.view.setObjectName("weekView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)  # a long line ends in "…"; the tooltip has it whole
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(CELL_LINES * self.fontMetrics().lineSpacing() + 8)
        self.view.verticalHeader().setMaximumWidth(220)
        self.view.activated.connect(self.open_occurrence)
        self.legend = QLabel(self)
        self.legend.setObjectName("weekLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.message = problem_label("weekMessage", self)
        self.print_button = action_button("printWeekButton", self, self.print_week)
        self.close_button = action_button("closeWeekButton", self, self.close)
        self.plan_actions = PlanActions(self)  # New plan, Edit plan, Cancel, Move…

        top = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.week_label, 1)
        for widget in (self.facility_label, self.facility_box, self.leader_label,
                       self.leader_box):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.plan_actions.row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.monday = week_of(self.today())[0]
        self._fill_filters()
        self.facility_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.leader_box.currentIndexChanged.connect(lambda _i: self.reload())
        follow_changes(self, workspace, (ACTIVITIES,), lambda _changed: self.reload())
        self.retranslate_ui()
        self.reload()
        self.resize(1280, 640)
        self.view.setFocus()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # --- words ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(translate("WeekView", "Week plan"))
        self.previous_button.setText(translate("WeekView", "◀ &Previous week"))
        self.today_button.setText(translate("WeekView", "&This week"))
        self.next_button.setText(translate("WeekView", "&Next week ▶"))
        self.facility_label.setText(translate("WeekView", "&Facility:"))
        self.leader_label.setText(translate("WeekView", "&Specialist:"))
        self.print_button.setText(translate("WeekView", "P&rint…"))
        self.close_button.setText(translate("WeekView", "&Close"))
        self.plan_actions.retranslate_ui()
        self.facility_box.setItemText(0, translate("WeekView", "All facilities"))
        self.leader_box.setItemText(0, translate("WeekView", "Everyone"))
        # No "&" in the text: a mnemonic reader would take "&nbsp;" for Alt+N.
        swatch = '<span style="background:{0}">\u00a0{1}\u00a0</span>'
        words = ((OccurrenceStatus.PLANNED, translate("WeekView", "Planned")),
                 (OccurrenceStatus.HELD, translate("WeekView", "Held ✓")),
                 (OccurrenceStatus.MISSED, translate("WeekView", "Missed ✗")),
                 (OccurrenceStatus.CANCELLED, translate("WeekView", "Cancelled")))
        self.legend.setText("\u00a0\u00a0".join(swatch.format(STATUS_COLOURS[status], text)
                                                for status, text in words))
        self.legend.setToolTip(translate(
            "WeekView", "Enter or a double-click on a planned session records it as held "
                        "and opens its register with the expected people ticked."))
        self._show_week_label()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def _show_week_label(self) -> None:
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(translate("WeekView", "Week of %1 – %2")
                                .replace("%1", labels.date_text(self.monday))
                                .replace("%2", labels.date_text(sunday)))

    # --- filters and weeks ------------------------------------------------------------------

    def _fill_filters(self) -> None:
        self.facility_box.addItem("", None)
        for facility in self._workspace.run(plans.facilities):
            self.facility_box.addItem(facility, facility)
        self.leader_box.addItem("", None)
        for user_id, name in self._workspace.run(plans.leaders):
            self.leader_box.addItem(name, str(user_id))  # a string: findData compares it

    def show_facility(self, facility: str | None) -> None:
        """Show one facility's week (None: all)."""
        self.facility_box.setCurrentIndex(max(0, self.facility_box.findData(facility)))

    def show_leader(self, user_id: uuid.UUID | None) -> None:
        """Show one specialist's sessions (None: everyone's)."""
        self.leader_box.setCurrentIndex(
            max(0, self.leader_box.findData(str(user_id))) if user_id else 0)

    def leader(self) -> uuid.UUID | None:
        """The specialist whose sessions are shown (None: everyone's)."""
        chosen = self.leader_box.currentData()
        return uuid.UUID(chosen) if chosen else None

    def previous_week(self) -> None:
        self.show_week(self.monday - dt.timedelta(days=7))

    def next_week(self) -> None:
        self.show_week(self.monday + dt.timedelta(days=7))

    def this_week(self) -> None:
        self.show_week(self.today())

    def show_week(self, day: dt.date) -> None:
        """Show the week ``day`` falls in."""
        self.monday = week_of(day)[0]
        self._show_week_label()
        self.reload()

    def reload(self) -> None:
        """Read the week again (after a change, a filter or another week)."""
        try:
            found = self._workspace.run(
                plans.occurrences, self.monday, self.monday + dt.timedelta(days=6),
                facility=self.facility_box.currentData(), leader=self.leader(),
                today=self.today())
        except ServiceError as error:
            self._say(error_text(error))
            return
        self.model.set_week(self.monday, found)  # the rows fit their cells (header mode)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- opening a session ------------------------------------------------------------------

    def open_occurrence(self, index=None) -> None:
        """Open the session at ``index`` (the current cell): a held one's register; a
        planned or missed one recorded as held first, with its expected group ticked."""
        index = index if index is not None else self.view.currentIndex()
        occurrence = self.model.occurrence(index)
        if occurrence is None:
            return
        self._say("")
        if occurrence.status is OccurrenceStatus.CANCELLED:
            self._say(translate("WeekView", "This session was cancelled."))
            return
        activity_id = occurrence.activity_id
        if activity_id is None:
            try:
                activity_id = self._workspace.run(plans.hold_occurrence, occurrence.plan_id,
                                                  occurrence.occurs_on, self.today())
            except InvalidInput as refused:
                self._say(self._refusal(refused))
                return
            except ServiceError as error:
                self._say(error_text(error))
                return
            announce(self._workspace, (ACTIVITIES,))
        self.open_register(occurrence, activity_id)

    def _refusal(self, refused: InvalidInput) -> str:
        code = refused.problems.get("occurs_on")
        if code == "in_future":
            return translate("WeekView", "This session is still to come: it can be recorded "
                                         "as held on its day.")
        if code == "cancelled":
            return translate("WeekView", "This session was cancelled.")
        return error_text(refused)

    def open_register(self, occurrence: Occurrence, activity_id: uuid.UUID) -> None:
        """The activity window of a held session (its register)."""
        from centre_desk.ui.activities.dialog import ActivityDialog

        dialog = ActivityDialog(self._workspace, occurrence.programme, activity_id, self)
        self.run_dialog(dialog)
        self.reload()

    def print_week(self, path: str | None = None) -> str:
        """Save the week's schedule of the facility shown (A4 landscape) as a PDF at
        ``path`` (asked for when not given); returns the path ('' when cancelled)."""
        from centre_desk.ui.plans import printing

        facility = self.facility_box.currentData()
        path = path or self.choose_pdf_path(facility)
        if not path:
            return ""
        try:
            printing.write_schedule(path, self.model, facility, self.week_label.text())
        except OSError as error:
            self._say(translate("WeekView", "The schedule could not be saved: %1")
                      .replace("%1", str(error)))
            return ""
        self._say("")
        return path

    def choose_pdf_path(self, facility: str | None) -> str:
        """Ask where to save the schedule ('' when the user cancels)."""
        from centre_desk.ui.plans import printing

        name = translate("WeekView", "Schedule %1").replace(
            "%1", labels.date_text(self.monday)) + (f" {facility}" if facility else "")
        return printing.choose_pdf_path(self, name)
