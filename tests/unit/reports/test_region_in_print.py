"""The printed participant file names the region in the language it is printed in
(issue 14, fault 10): «Алматы облысы» in Kazakh for a stored «Алматинская область»."""

from __future__ import annotations

import pytest

from centre_desk.domain.enums import CaseCategory
from centre_desk.reports.participant_file_html import file_html
from centre_desk.services import cases, persons
from centre_desk.services import participant_report as report
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.i18n import Translations


@pytest.fixture
def language(qapp, tmp_path):
    translations = Translations(tmp_path / "qm")
    yield translations.apply
    translations.apply("en")


@pytest.mark.parametrize(("code", "shown"), [
    ("ru", "Алматинская область"), ("kk", "Алматы облысы"), ("en", "Almaty Region")])
def test_the_region_is_printed_in_the_files_language(run, language, code, shown):
    ids = run(cases.register_participant,
              persons.PersonInput("Ахметов", "Ерлан", region="Алматинская область"),
              cases.CaseInput(CaseCategory.AT_RISK))
    language(code)
    body = file_html(run(report.participant_report, ids.person_id), labels.label,
                     lambda section: section.value)
    assert shown in body
