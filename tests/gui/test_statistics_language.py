"""The statistics window in the worker's language (issue 14, fault 10): the file name
first offered names the period unambiguously, and regions are named in the UI language."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from centre_desk.services.statistics import FigureKey
from centre_desk.ui.statistics import view as view_module
from centre_desk.ui.statistics.view import StatisticsView
from tests.unit.services.test_statistics import build_statistics_centre

TODAY = dt.date(2024, 3, 1)  # in the first half of 2024


@pytest.fixture
def open_view(qtbot, workspace, db, admin, translations):
    """``open_view(language)``: the statistics window in that language, figures shown."""
    build_statistics_centre(db, admin)

    def opened(language: str) -> StatisticsView:
        translations.apply(language)
        shown = StatisticsView(workspace, today=TODAY)
        qtbot.addWidget(shown)
        shown.show()
        shown.refresh()
        qtbot.waitUntil(lambda: shown.report is not None and shown.show_button.isEnabled())
        return shown
    return opened


def _offered_name(view, monkeypatch, button) -> str:
    offered = []
    monkeypatch.setattr(view_module.QFileDialog, "getSaveFileName",
                        lambda _parent, _title, name, _pattern: offered.append(name) or ("", ""))
    button.click()
    QApplication.processEvents()
    return offered[0]


@pytest.mark.parametrize(("language", "name"), [
    ("ru", "Статистика, первое полугодие 2024 года.xlsx"),
    ("kk", "Статистика, 2024 жылдың бірінші жартыжылдығы.xlsx"),
    ("en", "Statistics, first half of 2024.xlsx")])
def test_the_export_is_offered_under_the_half_years_name(open_view, monkeypatch, language,
                                                         name):
    view = open_view(language)
    assert _offered_name(view, monkeypatch, view.xlsx_button) == name


def test_an_other_period_is_offered_under_its_first_and_last_day(open_view, monkeypatch):
    view = open_view("ru")
    view.period_box.setCurrentIndex(view.period_box.count() - 1)  # other period
    view.start_edit.set_date_value(dt.date(2024, 2, 1))
    view.end_edit.set_date_value(dt.date(2024, 3, 15))
    assert _offered_name(view, monkeypatch, view.pdf_button) == \
        "Статистика, 01.02.2024–15.03.2024.pdf"


@pytest.mark.parametrize(("language", "shown"), [
    ("ru", "Алматинская область"), ("kk", "Алматы облысы"), ("en", "Almaty Region")])
def test_the_region_filter_names_regions_in_the_ui_language(open_view, language, shown):
    view = open_view(language)
    index = view.region_box.findData("Алматинская область")
    assert view.region_box.itemText(index) == shown


def test_a_language_switch_renames_the_regions_offered(open_view, translations, qtbot):
    view = open_view("ru")
    index = view.region_box.findData("Алматинская область")
    translations.apply("kk")
    qtbot.waitUntil(lambda: view.region_box.itemText(index) == "Алматы облысы")


def test_the_spreadsheet_names_the_region_in_the_ui_language(open_view, qtbot, tmp_path,
                                                             monkeypatch):
    view = open_view("en")
    view.region_box.setCurrentIndex(view.region_box.findData("Алматы"))
    assert view.region_box.currentText() == "Almaty"
    view.refresh()
    qtbot.waitUntil(lambda: view.report.scope.region == "Алматы")
    target = tmp_path / "almaty.xlsx"
    monkeypatch.setattr(view, "choose_export_path", lambda _format: str(target))
    view.xlsx_button.click()
    qtbot.waitUntil(lambda: "Saved the statistics" in view.status.text())
    cells = {cell.value for sheet in openpyxl.load_workbook(target).worksheets
             for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    assert "Region: Almaty" in cells
    assert "Almaty" in cells  # the region column of the people behind the figures
    assert not any("Алматы" in text for text in cells)


@pytest.mark.parametrize(("language", "words"), [
    ("ru", "в день встречи дело сопровождения имело категорию «осуждённый»"),
    ("kk", "кездесу күні сүйемелдеу ісінің санаты «сотталған» болған"),
    ("en", "whose case was an inmate's on the day of the meeting")])
def test_each_figure_says_what_it_counts_as_its_tooltip(open_view, language, words):
    """Issue 21: the definitions where a user reads them."""
    view = open_view(language)
    model = view.table.model()
    tips = {}
    for row in range(model.rowCount()):
        figure = model.row_at(row)
        tips[figure.key] = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert tips[figure.key], figure
    assert words in tips[FigureKey.INMATES_INVOLVED]
