"""One change to the data, run the same way from every window: through the workspace,
a refusal shown in one sentence, and afterwards one "data changed" signal naming what
changed, so every open list refreshes itself and no caller wires a reload by hand.

How to use it::

    Operation(self, workspace, {CLUB}, club.leave_club, membership_id, on) \\
        .show_errors_in(self.show_message)        # else a message box (ModalHost.warn)
        .worded(refusal_text)                     # optional: a feature's own words
        .success(lambda result: ...)              # after the commit, before the signal
        .run()                                    # True when the service accepted it

    # Slow work: the use case gets ``progress=`` and runs off the UI thread.
    job = Operation(...).run_with_progress(self.tr("Merging"), self.tr("Merging…"))

    # A list (or any window) that shows some kinds of data:
    follow_changes(self, workspace, {PERSONS, CASES}, self.refresh_for)

A refusal (``ServiceError``) shows the sentence of ``messages.error_text`` (or the
feature's own, from ``worded``) unless ``failure(callback)`` handles it; nothing is
announced then, as the transaction rolled back. Errors that are bugs are not caught
here: they reach the log like any other.
Windows whose refusals point at fields (``StepDialog``, the participant file) keep
their own display and announce what they stored with :func:`announce`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from centre_desk.services.errors import ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.modal import ModalHost

# What a change can name: each kind is a family of records the lists show.
PERSONS = "persons"
"""People's details and their family links."""
CASES = "cases"
"""Case files, their stages and follow-ups."""
ACTIVITIES = "activities"
"""Activities of any programme and who came to them."""
CLUB = "club"
"""Memberships of the mothers' club."""
EVENTS = "events"
"""Registrations and consents for children's events."""
COURSES = "courses"
"""Arabic courses and their enrolments."""
PLACEMENTS = "placements"
"""Placements and their follow-ups."""
ORGANISATIONS = "organisations"
"""The partner directory."""

KINDS = frozenset({PERSONS, CASES, ACTIVITIES, CLUB, EVENTS, COURSES, PLACEMENTS,
                   ORGANISATIONS})
"""Every kind; a change that may touch anything (a sync import, a merge) names them all."""


def kinds_of(changes: Iterable[str]) -> frozenset[str]:
    """The kinds as a frozenset; a name that is not a kind is a bug, caught here."""
    named = frozenset(changes)
    unknown = named - KINDS
    if unknown:
        raise ValueError(f"not kinds of data: {sorted(unknown)}")
    return named


class DataChanges(QObject):
    """The one "data changed" signal of a workspace, that is of the signed-in
    application (a test with its own database has its own)."""

    changed = Signal(object)
    """The frozenset of kinds a stored change touched."""

    def announce(self, changes: Iterable[str]) -> None:
        """Tell every listener these kinds changed (nothing when none is named)."""
        named = kinds_of(changes)
        if named:
            self.changed.emit(named)


_HUBS: weakref.WeakKeyDictionary[Workspace, DataChanges] = weakref.WeakKeyDictionary()


def data_changes(workspace: Workspace) -> DataChanges:
    """The workspace's one "data changed" signal, made when first asked for."""
    hub = _HUBS.get(workspace)
    if hub is None:
        hub = _HUBS[workspace] = DataChanges()
    return hub


def announce(workspace: Workspace, changes: Iterable[str]) -> None:
    """Say that a change stored outside an :class:`Operation` touched these kinds."""
    data_changes(workspace).announce(changes)


class _Listener(QObject):
    """Hears the signal for one widget and dies with it, so a closed window is never
    called back."""

    def __init__(self, widget: QObject, kinds: frozenset[str],
                 react: Callable[[frozenset[str]], None]) -> None:
        super().__init__(widget)
        self._kinds, self._react = kinds, react

    def hear(self, changed: frozenset[str]) -> None:
        if changed & self._kinds:
            self._react(changed)


def follow_changes(widget: QObject, workspace: Workspace, shows: Iterable[str],
                   react: Callable[[frozenset[str]], None]) -> None:
    """Call ``react(changed)`` whenever a change names a kind ``widget`` shows."""
    listener = _Listener(widget, kinds_of(shows), react)
    data_changes(workspace).changed.connect(listener.hear)


class Operation:
    """One use case that changes data, run on behalf of a widget (``parent``), in the
    spirit of Anki's ``CollectionOp``. ``changes`` names the kinds it touches."""

    def __init__(self, parent: QWidget, workspace: Workspace, changes: Iterable[str],
                 use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._parent = parent
        self._workspace = workspace
        self._changes = kinds_of(changes)
        self._use_case, self._args, self._kwargs = use_case, args, kwargs
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._show_error: Callable[[str], None] | None = None
        self._words: Callable[[Exception], str | None] | None = None
        self.result: Any = None
        """What the use case returned, once it succeeded."""
        self.error: Exception | None = None
        """The refusal, once it was refused."""

    def success(self, callback: Callable[[Any], None]) -> Operation:
        """Call ``callback(result)`` once the change is stored (before the signal)."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation:
        """Handle a refusal with ``callback(error)`` instead of showing its sentence."""
        self._on_failure = callback
        return self

    def show_errors_in(self, show: Callable[[str], None]) -> Operation:
        """Show a refusal's sentence with ``show(text)`` (a window's message line)
        instead of a message box."""
        self._show_error = show
        return self

    def worded(self, words: Callable[[Exception], str | None]) -> Operation:
        """Word a refusal with ``words(error)``; where it gives None, the shared
        sentence of ``messages.error_text`` is shown."""
        self._words = words
        return self

    def run(self) -> bool:
        """Run the use case now, in one transaction; True when it was stored."""
        try:
            result = self._workspace.run(self._use_case, *self._args, **self._kwargs)
        except ServiceError as refusal:
            self._refused(refusal)
            return False
        self._stored(result)
        return True

    def run_with_progress(self, title: str, label: str) -> LongWork:
        """Run slow work off the UI thread behind a progress dialog that can be
        cancelled: the use case is called with ``progress=`` (``progress(done, total)``)
        and the success, refusal and signal follow on the UI thread. Any error the
        work raises is shown (a bug's sentence says the details are in the log)."""
        workspace, use_case, args, kwargs = (self._workspace, self._use_case, self._args,
                                             self._kwargs)

        def work(progress):
            return workspace.run(use_case, *args, progress=progress, **kwargs)

        job = LongWork(self._parent, title, label, work)
        # Lambdas, not bound methods: Qt would hold this plain object only weakly.
        job.succeeded.connect(lambda result: self._stored(result))
        job.failed.connect(lambda error: self._refused(error))
        job.start()
        return job

    def _stored(self, result: Any) -> None:
        self.result = result
        if self._on_success is not None:
            self._on_success(result)
        announce(self._workspace, self._changes)

    def _refused(self, error: Exception) -> None:
        self.error = error
        if self._on_failure is not None:
            self._on_failure(error)
            return
        text = (self._words(error) if self._words is not None else None) or error_text(error)
        if self._show_error is not None:
            self._show_error(text)
        else:
            self._warn(text)

    def _warn(self, text: str) -> None:
        parent = self._parent
        title = parent.window().windowTitle() if parent is not None else ""
        # Through the ModalHost hook even for a widget that is not one, so tests
        # replace a single method and never see a real message box.
        if isinstance(parent, ModalHost):
            parent.warn(title, text)
        else:
            ModalHost.warn(parent, title, text)
