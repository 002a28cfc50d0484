"""Where a staff member works: the facilities (as cases name them) and the programmes,
each a list with a tick against every one that applies, and the words for them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from centre_desk.domain.enums import Programme
from centre_desk.domain.work_areas import PLACEMENTS, WORK_PROGRAMMES
from centre_desk.services import staff
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.forms import Form

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

_VALUE = Qt.ItemDataRole.UserRole


def programme_text(key: str) -> str:
    """The word for a programme a person works in."""
    if key == PLACEMENTS:
        return translate("WorkAreas", "Placements")
    return labels.label(Programme(key))


def areas_text(areas: staff.WorkAreas) -> str:
    """A person's facilities, then programmes, in one line for the staff list."""
    return ", ".join((*areas.facilities, *map(programme_text, areas.programmes)))


class TickList(QListWidget):
    """Choices with a tick against each one chosen (Space ticks the current one)."""

    changed = Signal()
    """A tick was set or cleared."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # The tick is the choice: a highlighted line beside it would read as another.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self._words = None
        self._empty = None

    def set_choices(self, values: Iterable[str], ticked: Iterable[str], words=str,
                    empty=None) -> None:
        """List ``values`` (worded by ``words``), ticking ``ticked``; ``empty`` gives
        the line shown, greyed, when there is nothing to choose."""
        chosen = set(ticked)
        self._words, self._empty = words, empty
        blocked = self.blockSignals(True)
        self.clear()
        for value in values:
            item = QListWidgetItem(words(value), self)
            item.setData(_VALUE, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value in chosen
                               else Qt.CheckState.Unchecked)
        if not self.count() and empty is not None:
            QListWidgetItem(empty(), self).setFlags(Qt.ItemFlag.NoItemFlags)
        if self.count():
            self.setCurrentRow(0)
        self.blockSignals(blocked)
        rows = min(max(self.count(), 1), 5)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 6)

    def ticked(self) -> list[str]:
        """The ticked values, in list order."""
        return [self.item(row).data(_VALUE) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        """Reword the choices when the language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._words is not None:
            for row in range(self.count()):
                item = self.item(row)
                value = item.data(_VALUE)
                item.setText(self._words(value) if value is not None else self._empty())


class AreaFields:
    """The two lists in a form, named as the service names its fields (``facilities``,
    ``programmes``), so a refusal shows beneath the list it is about."""

    def __init__(self, form: Form, known_facilities: Iterable[str],
                 areas: staff.WorkAreas | None = None) -> None:
        areas = areas or staff.WorkAreas()
        self._form = form
        self.facilities = form.add("facilities", TickList("facilitiesEdit"))
        self.programmes = form.add("programmes", TickList("programmesEdit"))
        # A facility the account names that no case names any more is still shown.
        known = list(known_facilities)
        known += [name for name in areas.facilities if name not in known]
        self.facilities.set_choices(known, areas.facilities, empty=lambda: translate(
            "WorkAreas", "No case names a facility yet."))
        self.programmes.set_choices(WORK_PROGRAMMES, areas.programmes, programme_text)

    def retranslate(self) -> None:
        """Label the lists in the current language."""
        self._form.set_label("facilities", translate("WorkAreas", "Works in fac&ilities:"))
        self._form.set_label("programmes", translate("WorkAreas", "Works in pro&grammes:"))

    def chosen(self) -> tuple[list[str], list[str]]:
        """The ticked facilities (the first is the person's usual one) and programmes."""
        return self.facilities.ticked(), self.programmes.ticked()
