"""What every searching widget has: a search box, the pause after typing before it
searches, and the list of what it found."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

SEARCH_DELAY_MS = 250
"""Typing pauses this long before a list re-queries, so fast typists wait once."""


def search_edit(name: str, parent: QWidget, watcher: QObject | None = None) -> QLineEdit:
    """A search box named ``name`` with a button that clears it; ``watcher``, when
    given, filters its events (Down into the list, Escape to clear...)."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setClearButtonEnabled(True)
    if watcher is not None:
        edit.installEventFilter(watcher)
    return edit


def search_pause(parent: QObject, search: Callable[[], object],
                 delay_ms: int = SEARCH_DELAY_MS) -> QTimer:
    """A timer to start on every change of the search text: ``search`` runs once the
    typing has paused for ``delay_ms``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(search)
    return timer


def found_list(name: str, parent: QWidget, model: QAbstractItemModel) -> QListView:
    """A list named ``name`` of what a search found: read, never edited in place."""
    view = QListView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view
