"""The Arabic courses tab: courses with their group, teacher, dates and free places;
"New course…" (Ctrl+N) and the door to each course's window."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from centre_desk.domain.permissions import Permission

from centre_desk.services import listing
from centre_desk.services.listing import CourseSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.courses.form import CourseFormDialog
from centre_desk.ui.courses.view import CourseWindow
from centre_desk.ui.toolkit.paged_model import CENTRE, Column, ListSpec
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.operations import COURSES

(COL_TITLE, COL_LEVEL, COL_GROUP, COL_TEACHER, COL_STARTS_ON, COL_ENDS_ON,
 COL_PLACES) = range(7)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("ArabicCoursesTab", "Course"),
           lambda row: row.title, CourseSort.TITLE, width=38),
    Column(lambda: QCoreApplication.translate("ArabicCoursesTab", "Level"),
           lambda row: row.level or "", CourseSort.LEVEL, width=10),
    Column(lambda: QCoreApplication.translate("ArabicCoursesTab", "Group"),
           lambda row: labels.label(row.group), CourseSort.GROUP, width=10),
    Column(lambda: QCoreApplication.translate("ArabicCoursesTab", "Teacher"),
           lambda row: row.teacher or "", CourseSort.TEACHER, width=24),
    Column(lambda: QCoreApplication.translate("ArabicCoursesTab", "Starts on"),
           lambda row: labels.date_text(row.starts_on), CourseSort.STARTS_ON, width=12),
    Column(lambda: QCoreApplication.translate("ArabicCoursesTab", "Ends on"),
           lambda row: labels.date_text(row.ends_on), CourseSort.ENDS_ON, width=12),
    Column(lambda: QCoreApplication.translate("ArabicCoursesTab", "Enrolled / places"),
           lambda row: f"{row.enrolled} / {row.capacity}", CourseSort.ENROLLED,
           alignment=CENTRE, width=16),
)

SPEC = ListSpec(COLUMNS, listing.courses_page, listing.count_courses,
                row_id=lambda row: row.course_id)


class ArabicCoursesTab(ListTab, ModalHost):
    """Arabic literacy courses for men and for women. Enter or a double-click opens a
    course; Ctrl+N starts a new one."""

    shows = frozenset({COURSES})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("arabicCoursesTab")
        self._may_edit = may(workspace, Permission.EDIT)
        self.add_new_button("newCourseButton", self.new_course, self._may_edit,
                            "newCourseAction")
        self.row_activated.connect(self.open_course)
        self.retranslate_ui()

    def list_words(self) -> ListWords:
        """Override."""
        return ListWords(self.tr("Words from the course title or the teacher's name"),
                         self.tr("Arabic courses"),
                         self.tr("&New course\u2026"), self.tr("New course\u2026"))

    def new_course(self) -> uuid.UUID | None:
        """Create a course through the form, then open it; returns its id."""
        if not self._may_edit:
            return None
        dialog = CourseFormDialog(self._workspace, parent=self)
        if not self.run_dialog(dialog):
            return None
        self.open_course(dialog.course_id)
        return dialog.course_id

    def open_course(self, course_id: uuid.UUID) -> CourseWindow:
        """Open a course's window (the list follows what it stores)."""
        window = CourseWindow(self._workspace, course_id, self)
        self.run_dialog(window)
        return window
