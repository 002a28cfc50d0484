"""Guards against a Qt binding that would crash the program after enough signals."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    """A bare object with one signal."""

    changed = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp):
    """PySide6 6.12.0 drops a reference to True on every emit, and on Python 3.11 the
    program aborts once True's count reaches zero; pyproject.toml excludes that build."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for value in range(500):
        emitter.changed.emit(value)
    assert sys.getrefcount(True) - before > -10


def test_a_language_switch_reaches_a_mixed_in_change_event(qtbot, translations):
    """Qt calls the changeEvent that the Python mixin Retranslating defines, before the
    Qt class's own, so every window re-translates live."""
    from PySide6.QtWidgets import QDialog

    from centre_desk.ui.toolkit.retranslate import Retranslating

    class Counting(Retranslating, QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.calls = 0

        def retranslate_ui(self) -> None:
            self.calls += 1

    dialog = Counting()
    qtbot.addWidget(dialog)
    translations.apply("ru")
    qtbot.waitUntil(lambda: dialog.calls >= 1)  # LanguageChange is posted
