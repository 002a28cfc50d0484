"""Qt's own dialogs speak the UI language: the file dialog we save exports with and the
standard buttons, in Russian and Kazakh (issue 14, fault 10)."""

import subprocess

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton

from centre_desk.ui.toolkit import i18n
from centre_desk.ui.toolkit.i18n import QT_SUPPLEMENT, ts_source
from tools import translations as catalogues

FILE_DIALOG = {
    "ru": {"labels": {"&Папка:", "&Имя файла:", "&Типы файлов:"},
           "buttons": {"&Сохранить", "Отмена"}},
    "kk": {"labels": {"Қайда қ&арау:", "Файл &аты:", "Файлдар &түрі:"},
           "buttons": {"&Сақтау", "Бас тарту"}},
}
STANDARD_BUTTONS = {"ru": ["Сохранить", "Отмена", "Закрыть"],
                    "kk": ["Сақтау", "Бас тарту", "Жабу"]}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_save_file_dialog_is_worded_in_the_ui_language(qtbot, translations, language,
                                                           tmp_path):
    translations.apply(language)
    dialog = QFileDialog(None, "", str(tmp_path), "XLSX (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    buttons = {button.text() for button in dialog.findChildren(QPushButton)
               if button.isVisible()}
    assert labels == FILE_DIALOG[language]["labels"]
    assert buttons == FILE_DIALOG[language]["buttons"]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_standard_buttons_are_worded_in_the_ui_language(qtbot, translations, language):
    translations.apply(language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert [box.button(which).text() for which in (
        QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Close)] == STANDARD_BUTTONS[language]


def test_english_leaves_qt_in_its_own_words(qtbot, translations, tmp_path):
    translations.apply("en")
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert "&Look in:" in {label.text() for label in dialog.findChildren(QLabel)}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_supplement_to_qts_catalogue_is_complete(language):
    assert catalogues.untranslated(ts_source(language, QT_SUPPLEMENT)) == []


def test_a_supplement_that_will_not_compile_does_not_stop_the_program(qapp, tmp_path,
                                                                      monkeypatch, caplog):
    compile_for_real = i18n.compiled_catalogue

    def broken(language, cache, catalogue=i18n.CATALOGUE):
        if catalogue == QT_SUPPLEMENT:
            raise subprocess.CalledProcessError(1, "lrelease")
        return compile_for_real(language, cache, catalogue)

    monkeypatch.setattr(i18n, "compiled_catalogue", broken)
    translations = i18n.Translations(tmp_path)
    try:
        translations.apply("kk")
        assert QCoreApplication.translate("LoginDialog", "&Sign in") == "&Кіру"
        assert "supplement" in caplog.text
    finally:
        translations.apply("en")
