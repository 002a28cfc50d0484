"""The password rule: a length, and a refusal of the commonest passwords; never a
composition rule (NIST SP 800-63B). The list is small and shipped here: the
passwords people choose first, in Latin letters and typed on a Russian layout."""

from __future__ import annotations

MIN_LENGTH = 10

COMMONEST = frozenset("""
123456789 1234567890 12345678910 0123456789 9876543210 1111111111 0000000000
1234512345 1122334455 1234554321 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx3edc qwertyuiop
qwerty1234 qwerty12345 qwerty123456 asdfghjkl; asdfghjkl1 zxcvbnm123 1qazxsw23edc
password12 password123 password1234 passw0rd123 iloveyou123 administrator
admin12345 admin123456 administrator1 welcome123 welcome1234 letmein123 football123
qwertyqwerty abc1234567 abcdefghij a1234567890 princess12 sunshine123 superman123
monkey12345 dragon12345 baseball123 123qweasdzxc zaq12wsxcde 1234qwer1234
йцукенгшщз йцукенгшщзх пароль1234 пароль12345 привет1234 привет12345 qazwsxedcrfv
kazakhstan kazakhstan1 kazakhstan123 qazaqstan123 almaty1234 almaty12345 astana1234
astana12345 nursultan1 centredesk centre-desk centredesk1 parol12345 parol123456
""".split())


def problem(password: str) -> str | None:
    """The problem code of a new password ("password.too_short",
    "password.too_common"), or None when it may be used."""
    if len(password) < MIN_LENGTH:
        return "password.too_short"
    folded = password.strip().casefold()
    if folded in COMMONEST or len(set(folded)) <= 2:
        return "password.too_common"
    return None
