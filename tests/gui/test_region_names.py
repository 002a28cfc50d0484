"""Regions named in the UI language wherever a region is shown or chosen (issue 14,
fault 10): the Kazakh UI says «Алматы облысы» where the Russian says «Алматинская
область»; what is stored stays the Russian name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from centre_desk.domain.enums import CaseCategory, OrganisationKind, Stage
from centre_desk.domain.names import search_key, sort_key
from centre_desk.store.models import Case, Person
from centre_desk.services import persons
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.tab import ParticipantsTab
from centre_desk.ui.placements.partner_directory import (
    OrganisationFormDialog, PartnerDirectoryDialog)
from tests.gui.conftest import open_files, submit
from tests.gui.participants.conftest import replace_text, type_text

SHOWN = {"ru": "Алматинская область", "kk": "Алматы облысы", "en": "Almaty Region"}


@pytest.fixture
def almaty_region_person(db, admin):
    with db.session(admin) as session, session.begin():
        person = Person(surname="Ахметов", given_name="Ерлан", region="Алматинская область",
                        search_key=search_key("Ахметов", "Ерлан", None),
                        sort_key=sort_key("Ахметов", "Ерлан", None))
        session.add(person)
        session.flush()
        case = Case(person_id=person.id, stage=Stage.ACTIVE, category=CaseCategory.AT_RISK,
                    stage_since=dt.date(2024, 1, 1))
        session.add(case)
        session.flush()
        return person.id, case.id


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_participants_region_filter_names_regions_in_the_ui_language(
        qtbot, workspace, translations, almaty_region_person, language):
    translations.apply(language)
    tab = ParticipantsTab(workspace, open_files(qtbot, workspace))
    qtbot.addWidget(tab)
    tab.region_filter.ensure_loaded()  # as opening the box does
    texts = [tab.region_filter.itemText(i) for i in range(tab.region_filter.count())]
    assert SHOWN[language] in texts
    tab.region_filter.setCurrentIndex(texts.index(SHOWN[language]))
    assert tab.region_filter.value() == "Алматинская область"


@pytest.mark.parametrize("language", ["kk", "en"])
def test_a_partner_region_chosen_in_the_ui_language_is_stored_and_shown_alike(
        qtbot, workspace, translations, modals, language):
    translations.apply(language)
    directory = PartnerDirectoryDialog(workspace)
    qtbot.addWidget(directory)
    directory.show()

    def fill(form: OrganisationFormDialog) -> bool:
        offered = [form.region.itemText(i) for i in range(form.region.count())]
        assert SHOWN[language] in offered and "Алматинская область" not in offered
        type_text(form.name, "ОФ «Жол»")
        form.kind.set_value(OrganisationKind.NGO)
        form.region.lineEdit().setFocus()
        type_text(form.region.lineEdit(), SHOWN[language])
        return submit(form)

    modals.expect(fill)
    qtbot.mouseClick(directory.add_button, Qt.MouseButton.LeftButton)
    assert directory.current_partner().region == "Алматинская область"  # stored as before
    model = directory.model
    assert SHOWN[language] in [model.data(model.index(row, 2))
                               for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["kk", "en"])
def test_the_participant_file_shows_the_region_in_the_ui_language_and_stores_russian(
        qtbot, workspace, translations, almaty_region_person, language):
    translations.apply(language)
    person_id, case_id = almaty_region_person
    file = ParticipantFileDialog(workspace, case_id=case_id)
    qtbot.addWidget(file)
    file.show()
    region = file.person_form.region
    assert region.currentText() == SHOWN[language]
    assert not file.is_modified()  # the same region, only named in another language
    offered = [region.itemText(i) for i in range(region.count())]
    ulytau = {"kk": "Ұлытау облысы", "en": "Ulytau Region"}[language]
    assert ulytau in offered and "область Ұлытау" not in offered
    replace_text(region.lineEdit(), ulytau)
    assert file.is_modified()
    qtbot.keyClick(file.person_form.surname, Qt.Key.Key_Return)
    assert not file.is_modified()
    assert workspace.run(persons.get_person, person_id).region == "область Ұлытау"


def test_a_language_switch_renames_the_regions_a_filter_has_read(
        qtbot, workspace, translations, almaty_region_person):
    translations.apply("ru")
    tab = ParticipantsTab(workspace, open_files(qtbot, workspace))
    qtbot.addWidget(tab)
    tab.region_filter.set_value("Алматинская область")  # read, and chosen
    assert tab.region_filter.currentText() == "Алматинская область"
    translations.apply("kk")
    qtbot.waitUntil(lambda: tab.region_filter.currentText() == "Алматы облысы")
    assert tab.region_filter.value() == "Алматинская область"
    assert tab.region_filter.itemText(0) == "Барлық өңірлер"
