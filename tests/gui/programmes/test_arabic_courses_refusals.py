"""Arabic course refusals as a worker meets them, each in one sentence with nothing
stored: the wrong group, a full course, a lesson not held yet, course details that do
not hold, and a read-only user who sees everything and changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.domain.enums import CourseGroup, EnrolmentStatus
from centre_desk.services import courses
from centre_desk.services.courses import CourseInput
from centre_desk.ui.courses.form import CourseFormDialog
from centre_desk.ui.courses.view import CourseWindow
from centre_desk.ui.courses.tab import ArabicCoursesTab
from tests.gui.programmes.conftest import TODAY, snapshot
from tests.gui.programmes.test_arabic_courses import cells, pick

STARTS = TODAY - dt.timedelta(days=30)


def _course(workspace, group=CourseGroup.MEN, capacity=5, ends=None, title="Мужская группа"):
    return workspace.run(courses.create_course, CourseInput(
        title=title, group=group, starts_on=STARTS, capacity=capacity, ends_on=ends,
        teacher="Абдуллаев Р."))


def _window(qtbot, workspace, course_id):
    window = CourseWindow(workspace, course_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_woman_is_refused_a_mens_course_in_one_sentence(qtbot, db, specialist, families,
                                                           modals):
    window = _window(qtbot, specialist, _course(specialist))
    before = snapshot(db)
    modals.expect(pick("Касымова"))
    qtbot.mouseClick(window.enrol_button, Qt.MouseButton.LeftButton)
    assert window.message_text() == ("This course is for men, and the person's file records "
                                     "a woman: enrol her in a women's course.")
    assert window.students.rowCount() == 0 and snapshot(db) == before


def test_a_man_is_refused_a_womens_course_and_so_is_a_person_of_unknown_sex(
        qtbot, db, specialist, families):
    window = _window(qtbot, specialist, _course(specialist, CourseGroup.WOMEN))
    before = snapshot(db)
    assert window.enrol(families.man) is None
    assert window.message_text() == ("This course is for women, and the person's file "
                                      "records a man: enrol him in a men's course.")
    assert window.enrol(families.unknown_sex) is None
    assert window.message_text().startswith("The person's sex is not recorded")
    assert snapshot(db) == before


def test_a_full_course_refuses_another_student_with_a_clear_message(qtbot, db, specialist,
                                                                     families, modals):
    course = _course(specialist, capacity=1)
    specialist.run(courses.enrol, course, families.father, STARTS)
    window = _window(qtbot, specialist, course)
    before = snapshot(db)
    modals.expect(pick("Жумабаев"))
    qtbot.mouseClick(window.enrol_button, Qt.MouseButton.LeftButton)
    assert window.message_text() == ("The course is full: every place is taken. Add places "
                                     "to the course or wait until a student drops out.")
    assert [cells(window.students, r)[0] for r in range(window.students.rowCount())] == \
        ["Ахметов Бауыржан"]
    assert snapshot(db) == before


def test_a_lesson_not_held_yet_cannot_be_ticked_and_the_cell_stays_empty(
        qtbot, db, specialist, families):
    course = _course(specialist, ends=TODAY + dt.timedelta(days=30))
    specialist.run(courses.enrol, course, families.man, STARTS)
    specialist.run(courses.add_lesson, course, TODAY + dt.timedelta(days=2))
    window = _window(qtbot, specialist, course)
    grid, view = window.register.model(), window.register.view
    before = snapshot(db)
    view.setFocus()
    view.setCurrentIndex(grid.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.register.message_text() == ("This lesson has not been held yet: mark who "
                                              "came on its day.")
    assert grid.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert cells(grid, 1) == ["0", "0"] and snapshot(db) == before


def test_a_lesson_outside_the_course_dates_is_refused_beside_the_date(
        qtbot, db, specialist, families, modals):
    course = _course(specialist, ends=TODAY)
    window = _window(qtbot, specialist, course)
    before = snapshot(db)
    seen = []

    def outside(dialog):
        dialog.held_on.set_date_value(STARTS - dt.timedelta(days=1))
        dialog.accept()
        seen.append(dialog.form.error_text("held_on"))
        dialog.reject()
        return False
    modals.expect(outside)
    qtbot.mouseClick(window.register.add_lesson_button, Qt.MouseButton.LeftButton)
    assert seen == ["The lesson's date is outside the course's dates."]
    assert window.register.model().lessons() == 0 and snapshot(db) == before


@pytest.mark.parametrize(("fill", "field", "sentence"), [
    (lambda d: None, "title", "This field is required."),
    (lambda d: (d.title.insert("Курс"), d.ends_on.set_optional_value(STARTS),
                d.starts_on.set_date_value(TODAY)),
     "ends_on", "The end date is before the start date."),
])
def test_the_course_form_shows_what_is_wrong_beside_the_field(qtbot, db, specialist, fill,
                                                              field, sentence):
    dialog = CourseFormDialog(specialist)
    qtbot.addWidget(dialog)
    before = snapshot(db)
    fill(dialog)
    dialog.accept()
    assert dialog.form.error_text(field) == sentence
    assert dialog.result() != dialog.DialogCode.Accepted and snapshot(db) == before


def test_a_course_cannot_get_fewer_places_than_its_students(qtbot, db, specialist, families,
                                                            modals):
    course = _course(specialist, capacity=3)
    for person in (families.man, families.father):
        specialist.run(courses.enrol, course, person, STARTS)
    window = _window(qtbot, specialist, course)
    before = snapshot(db)
    seen = []

    def shrink(dialog):
        dialog.capacity.setValue(1)
        dialog.group.set_value(CourseGroup.WOMEN)
        dialog.accept()
        seen.extend([dialog.form.error_text("capacity"), dialog.form.error_text("group")])
        dialog.reject()
        return False
    modals.expect(shrink)
    qtbot.mouseClick(window.edit_button, Qt.MouseButton.LeftButton)
    assert seen == ["More students hold a place than this: drop students first or keep "
                    "more places.", "The group cannot change while the course has students."]
    assert snapshot(db) == before


def test_read_only_sees_the_course_register_and_students_but_changes_nothing(
        qtbot, db, specialist, read_only, families):
    course = _course(specialist)
    enrolment = specialist.run(courses.enrol, course, families.man, STARTS)
    specialist.run(courses.add_lesson, course, TODAY - dt.timedelta(days=1))
    specialist.run(courses.set_enrolment_status, enrolment, EnrolmentStatus.COMPLETED, TODAY)
    tab = ArabicCoursesTab(read_only)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model().rowCount() == 1
    assert not tab.new_button.isEnabled() and not tab.new_action.isEnabled()
    assert tab.new_course() is None
    window = _window(qtbot, read_only, course)
    before = snapshot(db)
    assert window.students.rowCount() == 1
    assert not any(b.isEnabled() for b in (window.edit_button, window.enrol_button,
                                           window.status_button))
    assert window.enrol(families.father) is None
    assert window.message_text() == "Your role does not allow this change."
    register = window.register
    assert register.read_only and not register.add_lesson_button.isEnabled()
    assert register.summary.text().endswith("Read only.")
    grid = register.model()
    assert not grid.flags(grid.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    register.view.setFocus()
    register.view.setCurrentIndex(grid.index(0, 0))
    qtbot.keyClick(register.view, Qt.Key.Key_Space)
    assert grid.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert register.add_lesson() is None and not window.edit_course()
    assert snapshot(db) == before
