"""Participant files on paper: each file laid out as a QTextDocument and painted page by
page onto A4 (a PDF or a printer), with the centre, "Confidential", the participant's
name, page N of M and who printed it when in every page's margins.

    pages = write_pdf(path, reports, context, labels.label)          # a PDF, atomically
    paint_files(printer, reports, context, labels.label)             # a QPrinter

``reports`` may be a generator, so hundreds of files are read one at a time.
``progress(done, total)`` is called after each file; to cancel, it raises: the
exception leaves the painter closed and, through ``store.atomic.replacing``, no file.
Words for codes come from ``label`` (the UI's ``labels.label``), because the reports
layer cannot import the UI's.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl)
from PySide6.QtGui import (
    QFont, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QPen, QTextBlock,
    QTextCharFormat, QTextCursor, QTextDocument, QTextOption, QTextTable)

from centre_desk.reports import participant_file_html as layout
from centre_desk.reports.assessment_trend import trend_image
from centre_desk.services.participant_report import ParticipantReport, PrintContext, Section
from centre_desk.store.atomic import replacing

Label = Callable[[enum.Enum | None], str]
Progress = Callable[[int, int], None]

FONT_FAMILY = "DejaVu Sans"
"""Has every Kazakh letter (ә ғ қ ң ө ұ ү һ і) and ships with the program's platforms."""
PDF_RESOLUTION = 300
_MARGIN_MM = 18.0
_BAND_MM = 9.0  # header and footer bands, inside the margin

# Marked for pyside6-lupdate; looked up through _t() when painted.
_MARGIN_TEXTS = (QT_TRANSLATE_NOOP("ParticipantFileReport", "CONFIDENTIAL"),
                 QT_TRANSLATE_NOOP("ParticipantFileReport", "Printed by %1 on %2"),
                 QT_TRANSLATE_NOOP("ParticipantFileReport", "Page %1 of %2"),
                 QT_TRANSLATE_NOOP("ParticipantFileReport", "Participant files"))
