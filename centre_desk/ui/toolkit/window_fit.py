"""Windows whose word-wrapped lines stay whole at any size the user gives them.

Qt works out a window's minimum height without the extra lines a word-wrapped label
needs when the window is narrow, so a window made narrow and short cut such a label to
its first line, and squeezed the fields below it over each other.
``keep_lines_whole(window)`` keeps the window's minimum height at what its layout needs
at its present width: narrower, it grows taller; wider, it may be shorter again. A small
form (``whole_form=True``) is never made shorter than it asks to be: nothing in it
gains from less room, and Qt's form layout, squeezed, lays a field over the next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_REFIT = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)


class _LinesWhole(QObject):
    """Watches one window; after each resize or change of its layout, sets its minimum
    height to what the layout needs at its width."""

    def __init__(self, window: QWidget, whole_form: bool) -> None:
        super().__init__(window)
        self._whole_form = whole_form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        """Override: fit the minimum height; the event goes on as ever."""
        if event.type() in _REFIT and isinstance(watched, QWidget):
            fit_minimum_height(watched, self._whole_form)
        return False


def keep_lines_whole(window: QWidget, whole_form: bool = False) -> None:
    """Keep the window's minimum height at what its wrapped lines need (see module)."""
    window.installEventFilter(_LinesWhole(window, whole_form))


def fit_minimum_height(window: QWidget, whole_form: bool = False) -> None:
    """Set the window's minimum height to what its layout needs at its present width:
    at least its minimum, and every wrapped line of its labels; for a ``whole_form``,
    the height it asks for."""
    layout = window.layout()
    if layout is None:
        return
    needed = (layout.totalSizeHint() if whole_form else layout.totalMinimumSize()).height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    if window.minimumHeight() != needed:
        window.setMinimumHeight(needed)
