"""The main window, the statistics window and the participant file on the smallest
screen the centres have, 1366 × 768, in each language: each opens within it, may be
made as small as its minimum within it too, and shows none of its widgets cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from centre_desk.ui.shell.app import sign_in_and_open
from tests.conftest import ADMIN_PASSWORD
from tests.gui.screens import SCREEN, assert_fits

# What a window opens at must leave room for the taskbar (40 px on Windows) and its
# own title bar (about 30 px): 1366 × 768 less those.
OPENING = QSize(SCREEN.width(), SCREEN.height() - 70)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_tab_of_the_main_window_fits_a_1366_by_768_screen(qtbot, installed,
                                                                  translations, language):
    translations.apply(language)
    window = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
    qtbot.addWidget(window)
    # The participants tab's filters wrap into two rows: the window once needed
    # 1,455 px in Russian, 1,398 in Kazakh.
    assert window.minimumSizeHint().width() <= 1300
    assert window.height() <= OPENING.height()
    window.resize(SCREEN.size())
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert_fits(window)


def _fits_the_screen(qtbot, window) -> None:
    """The window opens within the screen (less the taskbar and title bar), its minimum
    size is within that too, and nothing is cut off as opened, at its minimum size, and
    at the screen's size (maximised)."""
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= OPENING.width() and minimum.height() <= OPENING.height(), \
        f"{window.objectName()} needs at least {minimum.width()} × {minimum.height()}"
    assert window.width() <= OPENING.width() and window.height() <= OPENING.height(), \
        f"{window.objectName()} opens at {window.width()} × {window.height()}"
    opened = window.size()
    for size in (opened, minimum, SCREEN.size()):
        window.resize(size)
        qtbot.wait(20)
        assert_fits(window)
    window.resize(opened)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_statistics_window_fits_a_1366_by_768_screen(qtbot, workspace, translations,
                                                         language):
    from centre_desk.ui.statistics.view import StatisticsView

    translations.apply(language)
    view = StatisticsView(workspace)
    qtbot.addWidget(view)
    view.show()
    _fits_the_screen(qtbot, view)
    assert view.pdf_button.visibleRegion().boundingRect().size() == view.pdf_button.size()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_participant_file_fits_a_1366_by_768_screen_new_and_after_saving(
        qtbot, workspace, translations, language):
    from centre_desk.domain.enums import CaseCategory, RiskLevel
    from centre_desk.ui.participants.file_window import ParticipantFileDialog

    translations.apply(language)
    file = ParticipantFileDialog(workspace)
    qtbot.addWidget(file)
    file.show()
    _fits_the_screen(qtbot, file)
    file.resize(file.minimumSizeHint())  # as small as the user may make it
    file.person_form.surname.setText("Сейтқали")
    file.person_form.given_name.setText("Дана")
    file.case_form.category.set_value(CaseCategory.AT_RISK)
    file.case_form.referral_source.setText("Акимат")
    file.case_form.risk_level.set_value(RiskLevel.MEDIUM)
    assert file.save(), file.message()
    assert file.stage.isVisibleTo(file)
    _fits_the_screen(qtbot, file)
    for button in (file.save_button, file.close_button):
        assert button.visibleRegion().boundingRect().size() == button.size()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_placement_window_fits_a_1366_by_768_screen(qtbot, workspace, db, admin,
                                                        translations, language):
    from centre_desk.domain.enums import PlacementKind
    from centre_desk.services import placements
    from centre_desk.ui.placements.dialog import PlacementDialog
    from tests.unit.services.test_placements import build_centre

    centre = build_centre(db, admin)
    translations.apply(language)
    dialog = PlacementDialog(workspace, workspace.run(
        placements.request_placement,
        placements.PlacementInput(kind=PlacementKind.HOUSING, person_id=centre.mother)))
    qtbot.addWidget(dialog)
    dialog.show()
    _fits_the_screen(qtbot, dialog)


def test_the_main_window_opens_as_large_as_it_was_closed_and_maximised_if_it_was(
        qtbot, installed, translations):
    from centre_desk.config import Settings

    def opened():
        window = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
        qtbot.addWidget(window)
        return window

    window = opened()
    assert window.size() == QSize(1100, 680)  # at first, within the screen
    window.resize(1250, 640)
    window.close()
    assert Settings.load(installed).window_size == [1250, 640]
    window = opened()
    assert window.size() == QSize(1250, 640) and not window.isMaximized()
    window.showMaximized()
    window.close()
    assert Settings.load(installed).window_maximised
    assert opened().isMaximized()
