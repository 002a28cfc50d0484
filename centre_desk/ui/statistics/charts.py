"""The statistics window's three charts, drawn by QtCharts from the same chart data the
PDF paints (``reports.statistics_charts``)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries, QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
    QStackedBarSeries, QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from centre_desk.reports.statistics_charts import PALETTE, ChartData


class StatisticsChart(QChartView):
    """One bar chart (stacked when its data says so) that can be refilled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.data: ChartData | None = None

    def show_data(self, data: ChartData) -> None:
        """Replace the chart with ``data``."""
        self.data = data
        chart = QChart()
        chart.setTitle(data.title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QStackedBarSeries() if data.stacked else QBarSeries()
        for number, (name, values) in enumerate(data.series):
            bars = QBarSet(name)
            bars.setColor(QColor(PALETTE[number % len(PALETTE)]))
            bars.append([float(value) for value in values])
            series.append(bars)
        if not data.stacked:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(data.categories))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        # An explicit range: with every value zero Qt would compute a range of NaN.
        columns = list(zip(*(values for _name, values in data.series))) or [(0,)]
        top = max(sum(column) if data.stacked else max(column) for column in columns)
        axis_y.setRange(0, max(top, 1))
        axis_y.applyNiceNumbers()
        named = any(name for name, _values in data.series)
        chart.legend().setVisible(named)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
