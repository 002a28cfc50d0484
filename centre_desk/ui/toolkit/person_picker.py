"""Pick an existing person by typing: a name in any alphabet or the start of an IIN."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal)
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget)

from centre_desk.services import persons
from centre_desk.services.persons import PersonView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.paged_model import read_only_row_flags
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.buttons import ok_cancel
from centre_desk.ui.toolkit.search import found_list, search_edit, search_pause

"""Typing pauses this long before the picker searches (Enter searches at once)."""
RESULT_LIMIT = 30
"""Enough to find someone by a surname prefix; typing more narrows it."""

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
"""The whole frozen PersonView of a row."""


def person_line(person: PersonView) -> str:
    """One line naming a person so two namesakes can be told apart."""
    parts = [person.full_name, labels.date_text(person.birth_date), person.iin or ""]
    return " — ".join(part for part in parts if part)


class PersonListModel(QAbstractListModel):
    """A short list of persons (search results, attendees, suggestions)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._persons: list[PersonView] = []

    def set_persons(self, found: Iterable[PersonView]) -> None:
        """Replace the whole list."""
        self.beginResetModel()
        self._persons = list(found)
        self.endResetModel()

    def append(self, person: PersonView) -> bool:
        """Add a person at the end unless already listed; True if added."""
        if any(p.id == person.id for p in self._persons):
            return False
        row = len(self._persons)
        self.beginInsertRows(QModelIndex(), row, row)
        self._persons.append(person)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        """Take one row out."""
        if not 0 <= row < len(self._persons):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._persons[row]
        self.endRemoveRows()

    def persons(self) -> list[PersonView]:
        return list(self._persons)

    def person_at(self, row: int) -> PersonView:
        return self._persons[row]

    # --- QAbstractListModel overrides ---------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
                 ) -> int:
        """Override."""
        return 0 if parent.isValid() else len(self._persons)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        """Override: one line per person; the PersonView under PERSON_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._persons):
            return None
        person = self._persons[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return person_line(person)
        if role == PERSON_ROLE:
            return person
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override: selectable, never edited in place."""
        return read_only_row_flags(index)


class PersonPicker(Retranslating, QWidget):
    """A search box over a list of matching persons; Enter or a double-click picks one.

    ``excluded`` ids never appear (the person whose file is open, attendees already
    listed). ``suggestions`` are shown while the box is empty (likely duplicates).
    """

    picked = Signal(object)
    """A PersonView the user chose with Enter or a double-click."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._excluded: set[uuid.UUID] = set()
        self._suggestions: list[PersonView] = []
        self._search = search_edit("personSearchEdit", self, self)
        self._model = PersonListModel(self)
        self._list = found_list("personResults", self, self._model)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.doubleClicked.connect(self._pick)
        self._list.installEventFilter(self)
        self._hint = QLabel(self)
        self._hint.setObjectName("personPickerHint")
        self._hint.setWordWrap(True)
        self._debounce = search_pause(self, self.search_now)
        self._search.textChanged.connect(self._debounce.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._search)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._hint)
        self.setFocusProxy(self._search)
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def search_edit(self) -> QLineEdit:
        return self._search

    def results(self) -> PersonListModel:
        return self._model

    def set_excluded(self, ids: Iterable[uuid.UUID]) -> None:
        """Persons never offered."""
        self._excluded = set(ids)
        self._model.set_persons(p for p in self._model.persons() if p.id not in self._excluded)

    def set_suggestions(self, suggested: Iterable[PersonView]) -> None:
        """Persons listed while nothing is typed."""
        self._suggestions = [p for p in suggested if p.id not in self._excluded]
        if not self._search.text().strip():
            self.search_now()

    def search_now(self) -> None:
        """Search for what is typed without waiting for the pause."""
        self._debounce.stop()
        text = self._search.text().strip()
        if not text:
            self._model.set_persons(self._suggestions)
        else:
            found = self._workspace.run(persons.find_persons, text, RESULT_LIMIT)
            self._model.set_persons(p for p in found if p.id not in self._excluded)
        if self._model.rowCount() > 0:
            self._list.setCurrentIndex(self._model.index(0))
        self._show_hint()

    def current_person(self) -> PersonView | None:
        """The highlighted person, if any."""
        index = self._list.currentIndex()
        return index.data(PERSON_ROLE) if index.isValid() else None

    def clear(self) -> None:
        """Empty the box, ready for the next name."""
        self._search.clear()
        self.search_now()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        text = self.tr("Surname and name in any alphabet, or the start of an IIN")
        self._search.setPlaceholderText(text)
        self._search.setAccessibleName(self.tr("Find a person"))
        self._list.setAccessibleName(self.tr("Persons found"))
        self._show_hint()

    # --- reactions ---------------------------------------------------------------------

    def _show_hint(self) -> None:
        if self._search.text().strip() and self._model.rowCount() == 0:
            self._hint.setText(self.tr("Nobody found: check the spelling or type less."))
        else:
            self._hint.setText("")
        self._hint.setVisible(bool(self._hint.text()))

    def _enter_in_search(self) -> None:
        # Enter right after typing searches first, then picks the top match.
        if self._debounce.isActive() or self._model.rowCount() == 0:
            self.search_now()
        self._pick(self._list.currentIndex())

    def _pick(self, index: QModelIndex) -> None:
        if index.isValid():
            self.picked.emit(index.data(PERSON_ROLE))

    # --- Qt overrides ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override: Up and Down in the search box move through the results; Enter in
        the box or the list picks, and goes no further: in a dialog it must not also
        press the dialog's default button."""
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                watched in (self._search, self._list):
            if watched is self._search:
                self._enter_in_search()
            else:
                self._pick(self._list.currentIndex())
            return True
        if watched is self._search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and \
                self._model.rowCount():
            row = self._list.currentIndex().row()
            step = 1 if key == Qt.Key.Key_Down else -1
            row = min(max(row + step, 0), self._model.rowCount() - 1)
            self._list.setCurrentIndex(self._model.index(row))
            return True
        return super().eventFilter(watched, event)


class PersonPickerDialog(Retranslating, QDialog):
    """Asks for one existing person; after ``accepted`` ``person()`` is the choice."""

    def __init__(self, workspace: Workspace, title: str, prompt: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPickerDialog")
        self.setWindowTitle(title)
        self._chosen: PersonView | None = None
        self._prompt = QLabel(prompt, self)
        self._prompt.setWordWrap(True)
        self.picker = PersonPicker(workspace, self)
        self._prompt.setBuddy(self.picker.search_edit())
        self.picker.picked.connect(self._choose)
        self._buttons, self._ok, self._cancel = ok_cancel(self, "pickButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self._buttons)
        self.resize(520, 420)
        self.retranslate_ui()
        self.picker.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._ok.setText(self.tr("&Choose"))
        self._cancel.setText(self.tr("Cancel"))

    def person(self) -> PersonView | None:
        """The person chosen (after the dialog was accepted)."""
        return self._chosen

    def _choose(self, person: PersonView) -> None:
        self._chosen = person
        super().accept()

    def accept(self) -> None:  # QDialog.accept
        """Choose the highlighted person; without one, stay open."""
        person = self.picker.current_person()
        if person is None:
            self.picker.setFocus()
            return
        self._choose(person)
