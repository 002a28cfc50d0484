"""The Arabic courses tab on a worker's path: create a course, enrol students, add
lessons, mark the register with the keyboard, complete a student, print her certificate
and find the course on her file."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import CourseGroup, EnrolmentStatus, Language, Sex
from centre_desk.services import courses, persons
from centre_desk.services.persons import PersonInput
from centre_desk.ui.courses.form import AddLessonDialog, CourseFormDialog, EnrolmentStatusDialog
from centre_desk.ui.courses.view import COL_CERTIFICATE_ON, COL_NAME, COL_STATUS, CourseWindow
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.courses.tab import COL_PLACES, COL_TITLE, ArabicCoursesTab
from tests.gui.programmes.conftest import TODAY, submit

TITLE = "Араб жазуы — әйелдер тобы"
ALIYA = "Нұрланова Әлия Қасымқызы"


@pytest.fixture
def aliya(db, admin, families):
    """A Kazakh-speaking woman (her certificate is printed in Kazakh)."""
    from centre_desk.services.workspace import Workspace
    families.aliya = Workspace(db, admin).run(persons.create_person, PersonInput(
        surname="Нұрланова", given_name="Әлия", patronymic="Қасымқызы", sex=Sex.FEMALE,
        birth_date=dt.date(1993, 8, 8), language=Language.KAZAKH))
    return families


def fill_course(title=TITLE, group=CourseGroup.WOMEN, capacity=2,
                starts=TODAY - dt.timedelta(days=60), ends=TODAY + dt.timedelta(days=30)):
    """A handler that fills the course form as a user types it, then presses OK."""
    def handler(dialog: CourseFormDialog) -> bool:
        dialog.title.insert(title)  # Cyrillic and Kazakh letters: insert, not keyClicks
        dialog.level.insert("Бастауыш")
        dialog.group.set_value(group)
        dialog.teacher.insert("Сәрсенова Гүлнар")
        dialog.schedule.insert("Сс, Бс 10:00")
        dialog.starts_on.set_date_value(starts)
        dialog.ends_on.set_optional_value(ends)
        dialog.capacity.setValue(capacity)
        return submit(dialog)
    return handler


def pick(typed: str):
    """A handler that types a name into the person picker and presses Enter."""
    def handler(dialog) -> bool:
        dialog.picker.search_edit().insert(typed)
        dialog.picker.search_now()
        return submit(dialog)
    return handler


def lesson_on(day: dt.date):
    def handler(dialog: AddLessonDialog) -> bool:
        dialog.held_on.set_date_value(day)
        return submit(dialog)
    return handler


def new_status(status: EnrolmentStatus, on: dt.date = TODAY):
    def handler(dialog: EnrolmentStatusDialog) -> bool:
        dialog.status.set_value(status)
        dialog.on.set_date_value(on)
        return submit(dialog)
    return handler


def keep(windows: list):
    """A handler that keeps the course window for the test and closes it."""
    def handler(window: CourseWindow) -> bool:
        windows.append(window)
        return False
    return handler


def cells(model, row):
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_a_worker_creates_a_course_enrols_marks_the_register_completes_and_prints(
        qtbot, specialist, aliya, modals, qtmodeltester, tmp_path):
    tab = ArabicCoursesTab(specialist)
    qtbot.addWidget(tab)
    tab.show()
    windows: list[CourseWindow] = []

    # A new course through the form; the course window opens on it.
    modals.expect(fill_course(), keep(windows))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert modals.shown == ["courseFormDialog", "courseWindow"]
    tab.model().ensure_loaded()
    row = cells(tab.model(), 0)
    assert row[COL_TITLE] == TITLE and row[COL_PLACES] == "0 / 2"
    window = windows[0]
    qtbot.addWidget(window)
    window.show()
    assert TITLE in window.details.text() and "Students: 0 of 2 places" in window.details.text()

    # Enrol two women through the person picker.
    modals.expect(pick("Нұрланова"), pick("Касымова"))
    qtbot.mouseClick(window.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.enrol_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(window.students)
    assert [cells(window.students, r)[COL_NAME] for r in range(2)] == \
        ["Касымова Жанар", ALIYA]
    assert {cells(window.students, r)[COL_STATUS] for r in range(2)} == {"Enrolled"}
    assert window.message_text() == ""

    # Two lessons, then the register marked with arrow keys and Space.
    window.pages.setCurrentWidget(window.register)
    modals.expect(lesson_on(TODAY - dt.timedelta(days=7)), lesson_on(TODAY - dt.timedelta(days=3)))
    qtbot.mouseClick(window.register.add_lesson_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.register.add_lesson_button, Qt.MouseButton.LeftButton)
    grid, view = window.register.model(), window.register.view
    qtmodeltester.check(grid)
    assert (grid.students(), grid.lessons()) == (2, 2)
    view.setFocus()
    view.setCurrentIndex(grid.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)       # Касымова, lesson 1
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)       # Нұрланова, lesson 1
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)       # Нұрланова, lesson 2
    assert cells(grid, 0) == [None, None, "1"] and cells(grid, 1) == [None, None, "2"]
    assert cells(grid, 2) == ["2", "1", "3"]     # the counts row
    stored = specialist.run(courses.register_grid, window.course.id)
    assert len(stored.present) == 3
    assert window.register.message_text() == ""
    # Space again unticks, and that is stored too.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert len(specialist.run(courses.register_grid, window.course.id).present) == 2
    qtbot.keyClick(view, Qt.Key.Key_Space)

    # Нұрланова completes the course; her certificate is printed in Kazakh.
    window.pages.setCurrentIndex(0)
    assert window.select_student(aliya.aliya)
    assert not window.certificate_button.isEnabled()
    modals.expect(new_status(EnrolmentStatus.COMPLETED))
    qtbot.mouseClick(window.status_button, Qt.MouseButton.LeftButton)
    assert cells(window.students, 1)[COL_STATUS] == "Completed"
    assert cells(window.students, 1)[COL_CERTIFICATE_ON] == TODAY.strftime("%d.%m.%Y")
    assert window.certificate_button.isEnabled()
    pdf = window.print_certificate(tmp_path / "certificate.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert ALIYA in text and "КУӘЛІК" in text
    assert window.message_text() == ""

    # The list behind the window shows the places taken.
    assert window.changed
    tab.reload()
    assert cells(tab.model(), 0)[COL_PLACES] == "2 / 2"

    # Her file's timeline shows the enrolment and the lessons she came to.
    file = ParticipantFileDialog(specialist, person_id=aliya.aliya)
    qtbot.addWidget(file)
    timeline = file.timeline.model
    shown = [" ".join(str(timeline.index(r, c).data() or "")
                      for c in range(timeline.columnCount()))
             for r in range(timeline.rowCount())]
    assert sum(TITLE in line and "Course lesson" in line for line in shown) == 2
    assert any(TITLE in line and "Course enrolment" in line for line in shown)


def test_enter_on_a_course_in_the_list_opens_its_window(qtbot, specialist, families, modals):
    course = specialist.run(courses.create_course, courses.CourseInput(
        title="Мужская группа", group=CourseGroup.MEN, starts_on=TODAY, capacity=5))
    tab = ArabicCoursesTab(specialist)
    qtbot.addWidget(tab)
    tab.show()
    windows: list[CourseWindow] = []
    modals.expect(keep(windows))
    tab.view().setFocus()
    tab.view().setCurrentIndex(tab.model().index(0, 0))
    qtbot.keyClick(tab.view(), Qt.Key.Key_Return)
    assert windows[0].course.id == course
    assert not windows[0].changed


def test_a_student_who_dropped_out_is_greyed_in_the_register_and_cannot_be_ticked(
        qtbot, specialist, families):
    course = specialist.run(courses.create_course, courses.CourseInput(
        title="Мужская группа", group=CourseGroup.MEN, starts_on=TODAY - dt.timedelta(days=9),
        capacity=5))
    enrolment = specialist.run(courses.enrol, course, families.man, TODAY - dt.timedelta(days=9))
    specialist.run(courses.enrol, course, families.father, TODAY - dt.timedelta(days=9))
    specialist.run(courses.add_lesson, course, TODAY - dt.timedelta(days=2))
    specialist.run(courses.set_enrolment_status, enrolment, EnrolmentStatus.DROPPED, TODAY)
    window = CourseWindow(specialist, course)
    qtbot.addWidget(window)
    grid = window.register.model()
    header = [grid.headerData(r, Qt.Orientation.Vertical) for r in range(grid.rowCount())]
    assert header == ["Ахметов Бауыржан", "Жумабаев Нурлан (dropped out)", "Present"]
    assert not grid.flags(grid.index(1, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert grid.toggle(grid.index(1, 0)) is False
    assert grid.toggle(grid.index(0, 0)) is True
    assert cells(grid, 2) == ["1", "1"]


def test_ctrl_n_in_the_tab_starts_a_new_course_and_cancel_creates_nothing(
        qtbot, db, specialist, modals):
    from tests.gui.programmes.conftest import snapshot
    tab = ArabicCoursesTab(specialist)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    before = snapshot(db)
    modals.expect(lambda dialog: dialog.objectName() == "courseFormDialog" and False)
    tab.view().setFocus()
    qtbot.keyClick(tab.view(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert modals.shown == ["courseFormDialog"] and snapshot(db) == before


def test_the_course_window_follows_a_language_switch(qtbot, specialist, families,
                                                      translations):
    from centre_desk.ui.toolkit import labels
    course = specialist.run(courses.create_course, courses.CourseInput(
        title="Мужская группа", group=CourseGroup.MEN, starts_on=TODAY, capacity=5))
    specialist.run(courses.enrol, course, families.man, TODAY)
    window = CourseWindow(specialist, course)
    qtbot.addWidget(window)
    assert cells(window.students, 0)[COL_STATUS] == "Enrolled"
    translations.apply("kk")
    QApplication.processEvents()  # LanguageChange is posted
    assert cells(window.students, 0)[COL_STATUS] == labels.label(EnrolmentStatus.ENROLLED) \
        != "Enrolled"
    assert labels.label(CourseGroup.MEN) in window.details.text()


def test_deleting_a_course_asks_and_no_keeps_it_and_yes_leaves_tombstones(
        qtbot, db, specialist, families, modals):
    from sqlalchemy import select

    from centre_desk.store.models import Attendance, Course, Enrolment
    from tests.gui.programmes.conftest import snapshot
    course = specialist.run(courses.create_course, courses.CourseInput(
        title="Мужская группа", group=CourseGroup.MEN, starts_on=TODAY - dt.timedelta(days=9),
        capacity=5))
    specialist.run(courses.enrol, course, families.man, TODAY - dt.timedelta(days=9))
    lesson = specialist.run(courses.add_lesson, course, TODAY - dt.timedelta(days=2))
    specialist.run(courses.set_register_cell, lesson, families.man, True)
    tab = ArabicCoursesTab(specialist)
    qtbot.addWidget(tab)
    windows: list[CourseWindow] = []

    def delete_in_window(window: CourseWindow) -> bool:
        windows.append(window)
        modals.answer(False)
        before = snapshot(db)
        assert not window.delete_course()
        assert snapshot(db) == before and not window.deleted
        modals.answer(True)
        window.delete_button.click()
        return window.result() == window.DialogCode.Accepted

    modals.expect(delete_in_window)
    tab.open_course(course)
    assert modals.questions == ["Students: 1; lessons held: 1. Delete the course "
                                "“Мужская группа” with its students' enrolments, its "
                                "lessons and who came to them?"] * 2
    assert windows[0].deleted and tab.model().rowCount() == 0  # the list reloaded
    with db.session() as session:
        rows = [session.get(Course, course),
                *session.scalars(select(Enrolment).where(Enrolment.course_id == course)),
                *session.scalars(select(Attendance).where(Attendance.activity_id == lesson))]
    assert len(rows) == 3 and all(row.deleted_at is not None for row in rows)


def test_a_read_only_user_cannot_delete_a_course(qtbot, read_only, specialist):
    course = specialist.run(courses.create_course, courses.CourseInput(
        title="Мужская группа", group=CourseGroup.MEN, starts_on=TODAY, capacity=5))
    window = CourseWindow(read_only, course)
    qtbot.addWidget(window)
    assert not window.delete_button.isEnabled() and not window.delete_course()
