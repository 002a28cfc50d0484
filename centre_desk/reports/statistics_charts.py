"""The three statistics charts as data (categories and series, shared with the window's
QtCharts) and as simple bar charts painted with QPainter for the PDF.

The PDF does not render QtCharts: a QChart is a QGraphicsWidget, so drawing one needs
QtWidgets and a QApplication, which the reports layer (and the command line) must not
need. Plain bars, a scale and a legend say the same on paper.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

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


def _nice_top(value: int) -> int:
    """A round axis maximum at or above ``value``: 1, 2, 5 times a power of ten."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if value <= step * factor:
                return step * factor
        step *= 10


def paint_chart(painter: QPainter, area: QRectF, chart: ChartData, font: QFont) -> None:
    """Draw ``chart`` as vertical bars inside ``area``: title, scale, bars, legend."""
    painter.save()
    painter.setFont(font)
    line = painter.fontMetrics().height()
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chart.title)
    painter.setFont(font)
    small = QFont(font)  # category names: up to three lines of a smaller size
    small.setPixelSize(max(1, round(font.pixelSize() * 0.85)))
    named = [name for name, _values in chart.series if name]
    legend_rows = (len(named) + 2) // 3 if named else 0
    label_width = max((painter.fontMetrics().horizontalAdvance("0000000"), 1))
    # Below the bars: category names on up to two lines, then the legend.
    plot = QRectF(area.left() + label_width, area.top() + line * 2,
                  area.width() - label_width, area.height() - line * (6 + legend_rows * 1.2))
    totals = [sum(values[i] for _name, values in chart.series) if chart.stacked
              else max((values[i] for _name, values in chart.series), default=0)
              for i in range(len(chart.categories))]
    top = _nice_top(max(totals, default=0) or 1)
    steps = 4 if str(top)[0] == "2" else 5  # ticks at round numbers: 0, 500 ... 2000
    grid = QPen(QColor("#c8ced6"))
    grid.setWidthF(max(1.0, line / 20))
    for tick in range(steps + 1):
        value = top * tick / steps
        y = plot.bottom() - plot.height() * tick / steps
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(area.left(), y - line / 2, label_width - line / 3, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{value:g}")
    slot = plot.width() / max(len(chart.categories), 1)
    bars = 1 if chart.stacked else len(chart.series)
    width = slot * 0.7 / bars
    for index, category in enumerate(chart.categories):
        left = plot.left() + slot * index + slot * 0.15
        base = plot.bottom()
        for number, (_name, values) in enumerate(chart.series):
            height = plot.height() * values[index] / top
            x = left if chart.stacked else left + width * number
            y = base - height if chart.stacked else plot.bottom() - height
            colour = QColor(PALETTE[number % len(PALETTE)])
            painter.fillRect(QRectF(x, y, width, height), colour)
            if chart.stacked:
                base -= height
        painter.setPen(QColor("#333333"))
        painter.setFont(small)
        painter.drawText(QRectF(plot.left() + slot * index + line / 8, plot.bottom() + line / 4,
                                slot - line / 4, line * 2.6),
                         Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, category)
        painter.setFont(font)
        painter.drawText(QRectF(plot.left() + slot * index, plot.bottom() - plot.height()
                                * totals[index] / top - line * 1.1, slot, line),
                         Qt.AlignmentFlag.AlignHCenter, str(totals[index]) if chart.stacked
                         else "")
        if not chart.stacked:
            for number, (_name, values) in enumerate(chart.series):
                x = left + width * number
                y = plot.bottom() - plot.height() * values[index] / top - line * 1.1
                painter.drawText(QRectF(x - slot, y, width + 2 * slot, line),
                                 Qt.AlignmentFlag.AlignHCenter, str(values[index]))
    column = area.width() / 3
    for number, name in enumerate(named):
        x = area.left() + column * (number % 3)
        y = plot.bottom() + line * (3.1 + 1.2 * (number // 3))
        painter.fillRect(QRectF(x, y + line * 0.2, line * 0.7, line * 0.7),
                         QColor(PALETTE[number % len(PALETTE)]))
        painter.drawText(QRectF(x + line, y, column - line, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
    painter.restore()
