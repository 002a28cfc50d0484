"""Runs slow work (printing hundreds of files, exports, reports, sync) off the UI thread
behind a progress dialog that can be cancelled.

How to use it::

    def work(progress):                      # runs on a worker thread
        for done, item in enumerate(items, 1):
            ...                              # no widgets here; services via workspace.run
            progress(done, len(items))       # raises WorkCancelled once Cancel was pressed
        return result

    job = LongWork(parent, self.tr("Printing"), self.tr("Printing files…"), work)
    job.succeeded.connect(lambda result: ...)    # back on the UI thread
    job.failed.connect(lambda error: ...)        # the exception the work raised
    job.cancelled.connect(lambda: ...)           # Cancel pressed, the work has stopped
    job.start()

``progress(done, total)`` moves the bar and is also the cancel point: after Cancel it
raises :class:`WorkCancelled` inside the work, so the work stops where it is. Work
that writes a file writes it through ``store.atomic.replacing``, so the exception also
removes the unfinished file. ``job.cancel()`` does what the button does, and
``job.wait()`` blocks until the thread ends (for tests and shutdown). Exactly one of
``succeeded``, ``failed`` or ``cancelled`` is emitted, then ``finished``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 300
"""Work that ends sooner never flashes a dialog."""


class WorkCancelled(Exception):
    """Raised inside the work by ``progress()`` once the user pressed Cancel."""


class _Worker(QThread):
    """The thread the work runs on; reports back through queued signals."""

    progressed = Signal(int, int)
    done = Signal(object)
    broke = Signal(object)
    stopped = Signal()

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any],
                 stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise WorkCancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:  # QThread.run
        try:
            if self._stop.is_set():
                raise WorkCancelled()
            result = self._work(self._progress)
        except WorkCancelled:
            self.stopped.emit()
        except Exception as error:  # handed to the UI thread as is
            log.error("long work failed", exc_info=True)
            self.broke.emit(error)
        else:
            self.done.emit(result)


class LongWork(QObject):
    """One piece of slow work and its progress dialog."""

    succeeded = Signal(object)
    """The work returned this result."""
    failed = Signal(object)
    """The work raised this exception (not a cancel)."""
    cancelled = Signal()
    """The user cancelled and the work has stopped."""
    finished = Signal()
    """After any of the three above."""

    def __init__(self, parent: QWidget, title: str, label: str,
                 work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._worker = _Worker(work, self._stop)
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setObjectName("longWorkProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._worker.progressed.connect(self._show_progress)
        self._worker.done.connect(lambda result: self._end(self.succeeded, result))
        self._worker.broke.connect(lambda error: self._end(self.failed, error))
        self._worker.stopped.connect(lambda: self._end(self.cancelled))
        self._running = False

    def start(self) -> None:
        """Start the work; the dialog shows if it takes longer than a moment."""
        self._running = True
        self.dialog.setValue(0)
        self._worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call."""
        self._stop.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self._running

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Block until the worker thread ends; True if it did in time."""
        return self._worker.wait(milliseconds)

    def _show_progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _end(self, signal, *payload) -> None:
        self._worker.wait()
        self._running = False
        self.dialog.reset()
        self.dialog.hide()
        signal.emit(*payload)
        self.finished.emit()
        self.dialog.deleteLater()
        self._worker.deleteLater()
