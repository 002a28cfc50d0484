"""Russian and Kazakh messages follow the project's glossary and its grammar of numbers.

resources/translations/glossary.json lists each term with the English words that call for it
and, per language, the renderings that are wrong for it (``forbidden``, matched after the
allowed phrases are cut out) or the one that must be used (``required``). Besides the
glossary: a Kazakh case suffix must not be glued to a %N placeholder (a fixed suffix is
wrong for some numbers: «%1-іне» fits 1 but not 2 or 6), a postposition that governs a
case must not follow a placeholder bare («%2 бастап»), a Russian noun must not follow a
counted %N (its ending depends on the number), plural messages have every form their
language needs, different where the grammar makes them differ, and the user guide names
the stages and statuses as the program shows them.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from tools import translations

GLOSSARY = translations.FOLDER / "glossary.json"
TERMS = json.loads(GLOSSARY.read_text(encoding="utf-8"))["terms"]
LANGUAGES = ("ru", "kk")


def _messages(language: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, texts, is plural) of every finished message of a catalogue."""
    result = []
    for context in ET.parse(translations.ts_file(language)).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            texts = [t for t in translations.texts_of(message) if t.strip()]
            if texts:
                result.append((name, message.findtext("source"), texts,
                               message.get("numerus") == "yes"))
    return result


