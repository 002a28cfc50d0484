"""The Arabic course's forms: a new course or a correction of one, a student's status
change (completed, dropped out, back to the course) with its date, and a new lesson."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from centre_desk.domain.courses import CAPACITY_MAX, CAPACITY_MIN, TEXT_LIMITS
from centre_desk.domain.enums import CourseGroup, EnrolmentStatus
from centre_desk.services import courses
from centre_desk.services.courses import CourseInput, CourseView, EnrolmentView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.courses.common import CourseStepDialog
from centre_desk.ui.toolkit.choices import CodeCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.operations import ACTIVITIES, COURSES

def _line(name: str, limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    return edit


class CourseFormDialog(CourseStepDialog):
    """A new course (``course`` None) or a correction of one; after acceptance
    ``course_id`` is the course's id."""

    def __init__(self, workspace: Workspace, course: CourseView | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("courseFormDialog")
        self._course = course
        self.course_id: uuid.UUID | None = course.id if course else None
        if course is not None:
            self.edits_record("course", course.id, course)
        form = self.form
        # The limits stop typing at what the store keeps; "too_long" cannot happen here.
        self.title = form.add("title", _line("courseTitleEdit", TEXT_LIMITS["title"]))
        self.level = form.add("level", _line("courseLevelEdit", TEXT_LIMITS["level"]))
        self.group = form.add("group", CodeCombo(CourseGroup))
        self.group.setObjectName("courseGroupCombo")
        self.teacher = form.add("teacher", _line("courseTeacherEdit", TEXT_LIMITS["teacher"]))
        self.schedule = form.add("schedule",
                                 _line("courseScheduleEdit", TEXT_LIMITS["schedule"]))
        self.starts_on = form.add("starts_on", DateField())
        self.starts_on.setObjectName("courseStartsOnEdit")
        self.ends_on = form.add("ends_on", DateField(optional=True))
        self.ends_on.setObjectName("courseEndsOnEdit")
        self.capacity = form.add("capacity", QSpinBox())
        self.capacity.setObjectName("courseCapacityEdit")
        self.capacity.setRange(CAPACITY_MIN, CAPACITY_MAX)
        self.active = form.add("active", QCheckBox(), wide=True)
        self.active.setObjectName("courseActiveCheck")
        if course is None:
            self.starts_on.set_date_value(today or dt.date.today())
            self.capacity.setValue(15)
            self.active.setChecked(True)
            form.set_row_visible("active", False)
        else:
            self.title.setText(course.title)
            self.level.setText(course.level or "")
            self.group.set_value(course.group)
            self.teacher.setText(course.teacher or "")
            self.schedule.setText(course.schedule or "")
            self.starts_on.set_date_value(course.starts_on)
            self.ends_on.set_optional_value(course.ends_on)
            self.capacity.setValue(course.capacity)
            self.active.setChecked(course.active)
        self.retranslate_ui()
        self.title.setFocus()

    def field_names(self) -> set[str]:
        return {"title", "level", "group", "teacher", "schedule", "starts_on", "ends_on",
                "capacity", "active"}

    def course_input(self) -> CourseInput:
        """What the form says now."""
        return CourseInput(
            title=self.title.text(), group=self.group.value(),
            starts_on=self.starts_on.date_value(), capacity=self.capacity.value(),
            level=self.level.text(), teacher=self.teacher.text(),
            schedule=self.schedule.text(), ends_on=self.ends_on.optional_value(),
            active=self.active.isChecked())

    def submit(self) -> uuid.UUID:
        if self._course is None:
            self.course_id = self._workspace.run(courses.create_course, self.course_input())
        else:
            self.save_checked(lambda data, seen: self._workspace.run(
                courses.update_course, self._course.id, data, seen=seen), self.course_input())
        return self.course_id

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("New Arabic course") if self._course is None
                            else self.tr("Edit the course"))
        for name, text in {
                "title": self.tr("&Title:"), "level": self.tr("&Level:"),
                "group": self.tr("&Group:"), "teacher": self.tr("T&eacher:"),
                "schedule": self.tr("Sc&hedule:"), "starts_on": self.tr("&Starts on:"),
                "ends_on": self.tr("E&nds on:"), "capacity": self.tr("&Places:")}.items():
            self.form.set_label(name, text)
        self.group.retranslate()
        self.schedule.setPlaceholderText(self.tr("e.g. Tue, Thu 10:00"))
        self.active.setText(self.tr("The &course takes students"))


class EnrolmentStatusDialog(CourseStepDialog):
    """Move a student to one of the statuses the rules allow next, on a date."""

    def __init__(self, workspace: Workspace, enrolment: EnrolmentView,
                 parent: QWidget | None = None, today: dt.date | None = None,
                 status: EnrolmentStatus | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("enrolmentStatusDialog")
        self._enrolment = enrolment
        self._today = today or dt.date.today()
        self.status = self.form.add("status", CodeCombo(enrolment.next_statuses))
        self.status.setObjectName("enrolmentStatusCombo")
        if status is not None:
            self.status.set_value(status)
        self.on = self.form.add("on", DateField())
        self.on.setObjectName("enrolmentStatusDateEdit")
        self.on.set_date_value(self._today)
        self.retranslate_ui()
        self.status.setFocus()

    def field_names(self) -> set[str]:
        return {"status", "on"}

    def submit(self) -> bool:
        return self._workspace.run(courses.set_enrolment_status, self._enrolment.enrolment_id,
                                   self.status.value(), self.on.date_value(), self._today)

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Change the status of %1").replace(
            "%1", self._enrolment.full_name))
        self.form.set_label("status", self.tr("&New status:"))
        self.form.set_label("on", self.tr("&On:"))
        self.status.retranslate()


class AddLessonDialog(CourseStepDialog):
    """Hold a lesson of the course on a date within the course's dates."""

    changes = frozenset({COURSES, ACTIVITIES})

    def __init__(self, workspace: Workspace, course_id: uuid.UUID,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("addLessonDialog")
        self._course_id = course_id
        course = workspace.run(courses.get_course, course_id)
        day = today or dt.date.today()
        day = max(course.starts_on, min(day, course.ends_on or day))
        self.held_on = self.form.add("held_on", DateField())
        self.held_on.setObjectName("lessonDateEdit")
        self.held_on.set_date_value(day)
        self.retranslate_ui()
        self.held_on.setFocus()

    def field_names(self) -> set[str]:
        return {"held_on"}

    def submit(self) -> uuid.UUID:
        return self._workspace.run(courses.add_lesson, self._course_id,
                                   self.held_on.date_value())

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Add a lesson"))
        self.form.set_label("held_on", self.tr("Lesson &date:"))
