"""Opens the database behind the sign-in window, so the first window shows at once.

Importing SQLAlchemy and the services takes longer than showing a Qt window on an old
office PC, so the sign-in window shows first and the import, the schema check and
(for an unencrypted database) the opening happen on a worker thread while the user
types. Signing in waits for that work if it has not finished.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import threading
from typing import TYPE_CHECKING

from centre_desk.config import Paths, Settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from centre_desk.services.workspace import Workspace
    from centre_desk.store.database import Database
    from centre_desk.store.stamping import Actor


WARM_AFTER_OPENING = ("centre_desk.ui.shell.lock", "centre_desk.ui.participants.approvals",
                      "centre_desk.ui.spreadsheet_import.batches")
"""Modules imported only once the user signed in (by the idle lock and the main window's
File menu), imported here while the user types, after the database is open. Imports
only: no widget is made off the GUI thread."""


class Startup:
    """The database side of starting the program, begun by ``start`` once the sign-in
    window has been painted (earlier, the import would compete with the painting).

    After a sign-out the next user signs in to the ``database`` still open."""

    def __init__(self, paths: Paths, settings: Settings,
                 database: Database | None = None) -> None:
        self._paths, self._settings = paths, settings
        self._database: Database | None = database
        self._failure: BaseException | None = None
        self.must_change_password = False
        """After ``sign_in``: whether the user holds a one-time password (read with the
        password's check, in its transaction)."""
        self._thread = threading.Thread(target=self._prepare, name="startup", daemon=True)

    def start(self) -> None:
        """Begin loading; calling it again does nothing."""
        if self._thread.ident is None:
            self._thread.start()

    def _prepare(self) -> None:
        try:
            from centre_desk.services import my_work, users, workspace  # noqa: F401  (warm)
            from centre_desk.store.database import open_database
            from centre_desk.ui.shell import main_window  # noqa: F401  (warm imports)

            if self._database is None and not self._settings.encrypted:
                self._database = open_database(self._paths, None, self._settings)
                # The SQL of My work, the first page after Enter; no data is read. It goes
                # through SQLAlchemy's private compile cache: should a newer SQLAlchemy
                # change it, the first read compiles as before and sign-in goes on.
                with contextlib.suppress(AttributeError, TypeError):
                    my_work.compile_statements(self._database.engine)
            # What the main window's menus import on their own: 0.3-0.8 s under load (the
            # spreadsheet import's modules most), paid after Enter before.
            for name in WARM_AFTER_OPENING:
                importlib.import_module(name)
            # What was just imported lives as long as the program: freeze it (no collection,
            # nearly free) so the collector never walks it again in a pause of its own; one
            # such pause was ~150 ms, landing in the first opening of a tab.
            gc.freeze()
        except BaseException as error:  # noqa: BLE001  (handed to the main thread at sign-in)
            self._failure = error

    def sign_in(self, username: str, password: str, database_password: str | None = None,
                meanwhile: Callable[[Workspace], None] | None = None) -> Workspace:
        """The signed-in user's workspace; raises StoreError or SignInRefused.

        ``meanwhile`` is called with that workspace while the password is checked (the
        main window is built then, unshown); the workspace runs nothing until the check
        succeeds, so nothing is read before it. After a refusal it never will."""
        from centre_desk.services import users
        from centre_desk.services.workspace import Workspace
        from centre_desk.store.database import open_database
        from centre_desk.services.workspace import UncheckedWorkspace

        self.start()
        self._thread.join()
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure
        if self._database is None:
            self._database = open_database(self._paths, database_password or None,
                                           self._settings)
        workspace = UncheckedWorkspace(self._database, None)

        def build(actor: Actor) -> None:
            workspace.actor = actor
            meanwhile(workspace)
        outcome = Workspace(self._database, None).run(
            users.sign_in, username, password, meanwhile=build if meanwhile else None)
        if outcome.refusal is not None:
            raise outcome.refusal
        self.must_change_password = outcome.must_change_password
        workspace.actor = outcome.actor
        workspace.checked = True
        return workspace

    @property
    def database_open(self) -> bool:
        """Whether the database is open (its password is no longer needed)."""
        return self._database is not None

    def close(self) -> None:
        """Close the database if the user gives up before signing in."""
        if self._thread.ident is not None:
            self._thread.join()
        if self._database is not None:
            self._database.close()
            self._database = None

