"""The five list tabs as a user meets them: rows, search, sort, paging, language."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QLineEdit

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, EnrolmentStatus, OrganisationKind, PlacementKind,
    PlacementStatus, Programme, Stage)
from centre_desk.domain.names import search_key, sort_key
from centre_desk.store.base import utc_now
from centre_desk.store.models import (
    Activity, Case, ClubMembership, Course, Enrolment, EventRegistration, Organisation, Person,
    Placement)
from centre_desk.services.listing import core as listing_core
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.paged_model import (
    ID_ROLE, OVERDUE_ROLE, PERSON_ID_ROLE, PagedTableModel)
from centre_desk.ui.participants import tab as participants
from centre_desk.ui.courses.tab import ArabicCoursesTab
from centre_desk.ui.events.tab import ChildrenEventsTab
from centre_desk.ui.club.tab import MothersClubTab
from centre_desk.ui.participants.tab import (
    COL_NAME, COL_NEXT_FOLLOW_UP, COL_SPECIALISTS, COL_STAGE, ParticipantsTab)
from centre_desk.ui.placements.tab import PlacementsTab
from tests.gui.conftest import new_tab
from tests.gui.lists import column_texts, shown, status_text
from tests.gui.participants.conftest import type_text

YESTERDAY = dt.date.today() - dt.timedelta(days=1)
NEXT_WEEK = dt.date.today() + dt.timedelta(days=7)


def _person(session, surname, given_name, **fields) -> Person:
    person = Person(surname=surname, given_name=given_name,
                    search_key=search_key(surname, given_name),
                    sort_key=sort_key(surname, given_name), **fields)
    session.add(person)
    session.flush()
    return person


@pytest.fixture
def centre(db, admin):
    """Three participants (one overdue), two of everything else, one deleted case."""
    with db.session(admin) as session, session.begin():
        ahmetov = _person(session, "Ахметов", "Ерлан", iin="900101300001")
        bekova = _person(session, "Бекова", "Асель", iin="910202400002", region="Астана",
                         phone="+7 701 000 00 01")
        zhumabaev = _person(session, "Жумабаев", "Нурлан", iin="880303300003")
        gone = _person(session, "Сериков", "Данияр")
        for person, category, stage, due, deleted in [
                (ahmetov, CaseCategory.INMATE, Stage.ACTIVE, YESTERDAY, None),
                (bekova, CaseCategory.AT_RISK, Stage.INTAKE, NEXT_WEEK, None),
                (zhumabaev, CaseCategory.EX_CONVICT, Stage.RENOUNCED, None, None),
                (gone, CaseCategory.INMATE, Stage.ACTIVE, None, utc_now())]:
            session.add(Case(person_id=person.id, category=category, stage=stage,
                             stage_since=dt.date(2024, 1, 1), next_follow_up=due,
                             facility="ИК-5", deleted_at=deleted))
        mother = _person(session, "Ахметова", "Айгерим")
        for person in (mother, bekova):
            session.add(ClubMembership(person_id=person.id, joined_on=dt.date(2023, 3, 1)))
        event = Activity(programme=Programme.CHILDREN_EVENTS, kind=ActivityKind.CHILDREN_EVENT,
                         held_on=dt.date(2024, 6, 1))
        session.add(event)
        session.flush()
        arman = _person(session, "Ахметов", "Арман", birth_date=dt.date(2015, 6, 1))
        dana = _person(session, "Бекова", "Дана", birth_date=dt.date(2018, 2, 2))
        session.add(EventRegistration(activity_id=event.id, child_id=arman.id,
                                      guardian_id=mother.id))
        session.add(EventRegistration(activity_id=event.id, child_id=dana.id,
                                      guardian_id=bekova.id))
        beginners = Course(title="Арабский язык для начинающих", level="A1",
                           group=CourseGroup.WOMEN, teacher="Устаз Мадина",
                           starts_on=dt.date(2024, 9, 1), capacity=12)
        reading = Course(title="Чтение Корана", group=CourseGroup.MEN,
                         starts_on=dt.date(2024, 10, 1), capacity=10)
        session.add_all([beginners, reading])
        employer = Organisation(name="ТОО «Жұмыс Жолы»", kind=OrganisationKind.EMPLOYER)
        session.add(employer)
        session.flush()
        session.add(Enrolment(course_id=beginners.id, person_id=bekova.id,
                              status=EnrolmentStatus.ENROLLED, enrolled_on=dt.date(2024, 9, 1)))
        session.add(Placement(kind=PlacementKind.JOB, person_id=ahmetov.id,
                              organisation_id=employer.id, status=PlacementStatus.IN_PROGRESS,
                              requested_on=dt.date(2024, 1, 1), status_since=dt.date(2024, 5, 1),
                              next_follow_up=YESTERDAY))
        session.add(Placement(kind=PlacementKind.HOUSING, person_id=zhumabaev.id,
                              status=PlacementStatus.REQUESTED, requested_on=dt.date(2024, 1, 1),
                              status_since=dt.date(2024, 2, 1)))
    return {"ahmetov": ahmetov.id, "bekova": bekova.id}


def _open(qtbot, tab_class, workspace):
    return shown(qtbot, new_tab(qtbot, tab_class, workspace), 1000, 400)


# What each tab shows of the centre above, in its default order (names sort by their
# folded Latin key, the same in every alphabet).
EXPECTED = [
    (ParticipantsTab, "participantsTab", 0,
     ["Ахметов Ерлан", "Бекова Асель", "Жумабаев Нурлан"]),
    (MothersClubTab, "mothersClubTab", 0, ["Ахметова Айгерим", "Бекова Асель"]),
    (ChildrenEventsTab, "childrenEventsTab", 0, ["01.06.2024"]),
    (ArabicCoursesTab, "arabicCoursesTab", 0,
     ["Арабский язык для начинающих", "Чтение Корана"]),
    (PlacementsTab, "placementsTab", 1, ["Ахметов Ерлан", "Жумабаев Нурлан"]),
]


@pytest.mark.both_engines  # one smoke test per tab on PostgreSQL
@pytest.mark.parametrize("tab_class, object_name, column, texts", EXPECTED,
                         ids=[name for _, name, _, _ in EXPECTED])
def test_each_tab_lists_its_live_rows(qtbot, workspace, centre, tab_class, object_name,
                                      column, texts):
    tab = _open(qtbot, tab_class, workspace)
    assert tab.objectName() == object_name
    assert column_texts(tab, column) == texts
    assert status_text(tab) == f"Shown: {len(texts)} of {len(texts)}"
    assert tab.findChild(QLineEdit, "searchEdit").placeholderText()


def test_participant_row_shows_every_column_in_words(qtbot, workspace, centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    model = tab.view().model()
    first = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert first == ["Ахметов Ерлан", "900101300001", "Inmate", "ИК-5", "Active", "",
                     YESTERDAY.strftime("%d.%m.%Y")]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Full name", "IIN", "Category", "Facility", "Stage", "Specialists", "Next follow-up"]
    assert model.data(model.index(0, 0), PERSON_ID_ROLE) == centre["ahmetov"]
    assert model.data(model.index(0, 0), ID_ROLE) is not None


def test_overdue_rows_are_marked_and_coloured(qtbot, workspace, centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    model = tab.view().model()
    overdue, later = model.index(0, COL_NAME), model.index(1, COL_NAME)
    assert model.data(overdue, OVERDUE_ROLE) and not model.data(later, OVERDUE_ROLE)
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(overdue, Qt.ItemDataRole.ToolTipRole) == "The follow-up date has passed."
    assert model.data(later, Qt.ItemDataRole.BackgroundRole) is None


def test_typing_in_the_search_box_narrows_the_list_after_a_pause(qtbot, workspace, centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    type_text(tab.findChild(QLineEdit, "searchEdit"), "бек")
    assert tab.view().model().rowCount() == 3  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: tab.view().model().rowCount() == 1)
    assert column_texts(tab, COL_NAME) == ["Бекова Асель"]
    assert status_text(tab) == "Shown: 1 of 3"


@pytest.mark.both_engines
@pytest.mark.parametrize("typed", ["bek", "9102", "БЕКОВА"])
def test_search_takes_latin_iin_and_capitals(qtbot, workspace, centre, typed):
    tab = _open(qtbot, ParticipantsTab, workspace)
    search = tab.findChild(QLineEdit, "searchEdit")
    type_text(search, typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter searches at once
    assert column_texts(tab, COL_NAME) == ["Бекова Асель"]


def test_escape_clears_the_search(qtbot, workspace, centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    search = tab.findChild(QLineEdit, "searchEdit")
    type_text(search, "бек")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and tab.view().model().rowCount() == 3


def _click_header(qtbot, tab, column):
    header = tab.view().horizontalHeader()
    position = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_sorting_re_queries_so_the_first_row_comes_from_the_whole_list(qtbot, workspace,
                                                                       centre):
    # One-row pages: the right first row can only come from the database's order.
    model = PagedTableModel(workspace, participants.SPEC, page_size=1)
    assert model.rowCount() == 1 and model.data(model.index(0, COL_NAME)) == "Ахметов Ерлан"
    model.sort(COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 1 and model.data(model.index(0, COL_STAGE)) == "Intake"
    model.sort(COL_STAGE, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL_STAGE)) == "Renounced radical views"


def test_header_clicks_reorder_the_rows(qtbot, workspace, centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    _click_header(qtbot, tab, COL_STAGE)
    assert column_texts(tab, COL_STAGE) == ["Intake", "Active", "Renounced radical views"]
    _click_header(qtbot, tab, COL_STAGE)
    assert column_texts(tab, COL_STAGE) == ["Renounced radical views", "Active", "Intake"]
    _click_header(qtbot, tab, COL_NEXT_FOLLOW_UP)
    _click_header(qtbot, tab, COL_NEXT_FOLLOW_UP)
    # Latest follow-up first; a participant without one comes last either way.
    assert column_texts(tab, COL_NAME) == ["Бекова Асель", "Ахметов Ерлан", "Жумабаев Нурлан"]


def test_a_column_that_cannot_sort_keeps_the_current_order_and_arrow(qtbot, workspace,
                                                                    centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    header = tab.view().horizontalHeader()
    _click_header(qtbot, tab, COL_SPECIALISTS)
    assert header.sortIndicatorSection() == COL_NAME
    assert column_texts(tab, COL_NAME) == ["Ахметов Ерлан", "Бекова Асель", "Жумабаев Нурлан"]


@pytest.mark.parametrize("tab_class", [tab for tab, *_ in EXPECTED],
                         ids=[name for _, name, _, _ in EXPECTED])
def test_every_list_model_passes_the_model_tester_with_data(qtbot, qtmodeltester, workspace,
                                                            centre, tab_class):
    tab = _open(qtbot, tab_class, workspace)
    qtmodeltester.check(tab.view().model())


@pytest.mark.parametrize("tab_class", [tab for tab, *_ in EXPECTED],
                         ids=[name for _, name, _, _ in EXPECTED])
def test_every_list_model_passes_the_model_tester_empty(qtbot, qtmodeltester, workspace,
                                                        tab_class):
    tab = _open(qtbot, tab_class, workspace)
    assert tab.view().model().rowCount() == 0
    assert status_text(tab) == "Shown: 0 of 0"
    qtmodeltester.check(tab.view().model())


@pytest.fixture
def many_participants(db, admin):
    """250 participants: two and a half pages."""
    with db.session(admin) as session, session.begin():
        for number in range(250):
            person = _person(session, f"Участник{number:03d}", "Тест")
            session.add(Case(person_id=person.id, category=CaseCategory.AT_RISK,
                             stage=Stage.ACTIVE, stage_since=dt.date(2024, 1, 1)))


def test_the_model_holds_only_the_pages_fetched_so_far(qtbot, workspace, many_participants):
    model = PagedTableModel(workspace, participants.SPEC, page_size=100)
    assert model.rowCount() == 100 and model.matching_count() == 250
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 and not model.canFetchMore(QModelIndex())
    names = [model.data(model.index(row, COL_NAME)) for row in range(250)]
    assert names == [f"Участник{number:03d} Тест" for number in range(250)]


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, workspace, many_participants):
    tab = _open(qtbot, ParticipantsTab, workspace)
    model = tab.view().model()
    assert model.rowCount() == 100
    scroll_bar = tab.view().verticalScrollBar()
    qtbot.waitUntil(lambda: scroll_bar.maximum() > 0)  # the view has laid out its rows
    scroll_bar.setValue(scroll_bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    assert status_text(tab) == "Shown: 250 of 250"


def test_a_search_walked_in_order_says_at_least_a_page_and_exports_all_it_finds(
        qtbot, tmp_path, workspace, many_participants, monkeypatch):
    # In a region 'учас' would find thousands: the page walks the name order within the
    # persons whose keys start "uca" and stops, so the status says only "at least".
    monkeypatch.setattr(listing_core, "GROUP_SORTED_BELOW", 0)
    tab = _open(qtbot, ParticipantsTab, workspace)
    search = tab.findChild(QLineEdit, "searchEdit")
    search.setFocus()
    type_text(search, "учас")
    qtbot.waitUntil(lambda: status_text(tab) == "Shown: at least 101 of 250")
    model = tab.view().model()
    assert model.rowCount() == 100 and model.matching_at_least()
    assert column_texts(tab, COL_NAME)[:2] == ["Участник000 Тест", "Участник001 Тест"]

    job = tab.export_xlsx(str(tmp_path / "list.xlsx"))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    rows = list(load_workbook(tmp_path / "list.xlsx").active.iter_rows(values_only=True))
    assert len([row for row in rows if str(row[0]).startswith("Участник")]) == 250
    assert status_text(tab).startswith("Exported 250 rows to ")
    assert model.matching_count() == 250 and not model.matching_at_least()


def test_down_from_the_search_box_selects_the_first_row_and_enter_opens_it(
        qtbot, workspace, centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    search = tab.findChild(QLineEdit, "searchEdit")
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert tab.view().currentIndex().row() == 0
    qtbot.keyClick(tab.view(), Qt.Key.Key_Down)
    assert tab.current_id() == tab.view().model().data(tab.view().model().index(1, 0), ID_ROLE)
    with qtbot.waitSignal(tab.row_activated) as activated:
        qtbot.keyClick(tab.view(), Qt.Key.Key_Return)
    assert activated.args == [tab.current_id()]


def test_reload_shows_rows_added_since(qtbot, db, admin, workspace, centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    with db.session(admin) as session, session.begin():
        person = _person(session, "Бекбосынов", "Ерлан")
        session.add(Case(person_id=person.id, category=CaseCategory.AT_RISK, stage=Stage.INTAKE,
                         stage_since=dt.date(2024, 1, 1)))
    tab.reload()
    assert "Бекбосынов Ерлан" in column_texts(tab, COL_NAME)
    assert status_text(tab) == "Shown: 4 of 4"


class _Shouting(QTranslator):
    """A 'language' that upper-cases the tab strings, to watch a live switch."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in {"ParticipantsTab", "ListTab", "Labels"}:
            return source.upper()
        return ""

    def isEmpty(self):  # Qt sends no LanguageChange for an empty one
        return False


def test_a_language_switch_retranslates_headers_cells_and_texts(qtbot, qapp, workspace,
                                                                centre):
    tab = _open(qtbot, ParticipantsTab, workspace)
    model = tab.view().model()
    translator = _Shouting()
    with qtbot.waitSignal(model.headerDataChanged):
        QCoreApplication.installTranslator(translator)
    try:
        assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "FULL NAME"
        assert model.data(model.index(0, COL_STAGE)) == "ACTIVE"
        assert tab.findChild(QLineEdit, "searchEdit").placeholderText().isupper()
        assert status_text(tab) == "SHOWN: 3 OF 3"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Full name"


@pytest.mark.parametrize("enum_class", labels.LABELLED_ENUMS,
                         ids=[e.__name__ for e in labels.LABELLED_ENUMS])
def test_every_code_has_its_own_words(enum_class):
    words = [labels.label(member) for member in enum_class]
    assert all(words) and len(set(words)) == len(words)
    assert labels.label(None) == ""
