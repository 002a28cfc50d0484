"""The mothers' club members list, empty after a search and a filter, says so and its
button clears both, the club's own filter row included (ListTab.filter_rows)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from centre_desk.ui.club.tab import MothersClubTab
from tests.gui.conftest import open_files
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_shows


def test_clearing_an_empty_members_list_resets_the_clubs_filters(qtbot, specialist, club):
    tab = MothersClubTab(specialist, open_files(qtbot, specialist))
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    every = tab.model().rowCount()
    tab.active_filter.setChecked(True)
    search = tab.findChild(QLineEdit, "searchEdit")
    type_text(search, "Зззз")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert tab.model().rowCount() == 0
    assert_shows(tab, "Nothing found for \u201cЗззз\u201d with the filters chosen.",
                 "Clear the search and filters")
    qtbot.mouseClick(tab.empty_hint.clear_button, Qt.MouseButton.LeftButton)
    assert not tab.active_filter.isChecked() and search.text() == ""
    assert tab.model().rowCount() == every > 0
    assert tab.empty_hint.isHidden()
