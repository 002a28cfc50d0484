"""The main window's tabs: My work made at once, each other tab made when first shown.

Signing in paid for building six lists nobody had looked at yet (their tables, filters
and models: about a third of the main window's making). A tab not yet shown holds a
blank stand-in; showing it, or asking for it with ``page``, puts the real tab in its
place, at its index, under its title. It is made in the language then in use and
retranslates itself from then on like any other widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


class MainTabs(QTabWidget):
    """``first`` shown at once; ``later[i]`` makes the tab at index ``i + 1`` when it is
    first shown or asked for."""

    def __init__(self, parent: QWidget, first: QWidget,
                 later: Sequence[Callable[[], QWidget]]) -> None:
        super().__init__(parent)
        self.setObjectName("mainTabs")
        self.setDocumentMode(True)
        self.addTab(first, "")
        self._makers: dict[int, Callable[[], QWidget]] = {}
        for index, make in enumerate(later, start=1):
            self.addTab(QWidget(), "")
            self._makers[index] = make
        self.currentChanged.connect(self._shown)

    def page(self, index: int) -> QWidget:
        """The tab at ``index``, made now if it had not been."""
        make = self._makers.pop(index, None)
        if make is None:
            return self.widget(index)
        stand_in = self.widget(index)
        tab = make()
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (focused is stand_in or focused is self)
        was_current = self.currentIndex() == index
        blocked = self.blockSignals(True)  # the tab changes once, to the real one
        try:
            # In front of the stand-in, so no other tab is shown meanwhile (a list shown
            # reads its rows), then the stand-in goes.
            self.insertTab(index, tab, self.tabText(index))
            if was_current:
                self.setCurrentIndex(index)
            self.removeTab(index + 1)
        finally:
            self.blockSignals(blocked)
        stand_in.deleteLater()
        if was_current and had_focus:
            tab.setFocus()
        return tab

    def built(self, index: int) -> bool:
        """Whether the tab at ``index`` has been made."""
        return index not in self._makers

    def _shown(self, index: int) -> None:
        if index in self._makers:
            self.page(index)
