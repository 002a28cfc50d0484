"""The main window on the smallest screen the centres have, 1366 × 768, in each
language: every tab fits, with none of its widgets cut off."""

from __future__ import annotations

import pytest

from centre_desk.ui.shell.app import sign_in_and_open
from tests.conftest import ADMIN_PASSWORD
from tests.gui.screens import SCREEN, assert_fits

# Found by this test: the participants tab's filter row (five combo boxes and the
# overdue box in one line) makes the window 1,455 px wide in Russian, 1,398 in Kazakh.
TOO_WIDE = pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "the participants tab's filter row is wider than 1366 px in this language"))


@pytest.mark.parametrize("language", ["en", pytest.param("ru", marks=TOO_WIDE),
                                      pytest.param("kk", marks=TOO_WIDE)])
def test_every_tab_of_the_main_window_fits_a_1366_by_768_screen(qtbot, installed,
                                                                  translations, language):
    translations.apply(language)
    window = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
    qtbot.addWidget(window)
    window.resize(SCREEN.size())
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert_fits(window)
