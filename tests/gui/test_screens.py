"""The screenshot tests' checks (tests/gui/screens.py) catch what they are for."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tests.gui.screens import assert_fits, assert_shows


def _window(qtbot, width=400, height=300) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(width, height)
    return window


def test_a_text_counts_as_shown_only_where_the_user_can_see_it(qtbot):
    window = _window(qtbot)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("&Save anyway"))
    hidden = QLabel("Hidden")
    layout.addWidget(hidden)
    hidden.hide()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    content = QWidget()
    content.setMinimumHeight(2000)
    QLabel("At the top", content).move(0, 0)
    QLabel("Far below", content).move(0, 1900)
    scroll.setWidget(content)
    layout.addWidget(scroll)
    window.show()
    qtbot.waitExposed(window)
    assert_shows(window, "Save anyway", "At the top")  # the mnemonic & is not read
    for unseen in ("Hidden", "Far below"):
        with pytest.raises(AssertionError, match="not on the screen"):
            assert_shows(window, unseen)


def test_a_window_larger_than_the_screen_does_not_fit(qtbot):
    window = _window(qtbot, 1400, 700)
    window.show()
    with pytest.raises(AssertionError, match="larger than a 1366 × 768 screen"):
        assert_fits(window)


def test_a_widget_sticking_out_of_its_parent_does_not_fit(qtbot):
    window = _window(qtbot)
    button = QPushButton("Cut off", window)
    button.setGeometry(350, 10, 120, 30)
    window.show()
    with pytest.raises(AssertionError, match="sticks out of its parent"):
        assert_fits(window)


def test_a_wrapped_label_too_short_for_its_lines_does_not_fit(qtbot):
    window = _window(qtbot)
    label = QLabel("A sentence long enough to need several lines at this width. " * 3, window)
    label.setWordWrap(True)
    label.setGeometry(10, 10, 150, 20)
    window.show()
    with pytest.raises(AssertionError, match="px of lines"):
        assert_fits(window)
