"""Plans made and changed from the week view: a weekly plan typed key by key and shown in
the week; a plan changed from a date onward with the past left as planned; a refusal
beside its field that stores nothing; a group list made with the person picker and
expected by a plan (its members ticked when the session is held); one session cancelled,
one moved and a holiday, shown in the week; a plan ended and deleted; the windows in
Russian and Kazakh."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialog

from centre_desk.domain.enums import ActivityKind, CaseCategory, Programme, Role
from centre_desk.services import cases, persons, plans
from centre_desk.services.workspace import Workspace
from centre_desk.ui.plans.group_lists import GroupListsWindow
from centre_desk.ui.plans.plan_dialog import PlanDialog
from centre_desk.ui.plans.week_model import OCCURRENCE_ROLE
from centre_desk.ui.plans.week_window import WeekWindow
from tests.gui.conftest import submit
from tests.gui.participants.conftest import replace_text, type_text
from tests.unit.sync.sites import database_digest

TODAY = dt.date(2024, 11, 20)  # a Wednesday
MONDAY = dt.date(2024, 11, 18)
TUESDAY, THURSDAY, FRIDAY = (MONDAY + dt.timedelta(days) for days in (1, 3, 4))
FACILITY = "Учреждение АП-162/4 (Алматы)"


@pytest.fixture
def centre(db, admin, make_user) -> types.SimpleNamespace:
    """Three inmates at FACILITY, a theologian, and a lecture every Wednesday at ИК-5."""
    ws = Workspace(db, admin)
    theologian = make_user(Role.SPECIALIST, "theologian")
    names = ("Абдрахманов", "Бейсенбаев", "Жұмағұлов")
    people = [ws.run(cases.register_participant,
                     persons.PersonInput(surname=name, given_name="Нұрлан",
                                         birth_date=dt.date(1990, 1, 1)),
                     cases.CaseInput(category=CaseCategory.INMATE, facility=FACILITY),
                     dt.date(2024, 6, 1)).person_id for name in names]
    lecture = ws.run(plans.create_plan, plans.PlanInput(
        Programme.CASE_WORK, ActivityKind.THEOLOGICAL_LECTURE, (3,), 15 * 60, 60,
        dt.date(2024, 9, 1), facility="ИК-5", title="Богословская лекция"))
    return types.SimpleNamespace(db=db, ws=ws, run=ws.run, theologian=theologian,
                                 people=people, lecture=lecture)


def _window(qtbot, centre) -> WeekWindow:
    window = WeekWindow(centre.ws, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cells(window: WeekWindow) -> dict[tuple[dt.date, str], str]:
    """(day, title) → the cell's text, for every session shown."""
    found = {}
    for row in range(window.model.rowCount()):
        for column in range(7):
            index = window.model.index(row, column)
            if (occurrence := index.data(OCCURRENCE_ROLE)) is not None:
                found[(occurrence.day, occurrence.title)] = index.data()
    return found


def _select(window: WeekWindow, day: dt.date, title: str) -> None:
    for row in range(window.model.rowCount()):
        index = window.model.index(row, (day - window.monday).days)
        occurrence = index.data(OCCURRENCE_ROLE)
        if occurrence is not None and occurrence.title == title:
            window.view.setCurrentIndex(index)
            return
    raise AssertionError(f"no {title} on {day}")


