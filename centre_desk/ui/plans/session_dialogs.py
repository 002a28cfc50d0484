"""The small windows of the week plan: cancel one session, move one session to another
day and time, a holiday (no session that day), and a plan's last day. Each is a
StepDialog: OK calls the service, a refusal stays beside its field, and closing with
something typed asks first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QLabel, QLineEdit, QTimeEdit, QWidget

from centre_desk.services import plans
from centre_desk.services.plans import Occurrence, PlanView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.plans.week_model import time_text, what_text
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.operations import ACTIVITIES
from centre_desk.ui.toolkit.steps import StepDialog

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

REASON_LIMIT = 200
"""The longest reason (or holiday's name) the plans store."""


def session_text(occurrence: Occurrence) -> str:
    """"Group training — Tue 19.11.2024, 10:00–11:30, АП-162/4"."""
    parts = [what_text(occurrence), ", ".join(part for part in (
        labels.date_text(occurrence.day),
        time_text(occurrence.start_minute, occurrence.duration_minutes),
        occurrence.facility or "") if part)]
    return " — ".join(parts)


def fit_wrapped_height(dialog: QWidget) -> None:
    """Make the dialog at least as tall as its wrapped sentences need at its narrowest:
    a wrapped label's height is not part of a layout's minimum height, and the rows
    would be squeezed under it."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        # An explicit minimum width overrides the layout's own: the larger one holds.
        narrowest = max(dialog.minimumWidth(), layout.totalMinimumSize().width())
        dialog.setMinimumSize(narrowest, layout.totalHeightForWidth(narrowest))


def _reason_line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(REASON_LIMIT)
    return edit


class _PlanStep(StepDialog):
    """A plan's small window: the session (or plan) it acts on named above the form."""

    namespace = "plan"
    changes = frozenset({ACTIVITIES})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.subject = QLabel(self)
        self.subject.setObjectName("planStepSubject")
        self.subject.setWordWrap(True)
        self.layout().insertWidget(0, self.subject)


class CancelSessionDialog(_PlanStep):
    """Cancel one session of a plan, with a reason; the plan's others stay."""

    def __init__(self, workspace: Workspace, occurrence: Occurrence,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("cancelSessionDialog")
        self._occurrence = occurrence
        self.reason = self.form.add("reason", _reason_line("cancelReasonEdit"))
        self.retranslate_ui()
        self.reason.setFocus()

    def field_names(self) -> set[str]:
        return {"reason"}

    def submit(self) -> None:
        occurrence = self._occurrence
        self._workspace.run(plans.cancel_occurrence, occurrence.plan_id,
                            occurrence.occurs_on, self.reason.text())

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("SessionDialogs", "Cancel this session"))
        self.subject.setText(session_text(self._occurrence))
        self.form.set_label("reason", translate("SessionDialogs", "&Reason:"))
        fit_wrapped_height(self)
        self.reason.setPlaceholderText(translate("SessionDialogs", "e.g. quarantine in the "
                                                                   "colony"))


class MoveSessionDialog(_PlanStep):
    """Move one session of a plan to another day and time; the rule stays."""

    def __init__(self, workspace: Workspace, occurrence: Occurrence,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("moveSessionDialog")
        self._occurrence = occurrence
        self.to_day = self.form.add("to_day", DateField())
        self.to_day.setObjectName("moveDateEdit")
        self.to_day.set_date_value(occurrence.day)
        self.to_time = self.form.add("moved_minute", QTimeEdit())
        self.to_time.setObjectName("moveTimeEdit")
        self.to_time.setDisplayFormat("HH:mm")
        minute = occurrence.start_minute
        self.to_time.setTime(QTime(minute // 60, minute % 60))
        self.reason = self.form.add("reason", _reason_line("moveReasonEdit"))
        self.retranslate_ui()
        self.to_day.setFocus()
        self.to_day.selectAll()

    def field_names(self) -> set[str]:
        return {"to_day", "moved_minute", "reason"}

    def submit(self) -> None:
        occurrence, time = self._occurrence, self.to_time.time()
        self._workspace.run(plans.move_occurrence, occurrence.plan_id, occurrence.occurs_on,
                            self.to_day.date_value(), time.hour() * 60 + time.minute(),
                            self.reason.text())

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("SessionDialogs", "Move this session"))
        self.subject.setText(session_text(self._occurrence))
        self.form.set_label("to_day", translate("SessionDialogs", "&New date:"))
        self.form.set_label("moved_minute", translate("SessionDialogs", "&Time:"))
        self.form.set_label("reason", translate("SessionDialogs", "&Reason:"))
        fit_wrapped_height(self)


class HolidayDialog(_PlanStep):
    """A holiday: no plan's session takes place on the day (one moved onto it does)."""

    def __init__(self, workspace: Workspace, day: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("holidayDialog")
        self.day = self.form.add("day", DateField())
        self.day.setObjectName("holidayDateEdit")
        self.day.set_date_value(day or dt.date.today())
        self.name = self.form.add("reason", _reason_line("holidayNameEdit"))
        self.retranslate_ui()
        self.day.setFocus()
        self.day.selectAll()

    def field_names(self) -> set[str]:
        return {"day", "reason"}

    def submit(self) -> None:
        self._workspace.run(plans.add_holiday, self.day.date_value(), self.name.text())

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("SessionDialogs", "Holiday"))
        self.subject.setText(translate(
            "SessionDialogs", "No planned session takes place on a holiday; a session "
                              "moved onto it does."))
        self.form.set_label("day", translate("SessionDialogs", "&Date:"))
        self.form.set_label("reason", translate("SessionDialogs", "&Name:"))
        self.name.setPlaceholderText(translate("SessionDialogs", "e.g. Nauryz"))
        fit_wrapped_height(self)


class EndPlanDialog(_PlanStep):
    """A plan's last day: no session of it after the day given."""

    def __init__(self, workspace: Workspace, plan: PlanView, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("endPlanDialog")
        self._plan = plan
        self.last_day = self.form.add("end_on", DateField())
        self.last_day.setObjectName("planLastDayEdit")
        self.last_day.set_date_value(max(today or dt.date.today(), plan.start_on))
        self.retranslate_ui()
        self.last_day.setFocus()
        self.last_day.selectAll()

    def field_names(self) -> set[str]:
        return {"end_on"}

    def submit(self) -> None:
        self._workspace.run(plans.end_plan, self._plan.id, self.last_day.date_value())

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("SessionDialogs", "End plan"))
        what = self._plan.title or labels.label(self._plan.kind)
        self.subject.setText(translate("SessionDialogs", "%1: the plan runs from %2.")
                             .replace("%1", what)
                             .replace("%2", labels.date_text(self._plan.start_on)))
        self.form.set_label("end_on", translate("SessionDialogs", "&Last day:"))
        fit_wrapped_height(self)
