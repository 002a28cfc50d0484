"""The statistics window: the half-year figures and charts, filters, the rows behind a
figure, exports, the model tester, and who may open it from the main window."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from centre_desk.config import Settings
from centre_desk.domain.enums import Role
from centre_desk.services.statistics import FigureKey as F
from centre_desk.services.workspace import Workspace
from centre_desk.ui.shell.main_window import MainWindow
from centre_desk.ui.toolkit.paged_model import ROW_ROLE
from centre_desk.ui.statistics.models import COL_FIGURE, COL_VALUE
from centre_desk.ui.statistics.view import StatisticsView
from tests.unit.services.test_statistics import COLONY, build_statistics_centre

TODAY = dt.date(2024, 3, 1)  # in the first half of 2024, the test centre's period


@pytest.fixture
def centre(db, admin):
    return build_statistics_centre(db, admin)


@pytest.fixture
def view(qtbot, workspace, centre):
    shown = StatisticsView(workspace, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    shown.refresh()
    qtbot.waitUntil(lambda: shown.report is not None and shown.show_button.isEnabled())
    return shown


def _figures(view) -> dict[str, str]:
    model = view.figures
    return {model.index(row, COL_FIGURE).data().strip(): model.index(row, COL_VALUE).data()
            for row in range(model.rowCount())}


def _row_of(view, key, programme=None) -> int:
    return next(row for row in range(view.figures.rowCount())
                if (figure := view.figures.index(row, 0).data(ROW_ROLE)).key is key
                and figure.programme is programme and figure.placement_kind is None)


def test_the_current_half_year_figures_and_charts_are_shown(view):
    assert view.period_box.currentText() == "First half of 2024"
    assert (view.start_edit.date(), view.end_edit.date()) == \
        (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    figures = _figures(view)
    assert figures["Activities held"] == "8"
    assert figures["Unique people involved"] == "5"
    assert figures["Activities held: Case work"] == "5"
    assert figures["Inmates who openly renounced radical views"] == "1"
    assert figures["Placements made: Housing"] == "1"
    months, stages, placements = (chart.data for chart in view.charts)
    assert months.categories == ("01.2024", "02.2024", "03.2024", "04.2024", "05.2024",
                                 "06.2024")
    assert view.charts[0].data.title == "Activities per month by programme"
    assert len(view.charts[0].data.series) == 4
    assert dict(zip(stages.categories, stages.series[0][1]))["Rehabilitated"] == 2
    assert "Figures for 01.01.2024 to 30.06.2024." == view.status.text()


def test_enter_on_a_figure_opens_the_people_behind_it(qtbot, view, qtmodeltester):
    row = _row_of(view, F.PEOPLE_INVOLVED)
    view.table.setCurrentIndex(view.figures.index(row, 0))
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(view.dialogs) and view.dialogs[0].model.rowCount() == 5)
    dialog = view.dialogs[0]
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(5)] == [
        "Ахметов Берик", "Галиев Фарид", "Жумабаева Дана", "Касымов Ержан", "Сәрсенова Әлия"]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Activities attended"
    assert model.index(4, 4).data() == "5"
    assert dialog.windowTitle() == "Unique people involved"
    qtmodeltester.check(model)
    dialog.close()


def test_a_double_click_opens_the_activities_behind_a_figure(qtbot, view):
    index = view.figures.index(_row_of(view, F.FACILITY_MEETINGS), 0)
    view.table.scrollTo(index)
    centre = view.table.visualRect(index).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: bool(view.dialogs) and view.dialogs[-1].model.rowCount() == 5)
    model = view.dialogs[-1].model
    assert model.index(0, 0).data() == "01.01.2024"
    assert model.index(0, 4).data() == COLONY


def test_the_figures_model_passes_the_model_tester(view, qtmodeltester):
    qtmodeltester.check(view.figures)


def test_a_facility_and_an_other_period_narrow_the_figures(qtbot, view):
    view.facility_box.setCurrentIndex(view.facility_box.findData(COLONY))
    view.refresh()
    qtbot.waitUntil(lambda: view.report.scope.facility == COLONY)
    assert _figures(view)["Activities held"] == "4"
    view.period_box.setCurrentIndex(view.period_box.count() - 1)  # other period
    assert view.start_edit.isEnabled()
    view.start_edit.set_date_value(dt.date(2024, 3, 15))
    view.end_edit.set_date_value(dt.date(2024, 3, 15))
    view.refresh()
    qtbot.waitUntil(lambda: view.report.scope.start == dt.date(2024, 3, 15))
    assert _figures(view)["Activities held"] == "3"


def test_export_xlsx_writes_the_chosen_file_and_says_so(qtbot, view, tmp_path, monkeypatch,
                                                        db):
    target = tmp_path / "h1.xlsx"
    monkeypatch.setattr(view, "choose_export_path", lambda file_format: str(target))
    view.xlsx_button.click()
    qtbot.waitUntil(lambda: "Saved the statistics" in view.status.text())
    assert openpyxl.load_workbook(target).worksheets[0].title == "Figures"
    assert str(target) in view.status.text()


def test_export_pdf_without_a_chosen_file_does_nothing(qtbot, view, tmp_path, monkeypatch):
    monkeypatch.setattr(view, "choose_export_path", lambda file_format: "")
    before = view.status.text()
    view.pdf_button.click()
    assert view.status.text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


@pytest.mark.parametrize(("role", "allowed"), [
    (Role.SUPERVISOR, True), (Role.SPECIALIST, False), (Role.READ_ONLY, False)])
def test_the_statistics_action_is_for_supervisors_and_administrators(
        qtbot, db, installed, make_user, translations, centre, role, allowed):
    window = MainWindow(installed, Settings.load(installed), translations,
                        Workspace(db, make_user(role)))
    qtbot.addWidget(window)
    assert window.statistics_action.text() == "&Statistics…"
    assert window.statistics_action.isEnabled() is allowed
    if allowed:
        view = window.open_statistics()  # the current half-year: nothing in it
        qtbot.waitUntil(lambda: view.report is not None)
        assert view.report.scope.start.year == dt.date.today().year
        assert _figures(view)["Unique people involved"] == "0"
        assert {value.text for value in view.charts[0].chart_layout().values} == {"0"}
        view.close()


def test_the_empty_figures_model_passes_the_model_tester(qtbot, workspace, qtmodeltester):
    empty = StatisticsView(workspace, today=TODAY)
    qtbot.addWidget(empty)
    assert empty.figures.rowCount(QModelIndex()) == 0
    assert not empty.xlsx_button.isEnabled()
    qtmodeltester.check(empty.figures)


def test_a_period_ending_before_it_starts_is_refused_in_the_status_line(view):
    view.period_box.setCurrentIndex(view.period_box.count() - 1)
    view.start_edit.set_date_value(dt.date(2024, 6, 30))
    view.end_edit.set_date_value(dt.date(2024, 1, 1))
    view.refresh()
    assert view.status.text() == "The end date is before the start date."
    assert view.report.scope.end == dt.date(2024, 6, 30)  # the figures shown stay


def test_a_language_switch_renames_the_figures_and_charts(qtbot, view, translations):
    translations.apply("kk")
    qtbot.waitUntil(lambda: view.charts[0].data.series[0][0] == "Қатысушылармен жұмыс")
    assert "Қатысушылармен жұмыс" in view.figures.index(3, 0).data()
    assert view.charts[2].data.series[0][0] == "Өтініш берілді"


def test_the_rows_behind_a_figure_are_read_a_page_at_a_time(qtbot, view, monkeypatch,
                                                           qtmodeltester):
    from centre_desk.ui.statistics import rows as statistics_rows

    monkeypatch.setattr(statistics_rows, "PAGE_SIZE", 2)
    view.open_figure(view.figures.index(_row_of(view, F.PEOPLE_INVOLVED), 0))
    model = view.dialogs[-1].model
    pages = []
    model.rowsInserted.connect(lambda _parent, first, last: pages.append(last - first + 1))

    def all_read() -> bool:
        model.fetchMore()  # what scrolling to the end does
        return model.rowCount() == 5 and not model.loading

    qtbot.waitUntil(all_read)
    assert pages == [2, 2, 1]
    assert not model.canFetchMore()
    assert model.index(4, 0).data() == "Сәрсенова Әлия"
    assert view.dialogs[-1]._status.text() == "5 of 5 shown"
    qtmodeltester.check(model)
