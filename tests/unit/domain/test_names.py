"""Tests for folding names to search keys that meet across alphabets."""

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centre_desk.domain.names import name_similarity, query_key, search_key

# Surname, given name, patronymic as the centre would store them.
REAL_NAMES = [
    ("Ермуханов", "Айгерим", "Серікқызы"),
    ("Нұрланұлы", "Ержан", None),
    ("Қасымов", "Қайрат", "Жандосұлы"),
    ("Әбдіхалықова", "Ұлжан", None),
    ("Төлегенов", "Дәурен", "Мұратұлы"),
    ("Сейітқали", "Гүлназ", None),
    ("Шәріпова", "Өмірзақ", None),
    ("Жұмабаев", "Ілияс", "Бекұлы"),
    ("Ғабдуллин", "Аңсар", None),
    ("Һашимов", "Ерболат", None),
    ("Иванова", "Мария", "Сергеевна"),
    ("Щукин", "Юрий", "Петрович"),
    ("Соловьёва", "Наталья", "Юрьевна"),
    ("Цой", "Виктор", "Робертович"),
    ("Джумабаев", "Дмитрий", "Хасанович"),
    ("Кхан", "Зарина", None),
    ("Подъячев", "Илья", "Ильич"),
    ("Бекмұхамбетов", "Ахмет", None),
    ("Ким", "Майя", "Эдуардовна"),
    ("Мухамед-Али", "Зухра", None),
    ("Ыбырайұлы", "Әсел", None),
]


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Мария", "Mariya", "Maria", "MARIA"], "maria"),
        (["Айгерим", "Aygerim", "Aigerim"], "aigerim"),
        (["Қайрат", "Qairat", "Kairat", "Qayrat"], "kairat"),
        (["Ұлжан", "Ulzhan", "Uljan", "Ūljan"], "uljan"),
        (["Ермуханов", "Yermukhanov", "Ermukhanov", "Ermuhanov"], "ermuhanov"),
        (["Джамиля", "Dzhamilya", "Жамиля", "Zhamilya", "Jamilya", "Dzhamilia"], "jamilia"),
        (["Щукин", "Shchukin", "Shukin"], "shukin"),
        (["Шолпан", "Şolpan", "Sholpan"], "sholpan"),
        (["Шыңғыс", "Şyñğys", "Shyngys"], "shingis"),
        (["Чингиз", "Çingiz", "Chingiz"], "chingiz"),
        (["Дәулет", "Däulet", "Dáýlet", "Daulet"], "daulet"),
        (["Ёлкин", "Елкин", "Yelkin", "Elkin"], "elkin"),
        (["Цой", "Tsoy", "Tsoi"], "tsoi"),
    ],
)
def test_spellings_of_one_name_fold_to_one_key(spellings, key):
    assert [search_key(spelling) for spelling in spellings] == [key] * len(spellings)


@pytest.mark.parametrize(
    ("letter", "folded"),
    [("ә", "a"), ("ғ", "g"), ("қ", "k"), ("ң", "n"), ("ө", "o"), ("ұ", "u"),
     ("ү", "u"), ("һ", "h"), ("і", "i"), ("ё", "e"), ("ä", "a"), ("ğ", "g"),
     ("q", "k"), ("ñ", "n"), ("ö", "o"), ("ū", "u"), ("ü", "u"), ("ı", "i"),
     ("ş", "sh"), ("ç", "ch"), ("w", "v")],
)
def test_kazakh_and_kazakh_latin_letters_fold_to_plain_latin(letter, folded):
    assert search_key(f"b{letter}b") == f"b{folded}b"
    assert search_key(f"B{letter.upper()}B") == f"b{folded}b"


@pytest.mark.parametrize(
    "typed", ["ермух", "ЕРМУХ", "Ермух", "yermukh", "Yermukh", "ermukh", "ermuk", "Ерм", "e"]
)
def test_typed_surname_prefix_finds_the_name_in_any_alphabet(typed):
    assert search_key("Ермуханов", "Айгерим", "Серікқызы").startswith(query_key(typed))


def test_search_key_joins_parts_surname_first_and_skips_missing_ones():
    assert search_key("Ермуханов", "Айгерим", "Серікқызы") == "ermuhanov aigerim serikkizi"
    assert search_key("Ермуханов", None, "  ", "Серікқызы") == "ermuhanov serikkizi"
    assert search_key() == ""
    assert search_key(None, "") == ""


def test_hyphens_split_words_and_apostrophes_vanish():
    assert search_key("Мухамед-Али") == "muhamed ali"
    assert search_key("O'Brien") == search_key("O’Brien") == "obrien"


