"""The Arabic courses tab: courses with their group, teacher, dates and free places."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from centre_desk.services import listing
from centre_desk.services.listing import CourseSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui import labels
from centre_desk.ui.paged_model import CENTRE, Column, ListSpec
from centre_desk.ui.tabs.common import ListTab

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


class ArabicCoursesTab(ListTab):
    """Arabic literacy courses for men and for women."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("arabicCoursesTab")

    def search_placeholder(self) -> str:
        """Override."""
        return self.tr("Words from the course title or the teacher's name")

    def list_title(self) -> str:
        """Override."""
        return self.tr("Arabic courses")
