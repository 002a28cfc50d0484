"""An empty list says why instead of showing a blank table: a search or filters that find
nothing say so with what to try and a button that clears them, a list with nothing
recorded says how to add the first; the hint goes as soon as rows show. Typed key by
key, in Russian and Kazakh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from centre_desk.domain.enums import CaseCategory, Stage
from centre_desk.ui.participants.tab import ParticipantsTab
from tests.gui.conftest import open_files
from tests.gui.lists import shown
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_shows, shown_texts

NOT_FOUND = {
    "ru": "По запросу «Абв» ничего не найдено. Введите меньше букв, проверьте написание "
          "или наберите другим алфавитом (кириллицей или латиницей).",
    "kk": "«Абв» сұрауы бойынша ештеңе табылмады. Әріптерді азырақ енгізіңіз, жазылуын "
          "тексеріңіз немесе басқа әліпбимен (кирилл не латын) теріңіз."}
CLEAR = {"ru": "Сбросить поиск", "kk": "Іздеуді тазарту"}


def _tab(qtbot, workspace) -> ParticipantsTab:
    return shown(qtbot, ParticipantsTab(workspace, open_files(qtbot, workspace)), 1300,
                 active=True)


def _search(qtbot, tab, text: str) -> None:
    search = tab.findChild(QLineEdit, "searchEdit")
    search.setFocus()
    type_text(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # search now, not after the pause


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_search_that_finds_nobody_says_what_to_try(qtbot, workspace, centre,
                                                     translations, language):
    translations.apply(language)
    tab = _tab(qtbot, workspace)
    _search(qtbot, tab, "Абв")
    assert tab.model().rowCount() == 0
    assert_shows(tab, NOT_FOUND[language], CLEAR[language])

    search = tab.findChild(QLineEdit, "searchEdit")
    search.selectAll()
    type_text(search, "Бек")  # Бекова Асель
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert tab.model().rowCount() == 1
    assert NOT_FOUND[language] not in "\n".join(shown_texts(tab))
    assert tab.empty_hint.isHidden()


def test_filters_that_find_nobody_offer_to_clear_them(qtbot, workspace, centre,
                                                      translations):
    translations.apply("ru")
    tab = _tab(qtbot, workspace)
    _search(qtbot, tab, "Ахм")
    tab.stage_filter.setCurrentIndex(tab.stage_filter.values().index(Stage.CLOSED))
    assert tab.model().rowCount() == 0
    assert_shows(tab, "По запросу «Ахм» с выбранными фильтрами ничего не найдено.",
                 "Сбросить поиск и фильтры")
    qtbot.mouseClick(tab.empty_hint.clear_button, Qt.MouseButton.LeftButton)
    assert tab.model().rowCount() == 3 and tab.current_filter() is None
    assert tab.findChild(QLineEdit, "searchEdit").text() == ""
    assert tab.empty_hint.isHidden()

    tab.category_filter.setCurrentIndex(
        tab.category_filter.values().index(CaseCategory.INMATE))
    tab.stage_filter.setCurrentIndex(tab.stage_filter.values().index(Stage.CLOSED))
    assert_shows(tab, "С выбранными фильтрами ничего не найдено.", "Сбросить фильтры")


def test_an_empty_list_says_how_to_add_the_first(qtbot, workspace, translations):
    translations.apply("kk")
    tab = _tab(qtbot, workspace)
    assert tab.model().total_count() == 0
    new = tab.new_button.text().replace("&", "")
    assert_shows(tab, f"Мұнда әзірге жазба жоқ: алғашқысын «{new}» батырмасымен қосыңыз.")
    assert not tab.empty_hint.clear_button.isVisible()
