"""The language the program is worded in now (the UI's, which reports follow), and the
words that depend on it but are data, not translations: region names."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from centre_desk.domain.regions import region_name


def current_language() -> str:
    """"ru", "kk" or "en": the language installed with the translations (which set the
    default locale); English while none is, as the source strings are."""
    return {QLocale.Language.Russian: "ru", QLocale.Language.Kazakh: "kk"}.get(
        QLocale().language(), "en")


def region_text(stored: str | None) -> str:
    """A stored region as the current language names it ("Алматы облысы" in Kazakh
    for "Алматинская область"); a region typed by hand as it was typed."""
    return region_name(stored, current_language())
