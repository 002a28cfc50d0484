"""Loads the Russian, Kazakh and English translations and switches them live."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from centre_desk.ui.toolkit.resources import resource_path

LANGUAGES = ("ru", "kk", "en")
# Shown in each language's own words, so a user can always find theirs.
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
CATALOGUE = "centre_desk"

log = logging.getLogger(__name__)


def ts_source(language: str) -> Path:
    """The shipped .ts source for a language."""
    return resource_path("translations", f"{CATALOGUE}_{language}.ts")


def lrelease_tool() -> str:
    """Qt's lrelease, as shipped inside the PySide6 wheel."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    shipped = Path(PySide6.__file__).parent / name
    if shipped.exists():
        return str(shipped)
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise FileNotFoundError("Qt's lrelease tool is missing from the PySide6 installation")
    return found


def compiled_catalogue(language: str, cache: Path) -> Path:
    """The .qm for a language, rebuilt from its .ts only when the .ts is newer.

    Compiling at start-up from the shipped tool keeps the .ts the one source of truth
    and costs a few milliseconds once per upgrade."""
    source = ts_source(language)
    target = cache / f"{CATALOGUE}_{language}.qm"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        import subprocess  # only when a catalogue is (re)built, not at every start

        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".qm.tmp")
        subprocess.run([lrelease_tool(), "-silent", str(source), "-qm", str(partial)],
                       check=True, capture_output=True)
        partial.replace(target)
    return target


class Translations:
    """Holds the installed translators so a language switch can replace them."""

    def __init__(self, cache: Path) -> None:
        self._cache = cache
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        """Install a language; Qt then sends LanguageChange to every widget."""
        if language not in LANGUAGES:
            language = "ru"
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        own = QTranslator(app)
        if own.load(str(compiled_catalogue(language, self._cache))):
            self._installed.append(own)
        else:
            log.error("could not load the %s translation", language)
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            self._installed.append(qt_own)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
