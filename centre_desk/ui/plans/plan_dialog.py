"""The plan window: a new weekly plan, or a plan changed from a date onward (the
sessions before it stay as they were planned), ended or deleted.

Public API::

    dialog = PlanDialog(workspace, plan=None, parent=None, today=None, from_on=None)
    dialog.plan_input()     # what the form says, for services.plans
    dialog.accept()         # OK: create_plan, or change_plan_from(from_on); stays open
                            # with each refusal beside its field
    dialog.end_plan()       # an existing plan: asks its last day (EndPlanDialog)
    dialog.delete_plan()    # an existing plan: asks first (ModalHost.confirm)
    dialog.plan_id          # the stored plan (the new one after a change from a date)
    dialog.outcome          # "created", "changed", "ended" or "deleted" once closed so
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox,
    QTimeEdit, QWidget)

from centre_desk.domain.enums import Programme
from centre_desk.domain.plans import LONGEST_SESSION
from centre_desk.services import activities, listing, picking, plans
from centre_desk.services.activities import TITLE_REQUIRED
from centre_desk.services.listing import ListQuery
from centre_desk.services.plans import PlanInput, PlanView
from centre_desk.services.plans.rules import TEXT_LIMITS
from centre_desk.services.workspace import Workspace
from centre_desk.ui.plans.session_dialogs import EndPlanDialog, fit_wrapped_height
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.choices import CodeCombo, ValueCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.operations import ACTIVITIES, Operation
from centre_desk.ui.toolkit.steps import StepDialog, note_edit

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
"""The week view's short day names (its translations: context "WeekView")."""

COURSES_OFFERED = 200
"""The most courses the course choice lists (a centre runs a handful at a time)."""


def day_name(iso_day: int) -> str:
    """A weekday's short name in the current language (1 = Monday)."""
    return translate("WeekView", DAY_NAMES[iso_day - 1])


