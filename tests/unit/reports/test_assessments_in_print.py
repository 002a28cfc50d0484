"""The printed participant file carries the assessment history: the next date, the
trend chart, every assessment's domain scores and each item with its note."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from centre_desk.domain.enums import RiskLevel
from centre_desk.reports.participant_file import write_pdf
from centre_desk.services import assessments
from centre_desk.services import participant_report as report
from centre_desk.services.assessments import AssessmentInput, ScoreInput
from centre_desk.services.participant_report import Section
from centre_desk.ui.toolkit import labels
from tests.unit.reports.test_participant_file_pdf import CONTEXT, pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def _assess(run, case_id, day, score, risk, note=None):
    run(assessments.record_assessment, case_id, AssessmentInput(
        day, (ScoreInput("views", "justifies_violence", score, note),
              ScoreInput("education_work", "employment", 3 - score),
              ScoreInput("protective", "family_support", score)), risk,
        "Беседа с матерью"), dt.date(2025, 1, 31))


def test_the_printed_file_lists_every_assessment_with_its_trend(tmp_path, run, printed):
    _assess(run, printed.case_id, dt.date(2024, 2, 1), 3, RiskLevel.HIGH, "Оправдывает насилие")
    _assess(run, printed.case_id, dt.date(2024, 8, 1), 1, RiskLevel.MEDIUM)
    target = tmp_path / "file.pdf"
    write_pdf(target, [run(report.participant_report, printed.person_id)], CONTEXT,
              labels.label)
    text = " ".join(pdf_text(target).split())
    assert "Risk and needs assessments" in text
    assert "Next assessment: 01.02.2025" in text
    assert "01.02.2024 High risk" in text and "01.08.2024 Medium risk" in text
    assert "Views and attitudes 1/3" in text and "Views and attitudes 3/3" in text
    assert "Justifies violence for a cause 3/3 Оправдывает насилие" in text
    assert "Беседа с матерью" in text
    target.with_suffix(".png")  # looked at by hand: pdftoppm -r 60 file.pdf
    if shutil.which("pdfimages"):
        listed = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True,
                                text=True, check=True).stdout
        assert len(listed.splitlines()) > 2  # the trend chart is in the PDF


def test_a_file_without_assessments_says_the_first_is_due(tmp_path, run, printed):
    target = tmp_path / "file.pdf"
    write_pdf(target, [run(report.participant_report, printed.person_id,
                           (Section.ASSESSMENTS,))], CONTEXT, labels.label)
    text = " ".join(pdf_text(target).split())
    assert "Next assessment: not assessed yet: due at intake" in text
