"""The first-run window on a PostgreSQL server, filled in key by key in Russian and
Kazakh against the real test server: a wrong password is one sentence in the window's
language, Test connection asks off the UI thread, Set up pressed before any test waits
for it and goes on, and a second desk finds the centre another desk set up and joins it
without changing a row; the window fits 1366 x 768 in every state."""

from __future__ import annotations

import dataclasses
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit,
    QPushButton, QRadioButton)
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from centre_desk.config import Settings
from centre_desk.services import setup
from centre_desk.ui.shell.first_run import FirstRunDialog
from tests.conftest import SET_UP
from tests.gui.participants.conftest import replace_text, type_text
from tests.unit.sync.sites import database_digest

WRONG_PASSWORD = {
    "en": "The server refused the user name {user} or its password: check both.",
    "ru": "Сервер не принял имя пользователя {user} или его пароль: проверьте оба.",
    "kk": "Сервер {user} пайдаланушы атын немесе оның құпиясөзін қабылдамады: екеуін де "
          "тексеріңіз.",
}
CONNECTED = {"en": "Connected to PostgreSQL ", "ru": "Подключено к PostgreSQL ",
             "kk": "PostgreSQL "}
FOUND = {
    "ru": "В этой базе данных уже есть Centre Desk центра Центр «Ақниет» (Алматы): это "
          "рабочее место присоединится к ней, а войти нужно под своей учётной записью.",
    "kk": "Бұл дерекқорда Центр «Ақниет» (Алматы) орталығының Centre Desk бағдарламасы "
          "бар: бұл жұмыс орны оған қосылады, ал кіру үшін өз тіркелгіңізді "
          "пайдаланыңыз.",
}
JOIN = {"ru": "&Присоединиться", "kk": "Қосы&лу", "en": "&Join"}


@pytest.fixture
def database_url(postgresql_server):
    """A new, empty PostgreSQL database's URL, dropped after the test."""
    name = postgresql_server.new_name("firstrun")
    yield postgresql_server.create(name)
    postgresql_server.drop(name)


def _parts(url: str) -> tuple:
    parsed = make_url(url)
    return (parsed.drivername, parsed.host, parsed.port or 5432, parsed.database,
            parsed.username, parsed.password)


def _open(qtbot, paths, translations, language: str) -> FirstRunDialog:
    translations.apply(language)
    window = FirstRunDialog(paths, translations)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _edit(window, name: str) -> QLineEdit:
    return window.findChild(QLineEdit, name)


def _type_address(qtbot, window, url: str, password: str | None = None) -> None:
    """Choose the server with the keyboard's Space and type its address part by part."""
    radio = window.findChild(QRadioButton, "serverStorageRadio")
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    assert window._storage.on_server()
    parsed = make_url(url)
    for name, value in [("serverHostEdit", parsed.host or "localhost"),
                        ("serverPortEdit", str(parsed.port or 5432)),
                        ("serverDatabaseEdit", parsed.database),
                        ("serverUserEdit", parsed.username),
                        ("serverPasswordEdit", parsed.password if password is None
                         else password)]:
        replace_text(_edit(window, name), value)


def _test_connection(qtbot, window) -> str:
    button = window.findChild(QPushButton, "testConnectionButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # asking the server, off the UI thread
    qtbot.waitUntil(lambda: window._storage.result is not None, timeout=15_000)
    assert button.isEnabled()
    return window.findChild(QLabel, "connectionResult").text()


def _fill_centre(window) -> None:
    for name, value in [("centreNameEdit", "Центр «Ақниет»"), ("adminUserEdit", "aliya"),
                        ("adminNameEdit", "Әлия Сәрсенова"),
                        ("adminPasswordEdit", "admin password"),
                        ("adminPasswordConfirmEdit", "admin password")]:
        _edit(window, name).setFocus()
        type_text(_edit(window, name), value)
    region = window.findChild(QComboBox, "regionCombo").lineEdit()
    region.setFocus()
    type_text(region, "Алматы")


def _set_up_button(window) -> QPushButton:
    box = window.findChild(QDialogButtonBox)
    return next(button for button in box.buttons()
                if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole)


def _shot(window, shots, name: str) -> None:
    QApplication.processEvents()
    window.resize(window.sizeHint().expandedTo(window.minimumSizeHint()))
    QApplication.processEvents()
    assert window.width() <= 1366 and window.height() <= 768 - 40, window.size()
    window.grab().save(str(shots / f"{name}.png"))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_wrong_password_is_said_then_the_centre_is_set_up_on_the_server(
        qtbot, paths, translations, database_url, shots, language):
    window = _open(qtbot, paths, translations, language)
    user = make_url(database_url).username
    _type_address(qtbot, window, database_url, password="not the password")
    said = _test_connection(qtbot, window)
    assert said == WRONG_PASSWORD[language].format(user=user)
    assert "not the password" not in said
    _shot(window, shots, f"first-run-server-wrong-password-{language}")

    replace_text(_edit(window, "serverPasswordEdit"), make_url(database_url).password)
    assert window.findChild(QLabel, "connectionResult").text() == ""  # a new address
    assert _test_connection(qtbot, window).startswith(CONNECTED[language])
    assert not window.findChild(QCheckBox, "encryptCheck").isVisibleTo(window)  # no file
    _fill_centre(window)
    _shot(window, shots, f"first-run-server-{language}")
    qtbot.mouseClick(_set_up_button(window), Qt.MouseButton.LeftButton)
    assert window.result() == QDialog.DialogCode.Accepted, \
        window.findChild(QLabel, "firstRunMessage").text()

    settings = Settings.load(paths)
    assert _parts(settings.database_url) == _parts(database_url)
    assert not paths.database.exists()
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT centre_name FROM site")).scalars().all() \
                == ["Центр «Ақниет»"]
    finally:
        engine.dispose()


def test_set_up_pressed_before_a_test_waits_for_it_and_goes_on(qtbot, paths, translations,
                                                              database_url):
    window = _open(qtbot, paths, translations, "en")
    _type_address(qtbot, window, database_url)
    _fill_centre(window)
    qtbot.mouseClick(_set_up_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert Settings.load(paths).database_url


def _digest(url: str) -> str:
    engine = create_engine(url)
    try:
        return database_digest(types.SimpleNamespace(engine=engine))
    finally:
        engine.dispose()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_second_desk_finds_the_centre_and_joins_it_changing_nothing(
        qtbot, paths, translations, database_url, tmp_path, shots, language):
    setup.set_up(type(paths)(tmp_path / "first"),
                 dataclasses.replace(SET_UP, database_url=database_url))
    before = _digest(database_url)
    window = _open(qtbot, paths, translations, language)
    _type_address(qtbot, window, database_url)
    qtbot.mouseClick(_set_up_button(window), Qt.MouseButton.LeftButton)  # no test yet
    qtbot.waitUntil(lambda: window._storage.result is not None, timeout=15_000)
    assert window.result() != QDialog.DialogCode.Accepted  # found, not set up again
    assert window.findChild(QLabel, "connectionResult").text() == FOUND[language]
    assert _set_up_button(window).text() == JOIN[language]
    assert not _edit(window, "centreNameEdit").isVisibleTo(window)
    _shot(window, shots, f"first-run-join-{language}")

    qtbot.mouseClick(_set_up_button(window), Qt.MouseButton.LeftButton)
    assert window.result() == QDialog.DialogCode.Accepted
    settings = Settings.load(paths)
    assert (settings.language, _parts(settings.database_url)) == (
        language, _parts(database_url))
    assert _digest(database_url) == before
