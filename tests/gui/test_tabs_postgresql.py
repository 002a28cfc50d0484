"""Each main-window tab on a seeded PostgreSQL database (issue 16: GUI tests stay on
SQLite but for one smoke test per tab here): the tab opens with the rows the database
holds, and a search typed key by key, in the letters the person is written in, finds
the right person (the events tab: the right event; courses: by the teacher's name).
Skipped, with the suites' one reason, where no PostgreSQL server is named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from centre_desk.domain.enums import Programme
from centre_desk.services import listing
from centre_desk.services.seed import seed
from centre_desk.store.models import (
    Activity, Case, ClubMembership, Course, Person, Placement)
from centre_desk.ui.club.tab import COL_NAME as CLUB_NAME, MothersClubTab
from centre_desk.ui.courses.tab import COL_TEACHER, ArabicCoursesTab
from centre_desk.ui.directory.tab import PeopleDirectoryTab
from centre_desk.ui.events.tab import COL_TITLE, ChildrenEventsTab
from centre_desk.ui.participants.tab import COL_NAME, ParticipantsTab
from centre_desk.ui.placements.tab import COL_NAME as PLACEMENT_NAME, PlacementsTab
from tests.gui.conftest import new_tab
from tests.gui.lists import column_texts, shown, status_text
from tests.gui.participants.conftest import type_text

pytestmark = pytest.mark.parametrize("database_engine", ["postgresql"], indirect=True)

PERSONS = 120


@pytest.fixture
def seeded(db):
    """The test's PostgreSQL installation with PERSONS seeded persons (random seed 7)."""
    seed(db, persons=PERSONS, random_seed=7)
    return db


def _open(qtbot, tab_class, workspace):
    tab = shown(qtbot, new_tab(qtbot, tab_class, workspace), 1100, 500)
    assert tab.view().model().rowCount() > 0
    return tab


def _search(qtbot, tab, typed: str) -> None:
    search = tab.findChild(QLineEdit, "searchEdit")
    search.setFocus()
    type_text(search, typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter searches at once


def _one(db, statement):
    with db.session() as session:
        return session.execute(statement.limit(1)).one()


def _all_shown(tab, total: int) -> None:
    assert status_text(tab) == f"Shown: {min(total, tab.view().model().rowCount())} of {total}"


def _name_search_finds(qtbot, tab, column: int, surname: str, given_name: str) -> None:
    _search(qtbot, tab, f"{surname} {given_name}")
    names = column_texts(tab, column)
    assert any(name.split()[:2] == [surname, given_name] for name in names), names
    assert all(name.startswith(surname) for name in names), names


def test_participants_tab(qtbot, workspace, seeded):
    tab = _open(qtbot, ParticipantsTab, workspace)
    _all_shown(tab, workspace.run(listing.count_participants))
    person = _one(seeded, select(Person.surname, Person.given_name).join(
        Case, Case.person_id == Person.id).where(
        Case.deleted_at.is_(None)).order_by(Person.sort_key.desc()))
    _name_search_finds(qtbot, tab, COL_NAME, person.surname, person.given_name)


def test_mothers_club_tab(qtbot, workspace, seeded):
    tab = _open(qtbot, MothersClubTab, workspace)
    person = _one(seeded, select(Person.surname, Person.given_name).join(
        ClubMembership, ClubMembership.person_id == Person.id).order_by(Person.sort_key.desc()))
    _name_search_finds(qtbot, tab, CLUB_NAME, person.surname, person.given_name)


def test_children_events_tab(qtbot, workspace, seeded):
    tab = _open(qtbot, ChildrenEventsTab, workspace)
    event = _one(seeded, select(Activity.title).where(
        Activity.programme == Programme.CHILDREN_EVENTS, Activity.title.is_not(None),
        Activity.deleted_at.is_(None)).order_by(Activity.held_on))
    _search(qtbot, tab, event.title)
    titles = column_texts(tab, COL_TITLE)
    assert titles and set(titles) == {event.title}


def test_arabic_courses_tab(qtbot, workspace, seeded):
    tab = _open(qtbot, ArabicCoursesTab, workspace)
    course = _one(seeded, select(Course.teacher).where(
        Course.teacher.is_not(None), Course.deleted_at.is_(None)).order_by(Course.starts_on))
    _search(qtbot, tab, course.teacher)
    teachers = column_texts(tab, COL_TEACHER)
    assert teachers and set(teachers) == {course.teacher}


def test_placements_tab(qtbot, workspace, seeded):
    tab = _open(qtbot, PlacementsTab, workspace)
    person = _one(seeded, select(Person.surname, Person.given_name).join(
        Placement, Placement.person_id == Person.id).where(
        Placement.deleted_at.is_(None)).order_by(Person.sort_key.desc()))
    _name_search_finds(qtbot, tab, PLACEMENT_NAME, person.surname, person.given_name)


def test_people_directory_tab(qtbot, workspace, seeded):
    tab = _open(qtbot, PeopleDirectoryTab, workspace)
    person = _one(seeded, select(Person.surname, Person.given_name).where(
        Person.deleted_at.is_(None)).order_by(Person.sort_key.desc()))
    _name_search_finds(qtbot, tab, 0, person.surname, person.given_name)
