"""The keyboard everywhere: Ctrl+F to the search box, and mnemonics (Alt+letter) that
work whichever keyboard layout is on.

Why mnemonics need help. Qt matches a shortcut by the character the key typed, not by
the key: "&Имя" answers Alt+И, and on an English layout the same key types B, so
Alt+B finds nothing. The other way round Qt already helps: on a non-Latin layout it
also tries the Latin character of the key (Windows' key mapper and xkbcommon keep a
"Latin fallback" for Ctrl+C and the like), so "&Save" works on a Russian layout too.
A worker in Almaty switches between the Russian, Kazakh and English layouts all day
and should not have to think which one is on.

Choices considered: Latin mnemonics in the Russian and Kazakh texts, as CJK programs
do ("Сохранить (&S)"), would need Qt's fallback only, but every button and tab would
grow a " (S)" that Russian and Kazakh users do not expect, and the widest windows
would no longer fit 1366 px. Matching the native scan code needs a table per
platform (Windows scan codes, X11 key codes) and cannot be tested offscreen, where
key events carry none. So the mnemonics stay in the UI's own letters, and
:class:`KeyboardHelper`, an application-wide event filter, acts on a key press Qt's
shortcut map did not take (a press the map takes never reaches a filter): Alt with a
key whose "twin" on the same physical key of the standard layouts (Russian ЙЦУКЕН,
the Kazakh layout's letters on the number row, US QWERTY) is the mnemonic of a
visible widget of the active window does what that mnemonic does: presses the
button, focuses the label's buddy or the group, shows the tab, opens the menu. In an
open menu, a letter typed on the other layout chooses the item the same way.

The same filter gives every window Ctrl+F (QKeySequence.Find): focus and select the
search box nearest to the focus (the current tab's, in the main window), where a
window has one. :func:`mnemonics` lists a window's mnemonics for the test that no two
of them collide.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QMenu, QMenuBar, QTabBar,
    QWidget)

# The same physical keys on the US, Russian and Kazakh layouts, position by position.
_US = "QWERTYUIOP[]ASDFGHJKL;'ZXCVBNM,.`"
_RUSSIAN = "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_KAZAKH_DIGITS = "234589" + "0-="
_KAZAKH_LETTERS = "ӘІҢҒҮҰ" + "ҚӨҺ"


def _twins() -> dict[str, frozenset[str]]:
    pairs = list(zip(_US, _RUSSIAN, strict=True)) + \
        list(zip(_KAZAKH_DIGITS, _KAZAKH_LETTERS, strict=True))
    table: dict[str, set[str]] = {}
    for one, other in pairs:
        table.setdefault(one, set()).add(other)
        table.setdefault(other, set()).add(one)
    return {key: frozenset(value) for key, value in table.items()}


TWINS = _twins()
"""Upper-case character → the characters the same key types on the other layouts."""

SEARCH_BOX_NAMES = ("searchEdit",)
"""Object names of search boxes; any name ending in "SearchEdit" is one too."""


def twins(character: str) -> frozenset[str]:
    """What the key that typed ``character`` types on the other layouts."""
    return TWINS.get(character.upper(), frozenset())


@dataclasses.dataclass(frozen=True)
class Mnemonic:
    """One Alt+letter of a window: the letter, the widget that answers it, and, for a
    tab or a menu bar title, which one."""

    letter: str
    widget: QWidget
    text: str
    index: int = -1

    def activate(self) -> None:
        """Do what Qt does when this mnemonic is typed."""
        widget = self.widget
        if isinstance(widget, QTabBar):
            widget.setCurrentIndex(self.index)
        elif isinstance(widget, QMenuBar):
            widget.setActiveAction(widget.actions()[self.index])
        elif isinstance(widget, QLabel):
            buddy = widget.buddy()
            if buddy is not None and buddy.isEnabled():
                buddy.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if isinstance(buddy, QAbstractButton):
                    buddy.animateClick()
        elif isinstance(widget, QGroupBox):
            if widget.isCheckable():
                widget.setChecked(not widget.isChecked())
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                _focus_first_inside(widget)
        elif isinstance(widget, QAbstractButton):
            widget.animateClick()


def mnemonic_letter(text: str) -> str:
    """The letter after the single & of a text, upper-case ('' when it has none)."""
    sequence = QKeySequence.mnemonic(text)
    if sequence.isEmpty():
        return ""
    return chr(sequence[0].key().value).upper()


def mnemonics(window: QWidget) -> list[Mnemonic]:
    """Every mnemonic of the widgets now visible in ``window`` (not in windows of its
    own): buttons, labels, group boxes, tabs and the menu bar's titles."""
    found = []
    for widget in _visible_widgets(window):
        if isinstance(widget, QTabBar):
            texts = [(widget.tabText(i), i) for i in range(widget.count())
                     if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts = [(action.text(), i) for i, action in enumerate(widget.actions())
                     if action.isVisible()]
        elif isinstance(widget, QAbstractButton | QLabel):
            texts = [(widget.text(), -1)]
        elif isinstance(widget, QGroupBox):
            texts = [(widget.title(), -1)]
        else:
            continue
        for text, index in texts:
            letter = mnemonic_letter(text)
            if letter:
                found.append(Mnemonic(letter, widget, text, index))
    return found


def menu_mnemonics(menu: QMenu) -> list[tuple[str, str]]:
    """(letter, text) of the visible items of a menu that have a mnemonic."""
    return [(mnemonic_letter(action.text()), action.text()) for action in menu.actions()
            if action.isVisible() and mnemonic_letter(action.text())]


def search_box(window: QWidget) -> QLineEdit | None:
    """The search box Ctrl+F goes to: the one nearest the focus (in the same tab or
    list), else the window's first visible one; None when it has none."""
    boxes = [widget for widget in _visible_widgets(window)
             if isinstance(widget, QLineEdit) and _is_search_box(widget)]
    if not boxes:
        return None
    place = window.focusWidget()
    while place is not None and place is not window:
        inside = [box for box in boxes if place.isAncestorOf(box) or box is place]
        if inside:
            return inside[0]
        place = place.parentWidget()
    return boxes[0]


def go_to_search(window: QWidget) -> bool:
    """Ctrl+F: focus the window's search box (:func:`search_box`) with its text
    selected, so typing replaces it; False when the window has none."""
    box = search_box(window)
    if box is None:
        return False
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    box.selectAll()
    return True


class KeyboardHelper(QObject):
    """Application-wide: Ctrl+F and mnemonics on any layout (see the module's
    docstring). Install it once with :func:`install`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        """Override: act on key presses no shortcut took."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if isinstance(watched, QMenu):
            return _menu_twin(watched, event)
        window = watched.window()
        if event.matches(QKeySequence.StandardKey.Find):
            return go_to_search(window)
        return _twin_mnemonic(window, event)


def install(app: QApplication | None = None) -> KeyboardHelper:
    """Install the :class:`KeyboardHelper` on the application (once; later calls
    return the one installed)."""
    app = app or QApplication.instance()
    helper = app.findChild(KeyboardHelper, "keyboardHelper")
    if helper is None:
        helper = KeyboardHelper(app)
        helper.setObjectName("keyboardHelper")
        app.installEventFilter(helper)
    return helper


# --- helpers --------------------------------------------------------------------------

def _is_search_box(edit: QLineEdit) -> bool:
    name = edit.objectName()
    return name in SEARCH_BOX_NAMES or name.endswith("SearchEdit")


def _visible_widgets(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.window() is window and widget.isVisibleTo(window):
            yield widget


def _focus_first_inside(group: QWidget) -> None:
    widget = group.nextInFocusChain()
    while widget is not group:
        if group.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()


def _pressed_character(event: QKeyEvent) -> str:
    """The character of the key (Qt gives a printable key as its upper-case code)."""
    key = event.key()
    return chr(key).upper() if 0x20 < key < 0x110000 else event.text().upper()


def _twin_mnemonic(window: QWidget, event: QKeyEvent) -> bool:
    """Alt+key that no mnemonic took: the mnemonic of its twin key, if one is shown."""
    alt_only = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if alt_only != Qt.KeyboardModifier.AltModifier:
        return False
    letters = twins(_pressed_character(event))
    if not letters:
        return False
    targets = [m for m in mnemonics(window) if m.letter in letters and m.widget.isEnabled()]
    if not targets:
        return False
    targets[0].activate()
    return True


def _menu_twin(menu: QMenu, event: QKeyEvent) -> bool:
    """A letter typed in an open menu on the other layout: the item with its twin."""
    allowed = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier | \
        Qt.KeyboardModifier.KeypadModifier
    if event.modifiers() & ~allowed:
        return False
    typed = event.text().upper()
    if not typed:
        return False
    letters = {letter for letter, _text in menu_mnemonics(menu)}
    if typed in letters:
        return False
    for twin in twins(typed):
        if twin in letters:
            QApplication.sendEvent(menu, QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                twin.lower()))
            return True
    return False
