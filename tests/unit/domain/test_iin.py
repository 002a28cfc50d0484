"""Tests for checking, decoding and building Kazakhstan IINs."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centre_desk.domain.enums import Sex
from centre_desk.domain.iin import (
    IinInfo,
    IinProblem,
    InvalidIin,
    check_iin,
    decode_iin,
    iin_check_digit,
    make_iin,
)

# Worked by hand, weights 1..11:
# 9 0 0 5 1 5 3 0 1 2 3 -> 9+0+0+20+5+30+21+0+9+20+33 = 147; 147 % 11 = 4.
# Born 15 May 1990, digit 7 = 3: a man of the 1900s.
MAN_1990 = "900515301234"
# 0 5 1 2 3 1 6 0 0 0 1 -> 0+10+3+8+15+6+42+0+0+0+11 = 95; 95 % 11 = 7.
# Born 31 Dec 2005, digit 7 = 6: a woman of the 2000s.
WOMAN_2005 = "051231600017"
# 8 5 0 3 0 1 3 0 0 3 0 -> 8+10+0+12+0+6+21+0+0+30+0 = 87; 87 % 11 = 10, so
# second pass, weights 3..11,1,2: 24+20+0+18+0+8+27+0+0+3+0 = 100; 100 % 11 = 1.
MAN_1985_SECOND_PASS = "850301300301"
# 8 5 0 3 0 1 3 0 1 1 0 -> 8+10+0+12+0+6+21+0+9+10+0 = 76; 76 % 11 = 10;
# second pass: 24+20+0+18+0+8+27+0+11+1+0 = 109; 109 % 11 = 10 again.
NO_CHECK_DIGIT_FIRST11 = "85030130110"


@pytest.mark.parametrize(
    ("iin", "birth_date", "sex"),
    [
        (MAN_1990, datetime.date(1990, 5, 15), Sex.MALE),
        (WOMAN_2005, datetime.date(2005, 12, 31), Sex.FEMALE),
        (MAN_1985_SECOND_PASS, datetime.date(1985, 3, 1), Sex.MALE),
    ],
)
def test_valid_iin_decodes_to_birth_date_and_sex(iin, birth_date, sex):
    assert check_iin(iin) is None
    assert decode_iin(iin) == IinInfo(iin=iin, birth_date=birth_date, sex=sex)


def test_surrounding_whitespace_is_ignored():
    assert check_iin(f"  {MAN_1990}\n") is None
    assert decode_iin(f"\t{MAN_1990} ").iin == MAN_1990


def test_check_digit_uses_second_weights_when_first_pass_gives_ten():
    assert iin_check_digit(MAN_1985_SECOND_PASS[:11]) == 1


def test_eleven_digits_whose_both_passes_give_ten_have_no_check_digit():
    assert iin_check_digit(NO_CHECK_DIGIT_FIRST11) is None


@pytest.mark.parametrize("last", "0123456789")
def test_number_whose_both_passes_give_ten_is_invalid_whatever_its_last_digit(last):
    assert check_iin(NO_CHECK_DIGIT_FIRST11 + last) is IinProblem.BAD_CHECK_DIGIT


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (MAN_1990[:11] + "5", IinProblem.BAD_CHECK_DIGIT),
        (MAN_1990[:11], IinProblem.NOT_12_DIGITS),
        (MAN_1990 + "0", IinProblem.NOT_12_DIGITS),
        ("", IinProblem.NOT_12_DIGITS),
        ("90051530123A", IinProblem.NOT_12_DIGITS),
        ("9005 1530 1234", IinProblem.NOT_12_DIGITS),
        ("٩٠٠٥١٥٣٠١٢٣٤", IinProblem.NOT_12_DIGITS),  # Arabic-Indic digits
        ("900230301234", IinProblem.BAD_BIRTH_DATE),  # 30 February
        ("901315301234", IinProblem.BAD_BIRTH_DATE),  # month 13
        ("900500301234", IinProblem.BAD_BIRTH_DATE),  # day 00
        ("900515001234", IinProblem.BAD_CENTURY_DIGIT),
        ("900515701234", IinProblem.BAD_CENTURY_DIGIT),
        ("900515901234", IinProblem.BAD_CENTURY_DIGIT),
    ],
)
def test_invalid_iin_reports_its_problem(text, problem):
    assert check_iin(text) is problem
    with pytest.raises(InvalidIin) as raised:
        decode_iin(text)
    assert raised.value.problem is problem


def test_invalid_iin_error_is_a_value_error():
    with pytest.raises(ValueError):
        decode_iin("123")


def test_29_february_is_valid_in_2000_but_not_in_1900():
    # Same YYMMDD; the century digit decides whether the year is a leap year.
    born_2000 = make_iin(datetime.date(2000, 2, 29), Sex.FEMALE, 42)
    assert born_2000 is not None and born_2000[6] == "6"
    assert check_iin(born_2000) is None
    first11_1900 = born_2000[:6] + "4" + born_2000[7:11]
    check = iin_check_digit(first11_1900)
    assert check is not None
    assert check_iin(f"{first11_1900}{check}") is IinProblem.BAD_BIRTH_DATE


def test_make_iin_reproduces_hand_worked_numbers():
    assert make_iin(datetime.date(1990, 5, 15), Sex.MALE, 123) == MAN_1990
    assert make_iin(datetime.date(2005, 12, 31), Sex.FEMALE, 1) == WOMAN_2005
    assert make_iin(datetime.date(1985, 3, 1), Sex.MALE, 30) == MAN_1985_SECOND_PASS


def test_make_iin_returns_none_for_a_serial_with_no_check_digit():
    assert make_iin(datetime.date(1985, 3, 1), Sex.MALE, 110) is None


@pytest.mark.parametrize(
    ("year", "sex", "digit"),
    [(1850, Sex.MALE, "1"), (1899, Sex.FEMALE, "2"), (1900, Sex.MALE, "3"),
     (1999, Sex.FEMALE, "4"), (2000, Sex.MALE, "5"), (2099, Sex.FEMALE, "6")],
)
def test_make_iin_encodes_century_and_sex_in_seventh_digit(year, sex, digit):
    iin = make_iin(datetime.date(year, 1, 1), sex, 7) or make_iin(
        datetime.date(year, 1, 1), sex, 8
    )
    assert iin is not None and iin[6] == digit


@pytest.mark.parametrize(
    ("birth_date", "serial"),
    [(datetime.date(1799, 12, 31), 1), (datetime.date(2100, 1, 1), 1),
     (datetime.date(1990, 1, 1), -1), (datetime.date(1990, 1, 1), 10_000)],
)
def test_make_iin_refuses_years_and_serials_an_iin_cannot_hold(birth_date, serial):
    with pytest.raises(ValueError):
        make_iin(birth_date, Sex.MALE, serial)


@pytest.mark.parametrize("bad", ["1234567890", "123456789012", "1234567890a",
                                 "１２３４５６７８９０１"])
def test_iin_check_digit_refuses_anything_but_eleven_ascii_digits(bad):
    with pytest.raises(ValueError):
        iin_check_digit(bad)


CENTURY_DIGIT = {(18, Sex.MALE): 1, (18, Sex.FEMALE): 2, (19, Sex.MALE): 3,
                 (19, Sex.FEMALE): 4, (20, Sex.MALE): 5, (20, Sex.FEMALE): 6}

people = st.tuples(
    st.dates(datetime.date(1800, 1, 1), datetime.date(2099, 12, 31)),
    st.sampled_from(Sex),
    st.integers(0, 9999),
)


@given(person=people)
def test_every_made_iin_is_valid_and_decodes_back(person):
    birth_date, sex, serial = person
    iin = make_iin(birth_date, sex, serial)
    if iin is None:
        # Only allowed when these 11 digits really admit no check digit.
        digit = CENTURY_DIGIT[birth_date.year // 100, sex]
        first11 = (f"{birth_date.year % 100:02d}{birth_date.month:02d}"
                   f"{birth_date.day:02d}{digit}{serial:04d}")
        assert iin_check_digit(first11) is None
        return
    assert check_iin(iin) is None
    assert decode_iin(iin) == IinInfo(iin=iin, birth_date=birth_date, sex=sex)


@given(person=people, step=st.integers(1, 9))
def test_a_made_iin_with_any_other_last_digit_is_invalid(person, step):
    iin = make_iin(*person)
    if iin is None:
        return
    wrong = f"{iin[:11]}{(int(iin[11]) + step) % 10}"
    assert check_iin(wrong) is IinProblem.BAD_CHECK_DIGIT


@given(text=st.text(max_size=20))
def test_check_iin_never_crashes_and_agrees_with_decode(text):
    problem = check_iin(text)
    if problem is None:
        assert decode_iin(text).iin == text.strip()
    else:
        with pytest.raises(InvalidIin):
            decode_iin(text)
