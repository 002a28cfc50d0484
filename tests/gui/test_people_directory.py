"""The people directory tab as a user meets it: anyone found by typing any part of the
name in any alphabet, key by key; Enter opens their file; the list pages from SQL; in
Russian and Kazakh at 1366x768."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from centre_desk.domain.enums import CaseCategory, Sex, Stage
from centre_desk.services import persons
from centre_desk.services.listing import DirectoryRole
from centre_desk.store.models import Case, ClubMembership
from centre_desk.ui.directory.tab import COL_NAME, COL_REGION, COL_ROLES, PeopleDirectoryTab
from tests.gui.conftest import open_files
from tests.gui.lists import column_texts, shown, status_text
from tests.gui.participants.conftest import type_text


@pytest.fixture
def people(db, admin):
    """A participant, a club member who is no participant, a person with no part."""
    ids = {}
    with db.session(admin) as session, session.begin():
        def person(surname, given, **fields):
            return persons.create_person(session, persons.PersonInput(
                surname=surname, given_name=given, **fields))
        ids["kassymova"] = person("Қасымова", "Әсел", iin="900714400076", sex=Sex.FEMALE,
                                  region="область Абай")
        ids["smirnova"] = person("Смирнова", "Наталья", region="Карагандинская область")
        ids["abdrakhmanov"] = person("Әбдірахманов", "Ержан")
        session.add(Case(person_id=ids["kassymova"], category=CaseCategory.AT_RISK,
                         stage=Stage.INTAKE, stage_since=dt.date(2024, 1, 1)))
        session.add(ClubMembership(person_id=ids["smirnova"], joined_on=dt.date(2024, 2, 1)))
    return ids


def _tab(qtbot, workspace, width=1000, height=400):
    files = open_files(qtbot, workspace)
    tab = PeopleDirectoryTab(workspace, files)
    return shown(qtbot, tab, width, height)


def _search(tab) -> QLineEdit:
    return tab.findChild(QLineEdit, "searchEdit")


def test_everyone_is_listed_with_their_part_at_the_centre(qtbot, workspace, translations,
                                                          people):
    tab = _tab(qtbot, workspace)
    assert column_texts(tab, COL_NAME) == ["Әбдірахманов Ержан", "Қасымова Әсел",
                                           "Смирнова Наталья"]
    assert column_texts(tab, COL_ROLES) == ["", "participant", "mothers' club"]
    assert column_texts(tab, COL_REGION) == ["", "Abai Region", "Karaganda Region"]
    assert status_text(tab) == "Shown: 3 of 3"


@pytest.mark.parametrize(("typed", "found"), [
    ("Kassymova", "Қасымова Әсел"),
    ("Асель", "Қасымова Әсел"),
    ("Natalia", "Смирнова Наталья"),
    ("Abdrakhmanov", "Әбдірахманов Ержан"),
    ("9007", "Қасымова Әсел"),
])
def test_typing_any_name_part_key_by_key_finds_the_person(qtbot, workspace, translations,
                                                          people, typed, found):
    tab = _tab(qtbot, workspace)
    type_text(_search(tab), typed)
    qtbot.waitUntil(lambda: tab.view().model().rowCount() == 1)
    assert column_texts(tab, COL_NAME) == [found]
    assert status_text(tab) == "Shown: 1 of 3"


def test_enter_opens_the_participant_file_and_anyone_else_s_details(qtbot, workspace,
                                                                    translations, people):
    tab = _tab(qtbot, workspace)
    view = tab.view()
    for row, person in ((1, "kassymova"), (2, "smirnova")):
        view.setFocus()
        view.setCurrentIndex(view.model().index(row, COL_NAME))
        qtbot.keyClick(view, Qt.Key.Key_Return)
        opened = tab.files.open_files()[-1]
        assert opened.person_id == people[person]
    assert [dialog.case_id is not None for dialog in tab.files.open_files()] == [True, False]
    for dialog in tab.files.open_files():
        dialog.close()


def test_the_part_filter_narrows_the_list(qtbot, workspace, translations, people):
    tab = _tab(qtbot, workspace)
    tab.role_filter.set_value(DirectoryRole.CLUB_MEMBER)
    qtbot.waitUntil(lambda: tab.view().model().rowCount() == 1)
    assert column_texts(tab, COL_NAME) == ["Смирнова Наталья"]


def test_the_list_model_passes_the_model_tester(qtbot, qtmodeltester, workspace, people):
    tab = _tab(qtbot, workspace)
    qtmodeltester.check(tab.view().model())


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_directory_reads_in_russian_and_kazakh_at_1366x768(qtbot, workspace, translations,
                                                               people, shots, language):
    translations.apply(language)
    tab = _tab(qtbot, workspace, 1366, 768)
    type_text(_search(tab), "Ас")
    qtbot.waitUntil(lambda: tab.view().model().rowCount() == 1)
    roles = {"ru": "участник", "kk": "қатысушы"}[language]
    assert column_texts(tab, COL_ROLES) == [roles]
    region = {"ru": "область Абай", "kk": "Абай облысы"}[language]
    assert column_texts(tab, COL_REGION) == [region]
    _search(tab).clear()
    qtbot.waitUntil(lambda: tab.view().model().rowCount() == 3)
    tab.grab().save(str(shots / f"people-directory-{language}.png"))