def test_query_drops_a_final_letter_that_may_start_a_digraph():
    assert query_key("ermuk") == "ermu"  # could go on as "ermukh" -> "ermuh"
    assert query_key("ulz") == "ul"  # could go on as "ulzhan" -> "uljan"
    assert query_key("Dz") == ""  # could go on as "Dzhamilya" -> "jamila"
    assert query_key("Shc") == "sh"  # could go on as "Shchukin" -> "shukin"
    assert query_key("Мари") == "mari"


def test_query_drops_a_final_y_that_may_vanish_before_a_vowel():
    assert query_key("Mary") == "mar"  # "Mariya" folds to "maria"
    assert query_key("Ай") == "a"  # "Айя" folds to "aia", "Айгерим" to "aigerim"


def test_cyrillic_query_keeps_final_k_because_cyrillic_has_no_digraphs():
    assert query_key("Ермук") == "ermuk"
    assert query_key("Қаз") == "kaz"


def test_trailing_space_in_query_marks_the_word_complete():
    assert query_key("ermuk ") == "ermuk"
    assert query_key("Mary ") == "mari"


@pytest.mark.parametrize("parts", REAL_NAMES, ids=lambda parts: search_key(parts[0]))
def test_every_typed_prefix_of_a_real_name_finds_it(parts):
    key = search_key(*parts)
    text = " ".join(part for part in parts if part)
    for end in range(len(text) + 1):
        assert key.startswith(query_key(text[:end])), text[:end]
    assert query_key(text + " ") == key


# Letters that take part in context rules, plus a vowel, a consonant and
# separators for contrast; kept short so 15**4 strings run in about a second.
TRICKY = "adhkszcye' дйжх"


def test_prefix_rule_holds_for_every_short_string_of_tricky_letters():
    for length in range(1, 5):
        for letters in itertools.product(TRICKY, repeat=length):
            text = "".join(letters)
            key = search_key(text)
            for end in range(1, length + 1):
                assert key.startswith(query_key(text[:end])), (text[:end], text)


name_text = st.text(
    alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    "АЖЙХЯabcdehjkqsuvwyzäğñöūüışçý' -",
    max_size=30,
)


@given(text=name_text)
def test_query_for_any_prefix_is_a_prefix_of_the_full_key(text):
    key = search_key(text)
    for end in range(len(text) + 1):
        assert key.startswith(query_key(text[:end]))


@given(text=st.text(max_size=40))
def test_keys_hold_only_lowercase_latin_digits_and_single_spaces(text):
    key = search_key(text)
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", key)
    assert re.fullmatch(r"[a-z0-9 ]*", query_key(text))


@given(parts=st.lists(st.one_of(st.none(), name_text), max_size=4))
def test_search_key_of_parts_equals_key_of_their_joined_text(parts):
    folded = [search_key(part) for part in parts]
    assert search_key(*parts) == " ".join(key for key in folded if key)


def test_same_person_in_two_alphabets_and_word_orders_is_fully_similar():
    assert name_similarity("Ермуханов Айгерим", "Aigerim Yermukhanov") == 1.0


def test_one_typo_is_similar_and_a_different_person_is_not():
    typo = name_similarity("Ермуханов Айгерим", "Ермуханова Айгерим")
    other = name_similarity("Ермуханов Айгерим", "Иванов Пётр")
    assert 0.9 < typo < 1.0
    assert other < 0.6


def test_names_that_fold_to_nothing_are_not_similar():
    assert name_similarity("", "") == 0.0
    assert name_similarity("ъ", "Айгерим") == 0.0


def test_sort_key_orders_names_in_kazakh_and_russian_alphabet_order():
    from centre_desk.domain.names import sort_key

    names = [("Яковлев", "Олег"), ("Ғабдуллин", "Ерболат"), ("Ахметов", "Мұса"),
             ("Әлімжанов", "Еркін"), ("Иванова", "Анна"), ("Иванов", "Иван"),
             ("Фёдоров", "Владимир"), ("Федорова", "Алёна"), ("Ұлжанов", "Бек"),
             ("Үсенова", "Раушан"), ("Smith", "John")]
    ordered = sorted(names, key=lambda name: sort_key(*name))
    assert ordered == [("Ахметов", "Мұса"), ("Әлімжанов", "Еркін"), ("Ғабдуллин", "Ерболат"),
                       ("Иванов", "Иван"), ("Иванова", "Анна"), ("Ұлжанов", "Бек"),
                       ("Үсенова", "Раушан"), ("Фёдоров", "Владимир"), ("Федорова", "Алёна"),
                       ("Яковлев", "Олег"), ("Smith", "John")]


def test_sort_key_ignores_case_and_extra_spaces():
    from centre_desk.domain.names import sort_key

    assert sort_key("  ЕРМУХАНОВ ", "қайрат") == sort_key("Ермуханов", "Қайрат")
