"""Kazakhstan's twenty first-level divisions (17 regions, 3 cities of republican status):
the Russian name records store (the 2022 decree's), the official Kazakh and English
names the UI shows in those languages, the ISO 3166-2:KZ code, and the order a reader
of each language expects."""

from __future__ import annotations

import dataclasses

from centre_desk.domain.names import sort_key


@dataclasses.dataclass(frozen=True)
class Region:
    """One first-level division. ``stored`` is the Russian name records hold and the
    Russian UI shows: the name in the decree of 2022 (and ISO 3166-2:KZ)."""

    stored: str
    code: str  # ISO 3166-2:KZ
    kk: str
    en: str
    former: tuple[str, ...] = ()
    """Russian names earlier versions of the program stored for this region."""

    @property
    def is_city(self) -> bool:
        """A city of republican status (listed before the regions)."""
        return self.code in _CITIES

    @property
    def official_ru(self) -> str:
        return self.stored


_CITIES = frozenset({"KZ-71", "KZ-75", "KZ-79"})

ALL = (
    Region("Астана", "KZ-71", "Астана", "Astana"),
    Region("Алматы", "KZ-75", "Алматы", "Almaty"),
    Region("Шымкент", "KZ-79", "Шымкент", "Shymkent"),
    Region("область Абай", "KZ-10", "Абай облысы", "Abai Region", ("Абайская область",)),
    Region("Акмолинская область", "KZ-11", "Ақмола облысы", "Akmola Region"),
    Region("Актюбинская область", "KZ-15", "Ақтөбе облысы", "Aktobe Region"),
    Region("Алматинская область", "KZ-19", "Алматы облысы", "Almaty Region"),
    Region("Атырауская область", "KZ-23", "Атырау облысы", "Atyrau Region"),
    Region("Восточно-Казахстанская область", "KZ-63", "Шығыс Қазақстан облысы",
           "East Kazakhstan Region"),
    Region("Жамбылская область", "KZ-31", "Жамбыл облысы", "Jambyl Region"),
    Region("область Жетісу", "KZ-33", "Жетісу облысы", "Jetisu Region",
           ("Жетысуская область",)),
    Region("Западно-Казахстанская область", "KZ-27", "Батыс Қазақстан облысы",
           "West Kazakhstan Region"),
    Region("Карагандинская область", "KZ-35", "Қарағанды облысы", "Karaganda Region"),
    Region("Костанайская область", "KZ-39", "Қостанай облысы", "Kostanay Region"),
    Region("Кызылординская область", "KZ-43", "Қызылорда облысы", "Kyzylorda Region"),
    Region("Мангистауская область", "KZ-47", "Маңғыстау облысы", "Mangystau Region"),
    Region("Павлодарская область", "KZ-55", "Павлодар облысы", "Pavlodar Region"),
    Region("Северо-Казахстанская область", "KZ-59", "Солтүстік Қазақстан облысы",
           "North Kazakhstan Region"),
    Region("Туркестанская область", "KZ-61", "Түркістан облысы", "Turkistan Region"),
    Region("область Ұлытау", "KZ-62", "Ұлытау облысы", "Ulytau Region",
           ("Улытауская область",)),
)

REGIONS = tuple(region.stored for region in ALL)
"""The names as records store them: the cities, then the regions in Russian order."""

FORMER_NAMES = {former: region.stored for region in ALL for former in region.former}
"""What earlier versions stored -> what is stored now (a data migration moved them; a
package from a site not yet upgraded is mapped the same way when it is imported)."""

_BY_STORED = {region.stored: region for region in ALL}
_BY_STORED.update({former: _BY_STORED[stored] for former, stored in FORMER_NAMES.items()})
_BY_ANY_NAME = {name.casefold(): region.stored for region in ALL
                for name in (region.stored, region.kk, region.en, *region.former)}
# Words that say what kind of division a name is, left out when names are ordered, so
# «область Абай» files under А in Russian as «Абай облысы» does in Kazakh.
_KIND_WORDS = ("область", "облысы", "region")


def region_name(stored: str | None, language: str) -> str:
    """A stored region in a UI language ("ru", "kk", "en"); a name the program does not
    know (typed by hand) as it was typed."""
    region = _BY_STORED.get(stored or "")
    if region is None:
        return stored or ""
    return {"kk": region.kk, "en": region.en}.get(language, region.stored)


def stored_region(typed: str) -> str:
    """What to store for a region typed or chosen in any language: the stored Russian
    name of a known region ("Алматы облысы" -> "Алматинская область", a former name to
    the decree's), else the text as typed, trimmed."""
    text = " ".join(typed.split())
    return _BY_ANY_NAME.get(text.casefold(), text)


def code_of(stored: str | None) -> str | None:
    """The ISO 3166-2:KZ code of a stored region, None for one typed by hand."""
    region = _BY_STORED.get(stored or "")
    return region.code if region else None


def in_reading_order(stored: list[str] | tuple[str, ...], language: str) -> list[str]:
    """Stored regions in the order a reader of ``language`` expects: the cities, then the
    regions alphabetically by their name in that language (the word «область»/«облысы»
    aside), then names typed by hand alphabetically."""
    def order(name: str) -> tuple[int, str, str]:
        region = _BY_STORED.get(name)
        shown = region_name(name, language)
        words = [w for w in shown.split() if w.casefold() not in _KIND_WORDS]
        group = 2 if region is None else 0 if region.is_city else 1
        return group, sort_key(" ".join(words)), name
    return sorted(stored, key=order)


def regions_named(text: str) -> list[str]:
    """The stored names of the known regions one of whose names (in any language, the
    former ones too) contains ``text``, ignoring case: how a region typed in Kazakh or
    English is found among stored Russian names."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return []
    return [region.stored for region in ALL
            if any(wanted in name.casefold()
                   for name in (region.stored, region.kk, region.en, *region.former))]
