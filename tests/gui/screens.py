"""What a screenshot test checks besides saving its picture: that the words a user is
meant to read are on the screen, and that the window fits the smallest screen the
centres have (1366 × 768) with none of its widgets cut off.

    assert_shows(window, "Ахметов Ерлан", "ИК-5")  # each somewhere the user can see it
    assert_fits(window)                             # within 1366 × 768, nothing clipped

A text counts as shown when a visible widget holds it and some of that widget is on the
screen (a label scrolled out of view does not count): window titles, labels, buttons,
group boxes, fields and their placeholders, combo boxes, tabs, and the cells and
headers of the rows and columns a list or table shows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import Qt as QtGui, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QComboBox, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTableView, QTabBar, QTextEdit, QWidget)

SCREEN = QRect(0, 0, 1366, 768)


def _plain(text: str) -> str:
    """A label's or button's text as read: no mnemonic ampersands, no markup."""
    if QtGui.mightBeRichText(text):  # QtGui's own Qt namespace holds it
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _seen(widget: QWidget, window: QWidget) -> bool:
    return widget is window or (widget.isVisibleTo(window)
                                and not widget.visibleRegion().isEmpty())


def _columns(model) -> int:
    # A list model's columnCount is private in Qt: it has one column.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def _header_texts(view: QAbstractItemView, header: QHeaderView,
                  orientation: Qt.Orientation) -> list[str]:
    if not header.isVisible():
        return []
    model, shown = view.model(), header.viewport().rect()
    count = _columns(model) if orientation == Qt.Orientation.Horizontal \
        else model.rowCount(QModelIndex())
    texts = []
    for section in range(count):
        start = header.sectionViewportPosition(section)
        if header.isSectionHidden(section) or start >= shown.right() or \
                start + header.sectionSize(section) <= 0:
            continue
        texts.append(str(model.headerData(section, orientation) or ""))
    return texts


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts, shown = [], view.viewport().rect()
    for row in range(model.rowCount(QModelIndex())):
        for column in range(_columns(model)):
            index = model.index(row, column, QModelIndex())
            if view.visualRect(index).intersects(shown):
                texts.append(str(index.data() or ""))
    if isinstance(view, QTableView):
        texts += _header_texts(view, view.horizontalHeader(), Qt.Orientation.Horizontal)
        texts += _header_texts(view, view.verticalHeader(), Qt.Orientation.Vertical)
    elif hasattr(view, "header"):  # QTreeView
        texts += _header_texts(view, view.header(), Qt.Orientation.Horizontal)
    return texts


def shown_texts(window: QWidget) -> list[str]:
    """Every text of the window a user can see now (see the module's docstring)."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not _seen(widget, window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(_plain(widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(_plain(widget.title()))
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QTabBar):
            texts += [_plain(widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView):
            texts += _view_texts(widget)
    return [text for text in texts if text]


def assert_shows(window: QWidget, *expected: str) -> None:
    """Each expected text is (part of) a text the user can see in the window."""
    shown = "\n".join(shown_texts(window))
    missing = [text for text in expected if text not in shown]
    assert not missing, f"not on the screen: {missing}; shown:\n{shown}"


def _scrolled(widget: QWidget) -> bool:
    """Whether the widget is the content of a scroll area, which may be larger than
    the part on the screen: scrolling shows the rest."""
    parent = widget.parentWidget()
    return isinstance(parent.parentWidget(), QAbstractScrollArea) and \
        parent is parent.parentWidget().viewport()


def assert_fits(window: QWidget, screen: QRect = SCREEN) -> None:
    """The window is no larger than the screen, every visible widget lies inside its
    parent (nothing sticks out and is cut off), and every word-wrapped label is tall
    enough for its lines."""
    assert window.width() <= screen.width() and window.height() <= screen.height(), \
        f"{window.objectName() or type(window).__name__} is {window.width()} × " \
        f"{window.height()}, larger than a {screen.width()} × {screen.height()} screen"
    problems = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or _scrolled(widget):
            continue
        name = widget.objectName() or type(widget).__name__
        if not widget.parentWidget().rect().contains(widget.geometry()):
            problems.append(f"{name} at {widget.geometry()} sticks out of its parent "
                            f"{widget.parentWidget().rect()}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text() and \
                widget.height() < widget.heightForWidth(widget.width()):
            problems.append(f"{name} is {widget.height()} px tall for "
                            f"{widget.heightForWidth(widget.width())} px of lines: "
                            f"{widget.text()!r}")
    assert not problems, "\n".join(problems)
