"""An assessment trend as a small line chart painted with QPainter, the same in the
participant's file on screen and in the printed file: one line per domain, its share of
the domain's top score (0–100 %) on each assessment's day, a legend of domain names.

Painted rather than drawn with QtCharts for the reason the statistics charts are
(reports.statistics_charts): the reports layer and the command line need no QtWidgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from centre_desk.domain.assessments import DomainKind
from centre_desk.reports.statistics_charts import PALETTE
from centre_desk.services.assessments import DomainTrend

DayText = Callable[[dt.date], str]
_DASHES = {DomainKind.RISK: Qt.PenStyle.SolidLine, DomainKind.NEED: Qt.PenStyle.DashLine,
           DomainKind.PROTECTIVE: Qt.PenStyle.DotLine}
"""Risk, need and protective lines told apart in black-and-white print too."""


def _days(trend: Sequence[DomainTrend]) -> list[dt.date]:
    return sorted({p.assessed_on for line in trend for p in line.points})


def legend_rows(trend: Sequence[DomainTrend], width: float, font: QFont,
                names: Callable[[str], str] = str) -> int:
    """How many rows the legend takes at ``width``, its names worded by ``names``."""
    metrics = QFontMetricsF(font)
    rows, x = 1, 0.0
    for line in trend:
        item = metrics.height() * 3 + metrics.horizontalAdvance(names(line.name))
        if x and x + item > width:
            rows, x = rows + 1, 0.0
        x += item
    return rows


def paint_trend(painter: QPainter, area: QRectF, trend: Sequence[DomainTrend], font: QFont,
                day_text: DayText, names: Callable[[str], str] = str) -> None:
    """Paint the chart into ``area``: axes, one line per domain, the legend below.
    ``names`` words a domain's name (the UI translates the default instrument's)."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line_height = metrics.height()
    legend = legend_rows(trend, area.width(), font, names) * line_height * 1.3
    left = metrics.horizontalAdvance("100 %") + line_height / 2
    plot = QRectF(area.left() + left, area.top() + line_height / 2,
                  area.width() - left - line_height, area.height() - legend - 2 * line_height)
    grid = QPen(QColor("#c8c8c8"))
    text = QPen(QColor("#202020"))
    for percent in (0, 50, 100):
        y = plot.bottom() - plot.height() * percent / 100
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        painter.drawText(QRectF(area.left(), y - line_height / 2, left - line_height / 4,
                                line_height), Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignVCenter, f"{percent} %")
    days = _days(trend)
    if days:
        first, span = days[0], max((days[-1] - days[0]).days, 1)

        def x_of(day: dt.date) -> float:
            if len(days) == 1:
                return plot.center().x()
            return plot.left() + plot.width() * (day - first).days / span

        shown = days if len(days) <= 4 else [days[0], days[len(days) // 2], days[-1]]
        for day in shown:
            label = day_text(day)
            w = metrics.horizontalAdvance(label)
            x = min(max(x_of(day) - w / 2, area.left()), area.right() - w)
            painter.drawText(QRectF(x, plot.bottom() + line_height / 4, w + 2, line_height),
                             Qt.AlignmentFlag.AlignLeft, label)
        for n, line in enumerate(trend):
            pen = QPen(QColor(PALETTE[n % len(PALETTE)]), max(line_height / 8, 1.5))
            pen.setStyle(_DASHES.get(line.kind, Qt.PenStyle.SolidLine))
            painter.setPen(pen)
            points = [QPointF(x_of(p.assessed_on),
                              plot.bottom() - plot.height() * p.percent / 100)
                      for p in line.points]
            for a, b in zip(points, points[1:]):
                painter.drawLine(a, b)
            painter.setBrush(QColor(PALETTE[n % len(PALETTE)]))
            solid = QPen(pen)
            solid.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(solid)
            for point in points:
                painter.drawEllipse(point, line_height / 7, line_height / 7)
    x, y = area.left(), area.bottom() - legend + line_height * 0.3
    for n, line in enumerate(trend):
        name = names(line.name)
        item = line_height * 2 + metrics.horizontalAdvance(name) + line_height
        if x > area.left() and x + item > area.right():
            x, y = area.left(), y + line_height * 1.3
        pen = QPen(QColor(PALETTE[n % len(PALETTE)]), max(line_height / 8, 1.5))
        pen.setStyle(_DASHES.get(line.kind, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y + line_height / 2), QPointF(x + line_height * 1.6,
                                                                  y + line_height / 2))
        painter.setPen(text)
        painter.drawText(QRectF(x + line_height * 2, y, item, line_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        x += item
    painter.restore()


def trend_image(trend: Sequence[DomainTrend], width: int, height: int, font: QFont,
                day_text: DayText, names: Callable[[str], str] = str) -> QImage:
    """The chart on white, for the printed file."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_trend(painter, QRectF(0, 0, width, height), trend, font, day_text, names)
    painter.end()
    return image
