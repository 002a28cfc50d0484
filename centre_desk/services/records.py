"""What every service does the same way with a record: name a person as lists and forms
show them."""

from __future__ import annotations


def full_name(surname: str, given_name: str, patronymic: str | None) -> str:
    """"Surname Given Patronymic", as lists and forms show a person."""
    return " ".join(part for part in (surname, given_name, patronymic) if part)
