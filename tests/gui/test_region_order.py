"""Region pickers in the UI language's own order (cities, then regions by their own
word), the 2022 decree's names in Russian, and a filter that lists the regions in use
ordered the same way; rendered in Russian and Kazakh to look at."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget

from centre_desk.domain.enums import CaseCategory
from centre_desk.services import cases, persons
from centre_desk.services.cases import CaseInput
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.tab import ParticipantsTab
from tests.gui.conftest import open_files

FIRST_REGIONS = {
    "ru": ["Алматы", "Астана", "Шымкент", "область Абай", "Акмолинская область",
           "Актюбинская область"],
    "kk": ["Алматы", "Астана", "Шымкент", "Абай облысы", "Ақмола облысы", "Ақтөбе облысы"],
}
LAST_REGIONS = {
    "ru": ["Туркестанская область", "область Ұлытау"],
    "kk": ["Түркістан облысы", "Ұлытау облысы", "Шығыс Қазақстан облысы"],
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_region_picker_of_a_file_offers_the_regions_in_the_language_s_order(
        qtbot, workspace, translations, shots, language):
    translations.apply(language)
    file = ParticipantFileDialog(workspace)
    qtbot.addWidget(file)
    region = file.person_form.region
    offered = [region.itemText(i) for i in range(region.count()) if region.itemText(i)]
    assert len(offered) == 20
    assert offered[:6] == FIRST_REGIONS[language]
    assert offered[-len(LAST_REGIONS[language]):] == LAST_REGIONS[language]
    # What the picker's list shows, drawn as the open list would be.
    picture = QListWidget()
    qtbot.addWidget(picture)
    picture.addItems(offered)
    picture.resize(340, 20 * picture.sizeHintForRow(0) + 8)
    picture.grab().save(str(shots / f"region-picker-{language}.png"))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_region_filter_lists_the_regions_in_use_in_the_language_s_order(
        qtbot, workspace, translations, run, language):
    for surname, region in (("Ахметов", "Восточно-Казахстанская область"),
                            ("Бекова", "область Ұлытау"), ("Жумабаев", "Акмолинская область"),
                            ("Ким", "Астана")):
        person_id = run(persons.create_person, persons.PersonInput(
            surname=surname, given_name="Ерлан", region=region))
        run(cases.open_case, person_id, CaseInput(category=CaseCategory.AT_RISK))
    translations.apply(language)
    tab = ParticipantsTab(workspace, open_files(qtbot, workspace))
    qtbot.addWidget(tab)
    tab.region_filter.ensure_loaded()
    texts = [tab.region_filter.itemText(i) for i in range(1, tab.region_filter.count())]
    assert texts == {
        "ru": ["Астана", "Акмолинская область", "Восточно-Казахстанская область",
               "область Ұлытау"],
        "kk": ["Астана", "Ақмола облысы", "Ұлытау облысы", "Шығыс Қазақстан облысы"],
    }[language]


def test_a_language_switch_reorders_the_statistics_region_box_and_keeps_the_choice(
        qtbot, workspace, translations):
    from centre_desk.ui.statistics.view import StatisticsView

    translations.apply("ru")
    view = StatisticsView(workspace)
    qtbot.addWidget(view)
    box = view.region_box
    box.setCurrentIndex(box.findData("Восточно-Казахстанская область"))
    translations.apply("kk")
    qtbot.waitUntil(lambda: box.currentText() == "Шығыс Қазақстан облысы")
    assert box.currentData() == "Восточно-Казахстанская область"
    items = [(box.itemText(i), box.itemData(i)) for i in range(1, box.count())]
    assert items[3] == ("Абай облысы", "область Абай")
    assert items[-1] == ("Шығыс Қазақстан облысы", "Восточно-Казахстанская область")