def _plain(text: str) -> str:
    """The text as read: no mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def glossary_problems(language: str) -> list[str]:
    problems = []
    for context, source, texts, _ in _messages(language):
        english = _plain(source)
        for term in TERMS:
            rule = term.get(language, {})
            if term.get("contexts") and context not in term["contexts"]:
                continue
            if not re.search(term["en"], english, re.IGNORECASE):
                continue
            for text in map(_plain, texts):
                cut = text
                for allowed in rule.get("allow", []):
                    cut = re.sub(allowed, " ", cut)
                for pattern in rule.get("forbidden", []):
                    found = re.search(pattern, cut)
                    if found:
                        problems.append(f"{context} | {source!r} -> {text!r}: «{found.group()}»"
                                        f" for {term['term']!r}, use «{rule['use']}»")
                if rule.get("required") and not re.search(rule["required"], text):
                    problems.append(f"{context} | {source!r} -> {text!r}: use «{rule['use']}»"
                                    f" for {term['term']!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_glossary_terms_are_translated_as_the_glossary_says(language):
    assert glossary_problems(language) == []


def test_the_glossary_for_people_names_every_term():
    text = (translations.FOLDER / "glossary.md").read_text(encoding="utf-8")
    for term in TERMS:
        assert term["term"] in text
        for language in LANGUAGES:
            assert term[language]["use"] in text
            for avoided in term[language].get("avoid", []):
                assert avoided in text
    for term in TERMS:
        assert term["why"] in text


_KK_SUFFIX = (r"ге|ке|не|на|ны|ні|да|де|та|те|дан|ден|тан|тен|нан|нен|ға|қа|ғы|гі|ның|нің|дың|"
              r"дің|тың|тің|ы|і|сы|сі|ін|ын|іне|ына|інде|ында|інен|ынан|мен|бен|пен|лар|лер|дар|"
              r"дер|тар|тер|шы|ші|ыншы|інші|нші|ншы")
# A suffix glued to a placeholder, with or without a hyphen, or any letter glued straight on.
KK_GLUED = re.compile(rf"%\d+(-({_KK_SUFFIX})(?![\w-])|[^\W\d_])")
# Postpositions that govern the ablative or dative, which a bare placeholder cannot carry.
KK_BARE_POSTPOSITION = re.compile(
    r"%\d+[)»”]?\s+(бастап|кейін|бері|бұрын|соң|дейін|шейін|қарай)\b")


def kazakh_placeholder_problems() -> list[str]:
    problems = []
    for context, source, texts, _ in _messages("kk"):
        for text in texts:
            for pattern in (KK_GLUED, KK_BARE_POSTPOSITION):
                found = pattern.search(text)
                if found:
                    problems.append(f"{context} | {source!r} -> {text!r}: «{found.group()}»")
    return problems


def test_no_kazakh_suffix_or_postposition_hangs_on_a_placeholder():
    assert kazakh_placeholder_problems() == []


# "%2 events", "%1 participant files": the English counts with a placeholder ...
EN_COUNTED = re.compile(r"%\d+ (\w+ )?(files|events|places|days|rows|participants|activities|"
                        r"lessons|students|pages|people|children|records|fields)\b")
# ... so Russian must not put an inflected noun after the number («из %2 мест» is wrong
# for 21); a preposition or conjunction may follow, or a dotted abbreviation («%1 дн.»).
RU_NOUN_AFTER_NUMBER = re.compile(
    r"%\d+ (?!(из|и|или|с|со|по|до|в|во|на|от|к|за)\b)(?![а-яё]{1,3}\.)[а-яё]+")


def russian_counted_noun_problems() -> list[str]:
    problems = []
    for context, source, texts, plural in _messages("ru"):
        if plural or not EN_COUNTED.search(_plain(source)):
            continue
        for text in texts:
            found = RU_NOUN_AFTER_NUMBER.search(text)
            if found:
                problems.append(f"{context} | {source!r} -> {text!r}: «{found.group()}»")
    return problems


def test_no_russian_noun_follows_a_counted_placeholder():
    assert russian_counted_noun_problems() == []


# Qt's rules: Russian has three forms (1, 21, 31 … | 2–4, 22–24 … | 0, 5–20, 25 …),
# Kazakh two (1 | every other number).
FORMS = {"ru": 3, "kk": 2}
RU_SINGULAR_PRONOUN = re.compile(r"\b(он|она|оно|его|её|ему|ей)\b", re.IGNORECASE)
KK_SINGULAR_PRONOUN = re.compile(r"\b(ол|оның|оны|оған)\b", re.IGNORECASE)


def plural_problems(language: str) -> list[str]:
    problems = []
    root = ET.parse(translations.ts_file(language)).getroot()
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        if message.find("translation").get("type") == "unfinished":
            continue  # the completeness test reports it
        source = message.findtext("source")
        forms = [form.text or "" for form in message.find("translation").iter("numerusform")]
        if len(forms) != FORMS[language] or not all(f.strip() and "%n" in f for f in forms):
            problems.append(f"{source!r}: forms {forms!r}")
            continue
        if language == "ru":
            if RU_SINGULAR_PRONOUN.search(forms[0]):
                problems.append(f"{source!r}: the form for 1 is also the form for 21, 31: "
                                f"{forms[0]!r}")
            if re.search(r"%n\s+[а-яё]", " ".join(forms)) and len(set(forms)) != 3:
                problems.append(f"{source!r}: a noun after %n needs three different forms")
        elif KK_SINGULAR_PRONOUN.search(forms[1]):
            problems.append(f"{source!r}: the form for 2, 5, 21 … speaks of one: {forms[1]!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_forms_their_language_needs(language):
    assert plural_problems(language) == []


def test_the_checks_catch_what_they_are_for():
    """Each pattern recognises the faults the reviewers found (and not their fixes)."""
    assert KK_GLUED.search("%2 іс-шараның %1-іне келді.")
    assert KK_GLUED.search("%1-ден бастап")
    assert KK_GLUED.search("%1ге")
    assert not KK_GLUED.search("Қатысқаны: %1 / %2 іс-шара.")
    assert not KK_GLUED.search("%1-сабақ, %2")  # an ordinal number: «5-сабақ»
    assert KK_BARE_POSTPOSITION.search("Кезең: %1, %2 бастап")
    assert not KK_BARE_POSTPOSITION.search("Кезең: %1 (%2 күннен бастап)")
    assert RU_NOUN_AFTER_NUMBER.search("Пришёл(ла) на %1 из %2 мероприятий.")
    assert not RU_NOUN_AFTER_NUMBER.search("Посещено мероприятий: %1 из %2.")
    assert RU_SINGULAR_PRONOUN.search("%n запись не удалось применить, она ожидает")


STAGES_AND_STATUSES = ("Intake", "Active", "Renounced radical views", "Rehabilitated",
                       "Relapsed", "Closed", "Requested", "In progress", "Placed", "Declined",
                       "Ended")


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_user_guide_names_stages_and_statuses_as_the_program_shows_them(language):
    """resources/guide/*.html lists the stages of a case and the statuses of a placement:
    in the words of the catalogue, not older ones («реабилитирован», «жұмыста»)."""
    root = ET.parse(translations.ts_file(language)).getroot()
    shown = {message.findtext("source"): translations.texts_of(message)[0]
             for context in root.iter("context") if context.findtext("name") == "Labels"
             for message in context.iter("message")}
    guide = translations.ROOT / "resources" / "guide" / f"{language}.html"
    text = " ".join(guide.read_text(encoding="utf-8").split()).lower()
    assert [shown[label] for label in STAGES_AND_STATUSES
            if shown[label].lower() not in text] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_user_guide_avoids_what_the_glossary_forbids(language):
    """A term marked ``prose`` is wrong in any sentence, not only in a message: the guide
    says «личное дело», «КОНФИДЕНЦИАЛДЫ», «теологическая лекция» like the program."""
    guide = translations.ROOT / "resources" / "guide" / f"{language}.html"
    text = " ".join(guide.read_text(encoding="utf-8").split())
    found = []
    for term in (term for term in TERMS if term.get("prose")):
        rule = term[language]
        cut = text
        for allowed in rule.get("allow", []):
            cut = re.sub(allowed, " ", cut)
        for pattern in rule.get("forbidden", []):
            found += [f"«{cut[max(0, m.start() - 40):m.end() + 40]}»: use «{rule['use']}»"
                      for m in re.finditer(pattern, cut)]
    assert found == []
