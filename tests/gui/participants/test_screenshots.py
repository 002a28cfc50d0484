"""Pictures of the participants tab and file in Russian and Kazakh, for a person to look
at: the filtered list, a filled file with its history and timeline, and the look-alike
warning. Saved under $CENTRE_DESK_SHOTS (e.g. /tmp/shots) when set, else a temp dir."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, PlacementKind, RiskLevel, Role, Sex, Stage)
from centre_desk.services import cases, interventions, placements
from centre_desk.ui.toolkit.i18n import Translations
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.tab import ParticipantsTab
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_fits, assert_shows


@pytest.fixture
def filled(workspace, staff, centre):
    """Ахметов's file as it looks after a few months of work."""
    case_id, person_id = centre.ahmetov_case, centre.ahmetov
    workspace.run(cases.update_case, case_id, cases.CaseInput(
        CaseCategory.INMATE, facility="ИК-5", offence_article="ст. 256 ч. 2 УК РК",
        sentence_start=dt.date(2021, 4, 12), sentence_end=dt.date(2027, 4, 11),
        referral_source="Администрация ИК-5", risk_level=RiskLevel.MEDIUM,
        consent_given=True, consent_on=dt.date(2024, 1, 10),
        next_follow_up=dt.date.today() - dt.timedelta(days=1),
        notes="Читает по-арабски, интересуется фикхом. Мать навещает раз в месяц.",
        specialist_ids=(staff[Role.SPECIALIST].user_id,)))
    for to, on, note, witness in [
            (Stage.ACTIVE, dt.date(2024, 2, 5), "Согласился на еженедельные беседы", None),
            (Stage.RENOUNCED, dt.date(2024, 6, 20), "Публично отказался от взглядов",
             "Садыков М., замначальника ИК-5")]:
        workspace.run(cases.change_stage, case_id, to, on, note, witness)
    for kind, on, others, notes in [
            (ActivityKind.INDIVIDUAL_CONSULTATION, dt.date(2024, 2, 12), (), "Первая беседа"),
            (ActivityKind.GROUP_TRAINING, dt.date(2024, 3, 4),
             (centre.zhumabaev,), "Тренинг «Критическое мышление»"),
            (ActivityKind.THEOLOGICAL_LECTURE, dt.date(2024, 4, 18),
             (centre.zhumabaev, centre.bekova), "Лекция о джихаде в исламе")]:
        workspace.run(interventions.log_intervention, interventions.InterventionInput(
            kind, on, (person_id, *others), facility="ИК-5",
            facilitators="Теолог Абдуллаев Р.", notes=notes))
    placement = workspace.run(placements.request_placement, placements.PlacementInput(
        PlacementKind.JOB, person_id, requested_on=dt.date(2024, 7, 1),
        notes="После освобождения"))
    assert placement
    return case_id


def _in(language: str, qm_folder) -> None:
    Translations(qm_folder).apply(language)
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_pictures_of_the_list_the_file_and_the_warning(qtbot, workspace, filled, shots,
                                                       language, qm_folder, translations,
                                                       participant_files):
    _in(language, qm_folder)
    tab = ParticipantsTab(workspace, participant_files(workspace))
    qtbot.addWidget(tab)
    tab.resize(1280, 420)
    tab.show()
    tab.region_filter.ensure_loaded()
    tab.region_filter.setCurrentIndex(tab.region_filter.values().index("Алматы"))
    qtbot.wait(50)
    assert tab.grab().save(str(shots / f"p3_list_{language}.png"))
    assert_shows(tab, "Алматы", "Ахметов Ерлан", "900101300017")  # the filter, what it found
    # Its width on a 1366 × 768 screen: tests/gui/test_screen_fit.py.

    file = ParticipantFileDialog(workspace, case_id=filled)
    qtbot.addWidget(file)
    file.show()
    qtbot.wait(50)
    assert file.stage.model.rowCount() == 3 and file.timeline.model.rowCount() >= 6
    assert file.grab().save(str(shots / f"p3_file_{language}.png"))
    assert_shows(file, "Ахметов Ерлан", "ст. 256 ч. 2 УК РК", "Садыков М., замначальника ИК-5",
                 "Лекция о джихаде в исламе")
    assert_fits(file)

    new = ParticipantFileDialog(workspace)
    qtbot.addWidget(new)
    new.show()
    type_text(new.person_form.surname, "Akhmetov")
    type_text(new.person_form.given_name, "Yerlan")
    type_text(new.person_form.birth_date, "01.01.1990")
    new.person_form.sex.set_value(Sex.MALE)
    new.case_form.category.set_value(CaseCategory.EX_CONVICT)
    assert not new.save() and new.banner.save_anyway_button.isVisible()
    qtbot.wait(50)
    assert new.grab().save(str(shots / f"p3_duplicate_{language}.png"))
    assert_shows(new, "Ахметов Ерлан (01.01.1990, 900101300017)")  # the look-alike, named
    assert_fits(new)
