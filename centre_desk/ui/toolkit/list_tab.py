"""What every list tab shares: a search box, the paged table, a status line, and what
an empty list says instead of a blank table (``toolkit.empty_hint``)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLayout, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget)

from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.empty_hint import EmptyHint, reset_filters
from centre_desk.ui.toolkit.headings import section_title
from centre_desk.ui.toolkit.operations import follow_changes
from centre_desk.ui.toolkit.paged_model import ID_ROLE, ListSpec, PagedTableModel
from centre_desk.ui.toolkit.retranslate import Retranslating, set_texts
from centre_desk.ui.toolkit.rows_model import list_table
from centre_desk.ui.toolkit.search import search_edit, search_pause


@dataclasses.dataclass(frozen=True)
class ListWords:
    """A list tab's own words, translated (what :meth:`ListTab.list_words` gives)."""

    search: str
    """Grey hint in the empty search box, saying what can be typed."""
    title: str
    """What the list holds: for screen readers, the title and the exported file."""
    new: str | None = None
    """The "New…" button's words (see :meth:`ListTab.add_new_button`)."""
    new_action: str | None = None
    """The "New…" action's words, where it shows in a menu."""
    texts: Sequence[tuple[QWidget, str]] = ()
    """Every other widget of the tab with its words (labels, buttons, check boxes)."""
    empty: str | None = None
    """What the list says while nothing is recorded at all ("No participants yet…");
    by default that nothing is recorded yet, and how to add the first with "New…"."""


