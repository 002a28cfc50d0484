"""The children's events tab: the list of events, a new event recorded and opened for
registration, search, and the list of registered children that leads to a child's file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit

from centre_desk.domain.enums import ActivityKind
from centre_desk.services import activities, children_events
from centre_desk.ui.events.children import (
    COL_AGE, COL_GUARDIAN, COL_NAME, RegisteredChildrenDialog)
from centre_desk.ui.events.tab import (
    COL_DATE, COL_KIND, COL_PLACE, COL_PRESENT, COL_REGISTERED, COL_TITLE, ChildrenEventsTab)
from tests.gui.conftest import open_files
from tests.gui.programmes.conftest import snapshot
from tests.gui.programmes.test_children_events import (  # fixtures, used by name
    HELD_ON, column, event as event, open_event, registered as registered)

LAST_WEEK = dt.date.today() - dt.timedelta(days=7)


def open_tab(qtbot, workspace) -> ChildrenEventsTab:
    tab = ChildrenEventsTab(workspace, open_files(qtbot, workspace))
    qtbot.addWidget(tab)
    tab.resize(1000, 400)
    tab.show()
    return tab


def test_the_list_shows_events_newest_first_with_registered_and_present(
        qtbot, specialist, registered):
    f = registered
    specialist.run(activities.set_attendance, f.event, [f.son])
    specialist.run(children_events.create_event, "Весёлые старты",
                           HELD_ON - dt.timedelta(days=90), "Спортзал", None,
                           kind=ActivityKind.ATHLETIC_EVENT)
    tab = open_tab(qtbot, specialist)
    model = tab.model()
    assert column(model, COL_TITLE) == ["День защиты детей", "Весёлые старты"]
    assert column(model, COL_DATE)[0] == HELD_ON.strftime("%d.%m.%Y")
    assert column(model, COL_KIND) == ["Children's event", "Athletic event"]
    assert column(model, COL_PLACE) == ["Центр, актовый зал", "Спортзал"]
    assert column(model, COL_REGISTERED) == ["3", "0"]
    assert column(model, COL_PRESENT) == ["1", "0"]
    assert tab.findChild(QLabel, "statusLabel").text() == "Shown: 2 of 2"


def test_search_finds_events_by_title_place_or_organiser(qtbot, specialist, event):
    specialist.run(children_events.create_event, "Наурыз", HELD_ON, "Парк", "Ким С.")
    tab = open_tab(qtbot, specialist)
    search = tab.findChild(QLineEdit, "searchEdit")
    for typed, titles in (("актовый", ["День защиты детей"]),
                          ("ким", ["Наурыз", "День защиты детей"]), ("НАУРЫЗ", ["Наурыз"])):
        search.clear()
        search.insert(typed)
        qtbot.keyClick(search, Qt.Key.Key_Return)
        assert sorted(column(tab.model(), COL_TITLE)) == sorted(titles), typed


def test_a_new_event_is_recorded_then_opened_to_register_children(qtbot, specialist, families,
                                                                  modals):
    tab = open_tab(qtbot, specialist)
    assert tab.model().rowCount() == 0

    def fill(window) -> bool:
        assert window.objectName() == "activityDialog"
        window.held_on.set_date_value(LAST_WEEK)
        window.title.insert("День защиты детей")
        window.place.insert("Центр, актовый зал")
        window.facilitators.insert("Сәрсенова Ә.")
        window.accept()
        return window.result() == window.DialogCode.Accepted

    opened = []

    def event_window(window) -> bool:
        opened.append((window.objectName(), window.contents().event.title))
        return True

    modals.expect(fill, event_window)
    tab.new_event()
    assert opened == [("childEventDialog", "День защиты детей")]
    assert column(tab.model(), COL_TITLE) == ["День защиты детей"]
    assert column(tab.model(), COL_REGISTERED) == ["0"]


def test_an_event_without_a_title_is_refused_beside_the_field(qtbot, specialist, families,
                                                              modals, db):
    tab = open_tab(qtbot, specialist)
    before = snapshot(db)

    def no_title(window) -> bool:
        window.accept()
        assert window.isVisible() or window.result() != window.DialogCode.Accepted
        assert window.form.error_text("title") == "This field is required."
        return False

    modals.expect(no_title)
    tab.new_event()
    assert snapshot(db) == before and tab.model().rowCount() == 0


def test_enter_on_an_event_opens_its_window(qtbot, specialist, registered, modals):
    tab = open_tab(qtbot, specialist)
    seen = []
    modals.expect(lambda window: seen.append(window.registrations.rowCount()) or False)
    tab.view().setFocus()
    tab.view().selectRow(0)
    qtbot.keyClick(tab.view(), Qt.Key.Key_Return)
    assert seen == [3]


def test_registered_children_list_shows_age_and_guardian_and_opens_a_file(
        qtbot, specialist, registered):
    dialog = RegisteredChildrenDialog(specialist, open_files(qtbot, specialist))
    qtbot.addWidget(dialog)
    dialog.show()
    children = dialog.children
    model = children.model()
    assert column(model, COL_NAME) == ["Ахметов Арман", "Ахметова Алия", "Сапарова Дана"]
    assert column(model, COL_GUARDIAN) == ["Ахметова Айгерим", "Ахметова Айгерим",
                                           "Сапарова Сауле"]
    assert all(age.isdigit() for age in column(model, COL_AGE))
    # The guardian column cannot sort: a click keeps the order and the arrow.
    header = children.view().horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_GUARDIAN) + 5,
                                header.height() // 2))
    assert header.sortIndicatorSection() == COL_NAME
    children.row_activated.emit(registered.son)
    [file] = dialog.files.open_files()
    assert file.person_id == registered.son and file.child_events.model.rowCount() == 1


def test_every_list_model_passes_the_model_tester(qtbot, qtmodeltester, specialist,
                                                  registered):
    tab = open_tab(qtbot, specialist)
    qtmodeltester.check(tab.model())
    dialog = RegisteredChildrenDialog(specialist, open_files(qtbot, specialist))
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.children.model())


def test_an_event_deleted_at_another_desk_leaves_the_list_instead_of_opening(
        qtbot, specialist, event, admin, db):
    tab = open_tab(qtbot, specialist)
    assert tab.model().rowCount() == 1
    type(specialist)(db, admin).run(activities.delete_activity, event.event)
    assert tab.open_event(event.event) is None
    assert tab.model().rowCount() == 0


def test_ctrl_n_starts_a_new_event(qtbot, specialist, families, modals):
    tab = open_tab(qtbot, specialist)
    modals.expect(lambda window: window.objectName() == "activityDialog" and False)
    tab.new_action.trigger()
    assert modals.shown == ["activityDialog"]
    assert tab.new_action.shortcut().toString() == "Ctrl+N"


class _Shouting(QTranslator):
    """Every children's events word in capitals, as if a language were switched."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in {"ChildrenEventsTab", "ChildEventDialog", "ChildEvents",
                       "ChildEventsSection", "Labels"}:
            return source.upper()
        return ""

    def isEmpty(self):  # Qt sends no LanguageChange for an empty one
        return False


def test_a_language_switch_retranslates_the_tab_the_event_and_the_childs_page(
        qtbot, specialist, registered):
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    tab = open_tab(qtbot, specialist)
    dialog = open_event(qtbot, specialist, registered.event)
    file = ParticipantFileDialog(specialist, person_id=registered.son)
    qtbot.addWidget(file)
    translator = _Shouting()
    with qtbot.waitSignal(tab.model().headerDataChanged):  # LanguageChange is posted
        QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.register_button.text().isupper())
        assert tab.model().headerData(COL_TITLE, Qt.Orientation.Horizontal) == "EVENT"
        assert tab.new_button.text() == "&NEW EVENT\u2026"
        assert column(tab.model(), COL_KIND) == ["CHILDREN'S EVENT"]
        assert dialog.register_button.text() == "&REGISTER A CHILD\u2026"
        assert dialog.registrations.headerData(0, Qt.Orientation.Horizontal) == "CHILD"
        assert dialog.age_groups.text().startswith("AGE GROUPS: ")
        tabs = file.tabs
        assert tabs.tabText(tabs.indexOf(file.child_events)) == "C&HILDREN'S EVENTS"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: tab.new_button.text() == "&New event\u2026")
