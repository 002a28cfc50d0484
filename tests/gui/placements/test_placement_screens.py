"""The placement window in Russian and Kazakh speaks the glossary's words
(resources/translations/glossary.md): a placement is «заявка на устройство» /
«орналастыру», a follow-up «контроль» / «бақылау», a placement in progress «В работе» /
«Орындалуда» (not «Жұмыста», "at work"), and a date is never glued to a Kazakh case
ending. Pictures are saved as placement_*.png under $CENTRE_DESK_SHOTS (e.g. /tmp/shots)
when set, else a temp dir."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import PlacementKind, PlacementStatus
from centre_desk.services import placements
from centre_desk.ui.placements.dialog import PlacementDialog
from centre_desk.ui.toolkit.i18n import Translations
from tests.gui.screens import assert_fits, assert_shows, shown_texts

TODAY = dt.date.today()
SINCE = TODAY - dt.timedelta(days=3)

WORDS = {
    # the window's own words, the status with its date, the follow-up's state
    "ru": ("Заявка на устройство", "Контроль", "Назначить контроль…",
           f"В работе с {SINCE:%d.%m.%Y}", "Запланирован"),
    "kk": ("Орналастыру", "Бақылау", "Бақылау тағайындау…",
           f"Орындалуда (күні: {SINCE:%d.%m.%Y})", "Жоспарланған", "Ескертпелер:"),
}
NOT_SAID = {
    "ru": ("Устройство", "Проверк", "встреч"),
    "kk": ("Жұмыста", "Тексеру", "бастап", "Жазбалар"),
}


@pytest.fixture
def in_progress(workspace, centre) -> object:
    """Жумабаев's job request, being worked on, with a check planned in a fortnight."""
    placement = workspace.run(placements.request_placement, placements.PlacementInput(
        PlacementKind.JOB, centre.worker, organisation_id=centre.employer,
        requested_on=SINCE - dt.timedelta(days=7), notes="Ищет работу водителем"))
    workspace.run(placements.change_status, placement, PlacementStatus.IN_PROGRESS, SINCE,
                  "Направлен на собеседование")
    workspace.run(placements.schedule_follow_up, placement, TODAY + dt.timedelta(days=14),
                  "Позвонить работодателю")
    return placement


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_placement_window_speaks_the_glossary(qtbot, workspace, in_progress, shots,
                                                  language, qm_folder, translations):
    Translations(qm_folder).apply(language)
    QApplication.processEvents()
    dialog = PlacementDialog(workspace, in_progress)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.grab().save(str(shots / f"placement_{language}.png"))
    assert_shows(dialog, "Жумабаев Нурлан", "ТОО «Жұмыс Жолы»", *WORDS[language])
    shown = "\n".join(shown_texts(dialog))
    assert [word for word in NOT_SAID[language] if word in shown] == []
    assert_fits(dialog)
