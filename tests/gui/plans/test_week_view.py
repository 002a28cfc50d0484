"""The week view: planned, held and missed sessions by day and facility, in words as
well as colour, and the sessions held without a plan beside them; Enter on a planned
session records it as held and opens its register with the expected people ticked;
Previous/Next week and the specialist filter; the week's schedule printed; seen in
Russian and Kazakh at 1366 × 768."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import Qt

from centre_desk.domain.enums import ActivityKind, CaseCategory, Programme, Role
from centre_desk.services import cases, persons, plans
from centre_desk.services.workspace import Workspace
from centre_desk.ui.plans.week_model import OCCURRENCE_ROLE
from centre_desk.ui.plans.week_window import WeekWindow

TODAY = dt.date(2024, 11, 20)  # a Wednesday
MONDAY = dt.date(2024, 11, 18)
FACILITY = "Учреждение АП-162/4 (Алматы)"


@pytest.fixture
def week(db, admin, make_user) -> types.SimpleNamespace:
    """At FACILITY: three inmates, a training every Monday, Tuesday and Thursday led by
    the theologian (Monday's held), a lecture every Wednesday at ИК-5."""
    run = Workspace(db, admin).run
    theologian = make_user(Role.SPECIALIST, "theologian")
    names = ("Абдрахманов", "Бейсенбаев", "Жұмағұлов")
    people = [run(cases.register_participant,
                  persons.PersonInput(surname=name, given_name="Нұрлан",
                                      birth_date=dt.date(1990, 1, 1)),
                  cases.CaseInput(category=CaseCategory.INMATE, facility=FACILITY),
                  dt.date(2024, 6, 1)).person_id for name in names]
    training = run(plans.create_plan, plans.PlanInput(
        Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, (1, 2, 4), 600, 90,
        dt.date(2024, 9, 1), facility=FACILITY, title="Групповой тренинг",
        leader_id=theologian.user_id))
    held = run(plans.hold_occurrence, training, MONDAY, TODAY)
    lecture = run(plans.create_plan, plans.PlanInput(
        Programme.CASE_WORK, ActivityKind.THEOLOGICAL_LECTURE, (3,), 15 * 60, 60,
        dt.date(2024, 9, 1), facility="ИК-5", title="Богословская лекция"))
    return types.SimpleNamespace(run=run, ws=Workspace(db, admin), people=people,
                                 names=names, training=training, held=held, lecture=lecture,
                                 theologian=theologian)


def _window(qtbot, week) -> WeekWindow:
    window = WeekWindow(week.ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cells(window: WeekWindow) -> dict[tuple[dt.date, str], str]:
    """(day, title) → the cell's text, for every session shown."""
    model, found = window.model, {}
    for row in range(model.rowCount()):
        for column in range(7):
            occurrence = model.index(row, column).data(OCCURRENCE_ROLE)
            if occurrence is not None:
                found[(occurrence.day, occurrence.title)] = model.index(row, column).data()
    return found


def _cell_of(window: WeekWindow, day: dt.date):
    model = window.model
    for row in range(model.rowCount()):
        index = model.index(row, (day - window.monday).days)
        if index.data(OCCURRENCE_ROLE) is not None:
            return index
    raise AssertionError(f"nothing on {day}")


def test_the_week_shows_planned_held_and_missed_sessions_in_words(qtbot, translations, week):
    window = _window(qtbot, week)
    cells = _cells(window)
    assert window.week_label.text() == "Week of 18.11.2024 – 24.11.2024"
    day = MONDAY.__add__
    assert cells == {
        (day(dt.timedelta(0)), "Групповой тренинг"):
            "10:00–11:30\nГрупповой тренинг\nTest specialist\nHeld ✓",
        (day(dt.timedelta(1)), "Групповой тренинг"):
            "10:00–11:30\nГрупповой тренинг\nTest specialist\nMissed ✗",
        (day(dt.timedelta(2)), "Богословская лекция"): "15:00–16:00\nБогословская лекция\nPlanned",
        (day(dt.timedelta(3)), "Групповой тренинг"):
            "10:00–11:30\nГрупповой тренинг\nTest specialist\nPlanned"}
    assert [window.model.headerData(r, Qt.Orientation.Vertical)
            for r in range(window.model.rowCount())] == ["ИК-5", FACILITY]
    # One specialist's week: the theologian's sessions only.
    window.show_leader(week.theologian.user_id)
    assert {title for _day, title in _cells(window)} == {"Групповой тренинг"}
    window.show_leader(None)
    window.show_facility("ИК-5")
    assert list(_cells(window)) == [(day(dt.timedelta(2)), "Богословская лекция")]
    # The next week is all planned; This week comes back.
    window.show_facility(None)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.monday == MONDAY + dt.timedelta(7)
    assert all(text.endswith("Planned") for text in _cells(window).values())
    qtbot.mouseClick(window.today_button, Qt.MouseButton.LeftButton)
    assert window.monday == MONDAY


def test_enter_on_a_planned_session_opens_its_register_with_the_expected_people(
        qtbot, translations, week, modals):
    window = _window(qtbot, week)
    registers = []

    def register(dialog) -> bool:
        registers.append((dialog.objectName(), dialog.held_on.date(),
                          dialog.checklist.present_ids()))
        return False
    modals.expect(register)
    # A missed Tuesday (the register was never kept) is recorded late, ticked.
    window.view.setCurrentIndex(_cell_of(window, MONDAY + dt.timedelta(1)))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert registers == [("activityDialog", MONDAY + dt.timedelta(1), set(week.people))]
    assert _cells(window)[(MONDAY + dt.timedelta(1), "Групповой тренинг")].endswith("Held ✓")
    # A session still to come is refused in one sentence, nothing opens.
    window.view.setCurrentIndex(_cell_of(window, MONDAY + dt.timedelta(3)))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.message.text() == ("This session is still to come: it can be recorded as "
                                     "held on its day.")


def test_the_week_model_passes_the_model_tester(qtbot, qtmodeltester, week):
    window = _window(qtbot, week)
    qtmodeltester.check(window.model)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_week_is_printed_as_an_a4_landscape_schedule(qtbot, translations, week, tmp_path,
                                                         language, shots):
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from centre_desk.services import activities

    week.run(activities.create_activity, activities.ActivityInput(
        Programme.CASE_WORK, ActivityKind.CONVERSATION, MONDAY + dt.timedelta(2),
        title="Беседа о семье", facility=FACILITY, facilitators="Test specialist"))
    translations.apply(language)
    window = _window(qtbot, week)
    window.show_facility(FACILITY)
    target = tmp_path / "week.pdf"
    assert window.print_week(str(target)) == str(target)
    document = QPdfDocument()
    document.load(str(target))
    size = document.pagePointSize(0)
    assert (document.pageCount(), round(size.width()), round(size.height())) == (1, 842, 595)
    text = " ".join(document.getAllText(0).text().split())  # lines wrap in a cell
    assert FACILITY in text and "Групповой тренинг" in text
    assert {"ru": "Проведено", "kk": "Өткізілді"}[language] in text
    # The session held without a plan is printed too, and says so.
    assert "Беседа о семье" in text
    assert {"ru": "(вне плана)", "kk": "(жоспардан тыс)"}[language] in text
    document.render(0, QSize(1170, 827)).save(str(shots / f"week_schedule_{language}.png"))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_week_view_in_russian_and_kazakh(qtbot, translations, week, language, shots):
    from centre_desk.services import activities

    week.run(activities.create_activity, activities.ActivityInput(
        Programme.CASE_WORK, ActivityKind.CONVERSATION, MONDAY + dt.timedelta(2),
        title="Беседа о семье", facility=FACILITY, facilitators="Test specialist"))
    translations.apply(language)
    window = _window(qtbot, week)
    window.resize(1366, 740)
    qtbot.wait(50)
    window.grab().save(str(shots / f"week_view_{language}.png"))
    assert window.windowTitle() != "Week plan"
    assert any(text.endswith({"ru": "Проведено ✓ (вне плана)",
                              "kk": "Өткізілді ✓ (жоспардан тыс)"}[language])
               for text in _cells(window).values())


def test_a_double_click_on_a_held_session_opens_its_register(qtbot, translations, week,
                                                             modals):
    window = _window(qtbot, week)
    opened = []
    modals.expect(lambda dialog: opened.append(dialog.activity_id) or False)
    rect = window.view.visualRect(_cell_of(window, MONDAY))
    # As a mouse does it: a click, then the second press that makes it a double-click.
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [week.held]
    # A cancelled session says so and opens nothing.
    week.run(plans.cancel_occurrence, week.training, MONDAY + dt.timedelta(3), "Карантин")
    window.reload()
    window.view.setCurrentIndex(_cell_of(window, MONDAY + dt.timedelta(3)))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.message.text() == "This session was cancelled."
    assert _cells(window)[(MONDAY + dt.timedelta(3), "Групповой тренинг")].endswith(
        "Cancelled")


def test_the_week_shows_sessions_held_without_a_plan_beside_the_planned_ones(
        qtbot, translations, week, modals):
    from centre_desk.services import activities

    talk = week.run(activities.create_activity, activities.ActivityInput(
        Programme.CASE_WORK, ActivityKind.CONVERSATION, MONDAY + dt.timedelta(2),
        title="Беседа о семье", facility=FACILITY, facilitators="Test specialist"))
    week.run(activities.create_activity, activities.ActivityInput(
        Programme.MOTHERS_CLUB, ActivityKind.CLUB_GROUP_SESSION, MONDAY + dt.timedelta(1),
        title="Встреча клуба", facilitators="Айгерим Сапарова"))
    window = _window(qtbot, week)
    cells = _cells(window)
    day = MONDAY.__add__
    assert cells == {
        (day(dt.timedelta(0)), "Групповой тренинг"):
            "10:00–11:30\nГрупповой тренинг\nTest specialist\nHeld ✓",
        (day(dt.timedelta(1)), "Групповой тренинг"):
            "10:00–11:30\nГрупповой тренинг\nTest specialist\nMissed ✗",
        (day(dt.timedelta(1)), "Встреча клуба"): "Встреча клуба\nАйгерим Сапарова\n"
                                                  "Held ✓ (no plan)",
        (day(dt.timedelta(2)), "Богословская лекция"): "15:00–16:00\nБогословская лекция\nPlanned",
        (day(dt.timedelta(2)), "Беседа о семье"): "Беседа о семье\nTest specialist\n"
                                                   "Held ✓ (no plan)",
        (day(dt.timedelta(3)), "Групповой тренинг"):
            "10:00–11:30\nГрупповой тренинг\nTest specialist\nPlanned"}
    assert [window.model.headerData(r, Qt.Orientation.Vertical)
            for r in range(window.model.rowCount())] == ["ИК-5", FACILITY, "No facility"]
    # The theologian's week: their plan's sessions and the talk that names them.
    window.show_leader(week.theologian.user_id)
    assert sorted(title for _day, title in _cells(window)) == [
        "Беседа о семье", "Групповой тренинг", "Групповой тренинг", "Групповой тренинг"]
    # Enter on the talk opens its register, as on a session held from the plan.
    opened = []
    modals.expect(lambda dialog: opened.append((dialog.objectName(), dialog.activity_id))
                  or False)
    model = window.model
    window.view.setCurrentIndex(next(
        index for index in (model.index(row, 2) for row in range(model.rowCount()))
        if getattr(index.data(OCCURRENCE_ROLE), "title", None) == "Беседа о семье"))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert opened == [("activityDialog", talk)]
    assert window.message.text() == ""