class WeekdaysField(QWidget):
    """Seven tick boxes, Monday to Sunday, in the current language's short names."""

    changed = Signal(object)
    """The ticked ISO days, whenever a box is ticked or cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planWeekdays")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for day in range(1, 8):
            box = QCheckBox(self)
            box.setObjectName(f"weekday{day}Check")
            box.toggled.connect(lambda _on: self.changed.emit(self.days()))
            row.addWidget(box)
            self.boxes.append(box)
        row.addStretch(1)
        self.setFocusProxy(self.boxes[0])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for day, box in enumerate(self.boxes, 1):
            box.setText(day_name(day))

    def days(self) -> tuple[int, ...]:
        return tuple(day for day, box in enumerate(self.boxes, 1) if box.isChecked())

    def set_days(self, days: tuple[int, ...]) -> None:
        for day, box in enumerate(self.boxes, 1):
            box.setChecked(day in days)


def _line(name: str, limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    return edit


class PlanDialog(StepDialog):
    """A new plan (``plan`` None) or an existing one changed from ``from_on`` onward."""

    namespace = "plan"
    changes = frozenset({ACTIVITIES})
    minimum_width = 560

    def __init__(self, workspace: Workspace, plan: PlanView | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None,
                 from_on: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("planDialog")
        self._plan = plan
        self._today = today or dt.date.today()
        self.plan_id: uuid.UUID | None = plan.id if plan else None
        self.outcome: str | None = None
        form = self.form
        self.programme = form.add("programme", CodeCombo(Programme))
        self.programme.setObjectName("planProgrammeCombo")
        self.kind = form.add("kind", ValueCombo())
        self.kind.setObjectName("planKindCombo")
        self.title = form.add("title", _line("planTitleEdit", TEXT_LIMITS["title"]))
        self.facility = form.add("facility", QComboBox())
        self.facility.setObjectName("planFacilityCombo")
        self.facility.setEditable(True)
        self.facility.lineEdit().setMaxLength(TEXT_LIMITS["facility"])
        self.place = form.add("place", _line("planPlaceEdit", TEXT_LIMITS["place"]))
        self.weekdays = form.add("weekdays", WeekdaysField())
        self.start = form.add("start_minute", QTimeEdit())
        self.start.setObjectName("planStartTimeEdit")
        self.start.setDisplayFormat("HH:mm")
        self.duration = form.add("duration_minutes", QSpinBox())
        self.duration.setObjectName("planDurationSpin")
        self.duration.setRange(5, LONGEST_SESSION)
        self.duration.setSingleStep(15)
        self.start_on = form.add("start_on", DateField())
        self.start_on.setObjectName("planStartOnEdit")
        self.from_on = form.add("from_on", DateField())
        self.from_on.setObjectName("planFromOnEdit")
        self.end_on = form.add("end_on", DateField(optional=True))
        self.end_on.setObjectName("planEndOnEdit")
        self.leader = form.add("leader_id", ValueCombo(blank=True))
        self.leader.setObjectName("planLeaderCombo")
        self.group = form.add("group_id", ValueCombo(blank=True))
        self.group.setObjectName("planGroupCombo")
        self.course = form.add("course_id", ValueCombo(blank=True))
        self.course.setObjectName("planCourseCombo")
        self.notes = form.add("notes", note_edit("planNotesEdit"))
        self.notes.setFixedHeight(2 * self.notes.fontMetrics().lineSpacing() + 12)
        self.hint = QLabel(self)
        self.hint.setObjectName("planChangeHint")
        self.hint.setWordWrap(True)
        self.layout().insertWidget(1, self.hint)
        self._fill_choices()
        self.end_button = self.delete_button = None
        if plan is None:
            self._new()
        else:
            self._existing(plan, from_on)
        self.programme.currentIndexChanged.connect(lambda _i: self._programme_changed())
        self._programme_changed()
        self.retranslate_ui()
        self.programme.setFocus()

    def _fill_choices(self) -> None:
        run = self._workspace.run
        named = set(run(plans.facilities)) | set(run(picking.case_facilities))
        self.facility.addItems(sorted(named, key=str.casefold))
        self.leader.set_choices((name, user_id) for user_id, name in run(plans.leaders))
        self.group.set_choices((f"{g.name} ({g.member_count})", g.id)
                               for g in run(plans.groups))
        page = run(listing.courses_page, ListQuery(), limit=COURSES_OFFERED)
        self.course.set_choices((row.title, row.course_id) for row in page.rows)

    def _new(self) -> None:
        self.programme.set_value(Programme.CASE_WORK)
        self._set_kinds()
        self.facility.setCurrentIndex(-1)
        self.facility.setEditText("")
        self.start.setTime(QTime(10, 0))
        self.duration.setValue(90)
        self.start_on.set_date_value(self._today)
        self.form.set_row_visible("from_on", False)
        self.from_on.setEnabled(False)  # not checked while hidden
        self.hint.hide()

    def _existing(self, plan: PlanView, from_on: dt.date | None) -> None:
        self.programme.set_value(plan.programme)
        self._set_kinds()
        self.kind.set_value(plan.kind)
        self.title.setText(plan.title or "")
        self.facility.setEditText(plan.facility or "")
        self.place.setText(plan.place or "")
        self.weekdays.set_days(plan.weekdays)
        self.start.setTime(QTime(plan.start_minute // 60, plan.start_minute % 60))
        self.duration.setValue(plan.duration_minutes)
        self.start_on.set_date_value(plan.start_on)
        self.from_on.set_date_value(max(from_on or self._today, plan.start_on))
        self.end_on.set_optional_value(plan.end_on)
        self.leader.set_value(plan.leader_id)
        self.group.set_value(plan.group_id)
        self.course.set_value(plan.course_id)
        self.notes.setPlainText(plan.notes or "")
        self.form.set_row_visible("start_on", False)
        self.start_on.setEnabled(False)  # a change starts on "Change from"
        self.end_button = action_button("endPlanButton", self, self.end_plan)
        self.delete_button = action_button("deletePlanButton", self, self.delete_plan)
        self.buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)

    def _set_kinds(self) -> None:
        programme = self.programme.value() or Programme.CASE_WORK
        self.kind.set_choices((labels.label(kind), kind)
                              for kind in activities.kinds_for(programme))

    def _programme_changed(self) -> None:
        self._set_kinds()
        is_course = self.programme.value() is Programme.ARABIC_COURSES
        self.form.set_row_visible("course_id", is_course)
        self._label_title()

    def _label_title(self) -> None:
        required = self.programme.value() in TITLE_REQUIRED
        self.form.set_label("title", translate("PlanDialog", "&Title (required):") if required
                            else translate("PlanDialog", "&Title:"))

    # --- own API -----------------------------------------------------------------------

    def plan_input(self) -> PlanInput:
        """What the form says now (from dates: what is typed, else None)."""
        time = self.start.time()
        programme = self.programme.value()
        first = self.start_on if self._plan is None else self.from_on
        return PlanInput(
            programme=programme, kind=self.kind.value(), weekdays=self.weekdays.days(),
            start_minute=time.hour() * 60 + time.minute(),
            duration_minutes=self.duration.value(), start_on=first.date(),
            end_on=self.end_on.date(), title=self.title.text(),
            facility=self.facility.currentText(), place=self.place.text(),
            leader_id=self.leader.value(), group_id=self.group.value(),
            course_id=self.course.value() if programme is Programme.ARABIC_COURSES else None,
            notes=self.notes.toPlainText())

    def field_names(self) -> set[str]:
        return {"programme", "kind", "title", "facility", "place", "weekdays",
                "start_minute", "duration_minutes", "start_on", "from_on", "end_on",
                "leader_id", "group_id", "course_id", "notes"}

    def form_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Override: a change's first day is the "from" field, not the plan's start."""
        if self._plan is not None and "start_on" in problems:
            problems = dict(problems)
            problems["from_on"] = problems.pop("start_on")
        return problems

    def submit(self) -> uuid.UUID:
        data = self.plan_input()
        if self._plan is None:
            self.plan_id = self._workspace.run(plans.create_plan, data)
            self.outcome = "created"
        else:
            self.plan_id = self._workspace.run(plans.change_plan_from, self._plan.id,
                                               self.from_on.date_value(), data)
            self.outcome = "changed"
        return self.plan_id

    def end_plan(self) -> bool:
        """Ask the plan's last day and end it there; the window closes when it did."""
        if self._plan is None:
            return False
        dialog = EndPlanDialog(self._workspace, self._plan, self, self._today)
        if not self.run_dialog(dialog):
            return False
        self.outcome = "ended"
        QDialog.accept(self)
        return True

    def delete_plan(self) -> bool:
        """Delete the plan after asking; the activities held from it stay."""
        if self._plan is None or not self.confirm(
                translate("PlanDialog", "Delete plan"),
                translate("PlanDialog", "Delete this plan? Its sessions leave the week "
                                        "plan; sessions already held stay recorded.")):
            return False
        return Operation(self, self._workspace, self.changes, plans.delete_plan,
                         self._plan.id).show_errors_in(self.show_message).success(
            self._deleted).run()

    def _deleted(self, _result=None) -> None:
        self.outcome = "deleted"
        QDialog.accept(self)

    def _state(self) -> tuple:
        """Override: the day boxes count as typing too."""
        return self.form.state() + (self.weekdays.days(),)

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("PlanDialog", "New plan") if self._plan is None
                            else translate("PlanDialog", "Edit plan"))
        for name, text in {
                "programme": translate("PlanDialog", "&Programme:"),
                "kind": translate("PlanDialog", "&Kind:"),
                "facility": translate("PlanDialog", "Facilit&y:"),
                "place": translate("PlanDialog", "Pla&ce:"),
                "weekdays": translate("PlanDialog", "&Days:"),
                "start_minute": translate("PlanDialog", "&Starts at:"),
                "duration_minutes": translate("PlanDialog", "Durat&ion:"),
                "start_on": translate("PlanDialog", "&From:"),
                "from_on": translate("PlanDialog", "Change &from:"),
                "end_on": translate("PlanDialog", "&Until:"),
                "leader_id": translate("PlanDialog", "&Led by:"),
                "group_id": translate("PlanDialog", "&Expected:"),
                "course_id": translate("PlanDialog", "Cou&rse:"),
                "notes": translate("PlanDialog", "N&otes:")}.items():
            self.form.set_label(name, text)
        self._label_title()
        self.programme.retranslate()
        self._set_kinds()
        self.weekdays.retranslate_ui()
        self.duration.setSuffix(translate("PlanDialog", " min"))
        self.end_on.setToolTip(translate("PlanDialog", "Blank: the plan runs on."))
        self.facility.lineEdit().setPlaceholderText(
            translate("PlanDialog", "Penal colony, if held in one"))
        self.leader.set_blank_text(translate("PlanDialog", "Nobody named yet"))
        self.group.set_blank_text(translate("PlanDialog", "The facility's participants"))
        self.group.setToolTip(translate(
            "PlanDialog", "Who is ticked when a session is recorded as held: a saved group "
                          "list, or everyone with an open case in the facility."))
        self.course.set_blank_text(translate("PlanDialog", "No course"))
        if self._plan is not None:
            self.hint.setText(translate(
                "PlanDialog", "The plan runs from %1. The changes apply from the day "
                              "in “Change from”; the sessions before it stay as planned.")
                .replace("%1", labels.date_text(self._plan.start_on)))
            self.end_button.setText(translate("PlanDialog", "End pl&an…"))
            self.end_button.setToolTip(translate(
                "PlanDialog", "The plan's last session: no session after the day you give."))
            self.delete_button.setText(translate("PlanDialog", "Delete pla&n…"))
            self.delete_button.setToolTip(translate(
                "PlanDialog", "Remove the plan; sessions already held stay recorded."))
        fit_wrapped_height(self)
