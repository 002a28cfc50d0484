"""The week's schedule of a facility on A4 landscape: a title, the days across and a
row per session slot, each cell's time, session, leader and status as the week view
shows them, the sessions held without a plan among them (the cells' words come from the
window, already in the user's language).

    pages = write_pdf(path, title, subtitle, headings, rows)   # complete or not at all
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
                           QTextDocument)

from centre_desk.reports.participant_file import pdf_file, print_font

_MARGIN_MM = 12.0
_STYLE = """
h1 { font-size: 15pt; margin-bottom: 2px; }
p.sub { color: #333333; margin: 0 0 8px 0; }
th { background-color: #e8edf3; font-weight: bold; text-align: left; }
td.facility { font-weight: bold; }
"""

Cell = tuple[str, str | None]
"""A cell's text (lines split by newlines) and its background colour (None: none)."""


def schedule_html(title: str, subtitle: str, headings: Sequence[str],
                  rows: Sequence[tuple[str, Sequence[Cell]]]) -> str:
    """The schedule as the HTML the PDF lays out: ``rows`` are (the row's heading, a
    cell per day)."""
    e = html.escape
    # Every day as wide as another, whether it holds sessions or none.
    day_width = 84 // max(1, len(headings))
    head = '<th width="16%"></th>' + "".join(
        f'<th width="{day_width}%">{e(text)}</th>' for text in headings)
    body = []
    for heading, cells in rows:
        tds = "".join(
            f'<td{f" bgcolor={colour!r}" if colour else ""}>'
            f'{"<br/>".join(e(line) for line in text.splitlines())}</td>'
            for text, colour in cells)
        body.append(f'<tr><td class="facility">{e(heading)}</td>{tds}</tr>')
    return (f"<h1>{e(title)}</h1><p class='sub'>{e(subtitle)}</p>"
            f"<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    return millimetres * device.logicalDpiY() / 25.4


def paint_schedule(device: QPagedPaintDevice, body: str) -> int:
    """Lay ``body`` out on A4 landscape pages of ``device``; returns the page count."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    margin = _mm(device, _MARGIN_MM)
    content = QRectF(margin, margin, device.width() - 2 * margin,
                     device.height() - 2 * margin)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(print_font(9))
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_STYLE)
    document.setHtml(body)
    document.setPageSize(QSizeF(content.width(), content.height()))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF file could not be opened for drawing")
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(content.left(), content.top() - page * content.height())
            document.drawContents(painter, QRectF(0, page * content.height(),
                                                  content.width(), content.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(target, title: str, subtitle: str, headings: Sequence[str],
              rows: Sequence[tuple[str, Sequence[Cell]]]) -> int:
    """Write the schedule as a PDF at ``target``, complete or not at all."""
    body = schedule_html(title, subtitle, headings, rows)
    return pdf_file(target, title, lambda writer: paint_schedule(writer, body))
