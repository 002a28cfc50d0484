"""A saved group list read back: its live members in alphabetical order, a removed one
and a deleted person gone, an unknown group refused."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from centre_desk.services import persons, plans
from centre_desk.services.errors import NotFound


def test_a_group_lists_its_live_members_alphabetically(run):
    ids = [run(persons.create_person, persons.PersonInput(
        surname=surname, given_name="Ерлан", birth_date=dt.date(1990, 1, 1)))
        for surname in ("Жұмабаев", "Ахметов", "Бекенов")]
    group = run(plans.create_group, "Отряд 3", ids, "АП-162/4")
    assert [m.full_name for m in run(plans.group_members, group)] == [
        "Ахметов Ерлан", "Бекенов Ерлан", "Жұмабаев Ерлан"]
    run(plans.set_group_members, group, ids[:2])
    run(persons.delete_person, ids[1])
    assert [m.person_id for m in run(plans.group_members, group)] == [ids[0]]
    with pytest.raises(NotFound):
        run(plans.group_members, uuid.uuid4())
