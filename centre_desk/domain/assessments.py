"""Risk-and-needs assessment rules: the instrument's shape, its neutral default, scoring,
and when the next assessment is due.

An instrument is a list of domains (risk, need or protective), each with scored items.
The default is the centre's own neutral wording with generic domains; it copies no
licensed instrument. Its texts are English here; the UI translates them (a text an
administrator typed instead has no translation and shows as typed).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import enum
import re

REASSESS_MONTHS = 6
"""Months from one assessment to the next, unless the administrator sets another."""
MAX_REASSESS_MONTHS = 24
MAX_SCALE = 10
"""The highest top of an item's scale: scores run from 0 to the item's ``scale_max``."""
DEFAULT_SCALE = 3
NAME_LIMIT = 200
ITEM_LIMIT = 300
CODE_LIMIT = 40
NOTE_LIMIT = 10000
MAX_DOMAINS = 20
MAX_ITEMS = 30
"""Items in one domain."""
_CODE = re.compile(r"^[a-z0-9_]{1,40}$")


class DomainKind(enum.StrEnum):
    """What a domain measures: a higher score is more risk, more need, or more protection."""

    RISK = "risk"
    NEED = "need"
    PROTECTIVE = "protective"


@dataclasses.dataclass(frozen=True)
class Item:
    """One scored question of a domain."""

    code: str
    text: str
    scale_max: int = DEFAULT_SCALE


@dataclasses.dataclass(frozen=True)
class Domain:
    """A group of items scored together: the file and the trend show its total."""

    code: str
    kind: DomainKind
    name: str
    items: tuple[Item, ...]


@dataclasses.dataclass(frozen=True)
class Instrument:
    """The domains an assessment scores, and how often a case is reassessed."""

    domains: tuple[Domain, ...]
    reassess_months: int = REASSESS_MONTHS

    def domain(self, code: str) -> Domain | None:
        """The domain with this code, or None."""
        return next((d for d in self.domains if d.code == code), None)

    def needs(self) -> tuple[Domain, ...]:
        """The domains an intervention can say it addresses."""
        return tuple(d for d in self.domains if d.kind is DomainKind.NEED)


def _domain(code: str, kind: DomainKind, name: str, *items: tuple[str, str]) -> Domain:
    return Domain(code, kind, name, tuple(Item(c, t) for c, t in items))


DEFAULT_INSTRUMENT = Instrument((
    _domain("views", DomainKind.RISK, "Views and attitudes",
            ("justifies_violence", "Justifies violence for a cause"),
            ("rejects_others", "Rejects people who think differently"),
            ("distrusts_institutions", "Distrusts public institutions")),
    _domain("ties", DomainKind.RISK, "Contacts and influence",
            ("radical_contacts", "Keeps contact with radical circles"),
            ("online_influence", "Follows radical material online")),
    _domain("education_work", DomainKind.NEED, "Education and work",
            ("schooling", "Needs schooling or vocational training"),
            ("employment", "Needs help finding work")),
    _domain("family_housing", DomainKind.NEED, "Family and housing",
            ("housing", "Needs stable housing"),
            ("family_relations", "Needs help with family relations")),
    _domain("wellbeing", DomainKind.NEED, "Health and wellbeing",
            ("psychological", "Needs psychological support"),
            ("physical", "Needs medical care")),
    _domain("protective", DomainKind.PROTECTIVE, "Protective factors",
            ("family_support", "Supportive family"),
            ("engagement", "Takes part in the programme"),
            ("future_goals", "Has goals for the future")),
))


def instrument_problems(instrument: Instrument) -> dict[str, str]:
    """Every problem of an instrument an administrator wrote, by where it is: codes
    unique and plain, names present and short enough, scales 1..MAX_SCALE."""
    problems: dict[str, str] = {}
    if not instrument.domains:
        problems["domains"] = "required"
    if len(instrument.domains) > MAX_DOMAINS:
        problems["domains"] = "too_many"
    if not 1 <= instrument.reassess_months <= MAX_REASSESS_MONTHS:
        problems["reassess_months"] = "invalid"
    seen_domains: set[str] = set()
    for d, domain in enumerate(instrument.domains):
        where = f"domains.{d}"
        if not _CODE.match(domain.code) or domain.code in seen_domains:
            problems[f"{where}.code"] = "invalid"
        seen_domains.add(domain.code)
        if domain.kind not in set(DomainKind):
            problems[f"{where}.kind"] = "invalid"
        if not domain.name.strip():
            problems[f"{where}.name"] = "required"
        elif len(domain.name) > NAME_LIMIT:
            problems[f"{where}.name"] = "too_long"
        if not domain.items:
            problems[f"{where}.items"] = "required"
        elif len(domain.items) > MAX_ITEMS:
            problems[f"{where}.items"] = "too_many"
        seen_items: set[str] = set()
        for i, item in enumerate(domain.items):
            at = f"{where}.items.{i}"
            if not _CODE.match(item.code) or item.code in seen_items:
                problems[f"{at}.code"] = "invalid"
            seen_items.add(item.code)
            if not item.text.strip():
                problems[f"{at}.text"] = "required"
            elif len(item.text) > ITEM_LIMIT:
                problems[f"{at}.text"] = "too_long"
            if not isinstance(item.scale_max, int) or not 1 <= item.scale_max <= MAX_SCALE:
                problems[f"{at}.scale_max"] = "invalid"
    return problems


def code_for(text: str, taken: set[str]) -> str:
    """A plain code for a new domain or item named ``text``, not among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:30] or "item"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day (31 August + 6 = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def percent(total: int, maximum: int) -> int | None:
    """A domain's total as a share of its top score, 0..100, so assessments made with
    different items still compare; None when nothing was scored."""
    return None if maximum <= 0 else round(100 * total / maximum)
