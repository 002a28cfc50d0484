"""Tab visits every field of a window as the eye reads it, top to bottom and left to
right, and reaches the work: the course's register grid is entered by Tab and left by
Tab again; Space and Enter where a worker ticks the register never close the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from centre_desk.domain.enums import CourseGroup
from centre_desk.services import courses
from centre_desk.ui.courses.view import CourseWindow
from tests.gui.programmes.conftest import TODAY

ROW = 8
"""Widgets whose tops differ by less than this many pixels stand in one row."""


def tab_through(qtbot, window: QWidget) -> list[QWidget]:
    """Press Tab from where the window put the focus until it comes back there; the
    widgets visited, the first one first."""
    first = QApplication.focusWidget()
    assert first is not None and first.window() is window
    visited = [first]
    for _ in range(100):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is first:
            return visited
        assert focused not in visited, f"Tab is stuck in a loop at {focused.objectName()}"
        visited.append(focused)
    raise AssertionError("Tab never came back to where it started")


def assert_reads_in_order(window: QWidget, visited: list[QWidget]) -> None:
    """Each widget Tab reaches is below the one before, or in its row to its right."""
    where = [widget.mapTo(window, QPoint(0, 0)) for widget in visited]
    for (before, after), (b, a) in zip(zip(visited, visited[1:], strict=False),
                                      zip(where, where[1:], strict=False), strict=False):
        in_order = a.y() >= b.y() + ROW or (abs(a.y() - b.y()) < ROW and a.x() > b.x())
        assert in_order, (f"Tab goes from {before.objectName() or type(before).__name__} "
                          f"({b.x()}, {b.y()}) back up or left to "
                          f"{after.objectName() or type(after).__name__} ({a.x()}, {a.y()})")


def shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def course(specialist, families):
    course = specialist.run(courses.create_course, courses.CourseInput(
        title="Мужская группа", group=CourseGroup.MEN, starts_on=TODAY - dt.timedelta(days=9),
        capacity=5))
    specialist.run(courses.enrol, course, families.man, TODAY - dt.timedelta(days=9))
    specialist.run(courses.enrol, course, families.father, TODAY - dt.timedelta(days=9))
    specialist.run(courses.add_lesson, course, TODAY - dt.timedelta(days=2))
    return course


def names(widgets) -> list[str]:
    return [widget.objectName() for widget in widgets]


def test_tab_reads_the_course_window_top_to_bottom_and_enters_and_leaves_the_register(
        qtbot, specialist, course):
    window = shown(qtbot, CourseWindow(specialist, course))
    assert QApplication.focusWidget() is window.students_view  # the work, not Close
    visited = tab_through(qtbot, window)
    assert names(visited) == ["studentsView", "closeButton", "editCourseButton",
                              "deleteCourseButton", "qt_tabwidget_tabbar", "enrolButton",
                              "changeStatusButton"]
    assert_reads_in_order(window, visited[2:] + visited[:2])

    window.pages.setCurrentWidget(window.register)  # Alt+R, or Ctrl+Tab
    window.pages.tabBar().setFocus()
    qtbot.waitUntil(window.pages.tabBar().hasFocus)
    visited = tab_through(qtbot, window)
    assert names(visited) == ["qt_tabwidget_tabbar", "addLessonButton", "registerView",
                              "closeButton", "editCourseButton", "deleteCourseButton"]
    assert_reads_in_order(window, visited[4:] + visited[:4])


def test_space_and_enter_in_the_register_tick_and_never_close_the_course_window(
        qtbot, specialist, course, modals):
    window = shown(qtbot, CourseWindow(specialist, course))
    window.pages.setCurrentWidget(window.register)
    window.pages.tabBar().setFocus()
    qtbot.waitUntil(window.pages.tabBar().hasFocus)
    # From the page tabs, Tab goes into the page: once past "Add lesson…", the grid.
    qtbot.keyClick(window.pages.tabBar(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    grid = window.register.view
    assert QApplication.focusWidget() is grid
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert window.isVisible() and window.register.model().is_present(0, 0)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(grid, key)  # no default button: no lesson added, nothing closed
        assert window.isVisible() and window.result() == 0
    window.pages.setCurrentIndex(0)
    qtbot.keyClick(window.students_view, Qt.Key.Key_Return)
    qtbot.keyClick(window.students_view, Qt.Key.Key_Space)
    assert window.isVisible() and modals.shown == []


def test_tab_reads_the_participant_file_top_to_bottom(qtbot, workspace):
    from centre_desk.ui.participants.file_window import ParticipantFileDialog

    file = shown(qtbot, ParticipantFileDialog(workspace))
    visited = tab_through(qtbot, file)
    assert names(visited)[:2] == ["surnameEdit", "givenNameEdit"]
    assert names(visited)[-2:] == ["saveButton", "closeButton"]
    assert_reads_in_order(file, visited)
