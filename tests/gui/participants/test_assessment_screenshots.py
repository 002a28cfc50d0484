"""Pictures of the assessments page (latest scores, trend, history) and the New
assessment dialog in Russian and Kazakh at 1366 × 768, for a person to look at; saved
under $CENTRE_DESK_SHOTS when set, else a temp dir. Both must fit the screen."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QApplication

from centre_desk.domain.assessments import DEFAULT_INSTRUMENT
from centre_desk.domain.enums import RiskLevel
from centre_desk.services import assessments
from centre_desk.services.assessments import AssessmentInput, ScoreInput
from centre_desk.ui.admin.instrument import InstrumentDialog
from centre_desk.ui.participants.assessment_dialog import AssessmentDialog
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.toolkit.i18n import Translations
from tests.gui.screens import assert_fits

TODAY = dt.date.today()


def _scores(level: int) -> tuple[ScoreInput, ...]:
    return tuple(ScoreInput(d.code, i.code, max(0, min(3, level + n % 2 - (d.kind == "need"))))
                 for d in DEFAULT_INSTRUMENT.domains for n, i in enumerate(d.items))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_pictures_of_the_assessments_page_and_dialog(qtbot, workspace, centre, shots, language,
                                                     qm_folder, translations):
    for months_ago, level, risk in ((14, 3, RiskLevel.HIGH), (8, 2, RiskLevel.MEDIUM),
                                    (2, 1, RiskLevel.LOW)):
        workspace.run(assessments.record_assessment, centre.ahmetov_case, AssessmentInput(
            TODAY - dt.timedelta(days=30 * months_ago), _scores(level), risk,
            "Беседа с матерью; посещает лекции"), TODAY)
    Translations(qm_folder).apply(language)
    QApplication.processEvents()
    file = ParticipantFileDialog(workspace, case_id=centre.ahmetov_case)
    qtbot.addWidget(file)
    file.show()
    file.tabs.setCurrentWidget(file.assessments)
    QApplication.processEvents()
    assert_fits(file)
    assert file.grab().save(str(shots / f"assessments_file_{language}.png"))
    dialog = AssessmentDialog(workspace, centre.ahmetov_case, file)
    dialog.show()
    QApplication.processEvents()
    assert_fits(dialog)
    assert dialog.grab().save(str(shots / f"assessment_dialog_{language}.png"))
    editor = InstrumentDialog(workspace)
    qtbot.addWidget(editor)
    editor.show()
    QApplication.processEvents()
    assert_fits(editor)
    assert editor.grab().save(str(shots / f"instrument_{language}.png"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(("language", "heading", "item"), [
    ("ru", "Оценки рисков и потребностей", "Оправдывает насилие ради идеи"),
    ("kk", "Тәуекелдер мен қажеттіліктерді бағалау", "Идея үшін зорлық-зомбылықты ақтайды")])
def test_the_printed_assessment_history_in_russian_and_kazakh(
        workspace, centre, shots, language, heading, item, qm_folder, translations):
    from centre_desk.reports.participant_file import write_pdf
    from centre_desk.services import participant_report as report
    from centre_desk.ui.toolkit import labels
    for months_ago, level, risk in ((14, 3, RiskLevel.HIGH), (2, 1, RiskLevel.LOW)):
        workspace.run(assessments.record_assessment, centre.ahmetov_case, AssessmentInput(
            TODAY - dt.timedelta(days=30 * months_ago), _scores(level), risk,
            "Беседа с матерью"), TODAY)
    Translations(qm_folder).apply(language)
    target = shots / f"assessments_print_{language}.pdf"
    context = report.PrintContext("Центр «Ақниет»", "Әлия Сәрсенова", dt.datetime.now())
    write_pdf(target, [workspace.run(report.participant_report, centre.ahmetov,
                                     (report.Section.ASSESSMENTS,))], context, labels.label)
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert heading in text and item in text
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(target),
                    str(shots / f"assessments_print_{language}")], check=True)
