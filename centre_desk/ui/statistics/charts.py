"""The statistics window's three charts: the horizontal bars the PDF paints
(``reports.statistics_charts``), drawn in a widget as tall as the chart needs."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from centre_desk.reports.statistics_charts import ChartData, ChartLayout, lay_out, paint_chart


class StatisticsChart(QWidget):
    """One bar chart (stacked when its data says so) that can be refilled; its height
    follows its width, so every name and value stays whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)
        self.data: ChartData | None = None

    def show_data(self, data: ChartData) -> None:
        """Replace the chart with ``data``."""
        self.data = data
        self._fit_height()
        self.update()

    def chart_layout(self) -> ChartLayout | None:
        """Where the title, names, bars and values go at the widget's width."""
        if self.data is None:
            return None
        margin = self.fontMetrics().height() / 2
        return lay_out(self.data, QRectF(margin, margin, self.width() - 2 * margin, 0),
                       self.font())

    def _fit_height(self) -> None:
        layout = self.chart_layout()
        height = 60 if layout is None else round(layout.height + self.fontMetrics().height())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:  # QWidget.sizeHint
        """As wide as the space given; as tall as the chart at that width."""
        return QSize(self.width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # QWidget.resizeEvent
        """Re-lay out for the new width: names wrap onto more or fewer lines."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def paintEvent(self, _event: QPaintEvent) -> None:  # QWidget.paintEvent
        """Paint the chart on white, as the PDF has it on paper."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.data is not None:
            margin = self.fontMetrics().height() / 2
            area = QRectF(margin, margin, self.width() - 2 * margin,
                          self.height() - margin)
            paint_chart(painter, area, self.data, self.font())
        painter.end()
