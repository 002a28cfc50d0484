"""Pick an existing person by typing: a name in any alphabet or the start of an IIN,
narrowed by the window's context (who may take part, whose facility comes first) and by
the user's filters (category, facility, age band, role)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal)
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget)

from centre_desk.domain.ages import age_on
from centre_desk.services import picking
from centre_desk.services.persons import PersonView
from centre_desk.services.picking import Candidate, PickContext
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.paged_model import read_only_row_flags
from centre_desk.ui.toolkit.pick_filters import PickFilterBar
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.buttons import ok_cancel
from centre_desk.ui.toolkit.search import found_list, search_edit, search_pause

"""Typing pauses this long before the picker searches (Enter searches at once)."""
RESULT_LIMIT = 30
"""Enough to find someone by a surname prefix; typing more narrows it."""

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
"""The whole frozen PersonView of a row."""


def person_line(person: PersonView, facility: str | None = None) -> str:
    """One line naming a person so two namesakes can be told apart (and, in a
    facility's session, where their case is)."""
    parts = [person.full_name, labels.date_text(person.birth_date), person.iin or "",
             facility or ""]
    return " — ".join(part for part in parts if part)


class PersonListModel(QAbstractListModel):
    """A short list of persons (search results, attendees, suggestions)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._persons: list[PersonView] = []
        self._facilities: dict[uuid.UUID, str] = {}

    def set_persons(self, found: Iterable[PersonView]) -> None:
        """Replace the whole list."""
        self.beginResetModel()
        self._persons = list(found)
        self.endResetModel()

    def set_candidates(self, found: Iterable[Candidate]) -> None:
        """Replace the whole list with what a picker found, each with their facility."""
        found = list(found)
        self._facilities = {c.person.id: c.facility for c in found if c.facility}
        self.set_persons(c.person for c in found)

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
            return person_line(person, self._facilities.get(person.id))
        if role == PERSON_ROLE:
            return person
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override: selectable, never edited in place."""
        return read_only_row_flags(index)


class PersonPicker(Retranslating, QWidget):
    """A search box and filters over a list of matching persons; Enter or a
    double-click picks one.

    The ``context`` (services.picking.PickContext) says who may be offered at all (an
    adults' session never offers a child) and whose facility comes first; with nothing
    typed the list shows that facility's participants, or whom the filters narrow to.
    ``excluded`` ids never appear (the person whose file is open, attendees already
    listed). ``suggestions`` are shown while the box is empty (likely duplicates).
    Enter picks the one person found or the row the user moved to; with several found
    and none chosen it picks nobody and says so.
    """

    picked = Signal(object)
    """A PersonView the user chose with Enter or a double-click."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 context: PickContext = picking.ANYONE) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._context = context
        self._excluded: set[uuid.UUID] = set()
        self._suggestions: list[PersonView] = []
        self._search = search_edit("personSearchEdit", self, self)
        self.filters = PickFilterBar(workspace, self)
        self.filters.set_context(context)
        self.filters.changed.connect(self.search_now)
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
        layout.addWidget(self.filters)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._hint)
        self.setFocusProxy(self._search)
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def search_edit(self) -> QLineEdit:
        return self._search

    def results(self) -> PersonListModel:
        return self._model

    def context(self) -> PickContext:
        return self._context

    def set_context(self, context: PickContext) -> None:
        """Who may be offered from now on, and whose facility comes first."""
        if context == self._context:
            return
        self._context = context
        self.filters.set_context(context)
        self.search_now()

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
        filters = self.filters.filters()
        if not text and filters == picking.PickFilters() and not self._context.facility:
            day = self._context.day()
            self._model.set_persons(p for p in self._suggestions
                                    if self._context.admits_age(age_on(p.birth_date, day)))
        else:
            found = self._workspace.run(picking.find_candidates, text, self._context,
                                        filters, RESULT_LIMIT + len(self._excluded))
            self._model.set_candidates(
                [c for c in found if c.person.id not in self._excluded][:RESULT_LIMIT])
        # Only a single match is chosen for the user: among several, Enter must not
        # take whoever happens to sort first.
        if self._model.rowCount() == 1:
            self._list.setCurrentIndex(self._model.index(0))
        else:
            self._list.setCurrentIndex(QModelIndex())
        self._show_hint()

    def current_person(self) -> PersonView | None:
        """The person the user chose (moved to), or the only one found."""
        index = self._list.currentIndex()
        return index.data(PERSON_ROLE) if index.isValid() else None

    def ask_to_choose(self) -> None:
        """Nobody is chosen yet: say so when several people match."""
        self._show_hint(choose=self._model.rowCount() > 1)

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

    def _show_hint(self, choose: bool = False) -> None:
        filtered = self.filters.filters() != picking.PickFilters()
        if filtered and self._model.rowCount() == 0:
            self._hint.setText(self.tr("Nobody found: check the spelling, type less or "
                                       "widen the filters."))
        elif self._search.text().strip() and self._model.rowCount() == 0:
            self._hint.setText(self.tr("Nobody found: check the spelling or type less."))
        elif choose:
            self._hint.setText(self.tr("Several people match: choose one with the arrow "
                                       "keys or the mouse, or type more."))
        else:
            self._hint.setText("")
        self._hint.setVisible(bool(self._hint.text()))

    def _enter_in_search(self) -> None:
        # Enter right after typing searches first; it picks only an unambiguous row.
        if self._debounce.isActive() or self._model.rowCount() == 0:
            self.search_now()
        self._pick(self._list.currentIndex())

    def _pick(self, index: QModelIndex) -> None:
        if index.isValid():
            self.picked.emit(index.data(PERSON_ROLE))
        elif self._model.rowCount() > 1:
            self._show_hint(choose=True)

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
                 parent: QWidget | None = None,
                 context: PickContext = picking.ANYONE) -> None:
        super().__init__(parent)
        self.setObjectName("personPickerDialog")
        self.setWindowTitle(title)
        self._chosen: PersonView | None = None
        self._prompt = QLabel(prompt, self)
        self._prompt.setWordWrap(True)
        self.picker = PersonPicker(workspace, self, context)
        self._prompt.setBuddy(self.picker.search_edit())
        self.picker.picked.connect(self._choose)
        self._buttons, self._ok, self._cancel = ok_cancel(self, "pickButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self._buttons)
        self.resize(560, 460)
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
        """Choose the person chosen in the list; without one, stay open and say why."""
        person = self.picker.current_person()
        if person is None:
            self.picker.ask_to_choose()
            self.picker.setFocus()
            return
        self._choose(person)
