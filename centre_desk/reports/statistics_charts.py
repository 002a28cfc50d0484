"""The three statistics charts as data (categories and series) and as horizontal bar
charts laid out and painted with QPainter, the same on screen and in the PDF.

Horizontal bars leave a category its whole name, wrapped at spaces beside its bar, and
every bar carries its value (a stacked bar: its total at its end, and each part's value
inside it where it fits). QtCharts elided long names ("Отказалс...") and dropped value
labels it had no room for; a QChart also needs QtWidgets, which the reports layer (and
the command line) must not need.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from centre_desk.domain.enums import PlacementKind, PlacementStatus, Programme, Stage
from centre_desk.reports.statistics_words import Label, translated
from centre_desk.services.statistics import HalfYearReport

CHART_TITLES = (QT_TRANSLATE_NOOP("Statistics", "Activities per month by programme"),
                QT_TRANSLATE_NOOP("Statistics", "Participants by stage (today)"),
                QT_TRANSLATE_NOOP("Statistics", "Placements by kind and status (today)"))

PALETTE = ("#2f6690", "#d1495b", "#edae49", "#66a182", "#8e6c8a", "#3a3a3a")
"""Series colours, told apart in print and by most colour-blind readers."""


@dataclasses.dataclass(frozen=True)
class ChartData:
    """One chart: a title, category names along the axis, and named series of values
    (one per category), stacked when ``stacked``."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    stacked: bool


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def charts(report: HalfYearReport, label: Label) -> tuple[ChartData, ChartData, ChartData]:
    """The three charts of a report, in the current language."""
    months = _months(report.scope.start, report.scope.end)
    counts = {(m.year, m.month, m.programme): m.activities for m in report.activities_by_month}
    per_month = ChartData(
        translated(CHART_TITLES[0]), tuple(f"{month:02d}.{year}" for year, month in months),
        tuple((label(programme), tuple(counts.get((y, m, programme), 0) for y, m in months))
              for programme in Programme), stacked=True)
    stages = dict(report.participants_by_stage)
    by_stage = ChartData(translated(CHART_TITLES[1]), tuple(label(stage) for stage in Stage),
                         (("", tuple(stages.get(stage, 0) for stage in Stage)),),
                         stacked=False)
    placed = {(k, s): n for k, s, n in report.placements_by_kind_and_status}
    by_kind = ChartData(
        translated(CHART_TITLES[2]), tuple(label(kind) for kind in PlacementKind),
        tuple((label(status), tuple(placed.get((kind, status), 0) for kind in PlacementKind))
              for status in PlacementStatus), stacked=True)
    return per_month, by_stage, by_kind


WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
"""How a category's name is written beside its bar: wrapped at spaces, never elided."""
_INK, _GRID = QColor("#333333"), QColor("#c8ced6")


@dataclasses.dataclass(frozen=True)
class Placed:
    """A text and the rectangle it is written in."""

    text: str
    rect: QRectF


@dataclasses.dataclass(frozen=True)
class Bar:
    """One painted bar (or part of a stacked bar): its category, series and value."""

    category: int
    series: int
    value: int
    rect: QRectF


@dataclasses.dataclass(frozen=True)
class ChartLayout:
    """Where everything of a chart goes, in the coordinates it was laid out for.

    ``values`` holds each bar's value label at its end: one per bar of a plain chart, a
    stacked bar's total for a stacked one, whose parts have their own values ``inside``
    them where they fit."""

    title: Placed
    categories: tuple[Placed, ...]
    bars: tuple[Bar, ...]
    values: tuple[Placed, ...]
    inside: tuple[Placed, ...]
    legend: tuple[tuple[QRectF, Placed], ...]
    baseline: tuple[QPointF, QPointF]
    height: float


def _totals(chart: ChartData) -> list[int]:
    return [sum(values[i] for _name, values in chart.series) for i in range(
        len(chart.categories))]


