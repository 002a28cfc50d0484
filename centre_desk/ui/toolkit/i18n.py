"""Loads the Russian, Kazakh and English translations and switches them live."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from centre_desk.domain.regions import REGIONS, in_reading_order, region_name
from centre_desk.reports.language import current_language, region_text
from centre_desk.ui.toolkit.resources import resource_path

LANGUAGES = ("ru", "kk", "en")
# Shown in each language's own words, so a user can always find theirs.
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
CATALOGUE = "centre_desk"
QT_SUPPLEMENT = "qtbase_supplement"
"""Qt's own words our dialogs show (the file dialog, standard buttons) that Qt's shipped
qtbase catalogue leaves in English for a language ("&Look in:" in Russian), or that an
older PySide6 or a bundle without Qt's catalogues would lack. Qt's own catalogue, when it
has a word, wins over it."""

log = logging.getLogger(__name__)


def ts_source(language: str, catalogue: str = CATALOGUE) -> Path:
    """The shipped .ts source of a catalogue for a language."""
    return resource_path("translations", f"{catalogue}_{language}.ts")


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


def compiled_catalogue(language: str, cache: Path, catalogue: str = CATALOGUE) -> Path:
    """The .qm for a language, rebuilt from its .ts only when the .ts is newer.

    Compiling at start-up from the shipped tool keeps the .ts the one source of truth
    and costs a few milliseconds once per upgrade."""
    source = ts_source(language, catalogue)
    target = cache / f"{catalogue}_{language}.qm"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        import subprocess  # only when a catalogue is (re)built, not at every start

        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".qm.tmp")
        subprocess.run([lrelease_tool(), "-silent", str(source), "-qm", str(partial)],
                       check=True, capture_output=True)
        partial.replace(target)
    return target


# What the UI needs of the language: this module's own, and the current language and
# region names it passes on from reports.language (which the reports share).
__all__ = ["CATALOGUE", "LANGUAGES", "LANGUAGE_NAMES", "QT_SUPPLEMENT", "Translations",
           "compiled_catalogue", "current_language", "lrelease_tool", "qt_folders",
           "region_choices", "region_filter_choices", "region_text", "relist_regions",
           "ts_source"]


def region_choices(stored: list[str] | tuple[str, ...] = REGIONS) -> list[tuple[str, str]]:
    """(stored name, name in the UI language) of regions, for a choice box or filter, in
    the order a reader of the UI language expects (domain.regions.in_reading_order)."""
    language = current_language()
    return [(name, region_name(name, language))
            for name in in_reading_order(stored, language)]


def relist_regions(combo, first: int = 0) -> None:
    """Name a region box's regions (its items from ``first`` on, each holding its stored
    name as data) in the UI language and put them in that language's order, the one
    chosen kept chosen: a language switch changes the order, not only the words."""
    current = combo.currentData() if combo.currentIndex() >= first else None
    typed = combo.currentText() if combo.isEditable() and current is None else None
    blocked = combo.blockSignals(True)
    stored = [combo.itemData(index) for index in range(first, combo.count())]
    while combo.count() > first:
        combo.removeItem(first)
    for name, text in region_choices(stored):
        combo.addItem(text, name)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    elif typed is not None:
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)  # typed by hand: kept as typed
    combo.blockSignals(blocked)


def region_filter_choices(stored: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """(name in the UI language, stored name) of the regions a filter offers, in that
    language's order: what a filter box's set_choices takes."""
    return [(text, name) for name, text in region_choices(stored)]


def qt_folders() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's translations path, else the PySide6
    wheel's (a frozen bundle keeps them beside its copy of PySide6)."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).parent / "Qt" / "translations"]


class Translations:
    """Holds the installed translators so a language switch can replace them. An
    application speaks one language: the translators installed are shared by every
    instance, so applying a language through one removes those another installed."""

    _installed: list[QTranslator] = []

    def __init__(self, cache: Path) -> None:
        self._cache = cache
        self.language = "en"

    def apply(self, language: str) -> None:
        """Install a language; Qt then sends LanguageChange to every widget."""
        if language not in LANGUAGES:
            language = "ru"
        app = QCoreApplication.instance()
        for translator in Translations._installed:
            app.removeTranslator(translator)
        Translations._installed = []
        # Qt asks the translator installed last first: ours, then Qt's own catalogue,
        # then our supplement to Qt's for the words Qt's catalogue lacks.
        if ts_source(language, QT_SUPPLEMENT).exists():
            supplement = QTranslator(app)
            try:
                compiled = compiled_catalogue(language, self._cache, QT_SUPPLEMENT)
            except Exception:  # a few of Qt's words in English are no reason not to start
                log.exception("could not compile the %s supplement to Qt's words", language)
            else:
                if supplement.load(str(compiled)):
                    Translations._installed.append(supplement)
        qt_own = QTranslator(app)
        if any(qt_own.load(f"qtbase_{language}", str(folder)) for folder in qt_folders()):
            Translations._installed.append(qt_own)
        own = QTranslator(app)
        if own.load(str(compiled_catalogue(language, self._cache))):
            Translations._installed.append(own)
        else:
            log.error("could not load the %s translation", language)
        for translator in Translations._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
