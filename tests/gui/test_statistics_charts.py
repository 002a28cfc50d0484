"""The statistics charts at 1366 × 768 in Russian and Kazakh (issue 14, fault 10): every
category keeps its whole name (wrapped at spaces, never elided or split inside a word),
every bar carries its value, and nothing is drawn outside the chart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from centre_desk.reports.statistics_charts import WRAP
from centre_desk.ui.statistics.view import StatisticsView
from tests.unit.services.test_statistics import build_statistics_centre

TODAY = dt.date(2024, 3, 1)
LONG_NAMES = {"ru": "Возврат к радикальным взглядам",
              "kk": "Радикалды көзқарасқа қайта оралу"}


@pytest.fixture
def open_view(qtbot, workspace, db, admin, translations):
    build_statistics_centre(db, admin)

    def opened(language: str, width: int = 1366) -> StatisticsView:
        translations.apply(language)
        shown = StatisticsView(workspace, today=TODAY)
        qtbot.addWidget(shown)
        shown.resize(width, 740)
        shown.show()
        shown.refresh()
        qtbot.waitUntil(lambda: shown.report is not None and shown.show_button.isEnabled())
        return shown
    return opened


def _within(inner: QRectF, outer: QRectF) -> bool:
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


def _check_chart(chart) -> None:
    layout = chart.chart_layout()
    metrics = QFontMetricsF(chart.font())
    area = QRectF(chart.rect())
    assert [placed.text for placed in layout.categories] == list(chart.data.categories)
    for placed in layout.categories:
        needed = metrics.boundingRect(placed.rect, WRAP, placed.text)
        assert needed.width() <= placed.rect.width() + 0.5, placed.text
        assert needed.height() <= placed.rect.height() + 0.5, placed.text
        for word in placed.text.split():  # no word is broken across lines
            assert metrics.horizontalAdvance(word) <= placed.rect.width(), word
        assert _within(placed.rect, area), placed.text
    if chart.data.stacked:
        totals = [sum(values[i] for _name, values in chart.data.series)
                  for i in range(len(chart.data.categories))]
        assert [value.text for value in layout.values] == [str(total) for total in totals]
        ends = [max(bar.rect.right() for bar in layout.bars if bar.category == index)
                for index in range(len(totals))]
    else:
        assert [value.text for value in layout.values] == [str(bar.value)
                                                           for bar in layout.bars]
        ends = [bar.rect.right() for bar in layout.bars]
    for value, end in zip(layout.values, ends, strict=True):
        assert value.rect.left() >= end  # beside its bar's end, not over another's
        assert metrics.horizontalAdvance(value.text) <= value.rect.width()
        assert _within(value.rect, area), value.text
    assert layout.height + chart.fontMetrics().height() <= chart.height() + 1


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_name_is_whole_and_every_bar_has_its_value(open_view, language):
    view = open_view(language)
    months, stages, placements = view.charts
    assert LONG_NAMES[language] in stages.data.categories
    for chart in view.charts:
        _check_chart(chart)
    assert [value.text for value in stages.chart_layout().values] == \
        [str(value) for value in stages.data.series[0][1]]  # the short bars too


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_in_a_narrow_window_long_names_wrap_whole(open_view, language):
    view = open_view(language, width=900)
    stages = view.charts[1]
    _check_chart(stages)
    line = stages.fontMetrics().height()
    long_name = next(placed for placed in stages.chart_layout().categories
                     if placed.text == LONG_NAMES[language])
    assert long_name.rect.height() > 1.5 * line  # wrapped onto two lines, whole


def test_the_pdf_paints_the_same_charts(qtbot, open_view, tmp_path, monkeypatch):
    view = open_view("ru")
    target = tmp_path / "statistics.pdf"
    monkeypatch.setattr(view, "choose_export_path", lambda _format: str(target))
    view.pdf_button.click()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0)
