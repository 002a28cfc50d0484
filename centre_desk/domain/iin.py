"""Check, decode and build Kazakhstan IINs (individual identification numbers)."""

import datetime
import enum
import operator
import re
from dataclasses import dataclass

from centre_desk.domain.enums import Sex

# First pass weights 1..11; when that gives 10 the law prescribes a second
# pass with the weights shifted by two (3..11, 1, 2).
_WEIGHTS_FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# The sums run over ASCII codes, not int() of each digit (3x cheaper for the
# data generator): each code is digit + 48 and both weight sets sum to 66,
# so the weighted sum is too big by exactly 48 * 66.
_ASCII_OFFSET = ord("0") * sum(_WEIGHTS_FIRST)
assert _ASCII_OFFSET == ord("0") * sum(_WEIGHTS_SECOND)

# re.ASCII matters: str.isdigit() and a plain \d also accept digits such as
# "٣" or "²", which would then crash int() or slip into the database.
_TWELVE_DIGITS = re.compile(r"[0-9]{12}", re.ASCII)
_ELEVEN_DIGITS = re.compile(r"[0-9]{11}", re.ASCII)

# Digit 7 of a person's IIN: (first year of the century, sex).  Other values
# (0, 7, 8, 9) are not issued to individuals.
_CENTURY_AND_SEX = {
    "1": (1800, Sex.MALE),
    "2": (1800, Sex.FEMALE),
    "3": (1900, Sex.MALE),
    "4": (1900, Sex.FEMALE),
    "5": (2000, Sex.MALE),
    "6": (2000, Sex.FEMALE),
}
_FIRST_CENTURY = 1800
_LAST_CENTURY = 2000
_MAX_SERIAL = 9999


class IinProblem(enum.Enum):
    """Why a text is not a valid IIN; the UI turns each code into a sentence."""

    NOT_12_DIGITS = "not_12_digits"
    BAD_CENTURY_DIGIT = "bad_century_digit"
    BAD_BIRTH_DATE = "bad_birth_date"
    # Also covers numbers whose first 11 digits admit no check digit at all
    # (both passes give 10): for the person typing, both mean "a digit is wrong".
    BAD_CHECK_DIGIT = "bad_check_digit"


class InvalidIin(ValueError):
    """Raised by decode_iin(); `.problem` says what is wrong."""

    def __init__(self, problem: IinProblem) -> None:
        super().__init__(problem.name)
        self.problem = problem


@dataclass(frozen=True)
class IinInfo:
    """What a valid IIN tells about its holder."""

    iin: str
    birth_date: datetime.date
    sex: Sex


def _check_digit(first11: str) -> int | None:
    """Check digit for 11 ASCII digits already validated by the caller."""
    codes = first11.encode("ascii")
    check = (sum(map(operator.mul, codes, _WEIGHTS_FIRST)) - _ASCII_OFFSET) % 11
    if check == 10:
        check = (sum(map(operator.mul, codes, _WEIGHTS_SECOND)) - _ASCII_OFFSET) % 11
        if check == 10:
            return None
    return check


def iin_check_digit(first11: str) -> int | None:
    """Return the check digit for the first 11 digits, or None if none exists.

    None means no IIN is ever issued with these 11 digits.  Raises ValueError
    if `first11` is not exactly 11 ASCII digits.
    """
    if not _ELEVEN_DIGITS.fullmatch(first11):
        raise ValueError(f"expected 11 ASCII digits, got {first11!r}")
    return _check_digit(first11)


def _birth_date(iin: str, century: int) -> datetime.date | None:
    try:
        return datetime.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:  # 31 February, month 13, day 00 ...
        return None


def _diagnose(text: str) -> tuple[IinProblem | None, IinInfo | None]:
    iin = text.strip()
    if not _TWELVE_DIGITS.fullmatch(iin):
        return IinProblem.NOT_12_DIGITS, None
    century_and_sex = _CENTURY_AND_SEX.get(iin[6])
    if century_and_sex is None:
        return IinProblem.BAD_CENTURY_DIGIT, None
    century, sex = century_and_sex
    birth_date = _birth_date(iin, century)
    if birth_date is None:
        return IinProblem.BAD_BIRTH_DATE, None
    check = _check_digit(iin[:11])
    if check is None or check != int(iin[11]):
        return IinProblem.BAD_CHECK_DIGIT, None
    return None, IinInfo(iin=iin, birth_date=birth_date, sex=sex)


def check_iin(text: str) -> IinProblem | None:
    """Return the first problem found in `text`, or None if it is a valid IIN.

    Surrounding whitespace is ignored.  Checks run in the order a person
    would fix them: length and digits, century digit, birth date, check digit.
    """
    return _diagnose(text)[0]


def decode_iin(text: str) -> IinInfo:
    """Return the birth date and sex encoded in a valid IIN.

    Surrounding whitespace is ignored; raises InvalidIin if the IIN is invalid.
    """
    problem, info = _diagnose(text)
    if info is None:
        assert problem is not None
        raise InvalidIin(problem)
    return info


def make_iin(birth_date: datetime.date, sex: Sex, serial: int) -> str | None:
    """Build the IIN for a birth date, sex and serial number (0-9999).

    Returns None when this serial yields 11 digits that admit no check digit
    (about 1 serial in 121); the caller then tries another serial.  Raises
    ValueError for a birth year outside 1800-2099, a serial out of range or
    an unknown sex.
    """
    century = birth_date.year // 100 * 100
    if not _FIRST_CENTURY <= century <= _LAST_CENTURY:
        raise ValueError(f"no IIN century digit for year {birth_date.year}")
    if not 0 <= serial <= _MAX_SERIAL:
        raise ValueError(f"serial must be 0-{_MAX_SERIAL}, got {serial}")
    if sex == Sex.MALE:
        female = 0
    elif sex == Sex.FEMALE:
        female = 1
    else:
        raise ValueError(f"unknown sex {sex!r}")
    # 1800s -> 1/2, 1900s -> 3/4, 2000s -> 5/6; odd digits are male.
    century_digit = 1 + 2 * ((century - _FIRST_CENTURY) // 100) + female
    first11 = (
        f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}"
        f"{century_digit}{serial:04d}"
    )
    check = _check_digit(first11)
    return None if check is None else f"{first11}{check}"
