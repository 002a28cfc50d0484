"""Participants fixtures: a small centre registered through the services, staff in
every role, and helpers that type and answer questions the way a user would."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from centre_desk.domain.enums import CaseCategory, Role, Sex, Stage
from centre_desk.domain.iin import make_iin
from centre_desk.domain.family import Relation
from centre_desk.services import cases, family
from centre_desk.services.cases import CaseInput
from centre_desk.services.persons import PersonInput, create_person
from centre_desk.services.workspace import Workspace

TODAY = dt.date.today()
YESTERDAY = TODAY - dt.timedelta(days=1)
NEXT_WEEK = TODAY + dt.timedelta(days=7)


def pytest_collection_modifyitems(config, items):
    """Opening a file brings its window forward; the offscreen platform says it cannot."""
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support raise"))


def iin_for(birth_date: dt.date, sex: Sex, serial: int = 1) -> str:
    """A valid IIN for a birth date and sex (the first serial that has a check digit)."""
    while (iin := make_iin(birth_date, sex, serial)) is None:
        serial += 1
    return iin


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard would, letter by letter; QTest.keyClicks cannot send letters
    outside ASCII."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     character))


def replace_text(widget: QWidget, text: str) -> None:
    """Select what a field holds and type over it."""
    widget.setFocus()
    widget.selectAll()
    if text:
        type_text(widget, text)
    else:
        widget.del_()


@dataclass(frozen=True)
class Centre:
    """Who the fixture registered, by id."""

    ahmetov_case: uuid.UUID
    ahmetov: uuid.UUID
    bekova_case: uuid.UUID
    bekova: uuid.UUID
    zhumabaev_case: uuid.UUID
    zhumabaev: uuid.UUID
    son: uuid.UUID
    specialist_id: uuid.UUID


@pytest.fixture(autouse=True)
def no_real_questions(monkeypatch):
    """No test ever waits on a real message box: closing discards (windows left open
    are closed at teardown), and any other question a test did not answer fails it."""
    from centre_desk.ui.participants.file_window import ParticipantFileDialog

    def unexpected(*_args):
        raise AssertionError("a question was asked that the test did not answer")

    monkeypatch.setattr(ParticipantFileDialog, "ask_unsaved", lambda self, *_: "discard")
    monkeypatch.setattr(ParticipantFileDialog, "confirm_merge", unexpected)
    monkeypatch.setattr(ParticipantFileDialog, "confirm_unlink", unexpected)


@pytest.fixture
def as_role(db, staff):
    """The workspace a user of a role holds."""
    def workspace(role: Role) -> Workspace:
        return Workspace(db, staff[role])
    return workspace


@pytest.fixture
def centre(workspace, staff, translations) -> Centre:
    """Three participants in different categories, stages, facilities and regions, one
    with a son; the specialist is assigned to Ахметов, whose follow-up is overdue."""
    specialist = staff[Role.SPECIALIST].user_id

    def register(surname, given, birth, sex, region, case):
        person = PersonInput(surname=surname, given_name=given,
                             iin=iin_for(birth, sex), region=region)
        return workspace.run(cases.register_participant, person, case,
                             today=dt.date(2024, 1, 10))

    ahmetov = register("Ахметов", "Ерлан", dt.date(1990, 1, 1), Sex.MALE, "Алматы",
                       CaseInput(CaseCategory.INMATE, facility="ИК-5",
                                 next_follow_up=YESTERDAY, specialist_ids=(specialist,)))
    bekova = register("Бекова", "Асель", dt.date(1991, 2, 2), Sex.FEMALE, "Астана",
                      CaseInput(CaseCategory.AT_RISK, next_follow_up=NEXT_WEEK))
    zhumabaev = register("Жумабаев", "Нурлан", dt.date(1988, 3, 3), Sex.MALE, "Алматы",
                         CaseInput(CaseCategory.EX_CONVICT, facility="ИК-12"))
    workspace.run(cases.change_stage, zhumabaev.case_id, Stage.ACTIVE, dt.date(2024, 2, 1),
                  "Agreed to weekly meetings")
    son = workspace.run(create_person, PersonInput(
        surname="Ахметов", given_name="Арман", sex=Sex.MALE, birth_date=dt.date(2015, 6, 1)))
    workspace.run(family.link_relative, ahmetov.person_id, son, Relation.CHILD)
    return Centre(ahmetov.case_id, ahmetov.person_id, bekova.case_id, bekova.person_id,
                  zhumabaev.case_id, zhumabaev.person_id, son, specialist)
