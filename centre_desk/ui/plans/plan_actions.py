"""The week view's editing buttons: New plan, Edit plan (of the session selected),
Cancel this session, Move this session, Holiday and Group lists. Each window opens
through the week view's ``ModalHost.run_dialog``; what it stores is announced
(toolkit.operations), so the week reads itself again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from centre_desk.domain.permissions import Permission
from centre_desk.domain.plans import OccurrenceStatus
from centre_desk.services import plans
from centre_desk.services.errors import ServiceError
from centre_desk.services.plans import Occurrence
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.modal import may

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

_S = OccurrenceStatus


class PlanActions(QObject):
    """The buttons of the week view (``window``: a WeekWindow) that change plans."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.may_edit = may(window._workspace, Permission.EDIT)
        self.new_button = action_button("newPlanButton", window, self.new_plan)
        self.edit_button = action_button("editPlanButton", window, self.edit_plan)
        self.cancel_button = action_button("cancelSessionButton", window, self.cancel_session)
        self.move_button = action_button("moveSessionButton", window, self.move_session)
        self.holiday_button = action_button("holidayButton", window, self.add_holiday)
        self.groups_button = action_button("groupListsButton", window, self.group_lists)
        self.row = QHBoxLayout()
        for button in self.buttons():
            self.row.addWidget(button)
        self.row.addStretch(1)
        # Tab reaches them where they show: after the filters, before the week.
        chain = (window.leader_box, *self.buttons(), window.view)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        window.view.selectionModel().currentChanged.connect(lambda *_args: self.enable())
        window.model.modelReset.connect(self.enable)
        self.enable()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.new_button, self.edit_button, self.cancel_button, self.move_button,
                self.holiday_button, self.groups_button)

    def selected(self) -> Occurrence | None:
        """The session of the cell selected (None: an empty cell or none)."""
        return self._window.model.occurrence(self._window.view.currentIndex())

    def enable(self) -> None:
        """Offer what fits the session selected, to users who may edit."""
        chosen = self.selected()
        status = chosen.status if chosen is not None else None
        for button in (self.new_button, self.holiday_button):
            button.setEnabled(self.may_edit)
        planned = chosen is not None and chosen.plan_id is not None  # not held without one
        self.edit_button.setEnabled(self.may_edit and planned)
        self.cancel_button.setEnabled(self.may_edit and status in (_S.PLANNED, _S.MISSED))
        self.move_button.setEnabled(self.may_edit and planned and status is not _S.HELD)
        self.groups_button.setEnabled(True)  # a viewer may read the lists

    # --- the windows -------------------------------------------------------------------

    def _run(self, dialog) -> bool:
        accepted = self._window.run_dialog(dialog)
        self._window.reload()
        return accepted

    def new_plan(self) -> bool:
        """A new weekly plan, for the facility shown (if one is)."""
        from centre_desk.ui.plans.plan_dialog import PlanDialog

        dialog = PlanDialog(self._window._workspace, parent=self._window,
                            today=self._window.today())
        facility = self._window.facility_box.currentData()
        if facility:
            dialog.facility.setEditText(facility)
        return self._run(dialog)

    def edit_plan(self) -> bool:
        """The plan of the session selected, changed from that session's day onward."""
        from centre_desk.ui.plans.plan_dialog import PlanDialog

        chosen = self.selected()
        if chosen is None:
            return False
        try:
            plan = self._window._workspace.run(plans.get_plan, chosen.plan_id)
        except ServiceError as error:
            self._window._say(error_text(error))
            return False
        return self._run(PlanDialog(self._window._workspace, plan, self._window,
                                    today=self._window.today(), from_on=chosen.occurs_on))

    def cancel_session(self) -> bool:
        from centre_desk.ui.plans.session_dialogs import CancelSessionDialog

        chosen = self.selected()
        return chosen is not None and self._run(
            CancelSessionDialog(self._window._workspace, chosen, self._window))

    def move_session(self) -> bool:
        from centre_desk.ui.plans.session_dialogs import MoveSessionDialog

        chosen = self.selected()
        return chosen is not None and self._run(
            MoveSessionDialog(self._window._workspace, chosen, self._window))

    def add_holiday(self) -> bool:
        """A holiday, on the day of the cell selected (else today)."""
        from centre_desk.ui.plans.session_dialogs import HolidayDialog

        chosen = self.selected()
        day = chosen.day if chosen is not None else self._window.today()
        return self._run(HolidayDialog(self._window._workspace, day, self._window))

    def group_lists(self) -> bool:
        from centre_desk.ui.plans.group_lists import GroupListsWindow

        return self._run(GroupListsWindow(self._window._workspace, self._window))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        for button, text, tip in (
                (self.new_button, translate("PlanActions", "New p&lan…"),
                 translate("PlanActions", "A weekly plan: its days, time, place, who leads "
                                          "it and who is expected.")),
                (self.edit_button, translate("PlanActions", "&Edit plan…"),
                 translate("PlanActions", "Change the plan of the session selected from a "
                                          "day onward; the sessions before it stay.")),
                (self.cancel_button, translate("PlanActions", "C&ancel session…"),
                 translate("PlanActions", "Cancel only the session selected, with a "
                                          "reason.")),
                (self.move_button, translate("PlanActions", "&Move session…"),
                 translate("PlanActions", "Move only the session selected to another day "
                                          "or time.")),
                (self.holiday_button, translate("PlanActions", "Holi&day…"),
                 translate("PlanActions", "A day on which no planned session takes "
                                          "place.")),
                (self.groups_button, translate("PlanActions", "&Group lists…"),
                 translate("PlanActions", "The saved lists of people a plan may "
                                          "expect."))):
            button.setText(text)
            button.setToolTip(tip)
