"""The register at full size (30 students × 40 lessons) and pictures of the courses tab,
a course window and the register in Russian and Kazakh. Pictures go to
$CENTRE_DESK_SHOTS (e.g. /tmp/shots) when set, else a temp dir."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import CourseGroup, EnrolmentStatus, Language, Sex
from centre_desk.services import activities, courses, persons
from centre_desk.services.courses import CourseInput
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.ui.courses.view import CourseWindow
from centre_desk.ui.courses.register_grid import RegisterGridPanel
from centre_desk.ui.courses.tab import ArabicCoursesTab
from tests.gui.programmes.conftest import TODAY
from tests.gui.screens import assert_fits, assert_shows

SURNAMES = ["Нұрланова", "Қасымова", "Әбдірахманова", "Сейітова", "Жұмабаева", "Ермекова",
            "Оспанова", "Бекова", "Сапарова", "Тоқтарова"]
GIVEN = ["Әлия", "Гүлнар", "Айгерім", "Жанар"]
STARTS = TODAY - dt.timedelta(days=200)


@pytest.fixture
def full_course(db, admin):
    """A women's course with 30 students (one dropped out) and 40 lessons held, most
    students at most lessons."""
    ws = Workspace(db, admin)
    course = ws.run(courses.create_course, CourseInput(
        title="Араб жазуы — әйелдер тобы №2", group=CourseGroup.WOMEN, starts_on=STARTS,
        ends_on=TODAY + dt.timedelta(days=30), capacity=30, level="Бастауыш",
        teacher="Сәрсенова Гүлнар", schedule="Сс, Бс 10:00"))
    students = []
    for n in range(30):
        person = ws.run(persons.create_person, PersonInput(
            surname=SURNAMES[n % 10], given_name=GIVEN[n // 10 % 4], sex=Sex.FEMALE,
            birth_date=dt.date(1970 + n, 1 + n % 12, 1 + n % 28), language=Language.KAZAKH))
        students.append(person)
        ws.run(courses.enrol, course, person, STARTS)
    lessons = [ws.run(courses.add_lesson, course, STARTS + dt.timedelta(days=4 * n + 1))
               for n in range(40)]
    for number, lesson in enumerate(lessons):
        ws.run(activities.set_attendance, lesson,
               [p for k, p in enumerate(students) if (k * 7 + number * 3) % 10 < 8])
    enrolments = ws.run(courses.enrolments, course)
    ws.run(courses.set_enrolment_status, enrolments[-1].enrolment_id, EnrolmentStatus.DROPPED,
           TODAY)
    ws.run(courses.set_enrolment_status, enrolments[0].enrolment_id,
           EnrolmentStatus.COMPLETED, TODAY)
    return course


def test_the_register_works_at_30_students_by_40_lessons(qtbot, specialist, full_course,
                                                        qtmodeltester, shots):
    started = time.perf_counter()
    panel = RegisterGridPanel(specialist, full_course)
    qtbot.addWidget(panel)
    panel.resize(1500, 900)
    panel.show()
    QApplication.processEvents()
    opened_ms = (time.perf_counter() - started) * 1000
    grid, view = panel.model(), panel.view
    qtmodeltester.check(grid)
    assert (grid.students(), grid.lessons()) == (30, 40)
    assert (grid.rowCount(), grid.columnCount()) == (31, 41)
    print(f"\n[register] 30 x 40 read and shown in {opened_ms:.0f} ms")
    # From the first cell to the last with the keyboard, then tick it.
    view.setFocus()
    view.setCurrentIndex(grid.index(0, 0))
    for _ in range(39):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    for _ in range(28):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (28, 39)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the count row is not a cell to stop on
    assert view.currentIndex().row() in (28, 29)
    view.setCurrentIndex(grid.index(28, 39))
    before = grid.column_count(39)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert abs(grid.column_count(39) - before) == 1
    stored = specialist.run(courses.register_grid, full_course)
    assert sum(cell[1] == stored.lessons[39].activity_id for cell in stored.present) == \
        grid.column_count(39)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    view.setCurrentIndex(grid.index(0, 0))
    assert panel.grab().save(str(shots / "register_grid_30x40.png"))
    # At 1500 × 900 for the picture (larger than a screen): names, lessons and the counts.
    assert_shows(panel, "Әбдірахманова Айгерім (completed)", "Жұмабаева Гүлнар",
                 "Students: 30. Lessons: 40.")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_pictures_of_the_courses_tab_and_a_course(qtbot, specialist, full_course, families,
                                                 translations, language, shots):
    translations.apply(language)
    specialist.run(courses.create_course, CourseInput(
        title="Мужская группа — начальный уровень", group=CourseGroup.MEN,
        starts_on=TODAY - dt.timedelta(days=10), capacity=12, level="Начальный",
        teacher="Абдуллаев Рустам", ends_on=TODAY + dt.timedelta(days=120)))
    tab = ArabicCoursesTab(specialist)
    qtbot.addWidget(tab)
    tab.resize(1100, 400)
    tab.show()
    QApplication.processEvents()
    assert tab.model().rowCount() == 2
    assert tab.grab().save(str(shots / f"courses_tab_{language}.png"))
    assert_shows(tab, "Араб жазуы — әйелдер тобы №2", "Сәрсенова Гүлнар",
                 "Мужская группа — начальный уровень", "Абдуллаев Рустам")
    assert_fits(tab)
    window = CourseWindow(specialist, full_course)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    QApplication.processEvents()
    assert window.grab().save(str(shots / f"courses_window_{language}.png"))
    assert_shows(window, "Араб жазуы — әйелдер тобы №2", "Сс, Бс 10:00", "Әбдірахманова Айгерім")
    assert_fits(window)
    window.pages.setCurrentWidget(window.register)
    QApplication.processEvents()
    assert window.grab().save(str(shots / f"courses_register_{language}.png"))
    assert_shows(window, "Әбдірахманова Айгерім", "Жұмабаева Гүлнар")
    assert_fits(window)
