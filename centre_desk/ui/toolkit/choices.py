"""Choice boxes whose values stay Python objects (enum members, ids), with choices that
can be read lazily, when the user first reaches for the box."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QWidget

from centre_desk.ui.toolkit import labels


class ValueCombo(QComboBox):
    """A choice whose values stay Python objects (enum members, ids): Qt would turn a
    string enum into plain text and compare ids by identity. An optional first entry
    stands for "none" or "all" and has the value None."""

    def __init__(self, parent: QWidget | None = None, blank: bool = False) -> None:
        super().__init__(parent)
        self._blank = blank
        self._values: list[Any] = []
        self._load: Callable[[], Iterable[tuple[str, Any]]] | None = None
        self._stale = False
        self.set_choices([])

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Offer these (text, value) pairs, keeping the current value if still offered."""
        chosen = self.value() if self._values else None
        blocked = self.blockSignals(True)
        blank_text = self.itemText(0) if self._blank and self.count() else ""
        self.clear()
        self._values = []
        if self._blank:
            self._values.append(None)
            self.addItem(blank_text)
        for text, value in choices:
            self._values.append(value)
            self.addItem(text)
        self.blockSignals(blocked)
        self.set_value(chosen)
        if self.currentIndex() < 0 and self.count():
            self.setCurrentIndex(0)

    def load_lazily(self, load: Callable[[], Iterable[tuple[str, Any]]]) -> None:
        """Read the choices with ``load`` when the user first reaches for the box (opens
        it or moves into it), or when :meth:`set_value` asks for one, not when the
        window opens: reading a filter's regions can cost as much as the list itself."""
        self._load = load
        self._stale = True

    def forget_choices(self) -> None:
        """The choices may have changed: read them again when next needed."""
        self._stale = self._load is not None

    def ensure_loaded(self) -> None:
        """Read the choices now if they were never read or may have changed."""
        if self._stale:
            self._stale = False
            self.set_choices(self._load())

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        """Override: lazily read choices may be named in the language they were read in
        (a region's name): once read, they are read again in the new language."""
        if event.type() == QEvent.Type.LanguageChange and self._load is not None \
                and not self._stale:
            self._stale = True
            self.ensure_loaded()
        super().changeEvent(event)

    def showPopup(self) -> None:
        """Override: lazily read choices are read as the list opens."""
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override: arrow keys may choose without opening the list."""
        self.ensure_loaded()
        super().focusInEvent(event)

    def values(self) -> list[Any]:
        return list(self._values)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        """Choose the entry with this value (the first entry when it is not offered)."""
        if value is not None:
            self.ensure_loaded()
        index = self._values.index(value) if value in self._values else 0
        if index < self.count():
            self.setCurrentIndex(index)

    def set_blank_text(self, text: str) -> None:
        """The words of the "none"/"all" entry, in the current language."""
        if self._blank and self.count():
            self.setItemText(0, text)


class CodeCombo(ValueCombo):
    """A choice among enum members shown in words: the one code choice of every form,
    filter and dialog. Without a blank entry, None means nothing chosen yet."""

    def __init__(self, codes: Iterable[enum.Enum], parent: QWidget | None = None,
                 blank: bool = False) -> None:
        super().__init__(parent, blank)
        self._codes = list(codes)
        self.set_choices((labels.label(code), code) for code in self._codes)

    def set_value(self, value: enum.Enum | None) -> None:
        """Override: None where no blank entry stands for it leaves nothing chosen, so a
        required choice (a case's category) is not made for the user."""
        if value is None and not self._blank:
            self.setCurrentIndex(-1)
        else:
            super().set_value(value)

    def retranslate(self) -> None:
        """Words for the codes in the current language."""
        offset = 1 if self._blank else 0
        for row, code in enumerate(self._codes):
            self.setItemText(row + offset, labels.label(code))