def _shown(qtbot, dialog) -> None:
    """As run_dialog shows it (a test's modal is not shown by itself)."""
    dialog.show()
    qtbot.waitExposed(dialog)


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_time(qtbot, edit, digits: str) -> None:
    """Into a time field as a keyboard does, its hours selected as Tab selects them:
    the hours, then the minutes."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    for digit in digits:
        qtbot.keyClick(edit, digit)


def _training(centre, **changes) -> plans.PlanInput:
    data = dict(programme=Programme.CASE_WORK, kind=ActivityKind.GROUP_TRAINING,
                weekdays=(2, 4), start_minute=600, duration_minutes=90,
                start_on=dt.date(2024, 9, 1), facility=FACILITY, title="Групповой тренинг",
                leader_id=centre.theologian.user_id)
    data.update(changes)
    return plans.PlanInput(**data)


def test_a_weekly_plan_typed_key_by_key_is_stored_and_shown_in_the_week(
        qtbot, translations, centre, modals):
    window = _window(qtbot, centre)

    def fill(dialog: PlanDialog) -> bool:
        _shown(qtbot, dialog)
        assert dialog.windowTitle() == "New plan"
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # individual → group training
        assert dialog.kind.value() is ActivityKind.GROUP_TRAINING
        dialog.title.setFocus()
        type_text(dialog.title, "Групповой тренинг «Өмір жолы»")
        dialog.facility.lineEdit().setFocus()
        type_text(dialog.facility.lineEdit(), FACILITY)
        for day in (2, 4):
            qtbot.keyClick(dialog.weekdays.boxes[day - 1], Qt.Key.Key_Space)
        _type_time(qtbot, dialog.start, "1430")
        dialog.duration.setFocus()
        dialog.duration.selectAll()
        qtbot.keyClicks(dialog.duration, "60")
        replace_text(dialog.start_on, "01.11.2024")
        dialog.leader.set_value(centre.theologian.user_id)
        return submit(dialog)

    modals.expect(fill)
    _click(qtbot, window.plan_actions.new_button)
    (stored,) = [p for p in centre.run(plans.plans) if p.facility == FACILITY]
    assert (stored.kind, stored.title, stored.weekdays, stored.start_minute,
            stored.duration_minutes, stored.start_on, stored.end_on, stored.leader_name,
            stored.group_id) == (
        ActivityKind.GROUP_TRAINING, "Групповой тренинг «Өмір жолы»", (2, 4), 14 * 60 + 30,
        60, dt.date(2024, 11, 1), None, "Test specialist", None)
    cells = _cells(window)
    assert cells[(TUESDAY, "Групповой тренинг «Өмір жолы»")] == (
        "14:30–15:30\nГрупповой тренинг «Өмір жолы»\nTest specialist\nMissed ✗")
    assert cells[(THURSDAY, "Групповой тренинг «Өмір жолы»")].endswith("Planned")


def test_a_refused_plan_stores_nothing_and_says_why_beside_each_field(
        qtbot, translations, centre, modals):
    window = _window(qtbot, centre)
    before = database_digest(centre.db)
    refused = {}

    def fill(dialog: PlanDialog) -> bool:
        _shown(qtbot, dialog)
        dialog.programme.set_value(Programme.CHILDREN_EVENTS)  # a title is needed
        type_text(dialog.place, "Актовый зал")
        replace_text(dialog.end_on, "01.01.2020")  # before the start, no day ticked
        accepted = submit(dialog)
        refused.update({name: dialog.form.error_text(name)
                        for name in ("title", "weekdays", "end_on")})
        refused["focus"] = dialog.focusWidget() is dialog.title
        refused["title_label"] = dialog.form.field_name("title")
        modals.answer("discard")  # closing with what was typed asks first
        dialog.reject()
        return accepted

    modals.expect(fill)
    _click(qtbot, window.plan_actions.new_button)
    assert refused == {"title": "This field is required.",
                       "weekdays": "This field is required.",
                       "end_on": "The end date is before the start date.", "focus": True,
                       "title_label": "Title (required)"}
    assert modals.questions == ["What you typed here is not saved. Save it before closing?"]
    assert database_digest(centre.db) == before


def test_a_plan_changed_from_a_session_onward_keeps_the_past_as_planned(
        qtbot, translations, centre, modals):
    training = centre.run(plans.create_plan, _training(centre))
    held = centre.run(plans.hold_occurrence, training, TUESDAY, TODAY)
    window = _window(qtbot, centre)
    _select(window, THURSDAY, "Групповой тренинг")

    def change(dialog: PlanDialog) -> bool:
        _shown(qtbot, dialog)
        assert dialog.windowTitle() == "Edit plan"
        assert dialog.from_on.text() == "21.11.2024"  # the session selected onward
        assert not dialog.start_on.isVisible() and dialog.from_on.isVisible()
        _type_time(qtbot, dialog.start, "1500")
        dialog.title.selectAll()
        type_text(dialog.title, "Тренинг, модуль 2")
        return submit(dialog)

    modals.expect(change)
    _click(qtbot, window.plan_actions.edit_button)
    old, new = sorted(centre.run(plans.plans, FACILITY), key=lambda p: p.start_on)
    assert (old.id, old.start_on, old.end_on, old.start_minute, old.title) == (
        training, dt.date(2024, 9, 1), dt.date(2024, 11, 20), 600, "Групповой тренинг")
    assert (new.follows_id, new.start_on, new.end_on, new.start_minute, new.title) == (
        training, THURSDAY, None, 900, "Тренинг, модуль 2")
    cells = _cells(window)
    assert cells[(TUESDAY, "Групповой тренинг")].startswith("10:00–11:30")
    assert cells[(TUESDAY, "Групповой тренинг")].endswith("Held ✓")
    assert cells[(THURSDAY, "Тренинг, модуль 2")].startswith("15:00–16:30")
    past = centre.run(plans.occurrences, dt.date(2024, 11, 11), dt.date(2024, 11, 17),
                      facility=FACILITY, today=TODAY)
    assert [(o.day, o.start_minute, o.title) for o in past] == [
        (dt.date(2024, 11, 12), 600, "Групповой тренинг"),
        (dt.date(2024, 11, 14), 600, "Групповой тренинг")]
    assert centre.run(plans.occurrences, TUESDAY, TUESDAY, facility=FACILITY,
                      today=TODAY)[0].activity_id == held


def test_a_course_plan_names_its_course(qtbot, translations, centre):
    from centre_desk.domain.enums import CourseGroup
    from centre_desk.services import courses
    course = centre.run(courses.create_course, courses.CourseInput(
        "Араб жазуы — әйелдер тобы", CourseGroup.WOMEN, dt.date(2024, 9, 1), 15,
        ends_on=dt.date(2025, 5, 31)))
    dialog = PlanDialog(centre.ws, today=TODAY)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    assert not dialog.course.isVisible()  # only the courses' lessons name one
    dialog.programme.set_value(Programme.ARABIC_COURSES)
    assert dialog.course.isVisible() and dialog.kind.value() is ActivityKind.COURSE_LESSON
    dialog.course.set_value(course)
    for day in (2, 4):
        qtbot.keyClick(dialog.weekdays.boxes[day - 1], Qt.Key.Key_Space)
    replace_text(dialog.end_on, "31.05.2025")
    assert submit(dialog)
    stored = centre.run(plans.get_plan, dialog.plan_id)
    assert (stored.programme, stored.course_id, stored.weekdays, stored.end_on) == (
        Programme.ARABIC_COURSES, course, (2, 4), dt.date(2025, 5, 31))


def test_a_change_from_a_day_after_the_plan_ended_is_refused_beside_it(
        qtbot, translations, centre):
    training = centre.run(plans.create_plan, _training(centre, end_on=dt.date(2024, 11, 30)))
    dialog = PlanDialog(centre.ws, centre.run(plans.get_plan, training), today=TODAY)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    before = database_digest(centre.db)
    replace_text(dialog.from_on, "05.12.2024")
    dialog.accept()
    assert dialog.isVisible() and dialog.form.error_text("end_on") == (
        "The end date is before the start date.")
    replace_text(dialog.end_on, "")  # the plan's end cleared: it ended all the same
    dialog.accept()
    assert dialog.isVisible() and dialog.form.error_text("from_on") == (
        "The plan ended before this date: choose a day on which it still runs.")
    assert database_digest(centre.db) == before


def test_a_plan_is_ended_and_another_deleted_from_its_window(qtbot, translations, centre,
                                                             modals):
    training = centre.run(plans.create_plan, _training(centre))
    window = _window(qtbot, centre)

    def end(dialog: PlanDialog) -> bool:
        def last_day(step) -> bool:
            replace_text(step.last_day, "19.11.2024")
            return submit(step)
        modals.expect(last_day)
        assert dialog.end_plan()
        return dialog.result() == QDialog.DialogCode.Accepted

    _select(window, THURSDAY, "Групповой тренинг")
    modals.expect(end)
    _click(qtbot, window.plan_actions.edit_button)
    assert centre.run(plans.get_plan, training).end_on == TUESDAY
    assert (THURSDAY, "Групповой тренинг") not in _cells(window)

    def delete(dialog: PlanDialog) -> bool:
        modals.answer(True)
        assert dialog.delete_plan()
        return True

    _select(window, TODAY, "Богословская лекция")
    modals.expect(delete)
    _click(qtbot, window.plan_actions.edit_button)
    assert [p.id for p in centre.run(plans.plans)] == [training]
    assert all(title != "Богословская лекция" for _day, title in _cells(window))


def test_a_group_list_made_with_the_picker_is_ticked_when_its_plan_is_held(
        qtbot, translations, centre, modals):
    window = _window(qtbot, centre)
    chosen = centre.people[0], centre.people[2]

    def pick(surname: str):
        def choose(picker) -> bool:
            type_text(picker.picker.search_edit(), surname)
            picker.picker.search_now()
            picker.accept()
            return picker.result() == QDialog.DialogCode.Accepted
        return choose

    def make_group(groups: GroupListsWindow) -> bool:
        assert groups.groups.rowCount() == 0 and groups.name_edit.hasFocus() is False
        groups.new_group()
        type_text(groups.name_edit, "Отряд №3 — жасақ")
        type_text(groups.facility_edit, FACILITY)
        modals.expect(pick("Абдрахманов"), pick("Жұмағұлов"))
        _click(qtbot, groups.add_button)
        _click(qtbot, groups.add_button)
        assert [groups.members.index(r).data() for r in range(groups.members.rowCount())] \
            == ["Абдрахманов Нұрлан", "Жұмағұлов Нұрлан"]
        _click(qtbot, groups.save_button)
        assert groups.groups.index(0).data() == f"Отряд №3 — жасақ — {FACILITY} (2)"
        groups.reject()
        return False

    modals.expect(make_group)
    _click(qtbot, window.plan_actions.groups_button)
    (group,) = centre.run(plans.groups)
    assert {m.person_id for m in centre.run(plans.group_members, group.id)} == set(chosen)

    def expecting_the_group(dialog: PlanDialog) -> bool:
        dialog.group.set_value(group.id)
        type_text(dialog.title, "Тренинг отряда")
        type_text(dialog.facility.lineEdit(), FACILITY)
        dialog.weekdays.boxes[1].setChecked(True)
        replace_text(dialog.start_on, "01.11.2024")
        return submit(dialog)

    modals.expect(expecting_the_group)
    _click(qtbot, window.plan_actions.new_button)
    (plan,) = centre.run(plans.plans, FACILITY)
    assert plan.group_name == "Отряд №3 — жасақ"
    ticked = []
    modals.expect(lambda register: ticked.append(register.checklist.present_ids()) or False)
    _select(window, TUESDAY, "Тренинг отряда")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert ticked == [set(chosen)]


def test_a_group_list_keeps_what_was_typed_until_the_user_says(qtbot, translations, centre,
                                                                modals):
    group = centre.run(plans.create_group, "Отряд 1", centre.people[:1])
    groups = GroupListsWindow(centre.ws)
    qtbot.addWidget(groups)
    groups.show()
    before = database_digest(centre.db)
    groups.members_view.setCurrentIndex(groups.members.index(0))
    _click(qtbot, groups.remove_button)
    modals.answer("cancel")
    groups.reject()  # Cancel: the window stays with the change
    assert groups.isVisible() and groups.members.rowCount() == 0
    modals.answer("discard")
    assert groups.new_group()  # Discard: a new list, the change dropped
    type_text(groups.name_edit, "   ")
    _click(qtbot, groups.save_button)  # a blank name: refused beside it
    assert groups.form.error_text("name") == "This field is required."
    assert database_digest(centre.db) == before
    assert [m.person_id for m in centre.run(plans.group_members, group)] == centre.people[:1]


def test_one_session_cancelled_one_moved_and_a_holiday_show_in_the_week(
        qtbot, translations, centre, modals):
    centre.run(plans.create_plan, _training(centre))
    window = _window(qtbot, centre)

    def cancel(dialog) -> bool:
        type_text(dialog.reason, "Карантин в учреждении")
        return submit(dialog)

    _select(window, THURSDAY, "Групповой тренинг")
    modals.expect(cancel)
    _click(qtbot, window.plan_actions.cancel_button)
    assert _cells(window)[(THURSDAY, "Групповой тренинг")].endswith("Cancelled")
    assert not window.plan_actions.cancel_button.isEnabled()  # cancelled already

    def move(dialog) -> bool:
        _shown(qtbot, dialog)
        assert dialog.subject.text() == "Богословская лекция — 20.11.2024, 15:00–16:00, ИК-5"
        replace_text(dialog.to_day, "22.11.2024")
        _type_time(qtbot, dialog.to_time, "1200")
        type_text(dialog.reason, "Имам в отъезде")
        return submit(dialog)

    _select(window, TODAY, "Богословская лекция")
    modals.expect(move)
    _click(qtbot, window.plan_actions.move_button)
    cells = _cells(window)
    assert (TODAY, "Богословская лекция") not in cells
    assert cells[(FRIDAY, "Богословская лекция")] == (
        "12:00–13:00\nБогословская лекция\nPlanned (moved from 20.11.2024)")

    def holiday(dialog) -> bool:
        assert dialog.day.text() == "19.11.2024"  # the day of the cell selected
        type_text(dialog.name, "Күн тәуелсіздік")
        return submit(dialog)

    _select(window, TUESDAY, "Групповой тренинг")
    modals.expect(holiday)
    _click(qtbot, window.plan_actions.holiday_button)
    assert _cells(window)[(TUESDAY, "Групповой тренинг")].endswith("Cancelled")
    (tuesday,) = [o for o in centre.run(plans.occurrences, TUESDAY, TUESDAY, today=TODAY)]
    assert tuesday.reason == "Күн тәуелсіздік"


def test_the_plan_buttons_are_reached_by_tab_after_the_filters(qtbot, translations, centre):
    window = _window(qtbot, centre)
    actions = window.plan_actions
    _select(window, TODAY, "Богословская лекция")
    order, widget = [], window.leader_box
    for _step in range(7):
        widget = widget.nextInFocusChain()
        while not widget.isEnabled() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order == [b.objectName() for b in actions.buttons()] + ["weekView"]
    assert [b.text() for b in actions.buttons()] == [
        "New p&lan…", "&Edit plan…", "C&ancel session…", "&Move session…", "Holi&day…",
        "&Group lists…"]
    assert all(b.toolTip() for b in actions.buttons())


def test_a_viewer_may_read_the_group_lists_but_change_no_plan(qtbot, translations, centre,
                                                               make_user):
    window = WeekWindow(Workspace(centre.db, make_user(Role.READ_ONLY)), today=TODAY)
    qtbot.addWidget(window)
    actions = window.plan_actions
    assert [b.isEnabled() for b in actions.buttons()] == [False] * 5 + [True]


def test_the_group_and_member_models_pass_the_model_tester(qtbot, qtmodeltester, centre):
    centre.run(plans.create_group, "Отряд 1", centre.people)
    centre.run(plans.create_group, "Отряд 2", [], "ИК-5")
    groups = GroupListsWindow(centre.ws)
    qtbot.addWidget(groups)
    qtmodeltester.check(groups.groups)
    qtmodeltester.check(groups.members)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_plan_and_group_windows_in_russian_and_kazakh(qtbot, translations, centre,
                                                          language, shots):
    translations.apply(language)
    training = centre.run(plans.create_plan, _training(centre))
    centre.run(plans.create_group, "Отряд №3 — жасақ", centre.people, FACILITY)
    windows = {"plan_new": PlanDialog(centre.ws, today=TODAY),
               "plan_edit": PlanDialog(centre.ws, centre.run(plans.get_plan, training),
                                       today=TODAY, from_on=THURSDAY),
               "group_lists": GroupListsWindow(centre.ws)}
    for name, window in windows.items():
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(20)
        assert window.width() <= 1366 and window.height() <= 700
        window.grab().save(str(shots / f"{name}_{language}.png"))
        assert window.windowTitle() not in ("New plan", "Edit plan", "Group lists")
