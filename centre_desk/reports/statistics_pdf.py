"""The half-year statistics on A4: the figures table on the first page, the three charts
on the second, what each figure counts on the third; the centre, "Confidential" and
page N of M in every page's margins.

    pages = write_pdf(path, report, context, labels.label)     # complete or not at all
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

from centre_desk.reports.participant_file import pdf_file, print_font
from centre_desk.reports.statistics_charts import charts, paint_chart
from centre_desk.reports.statistics_words import (
    Label, date_text, figure_title, narrowing_text, notes, period_text, translated)
from centre_desk.services.participant_report import PrintContext
from centre_desk.services.statistics import HalfYearReport

_MARGIN_MM = 18.0
_PAGES = 3
_STYLE = """
h1 { font-size: 16pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-bottom: 6px; }
p.sub { color: #333333; margin: 0; }
table.figures { margin-top: 14px; }
th { background-color: #e8edf3; text-align: left; font-weight: bold; }
td.value { text-align: right; }
td.part { padding-left: 18px; }
"""


def figures_html(report: HalfYearReport, context: PrintContext, label: Label) -> str:
    """The first page: title, period, narrowing, who printed it, and the figures."""
    e = html.escape
    rows = "".join(
        f"<tr><td class='{'part' if f.programme or f.placement_kind else 'main'}'>"
        f"{e(figure_title(f, label))}</td><td class='value'>{f.value}</td></tr>"
        for f in report.figures)
    printed = translated("Printed by %1 on %2").replace("%1", context.printed_by).replace(
        "%2", f"{date_text(context.printed_at.date())} {context.printed_at:%H:%M}")
    return (f"<h1>{e(translated('Half-year statistics'))}</h1>"
            f"<p class='sub'><b>{e(context.centre_name)}</b></p>"
            f"<p class='sub'>{e(period_text(report.scope))}</p>"
            f"<p class='sub'>{e(narrowing_text(report.scope))}</p>"
            f"<p class='sub'>{e(printed)}</p>"
            f"<table class='figures' width='100%' border='1' cellspacing='0' cellpadding='4' "
            f"style='border-color: #9aa5b1; border-style: solid;'>"
            f"<thead><tr><th>{e(translated('Figure'))}</th>"
            f"<th>{e(translated('Value'))}</th></tr></thead>"
            f"{rows}</table>")


def notes_html() -> str:
    """The third page: what each figure counts and how a report is narrowed."""
    e = html.escape
    items = "".join(f"<p><b>{e(title)}</b>{'. ' if title else ''}{e(text)}</p>"
                    for title, text in notes())
    return f"<h2>{e(translated('What the figures count'))}</h2>{items}"


def _document(device: QPagedPaintDevice, body: str, width: float) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(print_font(10))
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_STYLE)
    document.setHtml(body)
    document.setTextWidth(width)
    return document


def _paint_page(painter: QPainter, document: QTextDocument, content: QRectF) -> None:
    painter.save()
    painter.translate(content.topLeft())
    document.drawContents(painter, QRectF(0, 0, content.width(), content.height()))
    painter.restore()


def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    return millimetres * device.logicalDpiY() / 25.4


def _margins(painter: QPainter, device: QPagedPaintDevice, context: PrintContext,
             page: int) -> None:
    font = print_font(8)
    font.setPixelSize(max(1, round(_mm(device, 2.8))))
    painter.setFont(font)
    margin, width = _mm(device, _MARGIN_MM), device.width()
    top = QRectF(margin, _mm(device, 8), width - 2 * margin, _mm(device, 6))
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     context.centre_name)
    painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     translated("CONFIDENTIAL"))
    bottom = QRectF(margin, device.height() - _mm(device, 14), width - 2 * margin,
                    _mm(device, 6))
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     translated("Page %1 of %2").replace("%1", str(page))
                     .replace("%2", str(_PAGES)))


def paint_report(device: QPagedPaintDevice, report: HalfYearReport, context: PrintContext,
                 label: Label) -> int:
    """Paint the report onto a prepared A4 device; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF file could not be opened for drawing")
    try:
        margin = _mm(device, _MARGIN_MM)
        content = QRectF(margin, margin, device.width() - 2 * margin,
                         device.height() - 2 * margin)
        _margins(painter, device, context, 1)
        _paint_page(painter, _document(device, figures_html(report, context, label),
                                       content.width()), content)
        device.newPage()
        _margins(painter, device, context, 2)
        font = print_font(9)
        font.setPixelSize(max(1, round(_mm(device, 3.2))))
        height = content.height() / 3
        for index, chart in enumerate(charts(report, label)):
            area = QRectF(content.left(), content.top() + height * index, content.width(),
                          height - _mm(device, 6))
            paint_chart(painter, area, chart, font)
        device.newPage()
        _margins(painter, device, context, 3)
        _paint_page(painter, _document(device, notes_html(), content.width()), content)
    finally:
        painter.end()
    return _PAGES


def write_pdf(target, report: HalfYearReport, context: PrintContext, label: Label) -> int:
    """Write the report as a PDF at ``target``, complete or not at all."""
    return pdf_file(target, translated("Half-year statistics"),
                    lambda writer: paint_report(writer, report, context, label))
