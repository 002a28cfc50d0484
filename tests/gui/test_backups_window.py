"""File → Back up now… and File → Restore from backup…: the list of backups, a backup
into a chosen folder with progress, a restore that puts the data back, a refused file
that changes nothing, and the automatic backup as the main window closes."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt

from centre_desk.domain.enums import Role
from centre_desk.services import backup, persons
from centre_desk.services.workspace import Workspace
from centre_desk.store.digests import file_digest, record_digest
from centre_desk.ui.admin.backups import BackupsWindow, automatic_backup
from tests.unit.sync.sites import database_digest


def _person(workspace, surname):
    return workspace.run(persons.create_person, persons.PersonInput(
        surname=surname, given_name="Айгерим"))


def _window(qtbot, workspace, monkeypatch, folder=None) -> BackupsWindow:
    window = BackupsWindow(workspace)
    qtbot.addWidget(window)
    if folder is not None:
        monkeypatch.setattr(window, "choose_folder", lambda: str(folder))
    return window


def _finish(qtbot, window):
    with qtbot.waitSignal(window.job.finished, timeout=30_000):
        pass


def test_back_up_now_then_restore(qtbot, workspace, monkeypatch, modals):
    _person(workspace, "Смагулова")
    window = _window(qtbot, workspace, monkeypatch, workspace.database.paths.backups)
    assert window.table.rowCount() == 0
    window.back_up_now()
    _finish(qtbot, window)
    assert window.table.rowCount() == 1
    assert window.table.item(0, 2).text() == "1"  # people, read from the file
    digest = database_digest(workspace.database)
    _person(workspace, "Жаңа")
    assert database_digest(workspace.database) != digest

    window.table.selectRow(0)
    assert window.restore_button.isEnabled()
    modals.answer(True)
    with qtbot.waitSignal(window.restored, timeout=30_000):
        qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert database_digest(workspace.database) == digest
    assert window.table.rowCount() == 2  # and the data as they were before
    assert "before a restore" in window.table.item(0, 0).text()


def test_backup_altered_to_another_centres_is_refused(qtbot, workspace, monkeypatch,
                                                      modals):
    window = _window(qtbot, workspace, monkeypatch, workspace.database.paths.backups)
    window.back_up_now()
    _finish(qtbot, window)
    window.table.selectRow(0)
    with sqlite3.connect(window.selected().path) as connection:  # now another centre's
        connection.execute("UPDATE site SET id = '00000000000000000000000000000001'")
    connection.close()
    # Whole, with its own digest beside it, as another centre's backup would be.
    record_digest(window.selected().path, file_digest(window.selected().path))
    digest = database_digest(workspace.database)
    modals.answer(True)
    modals.expect_warnings(1)
    window.restore_selected()
    _finish(qtbot, window)
    assert modals.warnings == ["This backup is of another centre's database: nothing was "
                               "changed."]
    assert database_digest(workspace.database) == digest
    assert window.table.rowCount() == 1  # no backup taken before a restore that never was


def test_only_administrators_restore(qtbot, workspace, make_user, monkeypatch):
    supervisor = Workspace(workspace.database, make_user(Role.SUPERVISOR))
    window = _window(qtbot, supervisor, monkeypatch)
    assert not window.back_up_button.isEnabled() and not window.restore_button.isEnabled()


def test_automatic_backup_once_a_day(workspace):
    assert automatic_backup(workspace) is not None
    assert automatic_backup(workspace) is None
    assert len(backup.backup_files(workspace.database.paths.backups)) == 1


def test_the_window_in_russian_and_kazakh(qtbot, workspace, monkeypatch, translations,
                                          shots):
    _person(workspace, "Смагулова")
    automatic_backup(workspace)
    for language in ("ru", "kk"):
        translations.apply(language)
        window = _window(qtbot, workspace, monkeypatch)
        window.resize(1366, 768)
        window.show()
        window.table.selectRow(0)
        qtbot.waitExposed(window)
        assert window.table.rowCount() == 1 and window.status.text() == ""
        assert window.back_up_button.text() != "&Back up now…"  # translated
        window.grab().save(str(shots / f"backups-{language}.png"))
        window.close()


def test_restoring_from_the_main_window_signs_the_user_out(qtbot, installed, translations,
                                                           modals):
    from centre_desk.ui.shell.app import sign_in_and_open
    from tests.conftest import ADMIN_PASSWORD

    opened = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
    main = opened.shell.window
    try:
        assert main.backups.restore_action.isEnabled()
        automatic_backup(main.workspace)
        digest = database_digest(main.workspace.database)
        _person(main.workspace, "Жаңа")
        main.backups.restore_action.trigger()
        window = main.backups.window
        window.table.selectRow(0)
        modals.answer(True)
        with qtbot.waitSignal(main.signed_out, timeout=30_000):
            window.restore_selected()
        assert database_digest(main.workspace.database) == digest
    finally:
        for widget in (opened.shell.window, opened.shell.login):
            if widget is not None:
                widget.close()
                widget.deleteLater()


def test_closing_backs_up_off_the_ui_thread_once_a_day(qtbot, installed, translations,
                                                        monkeypatch):
    import threading

    from centre_desk.ui.shell.app import sign_in_and_open
    from tests.conftest import ADMIN_PASSWORD

    threads = []
    made = backup.automatic_backup

    def recorded(*args, **options):
        threads.append(threading.current_thread() is threading.main_thread())
        return made(*args, **options)
    monkeypatch.setattr(backup, "automatic_backup", recorded)
    folder = installed.backups

    def open_and_close():
        opened = sign_in_and_open(installed, translations, "admin", ADMIN_PASSWORD)
        opened.shell.window.close()
        opened.shell.window.deleteLater()
    assert backup.backup_files(folder) == []
    open_and_close()
    assert threads == [False] and len(backup.backup_files(folder)) == 1
    open_and_close()  # the same day: none
    assert threads == [False] and len(backup.backup_files(folder)) == 1
    for path in backup.backup_files(folder):  # as if made two days ago
        older = path.with_name(backup.backup_name(dt.datetime.now(dt.UTC)
                                                  - dt.timedelta(days=2)))
        path.rename(older)
        backup.digest_path(path).rename(backup.digest_path(older))
    open_and_close()
    assert threads == [False, False] and len(backup.backup_files(folder)) == 2
