"""Fold people's names to one Latin search alphabet so any spelling finds them."""

import re
import unicodedata

from rapidfuzz import fuzz
from unidecode import unidecode

# How the fold works, and why in this order:
#
#   1. NFC, lowercase, and a few Latin letters whose Kazakh Latin value
#      unidecode gets wrong or too short (ş -> sh, ç -> ch, 2018 ý -> u).
#      Apostrophes are deleted here, not later, so that "Y'a" and "Ya" meet
#      the rules below as the same letters.
#   2. Latin digraphs of the usual passport spellings become one canonical
#      letter: shch -> sh, dzh -> j, kh -> h, zh -> j; Cyrillic "дж" -> j to
#      agree with "dzh".  This runs BEFORE Cyrillic is transliterated, so
#      Cyrillic letters never form digraphs by accident ("кх" stays k + h):
#      a Cyrillic letter's fold then never depends on what follows it,
#      except д (before ж) and the y-letters below.
#   3. Cyrillic (Russian + Kazakh) -> Latin with a fixed table, then
#      unidecode for any other script, then ASCII cleanup: q -> k, w -> v,
#      anything not a-z or 0-9 becomes a space.
#      x -> ks ("Alexandr", "Александр" -> aleksandr).
#   4. The y rule, which makes the passport spellings meet: ICAO 9303 (since
#      2013: я -> ia, ю -> iu, й -> i, "Iuliia", "Natalia"), the older ones
#      (ya, yu, y: "Yuliya", "Natalya", "Yerlan") and the plain Cyrillic.
#      "ye" is e ("Yerlan", "Ерлан" -> erlan), any other y is i, then a run
#      of i is one i: "Iuliia", "Yuliya", "Юлия" -> iulia; "Mariia",
#      "Mariya", "Maria", "Мария" -> maria.
#   5. Kazakh spellings: an i between "bd" and a consonant goes (Әбдірахман
#      is Абдрахман in Russian documents and Abdrakhman in passports), and a
#      run of s is one s (Kazakh passports double s between vowels so that it
#      is not read as z: "Kassymova", "Assel").
#   6. Spaces collapsed.  Output is only a-z, 0-9 and single spaces.
#
# Prefix rule for queries: a typed prefix must fold to a prefix of the full
# name's key.  Steps 1 and 3 are letter-by-letter, so only steps 2 and 4 look
# ahead.  query_key() therefore drops a trailing letter whose fold could still
# change: the start of a digraph (d, dz, k, z, "c" after "sh", Cyrillic д),
# or, failing that, a final y; and the i of a final "bdi", which a
# consonant may still drop.  "ermuk" -> "ermu", which is a prefix of
# "ermuhanov"; the caller filters the looser match further.

_VOWELS = "aeiou"

_PREMAP = str.maketrans({
    "ş": "sh", "ç": "ch", "ý": "u",
    "'": None, "’": None, "‘": None, "ʼ": None, "ʻ": None, "`": None, "´": None,
})
# Most names contain none of these; searching is ~5x cheaper than translating.
_PREMAP_RE = re.compile("[" + "".join(chr(code) for code in _PREMAP) + "]")

_DIGRAPHS = {"shch": "sh", "dzh": "j", "kh": "h", "zh": "j", "дж": "j"}
# Longest first, so "shch" wins over "sh"-less partial readings.
_DIGRAPH_RE = re.compile("|".join(sorted(_DIGRAPHS, key=len, reverse=True)))

# A query ending in one of these may be half of a digraph (see above).
_PARTIAL_DIGRAPH_RE = re.compile(r"(?:dz|[dkz]|(?<=sh)c|д)\Z")

_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh letters fold onto their nearest Russian/Latin reading.
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
    # Ukrainian and Belarusian letters seen in some documents.
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
})
_LETTERS_AND_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"
# q is Kazakh Latin for қ and w a stray spelling of v: neither starts a
# digraph, because this runs after step 2.
_ASCII_CLEAN = str.maketrans({
    **{chr(code): " " for code in range(128)},
    **{c: c for c in _LETTERS_AND_DIGITS},
    **{c.upper(): c for c in _LETTERS_AND_DIGITS if c.isalpha()},
    "q": "k", "Q": "k", "w": "v", "W": "v", "x": "ks", "X": "ks",
})

_CONSONANTS = "".join(c for c in "abcdefghijklmnopqrstuvwxz" if c not in _VOWELS)
_KAZAKH_ABD_RE = re.compile(f"(?<=bd)i(?=[{_CONSONANTS}])")
_RUNS_RE = re.compile("i{2,}|s{2,}")
_FINAL_ABD_I_RE = re.compile(r"(?<=bd)[iy]+\Z")


