"""The half-year statistics on A4: the figures table on the first page, the three charts
on the second, with ``plans`` planned against held (by facility, by programme) on the
next (as many pages as a region's facilities take), what each figure counts last; the
centre, "Confidential" and page N of M in every page's margins.

    pages = write_pdf(path, report, context, labels.label, plans)   # complete or not at all
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPagedPaintDevice, QPainter, QTextDocument

from centre_desk.reports.participant_file import pdf_file, print_font
from centre_desk.reports.statistics_charts import charts, paint_chart
from centre_desk.reports.statistics_plan_words import PLANS_NOTE, plan_tables
from centre_desk.reports.statistics_words import (
    Label, date_text, figure_title, narrowing_text, notes, period_text, translated)
from centre_desk.services.participant_report import PrintContext
from centre_desk.services.statistics import HalfYearReport
from centre_desk.services.statistics_plans import PlansAgainstHeld

_MARGIN_MM = 18.0
_STYLE = """
h1 { font-size: 16pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-bottom: 6px; }
p.sub { color: #333333; margin: 0; }
table.figures { margin-top: 14px; }
th { background-color: #e8edf3; text-align: left; font-weight: bold; }
td.value { text-align: right; }
td.part { padding-left: 18px; }
td.total { font-weight: bold; }
th.count { font-size: 8pt; font-weight: normal; }
p.note { color: #333333; margin-top: 8px; }
p.part { margin-top: 12px; margin-bottom: 0; }
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


def _plan_row(row: list, total: bool) -> str:
    bold = " total" if total else ""
    return (f"<tr><td class='name{bold}'>{html.escape(str(row[0]))}</td>"
            + "".join(f"<td class='value{bold}'>{value}</td>" for value in row[1:])
            + "</tr>")


def _count_widths(device: QPagedPaintDevice | None, headings: list[str],
                  width: float) -> list[int]:
    """Each number column's share of the width (per cent): as wide as its heading's
    longest word in the headings' small type (Kazakh and Russian words run to 12, 13
    letters; Qt's own table layout would cut them), the names' column the rest, at
    least a fifth."""
    if device is None:
        return [0] * len(headings)
    metrics = QFontMetricsF(print_font(8), device)
    spare = 6 * _mm(device, 0.9) + 4  # both paddings and the borders
    shares = [100 * (max(metrics.horizontalAdvance(word) for word in text.split()) + spare)
              / width for text in headings]
    scale = min(1.0, 80 / sum(shares))
    return [max(1, int(share * scale + 0.99)) for share in shares]


def plans_html(plans: PlansAgainstHeld, label: Label, device: QPagedPaintDevice | None = None,
               width: float = 1.0) -> str:
    """Planned against held: a table by facility, one by programme, what they count."""
    e = html.escape
    body = f"<h2>{e(translated('Planned against held'))}</h2>"
    for title, headings, rows in plan_tables(plans, label):
        shares = _count_widths(device, headings[1:], width)
        head = f"<th>{e(headings[0])}</th>" + "".join(
            f"<th class='count'{f' width={share}%' if share else ''}>{e(text)}</th>"
            for text, share in zip(headings[1:], shares))
        lines = "".join(_plan_row(row, number == len(rows) - 1)
                        for number, row in enumerate(rows))
        body += (f"<p class='part'><b>{e(title)}</b></p>"
                 f"<table class='figures' width='100%' border='1' cellspacing='0' "
                 f"cellpadding='3' style='border-color: #9aa5b1; border-style: solid;'>"
                 f"<thead><tr>{head}</tr></thead>{lines}</table>")
    return body + f"<p class='note'>{e(translated(PLANS_NOTE))}</p>"


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


def _paint_page(painter: QPainter, document: QTextDocument, content: QRectF,
                page: int = 0) -> None:
    """Paint one page (``page``, from 0) of a document laid out in pages of ``content``'s
    size (_paged), or a document's top."""
    painter.save()
    painter.translate(content.left(), content.top() - page * content.height())
    document.drawContents(painter, QRectF(0, page * content.height(), content.width(),
                                          content.height()))
    painter.restore()


def _paged(document: QTextDocument, content: QRectF) -> int:
    """Lay ``document`` out in pages of ``content``'s size (a table's lines are not cut,
    its headings repeat on every page); returns how many it takes."""
    document.setPageSize(content.size())
    return document.pageCount()


def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    return millimetres * device.logicalDpiY() / 25.4


def _margins(painter: QPainter, device: QPagedPaintDevice, context: PrintContext,
             page: int, pages: int) -> None:
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
                     .replace("%2", str(pages)))


def paint_report(device: QPagedPaintDevice, report: HalfYearReport, context: PrintContext,
                 label: Label, plans: PlansAgainstHeld | None = None) -> int:
    """Paint the report onto a prepared A4 device; returns the page count."""
    margin = _mm(device, _MARGIN_MM)
    content = QRectF(margin, margin, device.width() - 2 * margin,
                     device.height() - 2 * margin)
    planned = None if plans is None else _document(
        device, plans_html(plans, label, device, content.width()), content.width())
    plan_pages = 0 if planned is None else _paged(planned, content)
    pages = 3 + plan_pages
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF file could not be opened for drawing")
    try:
        _margins(painter, device, context, 1, pages)
        _paint_page(painter, _document(device, figures_html(report, context, label),
                                       content.width()), content)
        device.newPage()
        _margins(painter, device, context, 2, pages)
        font = print_font(9)
        font.setPixelSize(max(1, round(_mm(device, 3.2))))
        height = content.height() / 3
        for index, chart in enumerate(charts(report, label)):
            area = QRectF(content.left(), content.top() + height * index, content.width(),
                          height - _mm(device, 6))
            paint_chart(painter, area, chart, font)
        for page in range(plan_pages):
            device.newPage()
            _margins(painter, device, context, 3 + page, pages)
            _paint_page(painter, planned, content, page)
        device.newPage()
        _margins(painter, device, context, pages, pages)
        _paint_page(painter, _document(device, notes_html(), content.width()), content)
    finally:
        painter.end()
    return pages


def write_pdf(target, report: HalfYearReport, context: PrintContext, label: Label,
              plans: PlansAgainstHeld | None = None) -> int:
    """Write the report as a PDF at ``target``, complete or not at all."""
    return pdf_file(target, translated("Half-year statistics"),
                    lambda writer: paint_report(writer, report, context, label, plans))
