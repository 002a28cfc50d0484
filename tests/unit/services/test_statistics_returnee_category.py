"""The returnees' figure counts a case by the category it had on the period's last day:
the figure looks the day up only for cases whose category changed (statistics_returnees),
and these are the cases that must still be read right."""

from __future__ import annotations

import dataclasses
import datetime as dt

from centre_desk.domain.enums import CaseCategory, Sex
from centre_desk.services import cases, persons, statistics
from centre_desk.services.statistics import FigureKey as F
from centre_desk.services.statistics_rows import rows_behind

HALF_YEAR = statistics.ReportScope(dt.date(2024, 7, 1), dt.date(2024, 12, 31))


def _participant(run, given: str, category: CaseCategory) -> cases.ParticipantIds:
    return run(cases.register_participant,
               persons.PersonInput(surname="Сапарова", given_name=given, sex=Sex.FEMALE),
               cases.CaseInput(category=category, referral_source="Операция «Жусан»"),
               dt.date(2024, 8, 1))


def _recategorise(run, case_id, category: CaseCategory, on: dt.date) -> None:
    data = run(cases.get_case, case_id).as_input()
    run(cases.update_case, case_id, dataclasses.replace(data, category=category), today=on)


def test_a_case_counts_as_a_returnee_by_its_category_on_the_periods_last_day(run):
    stayed = _participant(run, "Айгүл", CaseCategory.RETURNEE)
    _recategorise(run, stayed.case_id, CaseCategory.AT_RISK, dt.date(2025, 2, 1))
    came_later = _participant(run, "Салтанат", CaseCategory.AT_RISK)
    _recategorise(run, came_later.case_id, CaseCategory.RETURNEE, dt.date(2025, 2, 1))
    left = _participant(run, "Дана", CaseCategory.RETURNEE)
    _recategorise(run, left.case_id, CaseCategory.AT_RISK, dt.date(2024, 10, 1))
    _participant(run, "Гүлнар", CaseCategory.RETURNEE)  # never changed

    report = run(statistics.half_year_report, HALF_YEAR)

    assert report.value(F.RETURNEES) == 2
    lines = run(rows_behind, HALF_YEAR, statistics.Figure(F.RETURNEES, 2))
    assert [line.full_name for line in lines] == ["Сапарова Айгүл", "Сапарова Гүлнар"]
