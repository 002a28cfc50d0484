"""The words of the shipped default assessment instrument, for lupdate and the UI; an
administrator's own words have no translation and show as typed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.domain.assessments import DomainKind

DEFAULT_WORDS = (
    QT_TRANSLATE_NOOP("Instrument", "Views and attitudes"),
    QT_TRANSLATE_NOOP("Instrument", "Justifies violence for a cause"),
    QT_TRANSLATE_NOOP("Instrument", "Rejects people who think differently"),
    QT_TRANSLATE_NOOP("Instrument", "Distrusts public institutions"),
    QT_TRANSLATE_NOOP("Instrument", "Contacts and influence"),
    QT_TRANSLATE_NOOP("Instrument", "Keeps contact with radical circles"),
    QT_TRANSLATE_NOOP("Instrument", "Follows radical material online"),
    QT_TRANSLATE_NOOP("Instrument", "Education and work"),
    QT_TRANSLATE_NOOP("Instrument", "Needs schooling or vocational training"),
    QT_TRANSLATE_NOOP("Instrument", "Needs help finding work"),
    QT_TRANSLATE_NOOP("Instrument", "Family and housing"),
    QT_TRANSLATE_NOOP("Instrument", "Needs stable housing"),
    QT_TRANSLATE_NOOP("Instrument", "Needs help with family relations"),
    QT_TRANSLATE_NOOP("Instrument", "Health and wellbeing"),
    QT_TRANSLATE_NOOP("Instrument", "Needs psychological support"),
    QT_TRANSLATE_NOOP("Instrument", "Needs medical care"),
    QT_TRANSLATE_NOOP("Instrument", "Protective factors"),
    QT_TRANSLATE_NOOP("Instrument", "Supportive family"),
    QT_TRANSLATE_NOOP("Instrument", "Takes part in the programme"),
    QT_TRANSLATE_NOOP("Instrument", "Has goals for the future"),
)
KIND_WORDS = {
    DomainKind.RISK: QT_TRANSLATE_NOOP("Instrument", "Risk"),
    DomainKind.NEED: QT_TRANSLATE_NOOP("Instrument", "Need"),
    DomainKind.PROTECTIVE: QT_TRANSLATE_NOOP("Instrument", "Protective factor"),
}


def instrument_text(text: str) -> str:
    """A domain's or item's words in the UI language (the default's), else as stored."""
    return QCoreApplication.translate("Instrument", text)


def kind_text(kind: DomainKind) -> str:
    return QCoreApplication.translate("Instrument", KIND_WORDS[kind])