SECTION_TITLES = {
    Section.PERSONAL: QT_TRANSLATE_NOOP("ParticipantFileReport", "Personal details"),
    Section.CASE: QT_TRANSLATE_NOOP("ParticipantFileReport", "Case and stage history"),
    Section.ASSESSMENTS: QT_TRANSLATE_NOOP("ParticipantFileReport",
                                           "Risk and needs assessments"),
    Section.INTERVENTIONS: QT_TRANSLATE_NOOP("ParticipantFileReport", "Interventions"),
    Section.PROGRAMMES: QT_TRANSLATE_NOOP("ParticipantFileReport",
                                          "Mothers' club, children's events and courses"),
    Section.PLACEMENTS: QT_TRANSLATE_NOOP("ParticipantFileReport", "Placements"),
    Section.FAMILY: QT_TRANSLATE_NOOP("ParticipantFileReport", "Family"),
    Section.NOTES: QT_TRANSLATE_NOOP("ParticipantFileReport", "Notes"),
    Section.DOCUMENTS: QT_TRANSLATE_NOOP("ParticipantFileReport", "Documents"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ParticipantFileReport", text)


def section_title(section: Section) -> str:
    """A section's heading, also the label of its box in the print dialog."""
    return _t(SECTION_TITLES[section])


def document_for(report: ParticipantReport, label: Label, device=None,
                 page_size: QSizeF | None = None) -> QTextDocument:
    """One participant's file as a document, laid out for ``device`` in pages of
    ``page_size`` (device pixels) when given."""
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(print_font(10))
    document.setDocumentMargin(0)
    # Lines wrap between words only: a narrow column never splits "индивидуальная".
    option = QTextOption(document.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(layout.STYLE)
    chart_width = _add_trend_chart(document, report, page_size, device)
    document.setHtml(layout.file_html(report, label, section_title, chart_width))
    if page_size is not None:
        document.setPageSize(page_size)
        _fit_tables(document, page_size.width())
        _keep_headings_with_next(document, page_size.height())
    return document


def _add_trend_chart(document: QTextDocument, report: ParticipantReport,
                     page_size: QSizeF | None, device=None) -> int:
    """Add the assessment trend as an image resource; returns the width the HTML gives
    it (0: no chart). Painted at its printed size in device pixels, so it prints sharp;
    the HTML counts in 96-dpi pixels, which the layout scales up to the device's."""
    history = report.assessments
    if history is None or not history.trend:
        return 0
    width = int(page_size.width() * 0.8) if page_size is not None else 560
    font = print_font(8)
    font.setPixelSize(max(width // 60, 9))
    image = trend_image(history.trend, width, int(width * 0.36), font, _day_text,
                        lambda name: QCoreApplication.translate("Instrument", name))
    document.addResource(QTextDocument.ResourceType.ImageResource,
                         QUrl(layout.TREND_IMAGE), image)
    dpi = device.logicalDpiX() if device is not None else 96
    return round(width * 96 / dpi)


def _day_text(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


_SMALLEST_TABLE_POINTS = 6.5
_TABLE_SLACK = 4  # device pixels: a full-width table's borders round a little past the page


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames()
            if isinstance(frame, QTextTable)]


def _fit_tables(document: QTextDocument, width: float) -> None:
    """A table whose longest words do not fit across the page side by side (whole words
    make it wider than the page) is set in a smaller type until they do."""
    layout_of = document.documentLayout()
    for table in _tables(document):
        points = document.defaultFont().pointSizeF()
        while layout_of.frameBoundingRect(table).width() > width + _TABLE_SLACK and \
                points > _SMALLEST_TABLE_POINTS:
            points = max(points - 0.5, _SMALLEST_TABLE_POINTS)
            cursor = table.firstCursorPosition()
            cursor.setPosition(table.lastCursorPosition().position(),
                               QTextCursor.MoveMode.KeepAnchor)
            smaller = QTextCharFormat()
            smaller.setFontPointSize(points)
            cursor.mergeCharFormat(smaller)


def _first_line(document: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    """Where a block's first line starts and ends on the page-long strip of the layout."""
    top = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    if not lines.lineCount():
        return top, top
    line = lines.lineAt(0).rect()
    return top + line.top(), top + line.bottom()


def _move_down(document: QTextDocument, block: QTextBlock, to: float) -> None:
    """Add the least room above a block that starts its first line at ``to`` or below:
    room below the table it follows (Qt drops the top margin of a block it already counts
    as on the next page), else above the block itself. Margins are in other units than
    the layout and collapse with what is above, so the room is found by trying: doubled
    until the line moves there, then halved back to the least that does."""
    table = QTextCursor(block.previous()).currentTable()

    def room(margin: float) -> float:
        if table is not None:
            frame = table.format()
            frame.setBottomMargin(margin)
            table.setFormat(frame)
        else:
            heading = block.blockFormat()
            heading.setTopMargin(margin)
            QTextCursor(block).setBlockFormat(heading)
        document.documentLayout().documentSize()  # lays the rest out again, now
        return _first_line(document, block)[0]

    low = table.format().bottomMargin() if table is not None else block.blockFormat().topMargin()
    high = low + max(to - _first_line(document, block)[0], 1.0)
    for _ in range(24):
        if room(high) >= to:
            break
        low, high = high, low + 2 * (high - low)
    for _ in range(16):
        middle = (low + high) / 2
        if room(middle) >= to:
            high = middle
        else:
            low = middle
    room(high)


def _content_after(block: QTextBlock) -> QTextBlock:
    """What follows a heading: a table's first row below its column titles (they repeat
    on every page), else the next block."""
    table = QTextCursor(block).currentTable()
    if table is not None and table.format().headerRowCount() < table.rows():
        return table.cellAt(table.format().headerRowCount(), 0).firstCursorPosition().block()
    return block


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """No heading ends a page, or runs across its end: one whose next line would fall on
    the next page is moved down, by the room left on its page, to start the next one
    (again after each move, as moving one heading shifts everything below it)."""
    moved: set[int] = set()
    for _ in range(64):
        block = document.begin().next()  # the title, first on the first page, stays
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid() and \
                    block.blockNumber() not in moved:
                top, own = _first_line(document, block)
                _, next_line = _first_line(document, _content_after(following))
                page = int(top // page_height)
                if page != int((next_line - 1) // page_height):
                    # A margin rather than a page break, which Qt takes one page too far
                    # after a table.
                    _move_down(document, block, (page + 1) * page_height)
                    moved.add(block.blockNumber())
                    break  # the layout below has moved: look again from the top
            block = following
        else:
            return


def print_font(points: float) -> QFont:
    """The printout's font, without ligatures: "fi" stays two letters, so the PDF's
    text can be searched and copied as typed."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def prepare(device: QPagedPaintDevice) -> None:
    """A4 portrait with no margins of Qt's own: the margins are drawn here."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def paint_files(device: QPagedPaintDevice, reports: Iterable[ParticipantReport],
                context: PrintContext, label: Label, total: int | None = None,
                progress: Progress | None = None) -> int:
    """Paint every file onto the device, each from a new page; returns the page count.

    ``device`` is a QPdfWriter or QPrinter already given its output; call
    :func:`prepare` first (write_pdf does)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for drawing")
    pages = done = 0
    try:
        for report in reports:
            if done:
                device.newPage()
            pages += _paint_file(painter, device, report, context, label)
            done += 1
            if progress is not None:
                progress(done, total if total is not None else done)
    finally:
        painter.end()
    return pages


def write_pdf(target: Path | str, reports: Iterable[ParticipantReport],
              context: PrintContext, label: Label, total: int | None = None,
              progress: Progress | None = None) -> int:
    """Write the files into one PDF at ``target``, complete or not at all."""
    return pdf_file(target, _t("Participant files"), lambda writer: paint_files(
        writer, reports, context, label, total, progress))


def pdf_file(target: Path | str, title: str,
             paint: Callable[[QPdfWriter], int]) -> int:
    """A PDF at ``target``, set up as every print is (resolution, creator, ``title``,
    the page), with what ``paint(writer)`` draws; complete or not at all. Returns what
    ``paint`` does: the number of pages."""
    with replacing(target) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator("Centre Desk")
        writer.setTitle(title)
        prepare(writer)
        try:
            pages = paint(writer)
        finally:
            del writer  # flushes and closes the file before it is moved or removed
    return pages


_HAIR = 0.5  # device pixels


def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    return millimetres * device.logicalDpiY() / 25.4


def _paint_file(painter: QPainter, device: QPagedPaintDevice, report: ParticipantReport,
                context: PrintContext, label: Label) -> int:
    width, height = device.width(), device.height()
    margin, band = _mm(device, _MARGIN_MM), _mm(device, _BAND_MM)
    # Whole pixels: the layout's page breaks then fall exactly where each page is cut.
    body = QRectF(margin, margin + band, math.floor(width - 2 * margin),
                  math.floor(height - 2 * (margin + band)))
    document = document_for(report, label, device, body.size())
    count = document.pageCount()
    for page in range(count):
        if page:
            device.newPage()
        painter.save()
        painter.translate(body.left(), body.top() - page * body.height())
        # A hair inside the page: a line that starts where the next page does, or ends
        # where this one starts, is not drawn here at all (not even clipped away, where a
        # PDF reader would still find its words).
        document.drawContents(painter, QRectF(0, page * body.height() + _HAIR, body.width(),
                                              body.height() - 2 * _HAIR))
        painter.restore()
        _paint_margins(painter, device, report, context, page + 1, count, margin, band)
    return count


def _paint_margins(painter: QPainter, device: QPagedPaintDevice, report: ParticipantReport,
                   context: PrintContext, page: int, count: int, margin: float,
                   band: float) -> None:
    width, height = device.width(), device.height()
    painter.save()
    font = print_font(8)
    font.setPixelSize(max(1, round(_mm(device, 2.8))))
    painter.setFont(font)
    pen = QPen(Qt.GlobalColor.darkGray)
    pen.setWidthF(_mm(device, 0.2))
    painter.setPen(pen)
    inner = width - 2 * margin
    top = QRectF(margin, margin, inner, band * 0.8)
    bottom = QRectF(margin, height - margin - band * 0.8, inner, band * 0.8)
    painter.drawLine(top.bottomLeft(), top.bottomRight())
    painter.drawLine(bottom.topLeft(), bottom.topRight())
    painter.setPen(Qt.GlobalColor.black)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    centre = Qt.AlignmentFlag.AlignCenter
    third = inner / 3
    painter.drawText(QRectF(top.left(), top.top(), third * 1.2, top.height()), left,
                     _elided(painter, context.centre_name, third * 1.2))
    painter.drawText(QRectF(top.left() + 1.6 * third, top.top(), 1.4 * third, top.height()),
                     right, _elided(painter, report.full_name, 1.4 * third))
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(top.left() + 1.2 * third, top.top(), 0.6 * third, top.height()),
                     centre, _t("CONFIDENTIAL"))
    painter.setFont(font)
    printed = _t("Printed by %1 on %2").replace("%1", context.printed_by) \
        .replace("%2", _when(context.printed_at))
    painter.drawText(QRectF(bottom.left(), bottom.top(), 2 * third, bottom.height()), left,
                     _elided(painter, printed, 2 * third))
    painter.drawText(QRectF(bottom.left() + 2 * third, bottom.top(), third, bottom.height()),
                     right, _t("Page %1 of %2").replace("%1", str(page))
                     .replace("%2", str(count)))
    painter.restore()


def _elided(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M")
