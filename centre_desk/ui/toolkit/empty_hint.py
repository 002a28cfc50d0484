"""What an empty list says instead of a blank table: that the search or the filters found
nothing, and what to try (with a button that clears them), or that nothing is recorded
yet and how to add the first record. Shown over the table, gone once rows show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget)


translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def hint_text(searched: str, filtered: bool, anything: bool, empty_words: str | None,
              new_words: str | None) -> str:
    """The sentence for an empty list: ``searched`` is the search text, ``filtered``
    whether a filter is on, ``anything`` whether the list holds any row at all;
    ``empty_words`` the list's own sentence for "nothing yet", ``new_words`` the words
    of its "New…" button (to say how to add the first)."""
    searched = searched.strip()
    if not anything:
        if empty_words:
            return empty_words
        if new_words:
            button = new_words.replace("&&", "\0").replace("&", "").replace("\0", "&")
            return translate("EmptyHint", "Nothing is recorded here yet: add the first "
                                          "with \u201c%1\u201d.").replace("%1", button)
        return translate("EmptyHint", "Nothing is recorded here yet.")
    if searched and filtered:
        return translate("EmptyHint", "Nothing found for \u201c%1\u201d with the filters "
                                      "chosen. Try fewer letters, check the spelling or type "
                                      "it in another alphabet, or clear the filters."
                         ).replace("%1", searched)
    if searched:
        return translate("EmptyHint", "Nothing found for \u201c%1\u201d. Try fewer letters, "
                                      "check the spelling or type it in another alphabet "
                                      "(Cyrillic or Latin).").replace("%1", searched)
    return translate("EmptyHint", "Nothing matches the filters chosen. Try fewer filters, "
                                  "or clear them.")


def clear_text(searched: str, filtered: bool) -> str:
    """The words of the button that clears what narrowed the list."""
    if searched.strip() and filtered:
        return translate("EmptyHint", "Clear the search and filters")
    if searched.strip():
        return translate("EmptyHint", "Clear the search")
    return translate("EmptyHint", "Clear the filters")


class EmptyHint(QWidget):
    """Lies over an item view's empty viewport (sized with it): a sentence and, when
    the search or the filters narrowed the list, a button that clears them."""

    def __init__(self, view: QAbstractItemView, clear: Callable[[], object]) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self.label = QLabel(self)
        self.label.setObjectName("emptyHintLabel")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearSearchButton")
        self.clear_button.clicked.connect(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        self.setGeometry(view.viewport().rect())
        self.hide()

    def say(self, text: str, clear_words: str | None) -> None:
        """Show the sentence (and the clear button with these words, if any)."""
        self.label.setText(text)
        self.clear_button.setVisible(clear_words is not None)
        if clear_words is not None:
            self.clear_button.setText(clear_words)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def show_for(self, rows: int, searched: str, filtered: bool, anything: bool,
                 empty_words: str | None = None, new_words: str | None = None) -> None:
        """Hidden while the list shows ``rows``; else the sentence ``hint_text`` gives
        for what narrowed it, with the clear button when a search or filter did."""
        if rows:
            self.hide()
            return
        narrowed = bool(searched.strip()) or filtered
        self.say(hint_text(searched, filtered, anything, empty_words, new_words),
                 clear_text(searched, filtered) if narrowed else None)

    def text(self) -> str:
        """The sentence shown ('' when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override: stay the size of the view's viewport."""
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)


def _widgets(layout: QLayout) -> list[QWidget]:
    """Every widget in a layout and the layouts nested in it, in order."""
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _widgets(item.layout())
    return found


def reset_filters(rows: list[QLayout]) -> None:
    """Put the filters in these rows back to admitting everyone: each combo to its
    first entry ("All …"), each tick off."""
    for row in rows:
        for widget in _widgets(row):
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
