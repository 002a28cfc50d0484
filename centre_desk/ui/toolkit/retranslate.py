"""The one place a widget learns that the application language changed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixed in before the Qt class (``class X(Retranslating, QDialog)``), so its
    ``changeEvent`` runs first: on a language change it calls the widget's
    ``retranslate_ui()`` (which sets every text in the current language), then Qt's
    own handling follows."""

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        """Override: re-translate when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def set_texts(pairs: Iterable[tuple[Any, str]]) -> None:
    """Give each widget (a label, button, check box or action) its words: a
    ``retranslate_ui`` as a table of (widget, translated text) pairs."""
    for widget, text in pairs:
        widget.setText(text)
