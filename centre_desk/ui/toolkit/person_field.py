"""A person field that searches as you type: a name in any alphabet or an IIN's start,
among the persons its form's context admits (services.picking)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from centre_desk.services import picking
from centre_desk.services.persons import PersonView
from centre_desk.services.picking import PickContext
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.pick_filters import PickFilterBar
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.search import found_list, search_edit, search_pause

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def person_line(person: PersonView, facility: str | None = None) -> str:
    """A name with what tells namesakes apart: birth date, IIN and their facility."""
    extra = [labels.date_text(person.birth_date), person.iin or "", facility or ""]
    return " — ".join([person.full_name, *(part for part in extra if part)])


class PersonField(Retranslating, QWidget):
    """Type to search; Down moves into the matches, Enter or a click chooses one.

    The ``context`` (services.picking.PickContext) says who may be offered: a job
    placement's field never lists a child. Enter searches; a second Enter chooses the
    one match or the match the user moved to, never the first of several. After a
    choice the box shows the person's name and the matches hide; typing again forgets
    the choice and searches anew. "Filters" shows the picker's filters (category,
    facility, age band, role); with a filter set, the matches list whom it keeps even
    before anything is typed.
    """

    person_changed = Signal(object)
    """The chosen person's id, or None when the choice is forgotten."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 context: PickContext = picking.ANYONE) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._context = context
        self._chosen: PersonView | None = None
        self._edit = search_edit("personEdit", self, self)
        self._model = QStandardItemModel(self)
        self._matches = found_list("personMatches", self, self._model)
        self._matches.setMaximumHeight(6 * self._matches.fontMetrics().height() + 8)
        self._matches.activated.connect(self._choose_index)
        self._matches.clicked.connect(self._choose_index)
        self._matches.hide()
        self._hint = QLabel(self)
        self._hint.setObjectName("personFieldHint")
        self._hint.setWordWrap(True)
        self._hint.hide()
        self._filters_button = QToolButton(self)
        self._filters_button.setObjectName("personFiltersButton")
        self._filters_button.setCheckable(True)
        self.filters = PickFilterBar(workspace, self)
        self.filters.set_context(context)
        self.filters.hide()
        self._filters_button.toggled.connect(self.filters.setVisible)
        self.filters.changed.connect(self._filters_changed)
        self._debounce = search_pause(self, self.search_now, SEARCH_DELAY_MS)
        self._edit.textEdited.connect(self._typed)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._edit, 1)
        top.addWidget(self._filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self._matches)
        layout.addWidget(self._hint)
        self.setFocusProxy(self._edit)
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def line_edit(self) -> QLineEdit:
        return self._edit

    def matches(self) -> QStandardItemModel:
        return self._model

    def person_id(self) -> uuid.UUID | None:
        return self._chosen.id if self._chosen else None

    def person(self) -> PersonView | None:
        return self._chosen

    def set_context(self, context: PickContext) -> None:
        """Who may be offered from now on (a choice already made stays)."""
        self._context = context
        self.filters.set_context(context)

    def hint_text(self) -> str:
        return self._hint.text() if not self._hint.isHidden() else ""

    def set_person(self, person: PersonView | None) -> None:
        """Show a chosen person (or none) as if picked."""
        self._debounce.stop()
        self._chosen = person
        self._edit.setText(person.full_name if person else "")
        self._model.clear()
        self._matches.hide()
        self._show_hint("")
        self.person_changed.emit(self.person_id())

    def set_placeholder(self, text: str) -> None:
        self._edit.setPlaceholderText(text)
        self._edit.setAccessibleName(text)

    def search_now(self) -> None:
        """Search for what is typed without waiting for the pause."""
        self._debounce.stop()
        text = self._edit.text().strip()
        filters = self.filters.filters()
        found = self._workspace.run(picking.find_candidates, text, self._context, filters,
                                    RESULT_LIMIT) if text or filters != picking.PickFilters() \
            else []
        self._model.clear()
        for candidate in found:
            item = QStandardItem(person_line(candidate.person, candidate.facility))
            item.setData(candidate.person, PERSON_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        self._matches.setVisible(bool(found))
        # Only a single match is chosen for the user: Enter never takes whoever
        # happens to sort first among several.
        self._matches.setCurrentIndex(self._model.index(0, 0) if len(found) == 1
                                      else QModelIndex())
        self._show_hint(self.tr("Nobody found: check the spelling or type less.")
                        if (text or filters != picking.PickFilters()) and not found else "")

    def choose_row(self, row: int) -> None:
        """Choose the match shown at this row."""
        self._choose_index(self._model.index(row, 0))

    # --- reactions ---------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.person_changed.emit(None)
        self._debounce.start()

    def _enter(self) -> None:
        if self._debounce.isActive() or not self._matches.isVisible():
            self.search_now()
        elif self._matches.currentIndex().isValid():
            self._choose_index(self._matches.currentIndex())
        elif self._model.rowCount() > 1:
            self._show_hint(self.tr("Several people match: choose one with the arrow keys "
                                    "or the mouse, or type more."))

    def _show_hint(self, text: str) -> None:
        self._hint.setText(text)
        self._hint.setVisible(bool(text))

    def _filters_changed(self) -> None:
        if self._chosen is None:
            self.search_now()

    def retranslate_ui(self) -> None:
        """Set every text in the current language (a hint is worded anew by the next
        search)."""
        self._filters_button.setText(self.tr("Filters"))
        self._filters_button.setToolTip(self.tr("Narrow the matches by case category, "
                                                "facility, age and role"))
        self._show_hint("")

    def _choose_index(self, index) -> None:
        if index.isValid():
            self.set_person(index.data(PERSON_ROLE))
            self._edit.setFocus()

    # --- Qt overrides ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override: Up and Down in the box move through the matches; Enter searches or
        chooses, and reaches the dialog's default button only once someone is chosen."""
        if watched is not self._edit or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._chosen is None:
            self._enter()
            return True
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._matches.isVisible():
            row = self._matches.currentIndex().row()
            row += 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(row, 0), self._model.rowCount() - 1)
            self._matches.setCurrentIndex(self._model.index(row, 0))
            return True
        return super().eventFilter(watched, event)