def _prepare(text: str) -> str:
    """Step 1: one Unicode form, lowercase, Kazakh Latin letters expanded."""
    text = unicodedata.normalize("NFC", text).lower()
    return text.translate(_PREMAP) if _PREMAP_RE.search(text) else text


def _digraphs(text: str) -> str:
    """Step 2: passport digraphs to one letter."""
    return _DIGRAPH_RE.sub(lambda m: _DIGRAPHS[m.group()], text)


def _to_ascii(text: str) -> str:
    """Step 3: transliterate and keep only a-z, 0-9 and spaces."""
    text = text.translate(_CYRILLIC)
    if not text.isascii():
        text = unidecode(text)
    return text.translate(_ASCII_CLEAN)


def _finish(text: str) -> str:
    """Steps 4 to 6: the y rule, Kazakh spellings, then collapse spaces."""
    text = text.replace("ye", "e").replace("y", "i")
    if "bdi" in text:
        text = _KAZAKH_ABD_RE.sub("", text)
    text = _RUNS_RE.sub(lambda m: m.group()[0], text)
    return " ".join(text.split())


def _fold(text: str) -> str:
    return _finish(_to_ascii(_digraphs(_prepare(text))))


def search_key(*parts: str | None) -> str:
    """Return the stored search key for a name given as its parts.

    Pass surname, given name, patronymic in that order; None and blank
    parts are skipped.  The key is folded Latin (a-z, 0-9, single spaces).
    """
    # No fold rule looks across a space, so folding the joined text equals
    # joining the folded parts, at a third of the cost.
    return _fold(" ".join(part for part in parts if part))


def given_key(surname: str | None, given_name: str | None, patronymic: str | None) -> str:
    """Return the stored key that finds a person by the given name first: the same
    fold as search_key() of given name, patronymic, surname ("Aigerim" alone, or
    "Aigerim Kassymova", finds Касымова Айгерим)."""
    return search_key(given_name, patronymic, surname)


def query_key(text: str) -> str:
    """Return the key to prefix-search stored search keys for typed `text`.

    The result is always a prefix of search_key() of every name that `text`
    is a prefix of.  A trailing letter whose fold may still change is
    dropped, so the result may be shorter than the fold of `text` and can be
    "" (search everything).  A trailing space marks the last word complete.
    """
    prepared = _prepare(text)
    trimmed = _PARTIAL_DIGRAPH_RE.sub("", prepared, count=1)
    ascii_text = _to_ascii(_digraphs(trimmed))
    # Only when nothing was trimmed is the final y's follower unknown; after a
    # trim the y is followed by a known consonant and correctly becomes i.
    if trimmed == prepared and ascii_text.endswith("y"):
        ascii_text = ascii_text[:-1]
    # "Abdi" may go on as "Abdirakhman" -> "abdrahman": the i is not known yet.
    ascii_text = _FINAL_ABD_I_RE.sub("", ascii_text)
    return _finish(ascii_text)


def name_similarity(a: str, b: str) -> float:
    """Return how alike two full names are, 0.0 (unlike) to 1.0 (same).

    Compares folded keys word by word regardless of word order, so
    "Ермуханов Айгерим" and "Aigerim Yermukhanov" score 1.0.  Two names that
    fold to nothing score 0.0: there is nothing to call a duplicate.
    """
    key_a, key_b = _fold(a), _fold(b)
    if not key_a or not key_b:
        return 0.0
    return fuzz.token_sort_ratio(key_a, key_b) / 100.0


# Kazakh Cyrillic alphabet order, which contains the Russian one; Latin letters after it.
_CYRILLIC_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN_ORDER = "abcdefghijklmnopqrstuvwxyz"
# Letters become code points from U+0100 up in alphabet order, so the database's plain
# binary text comparison sorts names as a Kazakh or Russian reader expects.
_SORT_TABLE = {ord(letter): chr(0x100 + index)
               for index, letter in enumerate(_CYRILLIC_ORDER + _LATIN_ORDER)}
_SORT_TABLE[ord("ё")] = _SORT_TABLE[ord("е")]  # dictionaries file ё under е
_SORT_TABLE.update({ord(digit): digit for digit in "0123456789"})
_SORT_TABLE[ord(" ")] = " "


def sort_key(*parts: str | None) -> str:
    """Return the stored key that orders names alphabetically (Kazakh/Russian order).

    Pass surname, given name, patronymic; the parts are separated by a space, which
    sorts before every letter, so "Иванов Иван" comes before "Иванова Анна".
    """
    text = " ".join(" ".join(part.split()) for part in parts if part and part.strip())
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(_SORT_TABLE.get(ord(char), "") for char in folded)