def lay_out(chart: ChartData, area: QRectF, font: QFont) -> ChartLayout:
    """Lay ``chart`` out at the top of ``area`` (its width; the height it takes is the
    layout's ``height``) with ``font`` for its words."""
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    line = metrics.height()
    gap = line / 3
    title = Placed(chart.title, QRectF(area.left(), area.top(), area.width(), line * 1.4))
    # The names' column: as wide as the longest name up to two fifths of the chart, and
    # never narrower than its longest word, so a word is never split.
    words = [word for name in chart.categories for word in name.split()] or [""]
    longest_word = max(metrics.horizontalAdvance(word) for word in words)
    longest_name = max((metrics.horizontalAdvance(name) for name in chart.categories),
                       default=0)
    names_width = max(longest_word, min(longest_name, area.width() * 0.4)) + 2
    value_width = metrics.horizontalAdvance("00000") + gap
    plot_left = area.left() + names_width + gap
    plot_width = max(area.width() - names_width - gap - value_width, line)
    totals = _totals(chart)
    tallest = (max(totals, default=0) if chart.stacked else max(
        (max(values, default=0) for _name, values in chart.series), default=0))
    top = _nice_top(tallest or 1)
    rows = 1 if chart.stacked else max(len(chart.series), 1)
    y = title.rect.bottom() + gap
    categories, bars, values, inside = [], [], [], []
    for index, name in enumerate(chart.categories):
        wrapped = metrics.boundingRect(QRectF(0, 0, names_width, 10 * line), WRAP, name)
        height = max(wrapped.height(), line * 1.3 * rows)
        categories.append(Placed(name, QRectF(area.left(), y, names_width, height)))
        bar_height = min(line * 1.1, height / rows)
        first = y + (height - bar_height * rows) / 2
        x = plot_left
        for number, (_name, series_values) in enumerate(chart.series):
            value = series_values[index]
            length = plot_width * value / top
            if chart.stacked:
                rect = QRectF(x, first, length, bar_height)
                x += length
                text_width = metrics.horizontalAdvance(str(value))
                if 0 < value < totals[index] and text_width + gap <= length:
                    inside.append(Placed(str(value), rect))
            else:
                rect = QRectF(plot_left, first + bar_height * number, length, bar_height)
                values.append(Placed(str(value), QRectF(rect.right() + gap / 2, rect.top(),
                                                        value_width, bar_height)))
            bars.append(Bar(index, number, value, rect))
        if chart.stacked:
            values.append(Placed(str(totals[index]), QRectF(x + gap / 2, first, value_width,
                                                            bar_height)))
        y += height + gap
    baseline = (QPointF(plot_left, title.rect.bottom() + gap / 2), QPointF(plot_left, y))
    legend = []
    named = [name for name, _values in chart.series if name]
    x, y = area.left(), y + gap
    for name in named:
        width = line * 1.2 + metrics.horizontalAdvance(name) + line
        if x > area.left() and x + width > area.right():
            x, y = area.left(), y + line * 1.3
        legend.append((QRectF(x, y + line * 0.15, line * 0.7, line * 0.7),
                       Placed(name, QRectF(x + line, y, width - line, line))))
        x += width
    bottom = y + line * 1.3 if named else y
    return ChartLayout(title, tuple(categories), tuple(bars), tuple(values), tuple(inside),
                       tuple(legend), baseline, bottom - area.top())


def _nice_top(value: int) -> int:
    """A round scale maximum at or above ``value``: 1, 2, 5 times a power of ten."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if value <= step * factor:
                return step * factor
        step *= 10


def paint_chart(painter: QPainter, area: QRectF, chart: ChartData, font: QFont) -> None:
    """Draw ``chart`` as horizontal bars inside ``area``: title, names, bars, values,
    legend; shrunk as a whole if it needs more height than ``area`` has."""
    layout = lay_out(chart, QRectF(0, 0, area.width(), area.height()), font)
    painter.save()
    painter.translate(area.topLeft())
    if layout.height > area.height():
        shrink = area.height() / layout.height
        painter.translate((area.width() - area.width() * shrink) / 2, 0)
        painter.scale(shrink, shrink)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(_INK)
    painter.drawText(layout.title.rect, Qt.AlignmentFlag.AlignLeft
                     | Qt.AlignmentFlag.AlignVCenter, layout.title.text)
    painter.setFont(font)
    for placed in layout.categories:
        painter.drawText(placed.rect, WRAP, placed.text)
    for bar in layout.bars:
        painter.fillRect(bar.rect, QColor(PALETTE[bar.series % len(PALETTE)]))
    grid = QPen(_GRID)
    grid.setWidthF(max(1.0, QFontMetricsF(font).height() / 20))
    painter.setPen(grid)
    painter.drawLine(*layout.baseline)
    painter.setPen(_INK)
    for placed in layout.values:
        painter.drawText(placed.rect, Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, placed.text)
    painter.setPen(QColor("#ffffff"))
    for placed in layout.inside:
        painter.drawText(placed.rect, Qt.AlignmentFlag.AlignCenter, placed.text)
    painter.setPen(_INK)
    for number, (swatch, placed) in enumerate(layout.legend):
        painter.fillRect(swatch, QColor(PALETTE[number % len(PALETTE)]))
        painter.drawText(placed.rect, Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, placed.text)
    painter.restore()
