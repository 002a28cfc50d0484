"""Issue 14, fault 7: the placement window showed a long note cut to its first words.
A note typed key by key in Russian and Kazakh is stored and shown in full, wrapped over
the window's width; a note longer than the window has room for scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from centre_desk.domain.enums import PlacementKind
from centre_desk.services import placements
from centre_desk.ui.placements.dialog import NOTES_LINES, PlacementDialog
from tests.gui.conftest import submit
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_fits, assert_shows

NOTES = {
    "ru": "Мать троих детей ищет жильё рядом со школой старшего сына; просит комнату в "
          "общежитии акимата до конца учебного года, готова оплачивать коммунальные услуги "
          "и помогать с уборкой двора.",
    "kk": "Үш баланың анасы үлкен ұлының мектебіне жақын баспана іздейді; оқу жылының "
          "соңына дейін әкімдік жатақханасынан бөлме сұрайды, коммуналдық қызметтерге ақы "
          "төлеуге және ауланы тазалауға көмектесуге дайын.",
}


def _opened(qtbot, workspace, centre, notes: str = "") -> PlacementDialog:
    placement_id = workspace.run(placements.request_placement, placements.PlacementInput(
        kind=PlacementKind.HOUSING, person_id=centre.mother, notes=notes))
    dialog = PlacementDialog(workspace, placement_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shown_in_full(qtbot, dialog: PlacementDialog) -> None:
    """Every line of the notes is on the screen: the label is as tall as its lines at
    its width and none of it is hidden by the window or the notes' scroll area."""
    label = dialog.findChild(QLabel, "notesValue")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width())
                    and label.visibleRegion().boundingRect() == label.rect())
    assert label.width() > dialog.width() // 2  # over the width, not a narrow column


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_long_note_typed_in_the_form_shows_in_full_in_the_placement_window(
        qtbot, workspace, centre, translations, modals, language):
    note = NOTES[language]
    translations.apply(language)
    dialog = _opened(qtbot, workspace, centre)

    def type_the_note(form) -> bool:
        form.notes.setFocus()
        type_text(form.notes, note)  # key by key
        return submit(form)
    modals.expect(type_the_note)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)

    stored = workspace.run(placements.placement_details, dialog.details().placement.id)
    assert stored.placement.notes == note
    assert dialog.findChild(QLabel, "notesValue").text() == note
    assert_shows(dialog, note)
    _shown_in_full(qtbot, dialog)
    assert_fits(dialog)
    dialog.resize(640, dialog.height())  # narrower: more lines, all of them shown
    _shown_in_full(qtbot, dialog)
    assert_fits(dialog)


def test_a_note_longer_than_the_window_has_room_for_scrolls(qtbot, workspace, centre):
    note = " ".join([NOTES["ru"]] * 12)
    dialog = _opened(qtbot, workspace, centre, note)
    view = dialog.notes_view
    line = view.fontMetrics().lineSpacing()
    assert view.height() == NOTES_LINES * line
    assert view.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert_fits(dialog)


def test_a_note_shows_as_typed_not_as_markup(qtbot, workspace, centre):
    note = "<b>срочно</b> & <i>до 5 числа</i>"
    label = _opened(qtbot, workspace, centre, note).notes_view.label
    assert label.text() == note and label.textFormat() is Qt.TextFormat.PlainText
