"""The partner directory, searched to nothing, says so with what to try and a button that
clears the search and the kind; an empty directory says how to add the first partner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from centre_desk.domain.enums import OrganisationKind
from centre_desk.ui.placements.partner_directory import PartnerDirectoryDialog
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_shows


def _directory(qtbot, workspace) -> PartnerDirectoryDialog:
    directory = PartnerDirectoryDialog(workspace)
    qtbot.addWidget(directory)
    directory.show()
    return directory


def test_a_search_for_no_partner_says_what_to_try(qtbot, workspace, centre, translations):
    translations.apply("kk")
    directory = _directory(qtbot, workspace)
    directory.kind.set_value(OrganisationKind.NGO)
    type_text(directory.search, "Жоқ")
    qtbot.keyClick(directory.search, Qt.Key.Key_Return)
    assert directory.model.rowCount() == 0
    assert_shows(directory, "Таңдалған сүзгілермен «Жоқ» сұрауы бойынша ештеңе табылмады.",
                 "Іздеу мен сүзгілерді тазарту")
    qtbot.mouseClick(directory.empty_hint.clear_button, Qt.MouseButton.LeftButton)
    assert directory.model.rowCount() == 4 and directory.kind.value() is None
    assert directory.search.text() == "" and directory.empty_hint.isHidden()


def test_an_empty_directory_says_how_to_add_the_first(qtbot, workspace, translations):
    translations.apply("ru")
    directory = _directory(qtbot, workspace)
    assert_shows(directory, "Здесь пока нет записей: добавьте первую кнопкой «Добавить…».")
