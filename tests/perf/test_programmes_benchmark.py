"""The three programme tabs on a region's data (100,000 persons): the time to open each,
and to mark attendance for 200 people on one activity.

The 200 are the students of a 200-place women's course made for the benchmark the
first time it runs and reused after (one course, 200 enrolments, one lesson: nothing
next to the seeded million attendances)."""

from __future__ import annotations

import datetime as dt
import statistics
import time

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import CourseGroup, Sex
from centre_desk.services import activities, courses
from centre_desk.services.courses import CourseInput
from centre_desk.store.models import Course, Enrolment, Person
from tests.perf.test_participants_benchmark import _best_ms

TITLE = "Benchmark: 200 students"
STUDENTS = 200
RUNS = 5


def _benchmark_course(workspace) -> tuple:
    """(course id, lesson id, the 200 students' person ids), made once."""
    today = dt.date.today()
    with workspace.database.session(workspace.actor) as session, session.begin():
        course_id = session.scalar(select(Course.id).where(
            Course.title == TITLE, Course.deleted_at.is_(None)))
        if course_id is None:
            course_id = courses.create_course(session, CourseInput(
                title=TITLE, group=CourseGroup.WOMEN, starts_on=today - dt.timedelta(days=30),
                capacity=STUDENTS, teacher="Benchmark"))
            taken = select(Enrolment.person_id)
            women = session.scalars(select(Person.id).where(
                Person.sex == Sex.FEMALE, Person.deleted_at.is_(None),
                Person.id.not_in(taken)).limit(STUDENTS)).all()
            for person_id in women:
                courses.enrol(session, course_id, person_id, today - dt.timedelta(days=30))
            courses.add_lesson(session, course_id, today - dt.timedelta(days=1))
        grid = courses.register_grid(session, course_id)
    return course_id, grid.lessons[0].activity_id, [s.person_id for s in grid.students]


@pytest.mark.perf
def test_programme_tabs_and_attendance_on_a_region(qapp, workspace):
    from centre_desk.ui.courses.tab import ArabicCoursesTab
    from centre_desk.ui.events.tab import ChildrenEventsTab
    from centre_desk.ui.club.tab import MothersClubTab

    for name, tab_class in (("mothers' club", MothersClubTab),
                            ("children's events", ChildrenEventsTab),
                            ("Arabic courses", ArabicCoursesTab)):
        opened = []

        def open_tab(tab_class=tab_class, opened=opened):
            tab = tab_class(workspace)
            tab.resize(1100, 700)
            tab.show()
            qapp.processEvents()
            opened.append(tab)

        first, median = _best_ms(open_tab)
        rows = opened[-1].model().total_count()
        for tab in opened:
            tab.close()
        print(f"\n[perf] open the {name} tab: first {first:.0f} ms, then {median:.0f} ms "
              f"({rows:,} rows; participants' budget < 150 ms)")

    course_id, lesson_id, students = _benchmark_course(workspace)
    assert len(students) == STUDENTS
    assert len(workspace.run(activities.expected_people, lesson_id)) == STUDENTS
    tick, untick = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        change = workspace.run(activities.set_attendance, lesson_id, students)
        tick.append((time.perf_counter() - started) * 1000)
        assert change.present_count == STUDENTS
        started = time.perf_counter()
        workspace.run(activities.set_attendance, lesson_id, [])
        untick.append((time.perf_counter() - started) * 1000)
    print(f"[perf] mark {STUDENTS} people present on one lesson (one transaction): first "
          f"{tick[0]:.0f} ms, then {statistics.median(tick[1:]):.0f} ms; "
          f"unmark all {statistics.median(untick):.0f} ms")
    from centre_desk.ui.courses.register_grid import RegisterGridPanel

    def open_register():
        panel = RegisterGridPanel(workspace, course_id)
        panel.resize(1100, 700)
        panel.show()
        qapp.processEvents()
        panel.close()

    first, median = _best_ms(open_register)
    print(f"[perf] open the register of {STUDENTS} students: first {first:.0f} ms, "
          f"then {median:.0f} ms")
