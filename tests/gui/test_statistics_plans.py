"""The statistics window's "Planned against held" tab: the numbers per facility and per
programme for the period shown, the XLSX saved from the window holding the same, and the
tab and its PDF page in Russian and Kazakh (pictures kept in CENTRE_DESK_SHOTS)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from centre_desk.domain.enums import Programme
from centre_desk.reports.statistics_export import ReportFormat, save_report
from centre_desk.ui.statistics import view as view_module
from centre_desk.ui.statistics.view import StatisticsView
from centre_desk.ui.toolkit import labels
from tests.gui.screens import assert_fits, assert_shows
from tests.unit.services.test_statistics_plans import (
    COLONY, NOVEMBER, OTHER_COLONY, build_plans_centre)


@pytest.fixture
def open_view(qtbot, workspace, db, admin, translations):
    """``open_view(language)``: the window in that language, November 2024 shown."""
    build_plans_centre(db, admin)

    def opened(language: str = "en") -> StatisticsView:
        translations.apply(language)
        shown = StatisticsView(workspace, today=dt.date(2024, 12, 2))
        qtbot.addWidget(shown)
        shown.resize(1366, 740)
        shown.show()
        shown.period_box.setCurrentIndex(shown.period_box.count() - 1)  # other period
        shown.start_edit.set_date_value(NOVEMBER.start)
        shown.end_edit.set_date_value(NOVEMBER.end)
        shown.refresh()
        qtbot.waitUntil(lambda: shown.plans is not None and shown.show_button.isEnabled())
        shown.tabs.setCurrentWidget(shown.plans_page)
        return shown
    return opened


def _cells(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_tab_shows_planned_against_held_per_facility_and_programme(open_view,
                                                                      qtmodeltester):
    view = open_view()
    page = view.plans_page
    assert view.tabs.tabText(1) == "Pla&nned against held"
    headings = [page.by_facility.headerData(n, Qt.Orientation.Horizontal)
                for n in range(page.by_facility.columnCount())]
    assert headings == ["Facility", "Planned", "Held", "Missed", "Still to come",
                        "Cancelled", "Held without a plan"]
    # The period is past: what was neither held nor cancelled was missed.
    assert _cells(page.by_facility) == [
        [COLONY, "3", "1", "2", "0", "1", "1"], [OTHER_COLONY, "1", "0", "1", "0", "0", "0"],
        ["No facility", "3", "1", "2", "0", "1", "1"], ["Total", "7", "2", "5", "0", "2", "2"]]
    programmes = _cells(page.by_programme)
    assert programmes[0] == ["Case work", "4", "1", "3", "0", "1", "1"]
    assert programmes[1] == ["Mothers' club", "3", "1", "2", "0", "1", "1"]
    assert programmes[-1] == ["Total", "7", "2", "5", "0", "2", "2"]
    assert len(programmes) == len(Programme) + 1
    assert page.by_facility.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert_shows(view, "By facility", "By programme", "Held without a plan", COLONY)
    qtmodeltester.check(page.by_facility)


def test_the_spreadsheet_saved_from_the_window_holds_the_numbers_shown(open_view, qtbot,
                                                                      monkeypatch, tmp_path):
    view = open_view()
    target = tmp_path / "november.xlsx"
    monkeypatch.setattr(view_module.QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), ""))
    view.xlsx_button.click()
    qtbot.waitUntil(lambda: view.status.text().startswith("Saved the statistics"))
    sheet = openpyxl.load_workbook(target)["Planned against held"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert [COLONY, 3, 1, 2, 0, 1, 1] in rows
    assert rows.count(["Total", 7, 2, 5, 0, 2, 2]) == 2


WORDS = {
    "ru": ("Запланировано и проведено", "По учреждениям", "Проведено вне плана",
           "Без учреждения", "Итого"),
    "kk": ("Жоспарланғаны мен өткізілгені", "Мекемелер бойынша", "Жоспардан тыс өткізілді",
           "Мекемесіз", "Барлығы"),
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_tab_and_its_pdf_page_in_russian_and_kazakh(open_view, language, shots,
                                                        tmp_path, workspace):
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    view = open_view(language)
    QApplication.processEvents()
    view.grab().save(str(shots / f"statistics_plans_{language}.png"))
    title, by_facility, unplanned, nowhere, total = WORDS[language]
    assert view.tabs.tabText(1).replace("&", "") == title
    assert_shows(view, by_facility, unplanned, nowhere, total, COLONY)
    assert_fits(view)
    target = tmp_path / f"november-{language}.pdf"
    save_report(workspace, NOVEMBER, ReportFormat.PDF, target, labels.label,
                plans=view.plans)
    document = QPdfDocument()
    document.load(str(target))
    text = " ".join(document.getAllText(2).text().split())
    for words in (title, by_facility, nowhere, total, COLONY, OTHER_COLONY):
        assert words in text, words
    document.render(2, QSize(827, 1170)).save(
        str(shots / f"statistics_plans_pdf_{language}.png"))
