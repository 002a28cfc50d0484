"""Kazakhstan's regions and cities of republican status: the Russian name a record
stores, and the official Kazakh and English names the UI shows in those languages."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Region:
    """One first-level division. ``stored`` is the Russian name records hold (and the
    Russian UI shows); ``official_ru`` is the name in the 2022 decree where it differs
    (kept for when stored names move to codes; stored data is not rewritten here)."""

    stored: str
    code: str  # ISO 3166-2:KZ
    kk: str
    en: str
    official_ru: str


def _region(stored: str, code: str, kk: str, en: str, official_ru: str = "") -> Region:
    return Region(stored, code, kk, en, official_ru or stored)


ALL = (
    _region("Астана", "KZ-71", "Астана", "Astana"),
    _region("Алматы", "KZ-75", "Алматы", "Almaty"),
    _region("Шымкент", "KZ-79", "Шымкент", "Shymkent"),
    _region("Абайская область", "KZ-10", "Абай облысы", "Abai Region", "область Абай"),
    _region("Акмолинская область", "KZ-11", "Ақмола облысы", "Akmola Region"),
    _region("Актюбинская область", "KZ-15", "Ақтөбе облысы", "Aktobe Region"),
    _region("Алматинская область", "KZ-19", "Алматы облысы", "Almaty Region"),
    _region("Атырауская область", "KZ-23", "Атырау облысы", "Atyrau Region"),
    _region("Восточно-Казахстанская область", "KZ-63", "Шығыс Қазақстан облысы",
            "East Kazakhstan Region"),
    _region("Жамбылская область", "KZ-31", "Жамбыл облысы", "Jambyl Region"),
    _region("Жетысуская область", "KZ-33", "Жетісу облысы", "Jetisu Region",
            "область Жетісу"),
    _region("Западно-Казахстанская область", "KZ-27", "Батыс Қазақстан облысы",
            "West Kazakhstan Region"),
    _region("Карагандинская область", "KZ-35", "Қарағанды облысы", "Karaganda Region"),
    _region("Костанайская область", "KZ-39", "Қостанай облысы", "Kostanay Region"),
    _region("Кызылординская область", "KZ-43", "Қызылорда облысы", "Kyzylorda Region"),
    _region("Мангистауская область", "KZ-47", "Маңғыстау облысы", "Mangystau Region"),
    _region("Павлодарская область", "KZ-55", "Павлодар облысы", "Pavlodar Region"),
    _region("Северо-Казахстанская область", "KZ-59", "Солтүстік Қазақстан облысы",
            "North Kazakhstan Region"),
    _region("Туркестанская область", "KZ-61", "Түркістан облысы", "Turkistan Region"),
    _region("Улытауская область", "KZ-62", "Ұлытау облысы", "Ulytau Region",
            "область Ұлытау"),
)

REGIONS = tuple(region.stored for region in ALL)
"""The names as records store them, in the order the program offers them."""

_BY_STORED = {region.stored: region for region in ALL}
_BY_ANY_NAME = {name.casefold(): region.stored for region in ALL
                for name in (region.stored, region.kk, region.en, region.official_ru)}


def region_name(stored: str | None, language: str) -> str:
    """A stored region in a UI language ("ru", "kk", "en"); a name the program does not
    know (typed by hand) as it was typed."""
    region = _BY_STORED.get(stored or "")
    if region is None:
        return stored or ""
    return {"kk": region.kk, "en": region.en}.get(language, region.stored)


def stored_region(typed: str) -> str:
    """What to store for a region typed or chosen in any language: the stored Russian
    name of a known region ("Алматы облысы" -> "Алматинская область"), else the text as
    typed, trimmed."""
    text = " ".join(typed.split())
    return _BY_ANY_NAME.get(text.casefold(), text)
