"""A club member's card with long words (who referred her, why, a meeting's title and
place, in Kazakh and Russian) on a 1366 × 768 screen, as it opens and maximised: every
column of her memberships and meetings is in view without scrolling sideways, the long
words cut short with "…" and whole in the cell's tooltip."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from centre_desk.domain.enums import ActivityKind, Programme, Sex
from centre_desk.services import activities, club, persons
from centre_desk.services.activities import ActivityInput
from centre_desk.services.persons import PersonInput
from centre_desk.ui.club.member import ClubMemberDialog
from tests.gui.screens import SCREEN, assert_fits

TODAY = dt.date.today()
REFERRED_BY = "Шахтинск қаласы әкімдігінің әлеуметтік қызметкері Әбдіхалықова М. С."
REASON = ("Күйеуі ИК-5 мекемесінде жазасын өтеуде; просит поддержки в воспитании сына-"
          "подростка и помощи с трудоустройством поближе к дому.")
TITLE = "Ана мен бала: жасөспірімдермен сенімді қарым-қатынас құру жолдары"
PLACE = "Центр «Ақниет», зал для групповых занятий на втором этаже"


@pytest.fixture
def membership(run):
    mother = run(persons.create_person, PersonInput(
        surname="Нұрмағанбетова-Сейітқалиева", given_name="Гүлжаһан", sex=Sex.FEMALE,
        birth_date=dt.date(1987, 11, 23)))
    joined = run(club.join_club, mother, TODAY - dt.timedelta(days=60), REASON, REFERRED_BY)
    meeting = run(activities.create_activity, ActivityInput(
        programme=Programme.MOTHERS_CLUB, kind=ActivityKind.CLUB_GROUP_SESSION,
        held_on=TODAY - dt.timedelta(days=3), title=TITLE, place=PLACE))
    run(activities.set_attendance, meeting, [mother])
    return joined


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_cards_tables_show_every_column_and_long_words_in_tooltips(
        qtbot, workspace, membership, translations, language):
    translations.apply(language)
    card = ClubMemberDialog(workspace, membership)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    for size in (card.size(), SCREEN.size()):  # as it opens, and maximised
        card.resize(size)
        qtbot.wait(20)
        assert_fits(card)
        for name, words in (("membershipsView", (REFERRED_BY, REASON)),
                            ("meetingsView", (TITLE, PLACE))):
            view = card.findChild(QTableView, name)
            assert not view.horizontalScrollBar().isVisible(), f"{name} scrolls sideways"
            model, shown = view.model(), view.viewport().rect()
            for column in range(model.columnCount()):
                cell = view.visualRect(model.index(0, column))
                assert shown.contains(cell), f"{name} column {column} is out of view"
            for column, text in zip((2, 3), words, strict=True):
                assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == text