class ListTab(Retranslating, QWidget):
    """A searchable, sortable, lazily paged list of one kind of record.

    Subclasses give the list (a :class:`ListSpec`), their object name, and their
    words through :meth:`list_words`, and call :meth:`retranslate_ui` at the end of
    their constructor (this one words only its own widgets: the subclass's do not
    exist yet); one that words more than labels and buttons overrides
    ``retranslate_ui`` too. The strings here use
    ``QCoreApplication.translate("ListTab", ...)`` rather than ``self.tr``, which
    would look them up under the subclass's name.

    Subclasses name in :attr:`shows` the kinds of data their rows show (see
    ``toolkit.operations``): a stored change naming one of them queries the list again,
    at once when it is on screen, else when it is next shown.
    """

    row_activated = Signal(uuid.UUID)
    """Enter or a double-click on a row; carries the row's id."""

    shows: frozenset[str] = frozenset()
    """The kinds of data the rows show (``toolkit.operations.PERSONS`` ...)."""

    def __init__(self, workspace: Workspace, spec: ListSpec, parent: QWidget | None = None,
                 page_size: int | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        options = {} if page_size is None else {"page_size": page_size}
        self._model = PagedTableModel(workspace, spec, parent=self, lazy=True, **options)
        self._stale = False
        if self.shows:
            follow_changes(self, workspace, self.shows, self.refresh_for)

        self._search_label = QLabel(self)
        self._search = search_edit("searchEdit", self, self)
        self._search_label.setBuddy(self._search)

        # Not stretched: a stretched last column would push its numbers to the far edge.
        self._view = list_table("listView", self, stretch_last=False)
        self._configure_view()
        self.empty_hint = EmptyHint(self._view, self.clear_search_and_filters)
        self.filter_rows: list[QLayout] = []
        """The filter rows whose combos and ticks :meth:`clear_search_and_filters`
        resets (``add_filter_row`` adds each; a tab laying out its own adds it here)."""
        self._words: ListWords | None = None

        self._status = QLabel(self)
        self._status.setObjectName("statusLabel")
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportListAction")
        self.export_action.triggered.connect(lambda: self.export_xlsx())
        self.addAction(self.export_action)
        self.export_button = action_button("exportListButton", self, self.export_action.trigger)
        self.export_job = None

        self._debounce = search_pause(self, self._apply_search)
        self._search.textChanged.connect(self._debounce.start)
        self._search.returnPressed.connect(self._apply_search)
        self._model.counts_changed.connect(self._show_counts)
        self._model.counts_changed.connect(self._show_hint)
        self._view.activated.connect(self._activate)

        self.toolbar = QHBoxLayout()
        """The search row; a subclass adds its buttons after the search box."""
        self.toolbar.addWidget(self._search_label)
        self.toolbar.addWidget(self._search, 1)
        self.new_button: QPushButton | None = None
        self.new_action: QAction | None = None
        self.heading: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self._view, 1)
        self.status_row = QHBoxLayout()
        """The last row: the counts, then "Export to XLSX…" and any buttons added."""
        self.status_row.addWidget(self._status, 1)
        self.status_row.addWidget(self.export_button)
        layout.addLayout(self.status_row)
        self.setFocusProxy(self._search)
        self._retranslate_own()

    def _configure_view(self) -> None:
        view, model = self._view, self._model
        self._columns_fitted = False
        view.setModel(model)
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        for section, column in enumerate(model.spec.columns):
            wanted = column.width * metrics.averageCharWidth()
            title = metrics.horizontalAdvance(column.header()) + 2 * metrics.height()
            header.resizeSection(section, max(wanted, title) + 12)
        header.setSortIndicator(model.sort_column(), model.sort_order())
        view.setSortingEnabled(True)
        model.modelReset.connect(self._fit_columns_once)
        self._fit_columns_once()
        header.sortIndicatorChanged.connect(self._keep_sort_indicator_honest)

    def _fit_columns_once(self) -> None:
        """Widen columns to what the first page shows (up to a cap), once, so long
        Kazakh words and names are not cut off while the window has room to spare."""
        if self._columns_fitted or self._model.rowCount() == 0:
            return
        self._columns_fitted = True
        header, metrics = self._view.horizontalHeader(), self._view.fontMetrics()
        cap = 40 * metrics.averageCharWidth()
        model = self._model
        # From the model's rows, not the view (an unshown view measures only a few rows)
        # nor model.index (each Qt index calls back rowCount and columnCount), and each
        # distinct text once: a third of the time.
        rows = [model.row_at(row) for row in range(model.rowCount())]
        for section, column in enumerate(model.spec.columns):
            texts = {column.value(row) or "" for row in rows}
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            wanted = max(widest + 3 * metrics.averageCharWidth(),
                         header.sectionSizeHint(section))
            header.resizeSection(section, min(max(wanted, header.sectionSize(section)), cap))

    # --- own API -----------------------------------------------------------------------

    def model(self) -> PagedTableModel:
        return self._model

    def view(self) -> QTableView:
        return self._view

    def reload(self) -> None:
        """Query the list again, keeping the search text and the order."""
        self._stale = False
        self._model.reload()

    def refresh_for(self, changed: frozenset[str]) -> None:
        """A stored change named a kind the list shows: query again now if the list is
        on screen, else when it is next shown (a hidden tab costs nothing)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def add_new_button(self, name: str, start: Callable[[], object], enabled: bool,
                       action_name: str | None = None, shortcut: bool = True) -> QPushButton:
        """A "New…" button (:attr:`new_button`) at the end of the search row that calls
        ``start``; with ``shortcut``, Ctrl+N does the same while the tab has focus
        (:attr:`new_action`). Their words are set with :meth:`set_new_texts`."""
        self.new_button = QPushButton(self)
        self.new_button.setObjectName(name)
        self.new_button.setEnabled(enabled)
        self.new_button.clicked.connect(start)
        self.toolbar.addWidget(self.new_button)
        if shortcut:
            self.new_action = QAction(self)
            if action_name:
                self.new_action.setObjectName(action_name)
            self.new_action.setShortcut(QKeySequence.StandardKey.New)
            self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.new_action.setEnabled(enabled)
            self.new_action.triggered.connect(start)
            self.addAction(self.new_action)
        return self.new_button

    def add_title(self) -> QLabel:
        """A bold title over the list saying what it holds (:meth:`list_title`), for a
        list that stands beside another (:attr:`heading`)."""
        self.heading = section_title(self)
        self.layout().insertWidget(0, self.heading)
        return self.heading

    def add_filter_row(self, row: QLayout) -> None:
        """Put a row of filters right under the search row (its combos and ticks are
        what :meth:`clear_search_and_filters` resets)."""
        self.filter_rows.append(row)
        layout = self.layout()
        layout.insertLayout(layout.indexOf(self.toolbar) + 1, row)

    def add_filters(self, combos: Sequence[QComboBox], changed: Callable[..., object],
                    checks: Sequence[QCheckBox] = (), per_row: int | None = None
                    ) -> list[QLabel]:
        """A filter row (:meth:`add_filter_row`): each combo after a label that is its
        buddy, then the ``checks``, then space; a change to any of them calls
        ``changed``. With ``per_row``, the combos wrap into rows of that many (the
        checks end the last row), so a long row in Russian or Kazakh does not make the
        window wider than a 1366 px screen. Returns the labels, for
        :meth:`list_words` to word."""
        rows = QVBoxLayout()
        size = per_row or max(len(combos), 1)
        labels = []
        for start in range(0, max(len(combos), 1), size):
            row = QHBoxLayout()
            for combo in combos[start:start + size]:
                label = QLabel(self)
                label.setBuddy(combo)
                labels.append(label)
                row.addWidget(label)
                row.addWidget(combo)
                combo.currentIndexChanged.connect(changed)
            rows.addLayout(row)
        for check in checks:
            row.addWidget(check)
            check.toggled.connect(changed)
        for index in range(rows.count()):
            rows.itemAt(index).layout().addStretch(1)
        self.add_filter_row(rows)
        return labels

    def set_new_texts(self, button: str, action: str | None = None) -> None:
        """The "New…" button's words, with its shortcut as the tip (and the action's
        words, where it shows in a menu)."""
        self.new_button.setText(button)
        if self.new_action is not None:
            self.new_button.setToolTip(self.new_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText))
            if action is not None:
                self.new_action.setText(action)

    def current_id(self) -> uuid.UUID | None:
        """The id of the selected row, if any."""
        index = self._view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def list_words(self) -> ListWords:
        """The tab's own words in the current language (its ``self.tr`` strings)."""
        raise NotImplementedError

    def search_placeholder(self) -> str:
        """Grey hint in the empty search box, saying what can be typed."""
        return self.list_words().search

    def list_title(self) -> str:
        """What the list holds, for screen readers."""
        return self.list_words().title

    def retranslate_ui(self) -> None:
        """Set every text again in the current language: the list's, then the tab's
        (:meth:`list_words`)."""
        self._retranslate_own()
        words = self.list_words()
        self._search.setPlaceholderText(words.search)
        self._search.setAccessibleName(words.search)
        self._view.setAccessibleName(words.title)
        if self.heading is not None:
            self.heading.setText(words.title)
        if self.new_button is not None and words.new is not None:
            self.set_new_texts(words.new, words.new_action)
        set_texts(words.texts)
        self._words = words
        self._show_hint()

    def _retranslate_own(self) -> None:
        """This class's words: the search label, the export, the counts."""
        self._search_label.setText(QCoreApplication.translate("ListTab", "Search:"))
        self.export_action.setText(QCoreApplication.translate("ListTab", "Export to XLSX…"))
        self.export_button.setText(QCoreApplication.translate("ListTab", "Export to XLSX…"))
        self.export_button.setToolTip(QCoreApplication.translate(
            "ListTab", "Every row the search and filters find, in the order shown."))
        self._model.retranslate()
        self._show_counts()

    def export_xlsx(self, path: str | None = None):
        """Export every row of the list as searched, filtered and sorted to a spreadsheet,
        off the UI thread; returns the running LongWork (None if no file was chosen)."""
        from centre_desk.ui.toolkit.list_export import start_export  # XlsxWriter loads when used

        path = path or self.choose_export_path()
        if not path:
            return None
        self.export_job = start_export(self, self._workspace, self._model, self._view,
                                       self.list_title(), path)
        return self.export_job

    def choose_export_path(self) -> str:
        """Ask where to save the spreadsheet ('' when the user cancels)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ListTab", "Export to XLSX"),
            f"{self.list_title()}.xlsx",
            QCoreApplication.translate("ListTab", "Excel workbooks (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def show_export_result(self, text: str, error: bool = False) -> None:
        """Say how the export ended: in the status line, or a warning for an error."""
        if error:
            QMessageBox.warning(self, QCoreApplication.translate("ListTab", "Export to XLSX"),
                                text)
        else:
            self._status.setText(text)

    # --- reactions ---------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._debounce.stop()
        self._model.set_search(self._search.text())

    def _show_counts(self) -> None:
        locale = QLocale()
        if self._model.matching_at_least():  # a search walked in order counts one page
            text = QCoreApplication.translate("ListTab", "Shown: at least %1 of %2")
        else:
            text = QCoreApplication.translate("ListTab", "Shown: %1 of %2")
        self._status.setText(text.replace("%1", locale.toString(self._model.matching_count()))
                             .replace("%2", locale.toString(self._model.total_count())))

    def clear_search_and_filters(self) -> None:
        """Clear the search box and put every filter of the filter rows back to "All"."""
        reset_filters(self.filter_rows)
        self._search.clear()
        self._apply_search()

    def _show_hint(self) -> None:
        """Say why the list is empty and what to try; hidden while rows show."""
        model, words = self._model, self._words
        if words is None or not model.is_loaded():
            self.empty_hint.hide()
            return
        new = self.new_button.text() if self.new_button and self.new_button.isEnabled() \
            else None
        self.empty_hint.show_for(model.rowCount(), model.search_text(),
                                 model.list_filter() is not None, model.total_count() > 0,
                                 words.empty, new)

    def _activate(self, index) -> None:
        row_id = index.data(ID_ROLE)
        if row_id is not None:
            self.row_activated.emit(row_id)

    def _keep_sort_indicator_honest(self, section: int, _order: Qt.SortOrder) -> None:
        # A click on a column that cannot sort must not show an arrow the rows ignore.
        if section == self._model.sort_column() and \
                self._view.horizontalHeader().sortIndicatorOrder() == self._model.sort_order():
            return
        header = self._view.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(self._model.sort_column(), self._model.sort_order())
        header.blockSignals(blocked)

    # --- Qt overrides ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Override: the list is first queried when the tab is first shown, and queried
        again if data it shows changed while it was hidden."""
        if self._stale:
            self.reload()
        self._model.ensure_loaded()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override: Down moves from the search box into the list, Escape clears it."""
        if watched is self._search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self._model.rowCount() > 0:
                self._view.setFocus()
                if not self._view.currentIndex().isValid():
                    self._view.selectRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
                self._apply_search()
                return True
        return super().eventFilter(watched, event)
